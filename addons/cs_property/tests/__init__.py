from . import test_pm_roles
from .fees import test_fee_access
from .fees import test_fee_billing
from .fees import test_fee_ladder
from .fees import test_fee_reports
from .fees import test_fee_stats

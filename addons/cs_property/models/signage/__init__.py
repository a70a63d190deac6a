from . import cs_pm_sign_category
from . import cs_pm_sign
from . import cs_pm_sign_request
from . import cs_pm_sign_round

from . import test_units
from . import test_roles
from . import test_record_workflow
from . import test_record_handoff
from . import test_receipt_slip
from . import test_record_lending
from . import test_record_disposal

from . import test_record_workflow
from . import test_record_handoff
from . import test_receipt_slip

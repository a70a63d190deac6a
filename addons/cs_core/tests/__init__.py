from . import test_record_workflow
from . import test_record_handoff

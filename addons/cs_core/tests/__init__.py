from . import test_duty_swap_rules
from . import test_duty_swap_workflow
from . import test_duty_handover
from . import test_duty_followup
from . import test_duty_roster

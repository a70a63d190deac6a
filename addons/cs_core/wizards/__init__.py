from . import cs_duty_roster_wizard
from . import cs_duty_roster_wizard_line

from . import cs_ticket_forward_wizard
from . import cs_ticket_close_wizard
from . import cs_complaint_register_wizard
from . import cs_duty_roster_wizard
from . import cs_duty_roster_wizard_line
from . import comment_wizard

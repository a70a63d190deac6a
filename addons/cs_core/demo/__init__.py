from . import cs_ticket_demo
from . import cs_duty_demo
from . import cs_company_demo

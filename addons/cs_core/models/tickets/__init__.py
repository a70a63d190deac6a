from . import helpdesk_ticket
from . import cs_service_commitment
from . import cs_ticket_forward

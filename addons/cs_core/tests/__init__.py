from . import test_ticket_first_contact
from . import test_ticket_deadline
from . import test_ticket_forward_feedback
from . import test_complaint_photo
from . import test_agreement
from . import test_ticket_portal
from . import test_complaint_register_xlsx

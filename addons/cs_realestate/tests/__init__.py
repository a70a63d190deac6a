from .roles import test_re_roles
from .contracts import test_contract_views, test_contract_workflow, test_distribution
from .certification import test_certification_batch
from .move_in import test_move_in
from .certificates import test_certificates
from .refunds import test_refund
from .reports import test_report_pdf
from .tours import test_tours
from . import test_todos
from .retention import test_customer_message, test_profile, test_return_visit
from .complaints import test_after_sale_rpc, test_resolution_plan
from .breach import test_certificate_lateness, test_company_breach, test_late_payment
from .contracts import test_issue_regressions

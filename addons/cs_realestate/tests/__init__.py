from .roles import test_re_roles
from .contracts import test_contract_workflow
from .certification import test_certification_batch
from .contracts import test_distribution
from .move_in import test_move_in
from .certificates import test_certificates
from .refunds import test_refund
from .contracts import test_contract_views

from . import test_re_roles
from . import test_contract_workflow
from . import test_certification_batch
from . import test_distribution
from . import test_move_in
from . import test_certificates
from . import test_refund
from . import test_contract_views

from .roles import test_pm_roles
from .renovation import test_renovation, test_renovation_rpc
from .signage import test_signage
from .vacant import test_vacant
from .perf import test_site_performance

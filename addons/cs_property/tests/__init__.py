from . import test_pm_roles
from . import test_pm_tickets

from . import test_units
from . import test_roles

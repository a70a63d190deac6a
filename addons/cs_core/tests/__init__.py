from . import test_units
from . import test_roles
from . import test_ui_access

from . import test_pm_roles

from .roles import test_pm_roles

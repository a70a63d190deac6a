from . import test_re_roles

from . import base
from . import cs_guarded_fields_mixin
from . import cs_workflow_mixin
from . import cs_tier_guard_mixin
from . import tier_definition
from . import tier_review

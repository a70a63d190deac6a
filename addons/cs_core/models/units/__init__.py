from . import cs_project
from . import cs_project_phase
from . import cs_building
from . import cs_unit
from . import cs_unit_ownership
from . import res_partner

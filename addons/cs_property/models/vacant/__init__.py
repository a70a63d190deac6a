from . import cs_pm_finding_kind
from . import cs_pm_vacant_unit
from . import cs_pm_vacant_patrol

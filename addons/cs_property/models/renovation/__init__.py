from . import cs_inspection_template
from . import cs_pm_renovation
from . import cs_pm_renovation_inspection
from . import cs_pm_renovation_violation
from . import cs_pm_rectification_notice
from . import cs_pm_renovation_summary

from . import cs_pm_renovation_summary_xlsx

from . import cs_pm_site_demo

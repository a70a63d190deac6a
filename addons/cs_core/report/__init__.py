from . import cs_complaint_register_xlsx

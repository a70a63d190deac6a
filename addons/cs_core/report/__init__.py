from . import cs_complaint_register_xlsx
from . import cs_ticket_kpi_report

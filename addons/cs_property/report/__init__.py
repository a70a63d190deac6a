# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import cs_pm_renovation_summary_xlsx
from . import cs_special_service_stat_xlsx
from . import cs_pm_kpi_xlsx
from . import cs_fee_billing_list_xlsx

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .roles import test_pm_roles
from .renovation import test_renovation, test_renovation_rpc, test_site_approval
from .signage import test_signage
from .vacant import test_vacant
from .perf import test_site_performance
from .residents import test_household_privacy, test_household_http
from .visits import test_care_visits, test_return_visit_campaign
from .community import test_community_activity
from .services import test_special_service
from .kpi import test_kpi_rates, test_forms
from .fees import (
    test_fee_access,
    test_fee_billing,
    test_fee_ladder,
    test_fee_reports,
    test_fee_stats,
    test_fee_queue,
    test_fee_access_rpc,
)
from .vacant import test_pm_tickets
from .kpi import test_all_forms

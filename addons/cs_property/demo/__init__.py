# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import cs_company_books_demo
from . import cs_pm_site_demo
from . import cs_property_resident_demo
from . import cs_fee_demo

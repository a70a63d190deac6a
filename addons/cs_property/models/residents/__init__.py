# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import cs_household
from . import cs_household_member
from . import cs_household_tenancy
from . import cs_unit

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import cs_pm_tier_approval_mixin
from . import tier_definition

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import tier_definition
from . import cs_complaint_plan
from . import helpdesk_ticket

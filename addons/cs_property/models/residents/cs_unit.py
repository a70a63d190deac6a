# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsUnit(models.Model):
    _inherit = "cs.unit"

    household_ids = fields.One2many(
        "cs.household",
        "unit_id",
        string="Household File",
        groups="cs_property.group_pm_staff",
    )

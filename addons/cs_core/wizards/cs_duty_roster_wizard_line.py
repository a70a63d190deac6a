# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsDutyRosterWizardLine(models.TransientModel):
    _name = "cs.duty.roster.wizard.line"
    _description = "Roster Pattern Day"
    _order = "sequence, id"

    wizard_id = fields.Many2one(
        "cs.duty.roster.wizard", required=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    shift_type_id = fields.Many2one("cs.shift.type", help="Leave empty for a day off.")

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsInspectionLine(models.Model):
    _name = "cs.inspection.line"
    _description = "Inspection Item Result"
    _order = "sequence, id"

    inspection_id = fields.Many2one(
        "cs.inspection", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Item", required=True)
    max_score = fields.Float(string="Points", required=True, default=10.0)
    score = fields.Float(required=True, default=0.0)
    remark = fields.Char()

    _check_score = models.Constraint(
        "CHECK(score >= 0 AND score <= max_score)",
        "An item score must be between zero and the points of the item.",
    )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsInspectionTemplateLine(models.Model):
    _name = "cs.inspection.template.line"
    _description = "Inspection Checklist Item"
    _order = "sequence, id"

    template_id = fields.Many2one(
        "cs.inspection.template", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Item", required=True, translate=True)
    max_score = fields.Float(string="Points", default=10.0, required=True)

    _check_max_score = models.Constraint(
        "CHECK(max_score > 0)", "A checklist item must be worth more than zero points."
    )

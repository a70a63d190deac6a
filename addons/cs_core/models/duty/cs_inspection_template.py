# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

INSPECTION_CATEGORIES = [
    ("discipline", "Discipline"),
    ("workstation", "Workstation"),
    ("hygiene", "Hygiene"),
    ("language", "Language Standards"),
]


class CsInspectionTemplate(models.Model):
    """Checklist of a service-standard inspection (CORE-DUTY-5)."""

    _name = "cs.inspection.template"
    _description = "Inspection Checklist"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    category = fields.Selection(
        INSPECTION_CATEGORIES, required=True, default="discipline"
    )
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
    line_ids = fields.One2many(
        "cs.inspection.template.line",
        "template_id",
        string="Checklist Items",
        copy=True,
    )

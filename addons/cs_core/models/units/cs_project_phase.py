# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsProjectPhase(models.Model):
    """A construction/sales phase (期) of a project."""

    _name = "cs.project.phase"
    _description = "Project Phase"
    _check_company_auto = True
    _order = "project_id, sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    project_id = fields.Many2one(
        "cs.project",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    delivery_kind = fields.Selection(
        [("existing", "Existing Home"), ("off_plan", "Off-plan")],
        default="off_plan",
        required=True,
        help="Existing homes (现房) are sold completed; off-plan homes (期房) "
        "are delivered on the contractual delivery date.",
    )
    planned_delivery_date = fields.Date()
    building_ids = fields.One2many("cs.building", "phase_id", string="Buildings")

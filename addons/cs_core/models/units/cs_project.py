# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CsProject(models.Model):
    """A residential project (小区/楼盘), the top of the location tree."""

    _name = "cs.project"
    _description = "Residential Project"
    _inherit = ["mail.thread"]
    _order = "name"

    name = fields.Char(required=True, translate=True, tracking=True)
    code = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    street = fields.Char()
    city = fields.Char()
    description = fields.Html()
    phase_ids = fields.One2many("cs.project.phase", "project_id", string="Phases")
    building_ids = fields.One2many("cs.building", "project_id", string="Buildings")
    unit_ids = fields.One2many("cs.unit", "project_id", string="Units")
    unit_count = fields.Integer(compute="_compute_unit_count")

    _code_company_uniq = models.Constraint(
        "UNIQUE (code, company_id)",
        "A project code must be unique within a company.",
    )

    @api.depends("unit_ids")
    def _compute_unit_count(self):
        counts = dict(
            self.env["cs.unit"]._read_group(
                [("project_id", "in", self.ids)], ["project_id"], ["__count"]
            )
        )
        for project in self:
            project.unit_count = counts.get(project, 0)

    def action_open_units(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("cs_core.action_cs_unit")
        action["domain"] = [("project_id", "=", self.id)]
        action["context"] = {"default_project_id": self.id}
        return action

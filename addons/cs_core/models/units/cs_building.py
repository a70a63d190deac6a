# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CsBuilding(models.Model):
    """A building (楼栋) of a project phase."""

    _name = "cs.building"
    _description = "Building"
    _check_company_auto = True
    _order = "project_id, phase_id, sequence, name"

    name = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    phase_id = fields.Many2one(
        "cs.project.phase",
        required=True,
        ondelete="restrict",
        index=True,
        check_company=True,
    )
    project_id = fields.Many2one(
        related="phase_id.project_id", store=True, index=True, readonly=True
    )
    company_id = fields.Many2one(related="phase_id.company_id", store=True)
    floor_count = fields.Integer(string="Floors")
    building_type = fields.Selection(
        [
            ("high_rise", "High-rise"),
            ("mid_rise", "Mid-rise"),
            ("low_rise", "Low-rise"),
            ("villa", "Villa"),
            ("commercial", "Commercial"),
        ],
        default="high_rise",
    )
    unit_ids = fields.One2many("cs.unit", "building_id", string="Units")
    unit_count = fields.Integer(compute="_compute_unit_count")

    @api.depends("project_id.name", "name")
    def _compute_display_name(self):
        for building in self:
            building.display_name = (
                f"{building.project_id.name} / {building.name}"
                if building.project_id
                else building.name
            )

    @api.depends("unit_ids")
    def _compute_unit_count(self):
        counts = dict(
            self.env["cs.unit"]._read_group(
                [("building_id", "in", self.ids)], ["building_id"], ["__count"]
            )
        )
        for building in self:
            building.unit_count = counts.get(building, 0)

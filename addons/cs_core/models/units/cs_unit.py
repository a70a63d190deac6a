# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

UNIT_STATUSES = [
    ("unsold", "Unsold"),
    ("sold", "Sold"),
    ("delivered", "Delivered"),
    ("occupied", "Occupied"),
    ("vacant", "Vacant"),
    ("rented", "Rented"),
]


class CsUnit(models.Model):
    """A unit (房号) — the place tickets, contracts and fees refer to."""

    _name = "cs.unit"
    _description = "Property Unit"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "project_id, building_id, floor, name"
    _rec_name = "complete_name"
    _rec_names_search = ["complete_name", "name"]

    name = fields.Char(string="Unit Number", required=True, tracking=True)
    complete_name = fields.Char(
        compute="_compute_complete_name", store=True, recursive=True, index=True
    )
    building_id = fields.Many2one(
        "cs.building",
        required=True,
        ondelete="restrict",
        index=True,
        tracking=True,
        check_company=True,
    )
    phase_id = fields.Many2one(
        related="building_id.phase_id", store=True, index=True, readonly=True
    )
    project_id = fields.Many2one(
        related="building_id.project_id", store=True, index=True, readonly=True
    )
    company_id = fields.Many2one(related="building_id.company_id", store=True)
    delivery_kind = fields.Selection(related="phase_id.delivery_kind", store=True)
    floor = fields.Integer()
    area = fields.Float(string="Building Area (m²)", digits=(12, 2), tracking=True)
    inner_area = fields.Float(string="Inner Area (m²)", digits=(12, 2))
    layout = fields.Char(help="Room layout, e.g. 3 bedrooms 2 living rooms.")
    structure = fields.Selection(
        [
            ("frame", "Frame"),
            ("shear_wall", "Shear Wall"),
            ("frame_shear", "Frame-Shear Wall"),
            ("brick_concrete", "Brick-Concrete"),
            ("steel", "Steel"),
        ],
        tracking=True,
    )
    status = fields.Selection(
        UNIT_STATUSES, default="unsold", required=True, tracking=True, index=True
    )
    ownership_ids = fields.One2many(
        "cs.unit.ownership", "unit_id", string="Ownership History"
    )
    owner_ids = fields.Many2many(
        "res.partner",
        "cs_unit_current_owner_rel",
        "unit_id",
        "partner_id",
        string="Current Owners",
        compute="_compute_owner_ids",
        store=True,
    )
    note = fields.Html()
    active = fields.Boolean(default=True)

    _name_building_uniq = models.Constraint(
        "UNIQUE (name, building_id)",
        "A unit number must be unique within its building.",
    )
    _area_positive = models.Constraint(
        "CHECK (area >= 0 AND inner_area >= 0)",
        "Unit areas cannot be negative.",
    )

    @api.depends("name", "building_id.name", "project_id.name")
    def _compute_complete_name(self):
        for unit in self:
            parts = [unit.project_id.name, unit.building_id.name, unit.name]
            unit.complete_name = " / ".join(part for part in parts if part)

    @api.depends("ownership_ids.partner_ids", "ownership_ids.date_to")
    def _compute_owner_ids(self):
        for unit in self:
            current = unit.ownership_ids.filtered(lambda o: not o.date_to)
            unit.owner_ids = current.partner_ids

    @api.ondelete(at_uninstall=False)
    def _unlink_except_with_owners(self):
        owned = self.filtered("ownership_ids")
        if owned:
            raise UserError(
                self.env._(
                    "Unit %(units)s has ownership history and cannot be deleted. "
                    "Archive it instead.",
                    units=", ".join(owned.mapped("complete_name")),
                )
            )

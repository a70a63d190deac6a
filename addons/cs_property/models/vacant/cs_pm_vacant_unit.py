# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CsPmVacantUnit(models.Model):
    """Vacant-unit register (空置房屋登记表, PM-VAC-1): filled from the units'
    status and by hand."""

    _name = "cs.pm.vacant.unit"
    _description = "Vacant Unit"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "building_id, unit_id"
    _rec_name = "unit_id"
    _check_company_auto = True

    unit_id = fields.Many2one(
        "cs.unit", required=True, index=True, tracking=True, check_company=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    building_id = fields.Many2one(related="unit_id.building_id", store=True)
    project_id = fields.Many2one(related="unit_id.project_id", store=True)
    owner_ids = fields.Many2many(related="unit_id.owner_ids", string="Owners")
    source = fields.Selection(
        [("status", "Unit Status"), ("manual", "Added by Hand")],
        default="manual",
        required=True,
        readonly=True,
    )
    date_from = fields.Date(
        string="Vacant Since", default=fields.Date.context_today, required=True
    )
    key_holder = fields.Char(
        string="Keys Kept By", help="Where the keys of the unit are kept."
    )
    contact_phone = fields.Char(string="Owner Contact Phone")
    note = fields.Text()
    active = fields.Boolean(default=True, tracking=True)
    patrol_ids = fields.One2many(
        "cs.pm.vacant.patrol", "vacant_unit_id", string="Patrols"
    )
    last_patrol_date = fields.Date(compute="_compute_last_patrol", store=True)

    _unit_uniq = models.UniqueIndex(
        "(unit_id) WHERE active", "This unit is already in the vacant-unit register."
    )

    @api.depends("patrol_ids.date")
    def _compute_last_patrol(self):
        for vacant in self:
            vacant.last_patrol_date = max(
                vacant.patrol_ids.mapped("date"), default=False
            )

    @api.model
    def _cron_sync_from_units(self):
        """Register every vacant unit not yet in the register; archive the
        entries taken from the status once the unit is no longer vacant."""
        vacant_units = self.env["cs.unit"].search([("status", "=", "vacant")])
        new_units = (
            vacant_units - self.search([("unit_id", "in", vacant_units.ids)]).unit_id
        )
        created = self.create(
            [
                {
                    "unit_id": unit.id,
                    "company_id": (unit.company_id or self.env.company).id,
                    "source": "status",
                }
                for unit in new_units
            ]
        )
        self.search(
            [("source", "=", "status"), ("unit_id.status", "!=", "vacant")]
        ).active = False
        return created

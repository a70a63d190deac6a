# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

SIGN_STATES = [
    ("requested", "Requested"),
    ("in_use", "In Use"),
    ("temporary", "Temporary"),
    ("rejected", "Rejected"),
    ("retired", "Retired"),
]


class CsPmSign(models.Model):
    """A sign of the register; used only once its usage list is approved
    (PM-SIGN-1, PM-SIGN-2)."""

    _name = "cs.pm.sign"
    _description = "Sign"
    _inherit = ["mail.thread", "cs.workflow.mixin"]
    _order = "project_id, building_id, id"
    _check_company_auto = True
    _cs_guarded_fields = ("request_id",)

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    category_id = fields.Many2one(
        "cs.pm.sign.category", required=True, ondelete="restrict"
    )
    placement_id = fields.Many2one(
        "cs.pm.sign.placement",
        string="Placement Object",
        required=True,
        ondelete="restrict",
    )
    project_id = fields.Many2one(
        "cs.project", required=True, index=True, check_company=True
    )
    building_id = fields.Many2one(
        "cs.building", index=True, domain="[('project_id', '=', project_id)]"
    )
    location = fields.Char(help="Where exactly the sign stands, e.g. lobby, 1F.")
    quantity = fields.Integer(default=1)
    request_id = fields.Many2one(
        "cs.pm.sign.request", string="Usage List", readonly=True, index=True
    )
    found_round_id = fields.Many2one(
        "cs.pm.sign.round", string="Found On Round", readonly=True
    )
    state = fields.Selection(
        SIGN_STATES,
        default="requested",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    active = fields.Boolean(default=True)

    @api.model_create_multi
    def create(self, vals_list):
        """Temporary signs found on a round are registered as such, without
        a usage list (PM-SIGN-1)."""
        found = [vals for vals in vals_list if vals.get("found_round_id")]
        if not found or self._cs_in_transition():
            return super().create(vals_list)
        placement = self.env.ref("cs_property.sign_placement_temporary")
        others = [vals for vals in vals_list if not vals.get("found_round_id")]
        temporary = self._cs_as_transition().create(
            [
                dict(
                    vals,
                    state="temporary",
                    placement_id=placement.id,
                    request_id=False,
                )
                for vals in found
            ]
        )
        return (self.create(others) if others else self.browse()) | temporary

    def action_retire(self):
        self._cs_check_groups(
            ("cs_property.group_pm_manager",), self.env._("retire a sign")
        )
        self._cs_check_state(("in_use", "temporary"), self.env._("retire"))
        return self._cs_set_state("retired")

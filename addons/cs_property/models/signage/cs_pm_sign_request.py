# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

STAFF = ("cs_property.group_pm_staff",)


class CsPmSignRequest(models.Model):
    """Signage usage list (标识使用清单): new signs are requested on it and
    approved before they are used (PM-SIGN-2).

    The property manager approves it through tier validation; its signs
    enter the register, in use, only then."""

    _name = "cs.pm.sign.request"
    _description = "Signage Usage List"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.pm.tier.approval.mixin"]
    _order = "id desc"
    _check_company_auto = True
    _cs_guarded_fields = ("approved_by_id",)

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    requested_by_id = fields.Many2one(
        "res.users", default=lambda self: self.env.user, readonly=True
    )
    reason = fields.Text(required=True)
    sign_ids = fields.One2many("cs.pm.sign", "request_id", string="Signs")
    line_ids = fields.One2many(
        "cs.pm.sign.request.line", "request_id", string="Requested Signs"
    )
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.pm.sign.request") or "/"
                )
        return super().create(vals_list)

    def action_submit(self):
        self._cs_check_groups(STAFF, self.env._("submit a signage usage list"))
        self._cs_check_state(("draft",), self.env._("submit"))
        if self.filtered(lambda r: not r.line_ids):
            raise UserError(self.env._("List at least one sign on the usage list."))
        return self._cs_request_approval()

    def _cs_on_approved(self, reviews):
        """Approved: the list's signs enter the register, in use."""
        self.ensure_one()
        signs = (
            self.env["cs.pm.sign"]
            ._cs_as_transition()
            .create([line._cs_sign_values() for line in self.line_ids])
        )
        signs._cs_set_state("in_use")
        return super()._cs_on_approved(reviews)


class CsPmSignRequestLine(models.Model):
    _name = "cs.pm.sign.request.line"
    _description = "Signage Usage List Line"

    request_id = fields.Many2one(
        "cs.pm.sign.request", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(string="Sign", required=True)
    category_id = fields.Many2one("cs.pm.sign.category", required=True)
    placement_id = fields.Many2one(
        "cs.pm.sign.placement", string="Placement Object", required=True
    )
    project_id = fields.Many2one("cs.project", required=True)
    building_id = fields.Many2one(
        "cs.building", domain="[('project_id', '=', project_id)]"
    )
    location = fields.Char()
    quantity = fields.Integer(default=1)

    def _cs_sign_values(self):
        self.ensure_one()
        return {
            "name": self.name,
            "category_id": self.category_id.id,
            "placement_id": self.placement_id.id,
            "project_id": self.project_id.id,
            "building_id": self.building_id.id,
            "location": self.location,
            "quantity": self.quantity,
            "request_id": self.request_id.id,
            "company_id": self.request_id.company_id.id,
        }

    def _check_request_draft(self):
        if any(line.request_id.state != "draft" for line in self):
            raise UserError(self.env._("A submitted usage list cannot be changed."))

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._check_request_draft()
        return lines

    def write(self, vals):
        self._check_request_draft()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_if_request_draft(self):
        self._check_request_draft()

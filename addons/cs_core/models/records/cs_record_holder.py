# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain

HOLDER_TYPES = [
    ("department", "Department"),
    ("employee", "Employee"),
    ("external", "Outside Party"),
]
EXTERNAL_KINDS = [
    ("housing_bureau", "Housing Bureau"),
    ("bank", "Bank"),
    ("property_company", "Property Company"),
    ("customer", "Customer"),
    ("other", "Other"),
]


class CsRecordHolder(models.Model):
    """Whoever physically holds a paper copy (CORE-REC-3).

    A department (its members are users listed explicitly or the users of a
    group), an employee (a user) or an outside party (a partner such as a
    bank, the housing bureau, the property company or a customer).
    """

    _name = "cs.record.holder"
    _description = "Record Holder"
    _order = "holder_type, name"

    name = fields.Char(required=True, translate=True)
    holder_type = fields.Selection(
        HOLDER_TYPES, string="Type", required=True, default="department", index=True
    )
    external_kind = fields.Selection(EXTERNAL_KINDS, string="Outside Party Kind")
    user_id = fields.Many2one(
        "res.users", string="Employee", index=True, ondelete="restrict"
    )
    partner_id = fields.Many2one("res.partner", index=True, ondelete="restrict")
    member_ids = fields.Many2many(
        "res.users",
        "cs_record_holder_member_rel",
        "holder_id",
        "user_id",
        string="Members",
        help="Users who may send and receive copies for this department.",
    )
    member_group_id = fields.Many2one(
        "res.groups",
        help="All users of this group are members of the department.",
    )
    responsible_id = fields.Many2one(
        "res.users",
        help="Gets a to-do for every handoff addressed to this department.",
    )
    company_id = fields.Many2one(
        "res.company", default=lambda self: self.env.company, index=True
    )
    active = fields.Boolean(default=True)
    copy_ids = fields.One2many("cs.record.copy", "holder_id", string="Held Copies")

    _user_uniq = models.Constraint(
        "UNIQUE (user_id, holder_type)", "An employee can only be one holder."
    )
    _partner_kind_uniq = models.Constraint(
        "UNIQUE (partner_id, external_kind)",
        "This outside party already exists as a holder.",
    )

    @api.constrains("holder_type", "user_id", "partner_id", "external_kind")
    def _check_holder_identity(self):
        for holder in self:
            if holder.holder_type == "employee" and not holder.user_id:
                raise ValidationError(self.env._("An employee holder needs a user."))
            if holder.holder_type == "external" and not holder.external_kind:
                raise ValidationError(
                    self.env._("An outside party holder needs a kind.")
                )
            if (
                holder.holder_type == "external"
                and holder.external_kind in ("customer", "bank")
                and not holder.partner_id
            ):
                raise ValidationError(
                    self.env._("A customer or bank holder needs a contact.")
                )

    @api.model
    def _member_domain(self, user):
        """Domain of the holders ``user`` may act for (one query to use)."""
        return Domain.OR(
            [
                Domain("user_id", "=", user.id),
                Domain("member_ids", "in", user.ids),
                Domain("member_group_id", "in", user.all_group_ids.ids),
            ]
        ) & Domain("holder_type", "!=", "external")

    @api.model
    def _get_user_holders(self, user=None):
        user = user or self.env.user
        return self.sudo().search(self._member_domain(user))

    def _get_receiving_user(self):
        """User who should be reminded of copies arriving at this holder."""
        self.ensure_one()
        if self.holder_type == "employee":
            return self.user_id
        if self.holder_type == "department":
            return self.responsible_id
        return self.env["res.users"]

    @api.model
    def _get_for_user(self, user):
        """Employee holder of ``user``, created on first use."""
        holder = self.sudo().search(
            [("user_id", "=", user.id), ("holder_type", "=", "employee")], limit=1
        )
        if not holder:
            holder = self.sudo().create(
                {
                    "name": user.name,
                    "holder_type": "employee",
                    "user_id": user.id,
                    "partner_id": user.partner_id.id,
                    "company_id": user.company_id.id,
                }
            )
        return holder.sudo(False)

    @api.model
    def _get_for_partner(self, partner, kind="customer"):
        """Outside-party holder for ``partner`` of ``kind``, created on first use."""
        holder = self.sudo().search(
            [
                ("partner_id", "=", partner.id),
                ("holder_type", "=", "external"),
                ("external_kind", "=", kind),
            ],
            limit=1,
        )
        if not holder:
            holder = self.sudo().create(
                {
                    "name": partner.display_name,
                    "holder_type": "external",
                    "external_kind": kind,
                    "partner_id": partner.id,
                    "company_id": False,
                }
            )
        return holder.sudo(False)

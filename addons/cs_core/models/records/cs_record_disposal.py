# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

DISPOSAL_STATES = [
    ("draft", "Draft"),
    ("done", "Disposed"),
    ("cancelled", "Cancelled"),
]


class CsRecordDisposal(models.Model):
    """Disposal of records past retention, approved through tiers; the
    document is the disposal log (CORE-REC-7). Rows are never deleted."""

    _name = "cs.record.disposal"
    _description = "Record Disposal"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "cs.workflow.mixin",
        "cs.tier.guard.mixin",
        "tier.validation",
    ]
    _cs_guarded_fields = ("disposal_date", "disposed_by_id")
    _cs_submit_states = ("draft",)
    _order = "id desc"
    _check_company_auto = True
    _tier_validation_manual_config = False
    _state_from = ["draft"]
    _state_to = ["done"]
    _cancel_state = "cancelled"

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    record_ids = fields.Many2many(
        "cs.record",
        "cs_record_disposal_record_rel",
        "disposal_id",
        "record_id",
        string="Records",
        required=True,
        check_company=True,
        domain="[('state', '=', 'archived'), ('retention_until', '!=', False), "
        "('retention_until', '<=', context_today().strftime('%Y-%m-%d'))]",
    )
    record_count = fields.Integer(compute="_compute_record_count")
    reason = fields.Text(required=True)
    method = fields.Selection(
        [("shred", "Shredding"), ("return", "Returned to Owner"), ("other", "Other")],
        default="shred",
        required=True,
    )
    requested_by_id = fields.Many2one(
        "res.users", default=lambda self: self.env.user, readonly=True
    )
    disposed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    disposal_date = fields.Date(readonly=True, copy=False)
    state = fields.Selection(
        DISPOSAL_STATES,
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
    )

    @api.depends("record_ids")
    def _compute_record_count(self):
        for disposal in self:
            disposal.record_count = len(disposal.record_ids)

    @api.constrains("record_ids", "state")
    def _check_records_past_retention(self):
        today = fields.Date.context_today(self)
        for disposal in self.filtered(lambda d: d.state == "draft"):
            not_due = disposal.record_ids.filtered(
                lambda r: r.state != "archived"
                or not r.retention_until
                or r.retention_until > today
            )
            if not_due:
                raise ValidationError(
                    self.env._(
                        "%(names)s are not archived past their retention period.",
                        names=", ".join(not_due.mapped("name")),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.record.disposal") or "/"
                )
        return super().create(vals_list)

    def _cs_initial_state_message(self):
        return self.env._("A disposal starts as a draft.")

    def _cs_state_locked_message(self):
        return self.env._("A disposal changes state only with its buttons.")

    def write(self, vals):
        if "record_ids" in vals and any(d.state != "draft" for d in self):
            raise UserError(self.env._("A closed disposal log cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never_after_draft(self):
        if any(d.state != "draft" for d in self):
            raise UserError(
                self.env._("The disposal log is kept; it cannot be deleted.")
            )

    def action_dispose(self):
        """Archivist disposes once the tiers approved (CORE-REC-7)."""
        self._cs_check_groups(
            ["cs_core.group_cs_archivist"], self.env._("dispose of records")
        )
        for disposal in self:
            if disposal.state != "draft":
                raise UserError(self.env._("This disposal is already closed."))
            if disposal.validation_status != "validated":
                raise UserError(
                    self.env._(
                        "Disposal %(name)s needs approval first.",
                        name=disposal.name,
                    )
                )
        today = fields.Date.context_today(self)
        # need_validation is computed without dependencies; a value cached
        # before the reviews were approved would block the state change.
        self.invalidate_recordset(["need_validation", "review_ids"])
        for disposal in self:
            disposal._cs_set_state(
                "done", disposal_date=today, disposed_by_id=self.env.user.id
            )
            disposal.record_ids._cs_set_state(
                "disposed", disposal_date=today, disposal_id=disposal.id
            )
            for record in disposal.record_ids:
                record.message_post(
                    body=self.env._(
                        "Disposed by %(user)s under %(disposal)s: %(reason)s",
                        user=self.env.user.name,
                        disposal=disposal.name,
                        reason=disposal.reason,
                    )
                )
        return True

    def action_cancel(self):
        """The archivist or a CS manager drops a draft disposal (CORE-REC-7)."""
        self._cs_check_groups(
            ["cs_core.group_cs_archivist", "cs_core.group_cs_manager"],
            self.env._("cancel disposals"),
        )
        if any(d.state != "draft" for d in self):
            raise UserError(self.env._("Only a draft disposal can be cancelled."))
        return self._cs_set_state("cancelled")

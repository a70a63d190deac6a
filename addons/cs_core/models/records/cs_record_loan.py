# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

LOAN_STATES = [
    ("requested", "Requested"),
    ("approved", "Approved"),
    ("lent", "Lent Out"),
    ("returned", "Returned"),
    ("rejected", "Rejected"),
    ("cancelled", "Cancelled"),
]
OPEN_LOAN_STATES = ("requested", "approved", "lent")
# Fixed at the request, or set by the loan's own steps (CORE-REC-6).
LOAN_FIXED_FIELDS = {
    "record_id",
    "copy_id",
    "borrower_id",
    "date_requested",
    "date_lent",
    "date_returned",
    "approved_by_id",
    "lend_handoff_id",
    "return_handoff_id",
    "overdue_notified",
}


class CsRecordLoan(models.Model):
    """Borrowing an archived original (CORE-REC-6)."""

    _name = "cs.record.loan"
    _description = "Record Loan"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _cs_guarded_fields = (
        "approved_by_id",
        "date_lent",
        "date_returned",
        "lend_handoff_id",
        "return_handoff_id",
        "overdue_notified",
    )
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    record_id = fields.Many2one(
        "cs.record",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        domain="[('state', '=', 'archived')]",
        tracking=True,
    )
    company_id = fields.Many2one(related="record_id.company_id", store=True)
    copy_id = fields.Many2one(
        "cs.record.copy",
        string="Original",
        required=True,
        ondelete="restrict",
        domain="[('record_id', '=', record_id), ('kind', '=', 'original')]",
        check_company=True,
    )
    borrower_id = fields.Many2one(
        "res.users",
        required=True,
        default=lambda self: self.env.user,
        index=True,
        tracking=True,
    )
    purpose = fields.Text(required=True)
    date_requested = fields.Date(
        default=fields.Date.context_today, readonly=True, copy=False
    )
    date_due = fields.Date(string="Due Date", required=True, tracking=True)
    date_lent = fields.Date(readonly=True, copy=False)
    date_returned = fields.Date(readonly=True, copy=False)
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    state = fields.Selection(
        LOAN_STATES,
        default="requested",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
        copy=False,
    )
    lend_handoff_id = fields.Many2one(
        "cs.record.handoff",
        readonly=True,
        copy=False,
        check_company=True,
    )
    return_handoff_id = fields.Many2one(
        "cs.record.handoff",
        readonly=True,
        copy=False,
        check_company=True,
    )
    is_overdue = fields.Boolean(compute="_compute_is_overdue")
    overdue_notified = fields.Boolean(readonly=True, copy=False)

    @api.depends("state", "date_due")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for loan in self:
            loan.is_overdue = loan.state == "lent" and loan.date_due < today

    @api.constrains("record_id", "copy_id", "state")
    def _check_loanable(self):
        for loan in self.filtered(lambda ln: ln.state in OPEN_LOAN_STATES):
            if (
                loan.copy_id.record_id != loan.record_id
                or loan.copy_id.kind != "original"
            ):
                raise ValidationError(
                    self.env._("Choose an original copy of the record.")
                )
            if loan.state == "requested" and loan.record_id.state != "archived":
                raise ValidationError(
                    self.env._("Only archived originals can be borrowed.")
                )
            open_loans = self.search_count(
                [
                    ("record_id", "=", loan.record_id.id),
                    ("state", "in", OPEN_LOAN_STATES),
                    ("id", "!=", loan.id),
                ]
            )
            if open_loans:
                raise ValidationError(
                    self.env._(
                        "Record %(name)s already has an open loan.",
                        name=loan.record_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.record.loan") or "/"
                )
        return super().create(vals_list)

    def _cs_initial_state_message(self):
        return self.env._("A loan starts as a request.")

    def _cs_state_locked_message(self):
        return self.env._("A loan changes state only with its buttons.")

    def write(self, vals):
        if not self.env.su and not self._cs_in_transition():
            self._check_editable(vals)
        return super().write(vals)

    def _check_editable(self, vals):
        """What the form shows read-only, enforced for every caller."""
        if LOAN_FIXED_FIELDS & set(vals):
            raise UserError(
                self.env._(
                    "The record, original and borrower of a loan, and the dates "
                    "its steps record, cannot be changed."
                )
            )
        if "date_due" in vals and any(
            loan.state not in ("requested", "approved") for loan in self
        ):
            raise UserError(
                self.env._("The due date cannot change once the original is lent.")
            )
        if "purpose" in vals and any(loan.state != "requested" for loan in self):
            raise UserError(
                self.env._("The purpose of an approved loan cannot be changed.")
            )

    def _check_archivist(self):
        self._cs_check_groups(
            ["cs_core.group_cs_archivist"], self.env._("handle record loans")
        )

    def _check_state(self, *states):
        if any(loan.state not in states for loan in self):
            raise UserError(
                self.env._("This loan is not in a state allowing this action.")
            )

    def action_approve(self):
        self._check_archivist()
        self._check_state("requested")
        return self._cs_set_state("approved", approved_by_id=self.env.user.id)

    def action_reject(self):
        self._check_archivist()
        self._check_state("requested")
        return self._cs_set_state("rejected")

    def action_cancel(self):
        self._check_state("requested", "approved")
        for loan in self:
            if loan.borrower_id != self.env.user:
                loan._check_archivist()
        return self._cs_set_state("cancelled")

    def action_lend(self):
        """Archivist hands the original to the borrower, who confirms receipt."""
        self._check_archivist()
        self._check_state("approved")
        Holder = self.env["cs.record.holder"]
        for loan in self:
            handoff = (
                self.env["cs.record.handoff"]
                .sudo()
                ._cs_propose(
                    loan.copy_id,
                    Holder._get_for_user(loan.borrower_id),
                    note=self.env._("Loan %(loan)s", loan=loan.name),
                )
            )
            loan.record_id._cs_set_state("lent")
            loan._cs_set_state(
                "lent",
                date_lent=fields.Date.context_today(loan),
                lend_handoff_id=handoff.id,
            )
        return True

    def action_return(self):
        """Archivist takes the original back; closes the overdue reminders."""
        self._check_archivist()
        self._check_state("lent")
        Handoff = self.env["cs.record.handoff"].sudo()
        for loan in self:
            lend = loan.lend_handoff_id.sudo()
            if lend.state == "pending":
                # the borrower never confirmed receipt: the paper did not move
                lend.action_cancel()
            else:
                back = Handoff._cs_propose(
                    loan.copy_id,
                    lend.from_holder_id,
                    note=self.env._("Return of loan %(loan)s", loan=loan.name),
                )
                back.action_confirm()
                loan._cs_transition_write(return_handoff_id=back.id)
            loan.record_id._cs_set_state("archived")
            loan._cs_set_state(
                "returned", date_returned=fields.Date.context_today(loan)
            )
        self.activity_ids.action_feedback(feedback=self.env._("Original returned."))
        return True

    @api.model
    def _cron_remind_overdue(self):
        """One reminder per overdue loan, for the borrower and the archivist
        (CORE-REC-6); activities are created in one batch."""
        loans = self.search(
            [
                ("state", "=", "lent"),
                ("date_due", "<", fields.Date.context_today(self)),
                ("overdue_notified", "=", False),
            ]
        )
        if not loans:
            return loans
        activity_type = self.env.ref("cs_core.mail_activity_cs_loan_overdue")
        model_id = self.env["ir.model"]._get_id(self._name)
        vals_list = []
        for loan in loans:
            users = loan.borrower_id | (loan.approved_by_id or self.env.user)
            for user in users:
                vals_list.append(
                    {
                        "res_model_id": model_id,
                        "res_id": loan.id,
                        "activity_type_id": activity_type.id,
                        "user_id": user.id,
                        "date_deadline": fields.Date.context_today(self),
                        "summary": self.env._(
                            "Overdue: return %(record)s", record=loan.record_id.name
                        ),
                    }
                )
        self.env["mail.activity"].with_context(mail_activity_quick_update=True).create(
            vals_list
        )
        loans._cs_transition_write(overdue_notified=True)
        return loans

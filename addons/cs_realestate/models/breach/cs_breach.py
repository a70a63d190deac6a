# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

AGENT = "cs_core.group_cs_agent"
MANAGER = "cs_core.group_cs_manager"
FINANCE = "cs_core.group_cs_finance"
BREACH_KINDS = [
    ("late_payment", "Late Payment by the Customer"),
    ("late_certificate", "Late Certificate Application by the Customer"),
    ("company", "Breach by the Company"),
]
# Days given to the customer by a reminder letter.
REMINDER_DAYS = 15


class CsBreach(models.Model):
    """Breach of a sale contract (违约处理, RE-BR-1..3).

    The customer's late payment (reminder letters, interest at the contract
    rate, settled by Finance), the customer's late certificate application
    (reminder letter, contract clause) and the company's breach
    (compensation through a supplementary agreement, Legal then GM).
    """

    _name = "cs.breach"
    _description = "Contract Breach"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _cs_guarded_fields = (
        "reminder_count",
        "last_reminder_date",
        "interest_amount",
        "interest_paid_date",
        "agreement_id",
    )
    _cs_first_state_fields = ("contract_id", "kind")
    _order = "id desc"

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    kind = fields.Selection(BREACH_KINDS, required=True, index=True, tracking=True)
    contract_id = fields.Many2one(
        "cs.sale.contract", required=True, index=True, ondelete="restrict"
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    partner_id = fields.Many2one(related="contract_id.partner_id", store=True)
    unit_id = fields.Many2one(related="contract_id.unit_id", store=True)
    user_id = fields.Many2one(
        "res.users",
        string="CS Responsible",
        default=lambda self: self.env.user,
        tracking=True,
    )
    description = fields.Text(help="What happened and which contract clause applies.")
    state = fields.Selection(
        [("open", "Open"), ("settled", "Settled"), ("cancelled", "Cancelled")],
        default="open",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
        index=True,
    )
    reminder_count = fields.Integer(
        string="Reminder Letters", readonly=True, copy=False
    )
    last_reminder_date = fields.Date(readonly=True, copy=False)
    reply_deadline = fields.Date(compute="_compute_reply_deadline")
    overdue_line_ids = fields.One2many(
        related="contract_id.payment_line_ids", string="Instalments"
    )
    current_interest = fields.Monetary(
        related="contract_id.late_interest_amount", string="Interest to Date"
    )
    overdue_amount = fields.Monetary(related="contract_id.overdue_amount")
    interest_amount = fields.Monetary(
        string="Interest Paid", readonly=True, copy=False, tracking=True
    )
    interest_paid_date = fields.Date(readonly=True, copy=False)
    certificate_due_date = fields.Date(related="contract_id.certificate_due_date")
    certificate_clause_date = fields.Date(related="contract_id.certificate_clause_date")
    agreement_id = fields.Many2one(
        "cs.agreement", string="Supplementary Agreement", readonly=True, copy=False
    )
    agreement_state = fields.Selection(
        related="agreement_id.state", string="Agreement Status"
    )
    compensation_amount = fields.Monetary(
        help="Compensation the company offers for its breach."
    )

    @api.depends("last_reminder_date")
    def _compute_reply_deadline(self):
        for case in self:
            case.reply_deadline = case.last_reminder_date and (
                case.last_reminder_date + timedelta(days=REMINDER_DAYS)
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code("cs.breach") or "/"
        return super().create(vals_list)

    @api.model
    def _cs_open_cases(self, contracts, kind):
        """Open one case of ``kind`` per contract with a to-do for its agent."""
        if not contracts:
            return self.browse()
        cases = self.sudo().create(
            [
                {
                    "kind": kind,
                    "contract_id": contract.id,
                    "user_id": contract.user_id.id or self.env.uid,
                }
                for contract in contracts
            ]
        )
        summary = self.env._("Send the reminder letter to the customer")
        for case in cases:
            case.activity_schedule(
                "mail.mail_activity_data_todo", user_id=case.user_id.id, summary=summary
            )
        return cases

    # ------------------------------------------------------------------
    # Customer breach (RE-BR-1, RE-BR-2)
    # ------------------------------------------------------------------
    def action_send_reminder(self):
        """Print the reminder letter and count it."""
        self._cs_check_groups([AGENT], self.env._("send reminder letters"))
        self._cs_check_state(["open"], self.env._("send a reminder"))
        if self.filtered(lambda c: c.kind == "company"):
            raise UserError(self.env._("The company does not remind itself."))
        today = fields.Date.context_today(self)
        for case in self:
            case._cs_transition_write(
                reminder_count=case.reminder_count + 1, last_reminder_date=today
            )
        self.activity_feedback(["mail.mail_activity_data_todo"])
        return self.env.ref(
            "cs_realestate.action_report_breach_reminder"
        ).report_action(self)

    def action_confirm_interest_paid(self):
        """Finance records the interest the customer paid (RE-BR-1)."""
        self._cs_check_groups([FINANCE], self.env._("confirm interest payments"))
        self._cs_check_state(["open"], self.env._("confirm the interest"))
        if self.filtered(lambda c: c.kind != "late_payment"):
            raise UserError(self.env._("Only late payments bear interest."))
        today = fields.Date.context_today(self)
        for case in self:
            if case.overdue_amount:
                raise UserError(
                    self.env._(
                        "%(case)s: the overdue instalments are not paid yet.",
                        case=case.name,
                    )
                )
            case._cs_set_state(
                "settled",
                interest_amount=case.current_interest,
                interest_paid_date=today,
            )
        return True

    def action_settle(self):
        """Close a late-certificate case once the customer applied."""
        self._cs_check_groups([AGENT], self.env._("settle breach cases"))
        self._cs_check_state(["open"], self.env._("settle"))
        if self.filtered(lambda c: c.kind != "late_certificate"):
            raise UserError(
                self.env._("Late payments and company breaches settle by payment.")
            )
        self._cs_set_state("settled")
        return True

    def action_cancel(self):
        self._cs_check_groups([MANAGER], self.env._("cancel breach cases"))
        self._cs_check_state(["open"], self.env._("cancel"))
        self._cs_set_state("cancelled")
        return True

    # ------------------------------------------------------------------
    # Company breach (RE-BR-3)
    # ------------------------------------------------------------------
    def action_create_agreement(self):
        """Compensation through the supplementary agreement (Legal, then GM)."""
        self.ensure_one()
        self._cs_check_groups([AGENT], self.env._("draft supplementary agreements"))
        self._cs_check_state(["open"], self.env._("draft the agreement"))
        if self.kind != "company":
            raise UserError(self.env._("Only a breach by the company is compensated."))
        if not self.compensation_amount:
            raise UserError(self.env._("Set the compensation amount first."))
        if not self.agreement_id:
            agreement = (
                self.env["cs.agreement"]
                ._cs_as_transition()
                .create(
                    {
                        "breach_id": self.id,
                        "partner_id": self.partner_id.id,
                        "unit_id": self.unit_id.id,
                        "amount": self.compensation_amount,
                        "terms": self.description or "",
                    }
                )
            )
            self._cs_transition_write(agreement_id=agreement.id)
        return {
            "type": "ir.actions.act_window",
            "res_model": "cs.agreement",
            "res_id": self.agreement_id.id,
            "view_mode": "form",
        }

    def _cs_agreement_paid(self):
        """After payment: the original is filed with the archivist and the
        photocopy goes to marketing (RE-BR-3)."""
        marketing = self.env.ref("cs_core.holder_department_marketing")
        for case in self.sudo():
            record = case.agreement_id.archive_record_id
            copies = record.copy_ids.filtered(lambda c: c.kind == "duplicate")
            if copies:
                case.env["cs.record.handoff"]._cs_propose(
                    copies,
                    marketing,
                    note=self.env._("Copy of the paid supplementary agreement"),
                )
            case._cs_set_state("settled")

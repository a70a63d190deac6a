# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models

from odoo.addons.cs_core.tools import reader_env

AGENT = "cs_core.group_cs_agent"
MANAGER = "cs_core.group_cs_manager"
FINANCE = "cs_core.group_cs_finance"
# A signed refund approval must be processed within one week (RE-DOC-7).
REFUND_DAYS = 7


class CsRefund(models.Model):
    """Refund after cancellation (退房) or overpayment (多缴款), RE-DOC-7."""

    _name = "cs.refund"
    _description = "Refund"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _cs_guarded_fields = (
        "is_overdue",
        "approved_date",
        "deadline",
        "processed_date",
        "notified_date",
    )
    _cs_first_state_fields = ("contract_id", "reason", "amount")
    _order = "id desc"

    name = fields.Char(
        string="Refund Number",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("approved", "Approved"),
            ("processed", "Processed"),
            ("notified", "Customer Notified"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
        index=True,
    )
    contract_id = fields.Many2one(
        "cs.sale.contract",
        required=True,
        ondelete="restrict",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    currency_id = fields.Many2one(
        related="company_id.currency_id", string="Currency", readonly=True
    )
    partner_id = fields.Many2one(related="contract_id.partner_id", store=True)
    unit_id = fields.Many2one(related="contract_id.unit_id", store=True)
    reason = fields.Selection(
        [
            ("cancellation", "Cancellation (退房)"),
            ("overpayment", "Overpayment (多缴款)"),
            ("area_difference", "Area Difference"),
        ],
        required=True,
        default="overpayment",
    )
    amount = fields.Monetary(required=True, tracking=True)
    user_id = fields.Many2one(
        "res.users", string="CS Responsible", default=lambda self: self.env.user
    )
    approved_date = fields.Date(readonly=True, copy=False)
    deadline = fields.Date(
        string="Processing Deadline",
        readonly=True,
        copy=False,
        index=True,
        tracking=True,
    )
    processed_date = fields.Date(readonly=True, copy=False)
    notified_date = fields.Date(readonly=True, copy=False)
    is_overdue = fields.Boolean(
        string="Overdue",
        readonly=True,
        copy=False,
        index=True,
        help="Set by the daily check when the refund is not processed within 7 days.",
    )

    _amount_positive = models.Constraint(
        "CHECK (amount > 0)", "A refund amount must be positive."
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code("cs.refund") or "/"
        return super().create(vals_list)

    def action_approve(self):
        """The signed refund approval starts the 7-day deadline."""
        self._cs_check_groups([MANAGER], self.env._("approve refunds"))
        self._cs_check_state(["draft"], self.env._("approve"))
        today = fields.Date.context_today(self)
        self._cs_set_state(
            "approved",
            approved_date=today,
            deadline=today + timedelta(days=REFUND_DAYS),
        )
        return True

    def action_process(self):
        self._cs_check_groups([FINANCE], self.env._("process refunds"))
        self._cs_check_state(["approved"], self.env._("process"))
        self._cs_set_state(
            "processed",
            processed_date=fields.Date.context_today(self),
            is_overdue=False,
        )
        self.activity_feedback(["mail.mail_activity_data_warning"])
        for refund in self:
            user = refund.user_id or self.env.user
            refund.activity_schedule(
                "mail.mail_activity_data_call",
                user_id=user.id,
                summary=reader_env(self, user)._(
                    "Notify the customer to collect the refund"
                ),
            )
        return True

    def action_notify_customer(self):
        self._cs_check_groups([AGENT], self.env._("notify customers of refunds"))
        self._cs_check_state(["processed"], self.env._("notify the customer"))
        self._cs_set_state("notified", notified_date=fields.Date.context_today(self))
        self.activity_feedback(["mail.mail_activity_data_call"])
        return True

    def action_cancel(self):
        self._cs_check_groups([MANAGER], self.env._("cancel refunds"))
        self._cs_check_state(["draft", "approved"], self.env._("cancel"))
        self._cs_set_state("cancelled")
        return True

    def _flag_overdue(self, today=None):
        """Flag refunds past their deadline, with one warning activity each.

        Run by the time-based automation rule ``automation_refund_overdue``
        (one day after the deadline, editable by the CS administrator).
        """
        today = today or fields.Date.context_today(self)
        late = self.filtered(
            lambda r: r.state == "approved"
            and not r.is_overdue
            and r.deadline
            and r.deadline < today
        )
        finance = self.env.ref(FINANCE).sudo().user_ids.filtered("active")[:1]
        for refund in late:
            user = finance or refund.user_id or self.env.user
            refund.activity_schedule(
                "mail.mail_activity_data_warning",
                user_id=user.id,
                summary=reader_env(self, user)._(
                    "Refund overdue: 7-day processing deadline passed"
                ),
            )
        late._cs_transition_write(is_overdue=True)
        return late

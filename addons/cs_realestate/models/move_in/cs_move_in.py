# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.cs_core.tools import reader_env

AGENT = "cs_core.group_cs_agent"
# Off-plan move-in notices go out this many days before delivery (RE-MOVE-3).
NOTICE_DAYS = 10


class CsMoveIn(models.Model):
    """Move-in notice (《入住通知》) and move-in slip (入住通知单), RE-MOVE-1..4."""

    _name = "cs.move.in"
    _description = "Move-in Notice and Slip"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _cs_guarded_fields = (
        "reminder_count",
        "last_reminder_date",
        "notice_date",
        "slip_date",
        "move_in_date",
    )
    _cs_first_state_fields = ("contract_id",)
    _order = "appointment_date desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("notified", "Notice Sent"),
            ("slip_issued", "Slip Issued"),
            ("done", "Moved In"),
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
    partner_id = fields.Many2one(related="contract_id.partner_id", store=True)
    unit_id = fields.Many2one(related="contract_id.unit_id", store=True)
    delivery_kind = fields.Selection(related="contract_id.delivery_kind", store=True)
    delivery_date = fields.Date(related="contract_id.delivery_date")
    paid_confirmed = fields.Boolean(related="contract_id.paid_confirmed")
    user_id = fields.Many2one(
        "res.users", string="CS Responsible", default=lambda self: self.env.user
    )
    notice_date = fields.Date(readonly=True, copy=False)
    handover_date = fields.Date(
        string="Ready for Delivery On", compute="_compute_handover_date"
    )
    appointment_date = fields.Date(
        string="Come By",
        help="Date stated on the notice by which the owner should come.",
    )
    slip_date = fields.Date(readonly=True, copy=False)
    move_in_date = fields.Date(readonly=True, copy=False)
    reminder_count = fields.Integer(readonly=True, copy=False)
    last_reminder_date = fields.Date(readonly=True, copy=False)
    note = fields.Text()

    _contract_uniq = models.Constraint(
        "UNIQUE (contract_id)", "A contract has one move-in file."
    )

    @api.depends("contract_id.name")
    def _compute_name(self):
        for move in self:
            move.name = self.env._(
                "Move-in %(contract)s", contract=move.contract_id.name or ""
            )

    def action_send_notice(self):
        self._cs_check_groups([AGENT], self.env._("send move-in notices"))
        self._cs_check_state(["draft"], self.env._("send the notice"))
        unpaid = self.filtered(lambda m: not m.contract_id.paid_confirmed)
        if unpaid.filtered(lambda m: m.delivery_kind == "off_plan"):
            raise UserError(
                self.env._("Off-plan move-in notices go to fully paid owners only.")
            )
        today = fields.Date.context_today(self)
        for move in self:
            move._cs_set_state(
                "notified",
                notice_date=today,
                appointment_date=move._come_by_date(today),
            )
        return True

    def _come_by_date(self, notice_date):
        """The planned appointment or the delivery date, unless already past:
        then the owner gets the notice period from the notice date."""
        self.ensure_one()
        come_by = self.appointment_date or self.delivery_date
        if not come_by or come_by < notice_date:
            come_by = notice_date + timedelta(days=NOTICE_DAYS)
        return come_by

    @api.depends("delivery_date", "notice_date")
    def _compute_handover_date(self):
        """An existing home delivered before the notice is ready on the
        notice date."""
        for move in self:
            dates = [d for d in (move.delivery_date, move.notice_date) if d]
            move.handover_date = max(dates) if dates else False

    @api.constrains("notice_date", "appointment_date")
    def _check_come_by_after_notice(self):
        for move in self:
            if (
                move.notice_date
                and move.appointment_date
                and move.appointment_date < move.notice_date
            ):
                raise ValidationError(
                    self.env._(
                        "The come-by date of %(move)s cannot be before its notice "
                        "date.",
                        move=move.name,
                    )
                )

    def action_issue_slip(self):
        """Only after Finance confirmed full payment (RE-MOVE-1, RE-MOVE-4)."""
        self._cs_check_groups([AGENT], self.env._("issue move-in slips"))
        self._cs_check_state(
            ["draft", "notified"], self.env._("issue the move-in slip")
        )
        unconfirmed = self.filtered(lambda m: not m.contract_id.paid_confirmed)
        if unconfirmed:
            raise UserError(
                self.env._(
                    "The move-in slip for %(contracts)s can only be issued after "
                    "Finance "
                    "confirms full payment.",
                    contracts=", ".join(unconfirmed.contract_id.mapped("name")),
                )
            )
        self._cs_set_state("slip_issued", slip_date=fields.Date.context_today(self))
        self.activity_feedback(["mail.mail_activity_data_todo"])
        return True

    def action_done(self):
        """The property company processed the move-in on the slip."""
        self._cs_check_groups([AGENT], self.env._("record move-ins"))
        self._cs_check_state(["slip_issued"], self.env._("record the move-in"))
        self._cs_set_state("done", move_in_date=fields.Date.context_today(self))
        self.sudo().unit_id.filtered(lambda u: u.status == "sold").write(
            {"status": "delivered"}
        )
        return True

    def action_cancel(self):
        self._cs_check_groups([AGENT], self.env._("cancel move-in files"))
        self._cs_check_state(["draft", "notified"], self.env._("cancel"))
        self._cs_set_state("cancelled")
        return True

    # ------------------------------------------------------------------
    # Scheduled jobs
    # ------------------------------------------------------------------
    @api.model
    def _offplan_notice_domain(self, today):
        return [
            ("delivery_kind", "=", "off_plan"),
            ("state", "not in", ("draft", "cancelled")),
            ("paid_confirmed", "=", True),
            ("delivery_date", ">=", today),
            ("delivery_date", "<=", today + timedelta(days=NOTICE_DAYS)),
            ("move_in_ids", "=", False),
        ]

    @api.model
    def _cron_send_offplan_notices(self, today=None):
        """Move-in notices 10 days before delivery, fully paid owners only, once each.

        Built in bulk (one search, one multi-create) so the query count does
        not grow with the number of contracts.
        """
        today = today or fields.Date.context_today(self)
        contracts = self.env["cs.sale.contract"].search(
            self._offplan_notice_domain(today)
        )
        if not contracts:
            return self.browse()
        contracts.fetch(["delivery_date", "user_id", "name"])
        quiet = self._cs_as_transition().with_context(
            tracking_disable=True,
            mail_create_nolog=True,
            mail_notrack=True,
            mail_create_nosubscribe=True,
        )
        return quiet.create(
            [
                {
                    "contract_id": contract.id,
                    "state": "notified",
                    "notice_date": today,
                    "appointment_date": contract.delivery_date,
                    "user_id": contract.user_id.id or self.env.user.id,
                }
                for contract in contracts
            ]
        )

    @api.model
    def _cron_remind_no_shows(self, today=None):
        """Owners who did not come by the stated date get a reminder (RE-MOVE-4)."""
        today = today or fields.Date.context_today(self)
        late = self.search(
            [
                ("state", "=", "notified"),
                ("appointment_date", "<", today),
                "|",
                ("last_reminder_date", "=", False),
                ("last_reminder_date", "<=", today - timedelta(days=7)),
            ]
        )
        # One batch per responsible and per reminder count, not per file; the
        # to-do shows in the agent's activities without one e-mail per file
        # (as the loan reminders do).
        quiet = late.with_context(mail_activity_quick_update=True)
        for user, moves in quiet.grouped(lambda m: m.user_id or self.env.user).items():
            summary = reader_env(self, user)._(
                "Owner did not come to move in: send a reminder"
            )
            moves.activity_schedule(
                "mail.mail_activity_data_call", user_id=user.id, summary=summary
            )
        for count, moves in late.grouped("reminder_count").items():
            moves._cs_transition_write(
                reminder_count=count + 1, last_reminder_date=today
            )
        return late

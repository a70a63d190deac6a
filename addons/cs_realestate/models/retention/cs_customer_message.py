# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError

AGENT = "cs_core.group_cs_agent"
MESSAGE_KINDS = [
    ("holiday", "Holiday Greeting"),
    ("new_phase", "New Phase Opening"),
    ("progress", "Construction Progress"),
]
CHANNELS = [("sms", "SMS"), ("email", "E-mail"), ("both", "SMS and E-mail")]
# Message lines turned into queued SMS / e-mails per run of the queue job.
QUEUE_BATCH = 1000


class CsCustomerMessage(models.Model):
    """Message to a group of customers (RE-RET-3).

    Holiday greetings go to every buyer, the new-phase opening to the
    owners of the other phases, construction progress (text and photos) to
    the off-plan buyers of the phase. Sent through Odoo's SMS and mail
    queues; customers on the phone or e-mail blacklist are left out.
    """

    _name = "cs.customer.message"
    _description = "Customer Message"
    _inherit = ["mail.thread", "cs.workflow.mixin"]
    _cs_guarded_fields = ("sent_date", "sent_by_id")
    _cs_first_state_fields = (
        "kind",
        "channel",
        "subject",
        "body",
        "project_id",
        "phase_id",
        "attachment_ids",
    )
    _order = "id desc"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    kind = fields.Selection(
        MESSAGE_KINDS, required=True, default="holiday", tracking=True
    )
    channel = fields.Selection(CHANNELS, required=True, default="sms", tracking=True)
    subject = fields.Char(required=True, tracking=True)
    body = fields.Text(required=True)
    scheduled_date = fields.Date(
        string="Send On", help="Holiday date or any later day; empty: send now."
    )
    project_id = fields.Many2one("cs.project", check_company=True)
    phase_id = fields.Many2one(
        "cs.project.phase",
        help="New phase: its owners are left out (they just bought). Progress: "
        "the off-plan buyers of this phase.",
    )
    attachment_ids = fields.Many2many("ir.attachment", string="Photos")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("scheduled", "Scheduled"),
            ("sending", "Sending"),
            ("sent", "Sent"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
        index=True,
    )
    sent_date = fields.Datetime(readonly=True, copy=False)
    sent_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    line_ids = fields.One2many("cs.customer.message.line", "message_id", readonly=True)
    recipient_count = fields.Integer(compute="_compute_recipients")
    excluded_count = fields.Integer(
        string="Opted Out",
        compute="_compute_recipients",
        help="Customers left out because they are on the blacklist.",
    )
    queued_count = fields.Integer(compute="_compute_queued_count")

    @api.depends("kind", "subject")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for message in self:
            message.name = "%s: %s" % (
                kinds.get(message.kind, ""),
                message.subject or "",
            )

    @api.depends("kind", "channel", "project_id", "phase_id")
    def _compute_recipients(self):
        for message in self:
            audience = message._cs_audience()
            allowed = message._cs_allowed(audience)
            message.recipient_count = len(allowed["sms"] | allowed["email"])
            message.excluded_count = len(audience) - message.recipient_count

    def _compute_queued_count(self):
        counts = dict(
            self.env["cs.customer.message.line"]._read_group(
                [("message_id", "in", self.ids), ("state", "=", "queued")],
                ["message_id"],
                ["__count"],
            )
        )
        for message in self:
            message.queued_count = counts.get(message, 0)

    @api.constrains("kind", "phase_id")
    def _check_phase(self):
        for message in self:
            if message.kind in ("new_phase", "progress") and not message.phase_id:
                raise UserError(self.env._("Choose the phase the message is about."))

    # ------------------------------------------------------------------
    # Recipients
    # ------------------------------------------------------------------
    def _cs_contract_domain(self):
        self.ensure_one()
        domain = [
            ("company_id", "=", self.company_id.id),
            ("state", "not in", ("draft", "cancelled")),
        ]
        if self.project_id:
            domain.append(("project_id", "=", self.project_id.id))
        if self.kind == "new_phase":
            domain.append(("unit_id.phase_id", "!=", self.phase_id.id))
        elif self.kind == "progress":
            domain += [
                ("unit_id.phase_id", "=", self.phase_id.id),
                ("delivery_kind", "=", "off_plan"),
                ("move_in_ids", "not any", [("state", "=", "done")]),
            ]
        return domain

    def _cs_audience(self):
        """Every buyer the message is meant for, opted out or not."""
        contracts = (
            self.env["cs.sale.contract"]
            .sudo()
            .search_fetch(self._cs_contract_domain(), ["buyer_ids", "partner_id"])
        )
        return contracts.buyer_ids | contracts.partner_id

    def _cs_allowed(self, audience):
        """{channel: partners} reachable on it and not blacklisted there."""
        self.ensure_one()
        partners = self.env["res.partner"].sudo()
        allowed = {"sms": partners, "email": partners}
        if not audience:
            return allowed
        if self.channel in ("sms", "both"):
            allowed["sms"] = partners.search(
                [
                    ("id", "in", audience.ids),
                    ("phone_sanitized", "!=", False),
                    ("phone_sanitized_blacklisted", "=", False),
                ]
            )
        if self.channel in ("email", "both"):
            allowed["email"] = partners.search(
                [
                    ("id", "in", audience.ids),
                    ("email_normalized", "!=", False),
                    ("is_blacklisted", "=", False),
                ]
            )
        return allowed

    def action_preview_recipients(self):
        """The customers who will receive the message, before sending."""
        self.ensure_one()
        allowed = self._cs_allowed(self._cs_audience())
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Recipients (%(n)s)", n=self.recipient_count),
            "res_model": "res.partner",
            "view_mode": "list,form",
            "domain": [("id", "in", (allowed["sms"] | allowed["email"]).ids)],
        }

    # ------------------------------------------------------------------
    # Sending
    # ------------------------------------------------------------------
    def action_send(self):
        """Queue the message now, or schedule it for its date."""
        self._cs_check_groups([AGENT], self.env._("send customer messages"))
        self._cs_check_state(["draft"], self.env._("send"))
        today = fields.Date.context_today(self)
        later = self.filtered(lambda m: m.scheduled_date and m.scheduled_date > today)
        later._cs_set_state("scheduled")
        (self - later)._cs_queue()
        return True

    def action_cancel(self):
        self._cs_check_groups([AGENT], self.env._("cancel customer messages"))
        self._cs_check_state(["draft", "scheduled"], self.env._("cancel"))
        self._cs_set_state("cancelled")
        return True

    def action_reset_to_draft(self):
        self._cs_check_groups([AGENT], self.env._("reset customer messages"))
        self._cs_check_state(["cancelled", "scheduled"], self.env._("reset to draft"))
        self._cs_set_state("draft")
        return True

    def _cs_queue(self):
        """One message line per recipient and channel, in one batch insert."""
        lines = self.env["cs.customer.message.line"].sudo()
        for message in self:
            allowed = message._cs_allowed(message._cs_audience())
            created = lines.create(
                [
                    {"message_id": message.id, "partner_id": pid, "channel": channel}
                    for channel, partners in allowed.items()
                    for pid in partners.ids
                ]
            )
            message._cs_set_state(
                "sending" if created else "sent",
                sent_date=fields.Datetime.now(),
                sent_by_id=self.env.uid,
            )
        self.env.ref(
            "cs_realestate.ir_cron_cs_customer_message_queue"
        ).sudo()._trigger()

    @api.model
    def _cron_send_scheduled(self):
        today = fields.Date.context_today(self)
        due = self.search(
            [("state", "=", "scheduled"), ("scheduled_date", "<=", today)]
        )
        due._cs_queue()
        return due

    @api.model
    def _cron_process_queue(self, batch_size=QUEUE_BATCH):
        """Hand a batch of pending lines to the SMS and mail queues.

        A bounded number of queries per batch; re-triggers itself while
        lines are waiting.
        """
        lines = (
            self.env["cs.customer.message.line"]
            .sudo()
            .search([("state", "=", "pending")], order="id", limit=batch_size + 1)
        )
        if len(lines) > batch_size:
            lines = lines[:batch_size]
            self.env.ref(
                "cs_realestate.ir_cron_cs_customer_message_queue"
            ).sudo()._trigger()
        lines._cs_queue_out()
        messages = lines.message_id
        self.env.flush_all()
        waiting = {
            message
            for (message,) in self.env["cs.customer.message.line"]
            .sudo()
            ._read_group(
                [("message_id", "in", messages.ids), ("state", "=", "pending")],
                ["message_id"],
            )
        }
        messages.filtered(
            lambda m: m.state == "sending" and m not in waiting
        )._cs_set_state("sent")
        return lines

    def _cs_mail_body(self):
        self.ensure_one()
        return Markup("<p>%s</p>") % Markup("<br/>").join(
            escape(line) for line in (self.body or "").splitlines()
        )

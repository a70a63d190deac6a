# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from markupsafe import Markup

from odoo import SUPERUSER_ID, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ...tools import is_trusted, trusted

CS_TICKET_KINDS = [
    ("inquiry", "Inquiry"),
    ("complaint", "Complaint"),
    ("suggestion", "Suggestion"),
    ("repair", "Repair"),
    ("special_service", "Special Service Request"),
    ("booking", "Booking"),
]
CS_SEVERITIES = [
    ("general", "General"),
    ("major", "Major"),
    ("compensation", "Compensation"),
]
CS_COMPLAINT_CATEGORIES = [
    ("engineering", "Engineering Quality"),
    ("design", "Design"),
    ("service", "Service"),
    ("fees", "Fees"),
    ("neighbour", "Neighbour Dispute"),
    ("other", "Other"),
]
# Complaint categories that need on-site photos before resolution (CORE-CMP-2)
CS_PHOTO_CATEGORIES = ("engineering", "design")
# Tickets escalated per run of the overdue job
CS_OVERDUE_BATCH = 1000
CS_SATISFACTION = [
    ("1", "1 - Very dissatisfied"),
    ("2", "2 - Dissatisfied"),
    ("3", "3 - Neutral"),
    ("4", "4 - Satisfied"),
    ("5", "5 - Very satisfied"),
]


class HelpdeskTicket(models.Model):
    _inherit = ["helpdesk.ticket", "cs.guarded.fields.mixin"]
    _check_company_auto = True
    # Set by the overdue job, the first response and the close wizard.
    _cs_guarded_fields = (
        "cs_overdue",
        "cs_responded_date",
        "cs_satisfaction",
        "cs_satisfaction_comment",
    )

    cs_kind = fields.Selection(
        CS_TICKET_KINDS, string="Kind", default="inquiry", required=True, tracking=True
    )
    cs_severity = fields.Selection(
        CS_SEVERITIES,
        string="Severity",
        default="general",
        required=True,
        tracking=True,
    )
    cs_complaint_category = fields.Selection(
        CS_COMPLAINT_CATEGORIES, string="Complaint Category", tracking=True
    )
    cs_unit_id = fields.Many2one(
        "cs.unit", string="Unit", index=True, tracking=True, check_company=True
    )
    cs_project_id = fields.Many2one(
        related="cs_unit_id.project_id", store=True, string="Project"
    )
    cs_problem = fields.Text(string="Problem")
    cs_cause = fields.Text(string="Cause Analysis")
    cs_solution = fields.Text(string="Solution")
    cs_investigation_notes = fields.Text(string="Investigation Notes")
    # First-contact responsibility (CORE-TKT-2): set once, never rewritten.
    cs_first_contact_user_id = fields.Many2one(
        "res.users",
        string="First-Contact Owner",
        readonly=True,
        copy=False,
        index=True,
        help="The user who first took this ticket. Stays accountable for it "
        "whoever handles it later (first-contact responsibility).",
    )
    # Service commitments (CORE-TKT-3)
    cs_response_deadline = fields.Datetime(
        string="Response Deadline",
        compute="_compute_cs_deadlines",
        store=True,
        help="Promised reply time from the service commitment.",
    )
    cs_resolution_deadline = fields.Datetime(
        string="Resolution Deadline", compute="_compute_cs_deadlines", store=True
    )
    cs_responded_date = fields.Datetime(
        string="Responded On", readonly=True, copy=False
    )
    cs_overdue = fields.Boolean(
        string="Overdue",
        readonly=True,
        copy=False,
        index=True,
        help="Set by the overdue job once the resolution deadline passed on an "
        "open ticket; the supervisor got an escalation activity.",
    )
    cs_deadline_state = fields.Selection(
        [
            ("running", "In Time"),
            ("overdue", "Overdue"),
            ("met", "Solved in Time"),
            ("missed", "Solved Late"),
        ],
        string="Deadline Status",
        compute="_compute_cs_deadline_state",
        store=True,
    )
    cs_forward_ids = fields.One2many(
        "cs.ticket.forward", "ticket_id", string="Forwarding Log", readonly=True
    )
    cs_forward_count = fields.Integer(
        string="Forwardings", compute="_compute_cs_forward_count", store=True
    )
    cs_satisfaction = fields.Selection(
        CS_SATISFACTION, string="Satisfaction", tracking=True, copy=False
    )
    cs_satisfaction_comment = fields.Text(string="Satisfaction Comment", copy=False)
    cs_agreement_ids = fields.One2many(
        "cs.agreement", "ticket_id", string="Compensation Agreements"
    )
    cs_agreement_count = fields.Integer(
        string="Agreements", compute="_compute_cs_agreement_count"
    )
    cs_image_count = fields.Integer(string="Photos", compute="_compute_cs_image_count")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("number", "name")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """ "HD0001 - Title"; a ticket being created has neither number nor
        title yet (helpdesk_mgmt printed "/ - False")."""
        for ticket in self:
            number = ticket.number if ticket.number != "/" else False
            parts = [part for part in (number, ticket.name) if part]
            ticket.display_name = " - ".join(parts) or self.env._("New Ticket")

    @api.depends("create_date", "cs_kind", "cs_severity", "company_id")
    def _compute_cs_deadlines(self):
        commitment_model = self.env["cs.service.commitment"]
        commitment_map = commitment_model._get_commitment_map(self.company_id.ids)
        now = fields.Datetime.now()
        for ticket in self:
            commitment = commitment_model._find(
                commitment_map, ticket.company_id.id, ticket.cs_kind, ticket.cs_severity
            )
            start = ticket.create_date or now
            if commitment:
                ticket.cs_response_deadline = start + timedelta(
                    hours=commitment.response_hours
                )
                ticket.cs_resolution_deadline = start + timedelta(
                    hours=commitment.resolution_hours
                )
            else:
                ticket.cs_response_deadline = False
                ticket.cs_resolution_deadline = False

    @api.depends(
        "stage_id.closed", "closed_date", "cs_resolution_deadline", "cs_overdue"
    )
    def _compute_cs_deadline_state(self):
        for ticket in self:
            deadline = ticket.cs_resolution_deadline
            if ticket.stage_id.closed:
                late = deadline and ticket.closed_date and ticket.closed_date > deadline
                ticket.cs_deadline_state = "missed" if late else "met"
            else:
                ticket.cs_deadline_state = "overdue" if ticket.cs_overdue else "running"

    @api.depends("cs_forward_ids")
    def _compute_cs_forward_count(self):
        for ticket in self:
            ticket.cs_forward_count = len(ticket.cs_forward_ids)

    @api.depends("cs_agreement_ids")
    def _compute_cs_agreement_count(self):
        for ticket in self:
            ticket.cs_agreement_count = len(ticket.cs_agreement_ids)

    def _compute_cs_image_count(self):
        counts = self._cs_image_counts()
        for ticket in self:
            ticket.cs_image_count = counts.get(ticket.id, 0)

    def _cs_image_counts(self):
        """Number of image attachments per ticket, in one query."""
        ticket_ids = [tid for tid in self.ids if isinstance(tid, int)]
        if not ticket_ids:
            return {}
        groups = (
            self.env["ir.attachment"]
            .sudo()
            ._read_group(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", ticket_ids),
                    ("mimetype", "=like", "image/%"),
                ],
                ["res_id"],
                ["__count"],
            )
        )
        return dict(groups)

    @api.constrains("cs_kind", "cs_complaint_category")
    def _check_cs_complaint_category(self):
        if self.filtered(
            lambda t: t.cs_kind == "complaint" and not t.cs_complaint_category
        ):
            raise ValidationError(self.env._("A complaint needs a complaint category."))

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not is_trusted(self.env, "cs_set_first_contact"):
                vals.pop("cs_first_contact_user_id", None)
                vals["cs_first_contact_user_id"] = self._cs_default_first_contact(vals)
        tickets = super().create(vals_list)
        tickets._cs_check_photo_rule()
        tickets.filtered(lambda t: not t.stage_id.unattended)._cs_mark_responded()
        tickets._cs_subscribe_first_contact()
        return tickets

    @api.model
    def _cs_default_first_contact(self, vals):
        """The creator when an employee takes the ticket, else the assignee."""
        user = self.env.user
        if user.id != SUPERUSER_ID and user._is_internal():
            return user.id
        return vals.get("user_id") or False

    def write(self, vals):
        if "cs_first_contact_user_id" in vals and not is_trusted(
            self.env, "cs_set_first_contact"
        ):
            raise UserError(
                self.env._(
                    "The first-contact owner is set once when the ticket is taken "
                    "and can never be changed."
                )
            )
        new_stage = (
            self.env["helpdesk.ticket.stage"].browse(vals["stage_id"])
            if vals.get("stage_id")
            else None
        )
        old_stages = {ticket.id: ticket.stage_id for ticket in self}
        res = super().write(vals)
        if (
            new_stage is not None
            or "cs_kind" in vals
            or "cs_complaint_category" in vals
        ):
            self._cs_check_photo_rule()
        if vals.get("user_id"):
            self.filtered(
                lambda t: not t.cs_first_contact_user_id
            )._cs_take_first_contact(vals["user_id"])
        if new_stage is not None:
            changed = self.filtered(lambda t: old_stages[t.id] != t.stage_id)
            if not new_stage.unattended:
                changed.filtered(lambda t: not t.cs_responded_date)._cs_mark_responded()
            changed._cs_notify_stage_change()
        return res

    def _cs_take_first_contact(self, user_id):
        trusted(self, "cs_set_first_contact").write(
            {"cs_first_contact_user_id": user_id}
        )
        self._cs_subscribe_first_contact()

    def _cs_mark_responded(self):
        if self:
            self.sudo()._cs_transition_write(cs_responded_date=fields.Datetime.now())

    def _cs_subscribe_first_contact(self):
        for owner, tickets in self.grouped("cs_first_contact_user_id").items():
            if owner:
                tickets.message_subscribe(partner_ids=owner.partner_id.ids)

    # ------------------------------------------------------------------
    # Complaint photo rule (CORE-CMP-2)
    # ------------------------------------------------------------------
    def _cs_needs_photo(self):
        return self.filtered(
            lambda t: t.cs_kind == "complaint"
            and t.cs_complaint_category in CS_PHOTO_CATEGORIES
            and t.stage_id.closed
        )

    def _cs_check_photo_rule(self):
        to_check = self._cs_needs_photo()
        if not to_check:
            return
        counts = to_check._cs_image_counts()
        missing = to_check.filtered(lambda t: not counts.get(t.id))
        if missing:
            raise ValidationError(
                self.env._(
                    "Engineering and design complaints can only be resolved with at "
                    "least one on-site photo attached. "
                    "Attach a photo to: %(tickets)s",
                    tickets=", ".join(missing.mapped("display_name")),
                )
            )

    # ------------------------------------------------------------------
    # Notifications (CORE-TKT-2, CORE-TKT-5)
    # ------------------------------------------------------------------
    def _cs_notify_stage_change(self):
        for ticket in self:
            ticket._cs_notify_first_contact()
            ticket._cs_notify_customer_progress()

    def _cs_notify_first_contact(self):
        owner = self.cs_first_contact_user_id
        if not owner or owner == self.env.user:
            return
        self.sudo().message_post(
            body=self.env._(
                "Your first-contact ticket %(ticket)s moved to stage %(stage)s.",
                ticket=self.display_name,
                stage=self.stage_id.name,
            ),
            subtype_xmlid="mail.mt_note",
            partner_ids=owner.partner_id.ids,
        )

    def _cs_notify_customer_progress(self):
        """Progress update to the customer by e-mail and SMS (RE-CMP-6)."""
        partner = self.partner_id
        if not partner:
            return
        ticket = self.with_context(lang=partner.lang or self.env.lang)
        body = ticket.env._(
            "Dear customer, your request %(ticket)s is now: %(stage)s. "
            "Thank you for your patience.",
            ticket=self.display_name,
            stage=ticket.stage_id.name,
        )
        # Stages with a mail template already e-mail the customer.
        if partner.email and not self.stage_id.mail_template_id:
            self.sudo().message_post(
                body=Markup("<p>%s</p>") % body,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
                partner_ids=partner.ids,
            )
        if partner.phone:
            self.sudo()._message_sms(body, partner_ids=partner.ids, put_in_queue=True)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_cs_forward(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_ticket_forward_wizard"
        )
        action["context"] = {"default_ticket_id": self.id}
        return action

    def action_cs_close(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_ticket_close_wizard"
        )
        action["context"] = {"default_ticket_id": self.id}
        return action

    def action_cs_view_agreements(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_agreement"
        )
        action["domain"] = [("ticket_id", "=", self.id)]
        action["context"] = {
            "default_ticket_id": self.id,
            "default_partner_id": self.partner_id.id,
            "default_unit_id": self.cs_unit_id.id,
        }
        return action

    def action_cs_view_images(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Photos"),
            "res_model": "ir.attachment",
            "view_mode": "kanban,list,form",
            "domain": [
                ("res_model", "=", self._name),
                ("res_id", "=", self.id),
                ("mimetype", "=like", "image/%"),
            ],
            "context": {"default_res_model": self._name, "default_res_id": self.id},
        }

    # ------------------------------------------------------------------
    # Overdue escalation job (CORE-TKT-3)
    # ------------------------------------------------------------------
    @api.model
    def _cs_overdue_domain(self, now):
        return [
            ("cs_overdue", "=", False),
            ("cs_resolution_deadline", "<", now),
            ("stage_id.closed", "=", False),
        ]

    @api.model
    def _cron_cs_escalate_overdue(self, batch_size=CS_OVERDUE_BATCH):
        """Flag overdue open tickets and give the team supervisor an
        escalation activity, once per ticket.

        Works in batches: one search, one batch write and one batch create
        per run, so the query count is bounded whatever the backlog; when
        more tickets are waiting the job re-triggers itself."""
        now = fields.Datetime.now()
        tickets = self.sudo().search(
            self._cs_overdue_domain(now),
            order="cs_resolution_deadline, id",
            limit=batch_size + 1,
        )
        if len(tickets) > batch_size:
            tickets = tickets[:batch_size]
            self.env.ref("cs_core.ir_cron_cs_ticket_overdue").sudo()._trigger()
        if not tickets:
            return tickets
        tickets._cs_transition_write(cs_overdue=True)
        tickets._cs_create_escalation_activities()
        return tickets

    def _cs_escalation_supervisor_map(self):
        """Team leader per ticket, else the first supervisor of the company."""
        fallback_group = self.env.ref("cs_core.group_cs_supervisor")
        fallback_users = (
            fallback_group.sudo()
            .all_user_ids.filtered(lambda u: u.active and not u.share)
            .sorted("id")
        )
        fallback_by_company = {}
        for user in fallback_users:
            for company in user.company_ids:
                fallback_by_company.setdefault(company.id, user)
        return {
            ticket.id: ticket.team_id.user_id
            or fallback_by_company.get(ticket.company_id.id)
            or self.env["res.users"]
            for ticket in self
        }

    def _cs_create_escalation_activities(self):
        activity_type = self.env.ref("cs_core.mail_activity_type_cs_overdue")
        model_id = self.env["ir.model"]._get_id(self._name)
        supervisors = self._cs_escalation_supervisor_map()
        today = fields.Date.context_today(self)
        vals_list = []
        for ticket in self:
            supervisor = supervisors[ticket.id]
            if not supervisor:
                continue
            vals_list.append(
                {
                    "res_model_id": model_id,
                    "res_id": ticket.id,
                    "activity_type_id": activity_type.id,
                    "user_id": supervisor.id,
                    "date_deadline": today,
                    "summary": self.env._("Overdue ticket: escalate"),
                }
            )
        return (
            self.env["mail.activity"]
            .sudo()
            .with_context(mail_activity_quick_update=True)
            .create(vals_list)
        )

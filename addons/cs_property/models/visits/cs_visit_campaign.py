# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.safe_eval import safe_eval

from odoo.addons.cs_core.tools import TRUSTED, is_trusted

CAMPAIGN_STATES = [("draft", "Draft"), ("running", "Running"), ("closed", "Closed")]
STAFF = "cs_property.group_pm_staff"
AREA_MANAGER = "cs_property.group_pm_area_manager"
# Campaign-line fields only the invitation and answer steps write
LINE_KEY = "cs_visit_campaign_line_step"
LINE_STEP_FIELDS = ("invited", "channel", "user_input_id", "ticket_id")


class CsVisitCampaign(models.Model):
    """A return-visit campaign (回访) by questionnaire on Odoo Surveys (PM-VIS-2).

    Response rate = households whose answer is completed / households
    invited; the target is 70 %."""

    _name = "cs.visit.campaign"
    _description = "Return-Visit Campaign"
    _inherit = ["cs.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    state = fields.Selection(
        CAMPAIGN_STATES, default="draft", required=True, tracking=True
    )
    survey_id = fields.Many2one(
        "survey.survey", string="Questionnaire", required=True, tracking=True
    )
    date_start = fields.Date(default=fields.Date.context_today)
    building_ids = fields.Many2many("cs.building", string="Buildings")
    household_domain = fields.Char(
        string="Household Filter", default="[]", help="Extra filter on household files."
    )
    line_ids = fields.One2many(
        "cs.visit.campaign.line", "campaign_id", string="Households"
    )
    team_id = fields.Many2one(
        "helpdesk.ticket.team",
        string="Ticket Team",
        help="Team receiving the tickets opened by low scores or complaints.",
    )
    target_rate = fields.Float(string="Target Response Rate (%)", default=70.0)
    low_score_threshold = fields.Float(
        string="Low Score (%)",
        default=60.0,
        help="An answer scoring below this opens a ticket.",
    )
    invited_count = fields.Integer(compute="_compute_response")
    answered_count = fields.Integer(compute="_compute_response")
    response_rate = fields.Float(
        string="Response Rate (%)", compute="_compute_response"
    )
    target_reached = fields.Boolean(compute="_compute_response")
    ticket_count = fields.Integer(compute="_compute_response")

    _target_range = models.Constraint(
        "CHECK (target_rate >= 0 AND target_rate <= 100)",
        "The target response rate is a percentage.",
    )

    @api.depends("line_ids.invited", "line_ids.answered", "target_rate")
    def _compute_response(self):
        groups = self.env["cs.visit.campaign.line"]._read_group(
            [("campaign_id", "in", self.ids), ("invited", "=", True)],
            ["campaign_id", "answered"],
            ["__count", "ticket_id:count"],
        )
        stats = {}
        for campaign, answered, count, tickets in groups:
            entry = stats.setdefault(campaign.id, [0, 0, 0])
            entry[0] += count
            entry[1] += count if answered else 0
            entry[2] += tickets
        for campaign in self:
            invited, answered, tickets = stats.get(campaign._origin.id, (0, 0, 0))
            campaign.invited_count = invited
            campaign.answered_count = answered
            campaign.ticket_count = tickets
            campaign.response_rate = 100.0 * answered / invited if invited else 0.0
            campaign.target_reached = bool(invited) and (
                campaign.response_rate >= campaign.target_rate
            )

    # ------------------------------------------------------------------
    # Steps
    # ------------------------------------------------------------------
    def _cs_household_domain(self):
        self.ensure_one()
        try:
            extra = safe_eval(self.household_domain or "[]")
        except Exception as error:
            raise UserError(
                self.env._(
                    "The household filter is not a valid filter: %(error)s", error=error
                )
            ) from error
        domain = [("company_id", "=", self.company_id.id)] + list(extra)
        if self.building_ids:
            domain.append(("building_id", "in", self.building_ids.ids))
        return domain

    def action_select_households(self):
        """Add the households of the chosen buildings matching the filter."""
        self._cs_check_groups([STAFF], self.env._("choose households"))
        for campaign in self:
            campaign._cs_check_state(
                ["draft", "running"], self.env._("choose households")
            )
            households = self.env["cs.household"].search(
                campaign._cs_household_domain()
            )
            new = households - campaign.line_ids.household_id
            self.env["cs.visit.campaign.line"].create(
                [{"campaign_id": campaign.id, "household_id": h.id} for h in new]
            )
        return True

    def action_invite(self):
        """Create each household's survey answer and send its link by e-mail,
        else by SMS; households opted out of both answer on paper."""
        self._cs_check_groups([AREA_MANAGER], self.env._("send the invitations"))
        self._cs_check_state(["draft", "running"], self.env._("send the invitations"))
        for campaign in self:
            lines = campaign.line_ids.filtered(lambda line: not line.invited)
            if not lines:
                raise UserError(self.env._("There is no household left to invite."))
            lines._cs_invite()
            if campaign.state == "draft":
                campaign._cs_set_state("running")
        return True

    def action_close(self):
        self._cs_check_groups([AREA_MANAGER], self.env._("close the campaign"))
        self._cs_check_state(["running"], self.env._("close the campaign"))
        self._cs_set_state("closed")
        return True

    def action_view_results(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_property.action_cs_visit_campaign_line"
        )
        action["domain"] = [("campaign_id", "=", self.id), ("invited", "=", True)]
        return action


class CsVisitCampaignLine(models.Model):
    """One household of a return-visit campaign and its survey answer."""

    _name = "cs.visit.campaign.line"
    _description = "Return-Visit Household"
    _order = "campaign_id, building_id, unit_id"
    _check_company_auto = True

    campaign_id = fields.Many2one(
        "cs.visit.campaign", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="campaign_id.company_id", store=True)
    household_id = fields.Many2one(
        "cs.household", required=True, ondelete="cascade", check_company=True
    )
    unit_id = fields.Many2one(related="household_id.unit_id", store=True)
    building_id = fields.Many2one(related="household_id.building_id", store=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Respondent",
        compute="_compute_partner_id",
        store=True,
        readonly=False,
    )
    channel = fields.Selection(
        [("email", "E-mail"), ("sms", "SMS"), ("paper", "Paper")], readonly=True
    )
    invited = fields.Boolean(readonly=True)
    user_input_id = fields.Many2one("survey.user_input", string="Answer", readonly=True)
    answered = fields.Boolean(compute="_compute_answered", store=True)
    response_rate = fields.Float(
        string="Response Rate (%)",
        compute="_compute_answered",
        store=True,
        aggregator="avg",
    )
    score = fields.Float(
        string="Score (%)",
        related="user_input_id.scoring_percentage",
        store=True,
        aggregator="avg",
    )
    ticket_id = fields.Many2one("helpdesk.ticket", readonly=True, copy=False)

    _household_uniq = models.Constraint(
        "UNIQUE (campaign_id, household_id)", "A household is in a campaign once."
    )

    @api.model_create_multi
    def create(self, vals_list):
        if not is_trusted(self.env, LINE_KEY):
            for vals in vals_list:
                for field in LINE_STEP_FIELDS:
                    vals.pop(field, None)
        return super().create(vals_list)

    def write(self, vals):
        step_fields = [field for field in LINE_STEP_FIELDS if field in vals]
        if step_fields and not is_trusted(self.env, LINE_KEY):
            raise UserError(
                self.env._("Invitations and answers are recorded by their own steps.")
            )
        return super().write(vals)

    def _cs_step(self):
        return self.with_context(**{LINE_KEY: TRUSTED})

    @api.depends("household_id")
    def _compute_partner_id(self):
        for line in self:
            line.partner_id = line.household_id.owner_ids[:1]

    @api.depends("user_input_id.state", "invited")
    def _compute_answered(self):
        for line in self:
            line.answered = line.user_input_id.state == "done"
            line.response_rate = 100.0 if line.answered else 0.0

    # ------------------------------------------------------------------
    def _cs_invite(self):
        """Invite the households of one campaign in batches: one create of
        the survey answers, one of the e-mails (queued, sent by the mail
        job) and one of the text messages, whatever the number of lines."""
        survey = self.campaign_id.survey_id.sudo()
        survey.ensure_one()
        survey._check_answer_creation(
            self.env["res.users"], self.partner_id[:1], False, check_attempts=False
        )
        # Followers and tracking of each answer cost queries per answer.
        answers = (
            self.env["survey.user_input"]
            .sudo()
            .with_context(tracking_disable=True)
            .create([line._cs_answer_vals(survey) for line in self])
        )
        by_channel = defaultdict(lambda: self.browse())
        for line, answer in zip(self._cs_step(), answers, strict=True):
            line.user_input_id = answer
            by_channel[line._cs_invite_channel()] |= line
        for channel, lines in by_channel.items():
            lines._cs_step().write({"invited": True, "channel": channel})
        if by_channel["email"]:
            template = self.env.ref(
                "cs_property.mail_template_cs_visit_campaign_invite"
            )
            template.send_mail_batch(
                by_channel["email"].ids,
                email_layout_xmlid="mail.mail_notification_light",
            )
        self.env["sms.sms"].sudo().create(
            [line._cs_sms_vals() for line in by_channel["sms"]]
        )

    def _cs_answer_vals(self, survey):
        """The survey answer ``survey._create_answer`` would create for the
        respondent, without its per-answer checks and queries."""
        partner = self.partner_id
        vals = {
            "survey_id": survey.id,
            "partner_id": partner.id,
            "email": partner.email,
            "nickname": partner.name,
            "test_entry": False,
        }
        if survey.is_attempts_limited and survey.access_mode != "public":
            vals["invite_token"] = self.env[
                "survey.user_input"
            ]._generate_invite_token()
        return vals

    def _cs_invite_channel(self):
        """E-mail, else SMS; paper for households opted out of both."""
        return self.partner_id._cs_notice_channel() or "paper"

    def _cs_survey_url(self):
        return self.user_input_id.get_base_url() + self.user_input_id.get_start_url()

    def _cs_sms_vals(self):
        return {
            "partner_id": self.partner_id.id,
            "number": self.partner_id.phone_sanitized,
            "body": self.env._(
                "%(company)s return visit: please answer %(survey)s at %(url)s",
                company=self.company_id.name,
                survey=self.campaign_id.survey_id.title,
                url=self._cs_survey_url(),
            ),
        }

    def action_enter_paper_answer(self):
        """Staff type in an answer given on paper through the survey itself."""
        self.ensure_one()
        if not self.user_input_id:
            raise UserError(
                self.env._("Invite the household before entering its answer.")
            )
        if self.answered:
            raise UserError(self.env._("This household has already answered."))
        self._cs_step().channel = "paper"
        return {
            "type": "ir.actions.act_url",
            "url": self.user_input_id.get_start_url(),
            "target": "new",
        }

    # ------------------------------------------------------------------
    # Answer follow-up
    # ------------------------------------------------------------------
    def _cs_answer_problem(self):
        """Why the completed answer needs a ticket, or an empty string."""
        self.ensure_one()
        answer = self.user_input_id
        complaints = answer.user_input_line_ids.filtered(
            lambda line: (
                line.question_id.cs_is_complaint
                and not line.skipped
                and (line.value_text_box or line.value_char_box or "").strip()
            )
        )
        if complaints:
            return "\n".join(
                complaints.mapped(
                    lambda line: line.value_text_box or line.value_char_box
                )
            )
        if (
            answer.survey_id.scoring_type != "no_scoring"
            and answer.scoring_percentage < self.campaign_id.low_score_threshold
        ):
            return self.env._(
                "Low score: %(score)s %%", score=round(answer.scoring_percentage, 1)
            )
        return ""

    def _cs_open_tickets(self):
        """One complaint ticket per answer with a low score or a complaint."""
        for line in self.filtered(lambda line: line.answered and not line.ticket_id):
            problem = line._cs_answer_problem()
            if not problem:
                continue
            ticket = (
                self.env["helpdesk.ticket"].sudo().create(line._cs_ticket_vals(problem))
            )
            line.sudo()._cs_step().ticket_id = ticket

    def _cs_ticket_vals(self, problem):
        return {
            "name": self.env._(
                "Return visit: %(unit)s", unit=self.unit_id.complete_name
            ),
            "description": Markup("<p>%s</p><p>%s</p>")
            % (escape(self.campaign_id.name), escape(problem)),
            "cs_kind": "complaint",
            "cs_complaint_category": "service",
            "cs_unit_id": self.unit_id.id,
            "partner_id": self.partner_id.id,
            "team_id": self.campaign_id.team_id.id,
            "company_id": self.company_id.id,
        }

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

ACTIVITY_STATES = [
    ("draft", "Draft"),
    ("announced", "Announced"),
    ("done", "Held"),
    ("cancelled", "Cancelled"),
]
STAFF = "cs_property.group_pm_staff"
AREA_MANAGER = "cs_property.group_pm_area_manager"


class CsCommunityActivity(models.Model):
    """A community activity (社区文化活动): notice, preparation, invitations,
    registrations and feedback (PM-COM-1)."""

    _name = "cs.community.activity"
    _description = "Community Activity"
    _inherit = ["cs.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_begin desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    state = fields.Selection(
        ACTIVITY_STATES, default="draft", required=True, tracking=True
    )
    date_begin = fields.Datetime(string="Start", required=True, tracking=True)
    date_end = fields.Datetime(string="End")
    location = fields.Char(tracking=True)
    organizer_id = fields.Many2one(
        "res.users", default=lambda self: self.env.user, tracking=True
    )
    capacity = fields.Integer(help="Maximum attendees; 0 means no limit.")
    notice = fields.Html(help="Bulletin-board text of the activity.")
    building_ids = fields.Many2many(
        "cs.building", string="Invited Buildings", help="Empty: all buildings."
    )
    registration_ids = fields.One2many(
        "cs.community.registration", "activity_id", string="Registrations"
    )
    registered_count = fields.Integer(compute="_compute_counts")
    attendee_count = fields.Integer(compute="_compute_counts")
    feedback_survey_id = fields.Many2one("survey.survey")

    _dates_ordered = models.Constraint(
        "CHECK (date_end IS NULL OR date_end >= date_begin)",
        "An activity cannot end before it starts.",
    )

    @api.depends("registration_ids.state", "registration_ids.attendee_count")
    def _compute_counts(self):
        for activity in self:
            registered = activity.registration_ids.filtered(
                lambda reg: reg.state in ("registered", "attended")
            )
            activity.registered_count = len(registered)
            activity.attendee_count = sum(registered.mapped("attendee_count"))

    # ------------------------------------------------------------------
    # Steps
    # ------------------------------------------------------------------
    def action_plan_preparation(self):
        """Preparation tasks as activities, from the preparation plan."""
        self.ensure_one()
        plan = self.env.ref("cs_property.mail_activity_plan_cs_community")
        return {
            "type": "ir.actions.act_window",
            "res_model": "mail.activity.schedule",
            "view_mode": "form",
            "target": "new",
            "context": {
                "active_model": self._name,
                "active_ids": self.ids,
                "active_id": self.id,
                "default_plan_id": plan.id,
                "default_plan_on_demand_user_id": self.organizer_id.id,
            },
        }

    def action_announce(self):
        self._cs_check_groups([STAFF], self.env._("announce the activity"))
        self._cs_check_state(["draft"], self.env._("announce the activity"))
        if any(not activity.notice for activity in self):
            raise UserError(
                self.env._("Write the notice before announcing the activity.")
            )
        self._cs_set_state("announced")
        return True

    def action_invite(self):
        """Invite the owners of the chosen buildings by e-mail or SMS; owners
        on the e-mail and SMS blacklists get nothing."""
        self._cs_check_groups([STAFF], self.env._("invite residents"))
        self._cs_check_state(["announced"], self.env._("invite residents"))
        for activity in self:
            domain = [("company_id", "=", activity.company_id.id)]
            if activity.building_ids:
                domain.append(("building_id", "in", activity.building_ids.ids))
            households = self.env["cs.household"].search(domain)
            known = activity.registration_ids.partner_id
            vals = [
                {
                    "activity_id": activity.id,
                    "partner_id": owner.id,
                    "household_id": h.id,
                }
                for h in households
                for owner in h.owner_ids
                if owner not in known
            ]
            new = self.env["cs.community.registration"].create(vals)
            new._cs_send(
                self.env.ref("cs_property.mail_template_cs_community_invite"),
                new._cs_invitation_sms,
            )
        return True

    def action_done(self):
        self._cs_check_groups([STAFF], self.env._("close the activity"))
        self._cs_check_state(["announced"], self.env._("close the activity"))
        self._cs_set_state("done")
        return True

    def action_cancel(self):
        self._cs_check_groups([AREA_MANAGER], self.env._("cancel the activity"))
        self._cs_check_state(["draft", "announced"], self.env._("cancel the activity"))
        self._cs_set_state("cancelled")
        return True

    def action_send_feedback(self):
        """Send the feedback survey to those who registered."""
        self.ensure_one()
        self._cs_check_groups([STAFF], self.env._("ask for feedback"))
        self._cs_check_state(["done"], self.env._("ask for feedback"))
        if not self.feedback_survey_id:
            raise UserError(self.env._("Choose the feedback survey first."))
        registrations = self.registration_ids.filtered(
            lambda reg: (
                reg.state in ("registered", "attended") and not reg.feedback_input_id
            )
        )
        for registration in registrations:
            registration.feedback_input_id = (
                self.feedback_survey_id.sudo()._create_answer(
                    partner=registration.partner_id, check_attempts=False
                )
            )
        registrations._cs_send(
            self.env.ref("cs_property.mail_template_cs_community_feedback"),
            registrations._cs_feedback_sms,
        )
        return True

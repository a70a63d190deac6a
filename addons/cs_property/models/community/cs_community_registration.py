# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import fields, models

REGISTRATION_STATES = [
    ("invited", "Invited"),
    ("registered", "Registered"),
    ("attended", "Attended"),
    ("declined", "Declined"),
]


class CsCommunityRegistration(models.Model):
    """An invitation to a community activity and the resident's answer."""

    _name = "cs.community.registration"
    _description = "Community Activity Registration"
    _order = "activity_id, id"
    _check_company_auto = True

    activity_id = fields.Many2one(
        "cs.community.activity", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="activity_id.company_id", store=True)
    partner_id = fields.Many2one("res.partner", string="Resident", required=True)
    household_id = fields.Many2one("cs.household", check_company=True)
    unit_id = fields.Many2one(related="household_id.unit_id")
    state = fields.Selection(REGISTRATION_STATES, default="invited", required=True)
    attendee_count = fields.Integer(string="Attendees", default=1)
    channel = fields.Selection(
        [("email", "E-mail"), ("sms", "SMS"), ("none", "Opted Out")],
        string="Invited By",
        readonly=True,
    )
    feedback_input_id = fields.Many2one(
        "survey.user_input", string="Feedback", readonly=True
    )

    _partner_uniq = models.Constraint(
        "UNIQUE (activity_id, partner_id)", "A resident registers once per activity."
    )
    _attendees_positive = models.Constraint(
        "CHECK (attendee_count >= 0)", "The number of attendees cannot be negative."
    )

    def action_register(self):
        self.write({"state": "registered"})

    def action_attended(self):
        self.write({"state": "attended"})

    def action_decline(self):
        self.write({"state": "declined"})

    def _cs_send(self, template, sms_body):
        """E-mail, else SMS; nothing to those on both blacklists. Queued as
        one batch of e-mails and one of text messages."""
        by_channel = defaultdict(lambda: self.browse())
        for registration in self:
            by_channel[registration._cs_channel()] |= registration
        for channel, registrations in by_channel.items():
            registrations.write({"channel": channel})
        if by_channel["email"]:
            template.send_mail_batch(
                by_channel["email"].ids,
                email_layout_xmlid="mail.mail_notification_light",
            )
        self.env["sms.sms"].sudo().create(
            [
                {
                    "partner_id": registration.partner_id.id,
                    "number": registration.partner_id.phone_sanitized,
                    "body": sms_body(registration),
                }
                for registration in by_channel["sms"]
            ]
        )

    def _cs_channel(self):
        return self.partner_id._cs_notice_channel() or "none"

    def _cs_invitation_sms(self, registration):
        activity = registration.activity_id
        return self.env._(
            "%(company)s invites you to %(name)s on %(date)s at %(place)s.",
            company=activity.company_id.name,
            name=activity.name,
            date=fields.Datetime.context_timestamp(self, activity.date_begin).strftime(
                "%Y-%m-%d %H:%M"
            ),
            place=activity.location or "",
        )

    def _cs_feedback_sms(self, registration):
        answer = registration.feedback_input_id
        return self.env._(
            "Thank you for joining %(name)s. Your feedback: %(url)s",
            name=registration.activity_id.name,
            url=answer.get_base_url() + answer.get_start_url(),
        )

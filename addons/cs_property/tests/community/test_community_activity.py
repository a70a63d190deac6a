# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import CsResidentCase


@tagged("post_install", "-at_install")
class TestCommunityActivity(CsResidentCase, PdfAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.feedback = cls.env["survey.survey"].create(
            {"title": "活动反馈", "access_mode": "token"}
        )
        cls.activity = (
            cls.env["cs.community.activity"]
            .with_user(cls.staff)
            .create(
                {
                    "name": "中秋游园会",
                    "date_begin": fields.Datetime.now() + timedelta(days=5),
                    "location": "湖畔花园广场",
                    "building_ids": [(6, 0, cls.building_1.ids)],
                    "feedback_survey_id": cls.feedback.id,
                }
            )
        )
        # Owner 2 opted out of e-mail and has no phone; owner 3 opted out of
        # e-mail and SMS.
        cls.owners[1].phone = False
        cls.env["mail.blacklist"].sudo()._add(cls.owners[1].email)
        cls.env["mail.blacklist"].sudo()._add(cls.owners[2].email)
        cls.env["phone.blacklist"].sudo().add(cls.owners[2].phone_sanitized)

    def _messages_to(self, partner):
        mails = self.env["mail.mail"].search([("recipient_ids", "in", partner.ids)])
        sms = self.env["sms.sms"].search([("partner_id", "=", partner.id)])
        return mails, sms

    def test_notice_printable_and_required_before_announcing(self):
        """PM-COM-1: the activity's notice is required to announce it and
        prints as a PDF."""
        activity = self.activity.with_user(self.staff)
        with self.assertRaises(UserError):
            activity.action_announce()
        activity.notice = "<p>欢迎全家参加猜灯谜活动</p>"
        activity.action_announce()
        self.assertPdfContains(
            "cs_property.action_report_cs_community_notice",
            activity,
            "中秋游园会",
            "湖畔花园广场",
            "欢迎全家参加猜灯谜活动",
        )

    def test_preparation_tasks_are_activities(self):
        """PM-COM-1: the preparation plan schedules the preparation tasks."""
        action = self.activity.with_user(self.staff).action_plan_preparation()
        wizard = (
            self.env["mail.activity.schedule"]
            .with_user(self.staff)
            .with_context(**action["context"])
            .create({})
        )
        wizard.action_schedule_plan()
        self.assertEqual(len(self.activity.activity_ids), 3)
        self.assertEqual(self.activity.activity_ids.user_id, self.staff)

    def test_invitations_respect_opt_outs(self):
        """PM-COM-1: invitations go by e-mail or SMS; residents on the
        blacklists receive nothing; registrations and feedback follow."""
        activity = self.activity.with_user(self.staff)
        activity.notice = "<p>通知</p>"
        activity.action_announce()
        activity.action_invite()
        regs = activity.registration_ids.sorted("id")
        self.assertEqual(regs.partner_id, self.owners[:4])
        self.assertEqual(regs.mapped("channel"), ["email", "none", "none", "email"])
        mails, _sms = self._messages_to(self.owners[0])
        self.assertIn("中秋游园会", mails.subject)
        for opted_out in self.owners[1:3]:
            self.assertEqual(
                self._messages_to(opted_out),
                (self.env["mail.mail"], self.env["sms.sms"]),
            )
        regs[:3].action_register()
        regs[3].action_decline()
        regs[0].action_attended()
        self.assertEqual(activity.registered_count, 3)
        activity.action_done()
        activity.action_send_feedback()
        self.assertTrue(regs[0].feedback_input_id)
        self.assertFalse(regs[3].feedback_input_id)
        feedback_mail = self.env["mail.mail"].search(
            [("recipient_ids", "in", self.owners[0].ids), ("id", "not in", mails.ids)]
        )
        self.assertIn(
            regs[0].feedback_input_id.access_token, str(feedback_mail.body_html)
        )
        for opted_out in self.owners[1:3]:
            self.assertEqual(
                self._messages_to(opted_out),
                (self.env["mail.mail"], self.env["sms.sms"]),
            )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common import CsResidentCase


@tagged("post_install", "-at_install")
class TestReturnVisitCampaign(CsResidentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.survey = cls.env["survey.survey"].create(
            {
                "title": "回访问卷",
                "access_mode": "token",
                "scoring_type": "scoring_without_answers",
                "questions_layout": "one_page",
            }
        )
        cls.q_service = cls.env["survey.question"].create(
            {
                "survey_id": cls.survey.id,
                "title": "总体评价",
                "question_type": "simple_choice",
                "suggested_answer_ids": [
                    (0, 0, {"value": "满意", "answer_score": 10}),
                    (0, 0, {"value": "不满意", "answer_score": 0}),
                ],
            }
        )
        cls.q_complaint = cls.env["survey.question"].create(
            {
                "survey_id": cls.survey.id,
                "title": "投诉",
                "question_type": "text_box",
                "cs_is_complaint": True,
            }
        )
        cls.team = cls.env["helpdesk.ticket.team"].create({"name": "客服中心H15"})
        cls.campaign = (
            cls.env["cs.visit.campaign"]
            .with_user(cls.area_manager)
            .create(
                {
                    "name": "一号楼回访",
                    "survey_id": cls.survey.id,
                    "building_ids": [(6, 0, cls.building_1.ids)],
                    "team_id": cls.team.id,
                }
            )
        )

    def _answer(self, line, good=True, complaint=""):
        # as the public survey controller does
        answer = line.user_input_id.sudo()
        choice = self.q_service.suggested_answer_ids[0 if good else 1]
        answer._save_lines(self.q_service, choice.id)
        answer._save_lines(self.q_complaint, complaint)
        answer._mark_done()

    def _invite(self):
        self.campaign.with_user(self.staff).action_select_households()
        self.campaign.with_user(self.area_manager).action_invite()
        return self.campaign.line_ids.sorted("id")

    def test_choose_by_building_and_filter(self):
        """PM-VIS-2: households are chosen by building and by a filter."""
        self.campaign.household_domain = "[('unit_id.name', '!=', '0101')]"
        self.campaign.with_user(self.staff).action_select_households()
        self.assertEqual(self.campaign.line_ids.household_id, self.households[1:4])

    def test_invitations_by_mail_sms_or_paper(self):
        """PM-VIS-2: the survey link goes by e-mail, else SMS; a household on
        both blacklists answers on paper typed in by staff."""
        self.owners[1].email = False
        self.owners[2].email = False
        self.env["phone.blacklist"].sudo().add(self.owners[2].phone_sanitized)
        with self.assertRaises(AccessError):
            self.campaign.with_user(self.staff).action_invite()
        lines = self._invite()
        self.assertEqual(lines.mapped("channel"), ["email", "sms", "paper", "email"])
        mail = self.env["mail.mail"].search(
            [("recipient_ids", "in", self.owners[0].ids)]
        )
        self.assertIn(lines[0].user_input_id.access_token, str(mail.body_html))
        sms = self.env["sms.sms"].search([("partner_id", "=", self.owners[1].id)])
        self.assertIn(lines[1].user_input_id.access_token, sms.body)
        self.assertFalse(
            self.env["sms.sms"].search([("partner_id", "=", self.owners[2].id)])
        )
        action = lines[2].with_user(self.staff).action_enter_paper_answer()
        self.assertIn(lines[2].user_input_id.access_token, action["url"])
        self.assertEqual(self.campaign.state, "running")
        with self.assertRaises(UserError):
            lines[3].with_user(self.staff).write({"invited": False, "channel": "paper"})
        with self.assertRaises(UserError):
            lines[3].with_user(self.staff).write({"ticket_id": False})

    def test_response_rate_from_survey_answers(self):
        """PM-VIS-2: the response rate counts completed survey answers against
        the households invited, live, and compares it with the 70 % target;
        results per building."""
        lines = self._invite()
        self._answer(lines[0])
        self._answer(lines[1])
        lines[2].user_input_id.sudo()._save_lines(
            self.q_service, self.q_service.suggested_answer_ids[0].id
        )
        self.assertEqual(
            (self.campaign.invited_count, self.campaign.answered_count), (4, 2)
        )
        self.assertEqual(self.campaign.response_rate, 50.0)
        self.assertFalse(self.campaign.target_reached)
        self._answer(lines[2])
        self.campaign.invalidate_recordset()
        self.assertEqual(self.campaign.response_rate, 75.0)
        self.assertTrue(self.campaign.target_reached)
        groups = self.env["cs.visit.campaign.line"]._read_group(
            [("campaign_id", "=", self.campaign.id), ("invited", "=", True)],
            ["building_id"],
            ["response_rate:avg"],
        )
        self.assertEqual(groups, [(self.building_1, 75.0)])

    def test_low_score_opens_one_ticket(self):
        """PM-VIS-2: a low score opens one complaint ticket, once."""
        lines = self._invite()
        self._answer(lines[0], good=False)
        self._answer(lines[1])
        ticket = lines[0].ticket_id
        self.assertTrue(ticket)
        self.assertEqual((ticket.cs_kind, ticket.team_id), ("complaint", self.team))
        self.assertEqual(ticket.cs_unit_id, lines[0].unit_id)
        self.assertFalse(lines[1].ticket_id)
        lines[0].user_input_id.sudo()._mark_done()
        tickets = self.env["helpdesk.ticket"].search(
            [("cs_unit_id", "=", lines[0].unit_id.id)]
        )
        self.assertEqual(tickets, ticket)
        self.assertEqual(self.campaign.ticket_count, 1)

    def test_complaint_answer_opens_ticket(self):
        """PM-VIS-2: a complaint written in an answer opens a ticket with it."""
        lines = self._invite()
        self._answer(lines[0], complaint="车库照明不亮")
        self.assertIn("车库照明不亮", str(lines[0].ticket_id.description))

    def _campaign_of_new_building(self, name, count, first_index):
        building = self.env["cs.building"].create(
            {"name": name, "phase_id": self.building_1.phase_id.id}
        )
        for index in range(first_index, first_index + count):
            self._add_household(building, index)
        campaign = (
            self.env["cs.visit.campaign"]
            .with_user(self.area_manager)
            .create(
                {
                    "name": name,
                    "survey_id": self.survey.id,
                    "building_ids": [(6, 0, building.ids)],
                    "team_id": self.team.id,
                }
            )
        )
        campaign.with_user(self.staff).action_select_households()
        return campaign

    def _invite_counting(self, campaign):
        self.env.flush_all()
        queries = self.env.cr.sql_log_count
        campaign.with_user(self.area_manager).action_invite()
        self.env.flush_all()
        return self.env.cr.sql_log_count - queries

    def test_invitations_queued_in_one_batch(self):
        """PM-VIS-2: invitations are created as a batch and queued for the
        mail job (one e-mail per household, none sent during the call); the
        number of queries does not grow with the number of households
        (16 queries for 2 households and for 8 when written)."""
        for attribute in ("owners", "households"):  # _add_household extends them
            self.addCleanup(setattr, type(self), attribute, getattr(self, attribute))
        self._invite()  # warm the caches (templates, parameters)
        small = self._campaign_of_new_building("3栋", 2, 6)
        large = self._campaign_of_new_building("4栋", 8, 8)
        small_count = self._invite_counting(small)
        large_count = self._invite_counting(large)
        self.assertLessEqual(large_count, small_count, (small_count, large_count))
        self.assertEqual(len(large.line_ids), 8)
        self.assertEqual(set(large.line_ids.mapped("channel")), {"email"})
        mails = self.env["mail.mail"].search(
            [
                ("model", "=", "cs.visit.campaign.line"),
                ("res_id", "in", large.line_ids.ids),
            ]
        )
        self.assertEqual(len(mails), 8)
        self.assertEqual(set(mails.mapped("state")), {"outgoing"})
        self.assertEqual(mails.recipient_ids, large.line_ids.partner_id)
        for line in large.line_ids:
            mail = mails.filtered(lambda m, line=line: m.res_id == line.id)
            self.assertIn(line.user_input_id.access_token, str(mail.body_html))
            self.assertEqual(line.user_input_id.partner_id, line.partner_id)

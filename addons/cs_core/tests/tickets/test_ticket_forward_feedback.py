# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError

from ..common import CsTicketCase


class TestTicketForwardFeedback(CsTicketCase):
    def test_forward_is_logged(self):
        """CORE-TKT-4: each forwarding is a log line: from, to, why, when, by."""
        ticket = self._new_ticket(user=self.agent, user_id=self.agent.id)
        wizard = (
            self.env["cs.ticket.forward.wizard"]
            .with_user(self.agent)
            .create(
                {
                    "ticket_id": ticket.id,
                    "to_team_id": self.team_engineering.id,
                    "to_user_id": self.agent2.id,
                    "reason": "Structural problem",
                }
            )
        )
        wizard.action_forward()
        log = ticket.cs_forward_ids
        self.assertEqual(len(log), 1)
        self.assertEqual(log.from_team_id, self.team)
        self.assertEqual(log.from_user_id, self.agent)
        self.assertEqual(log.to_team_id, self.team_engineering)
        self.assertEqual(log.to_user_id, self.agent2)
        self.assertEqual(log.forwarded_by_id, self.agent)
        self.assertEqual(log.reason, "Structural problem")
        self.assertTrue(log.date)
        self.assertEqual(ticket.cs_forward_count, 1)

    def test_forward_log_is_append_only(self):
        """CORE-TKT-4: users cannot forge or edit forwarding lines."""
        ticket = self._new_ticket(user=self.agent)
        with self.assertRaises(AccessError):
            self.env["cs.ticket.forward"].with_user(self.manager).create(
                {
                    "ticket_id": ticket.id,
                    "forwarded_by_id": self.manager.id,
                    "reason": "x",
                }
            )
        with self.assertRaises(UserError):
            self.env["cs.ticket.forward.wizard"].with_user(self.agent).create(
                {"ticket_id": ticket.id, "reason": "nowhere"}
            ).action_forward()

    def test_progress_reaches_customer_by_mail_and_sms(self):
        """CORE-TKT-5, RE-CMP-6: a stage change sends the customer an e-mail
        message and queues an SMS (partner has a mobile number)."""
        ticket = self._new_ticket(user=self.agent)
        ticket.with_user(self.agent).write({"stage_id": self.stage_progress.id})
        to_customer = self.env["mail.message"].search(
            [
                ("model", "=", "helpdesk.ticket"),
                ("res_id", "=", ticket.id),
                ("message_type", "=", "comment"),
                ("partner_ids", "in", self.customer.ids),
            ]
        )
        self.assertTrue(to_customer)
        sms = self.env["sms.sms"].sudo().search([("partner_id", "=", self.customer.id)])
        self.assertTrue(sms)
        self.assertEqual(sms[:1].state, "outgoing")

    def test_close_asks_for_rating(self):
        """CORE-TKT-5: closing asks for a 1-5 rating and records it."""
        ticket = self._new_ticket(user=self.agent)
        wizard_model = self.env["cs.ticket.close.wizard"].with_user(self.agent)
        with self.assertRaises(UserError):
            wizard_model.create({"ticket_id": ticket.id}).action_close()
        self.assertFalse(ticket.closed)
        wizard_model.create(
            {"ticket_id": ticket.id, "satisfaction": "4", "solution": "Fixed the pipe"}
        ).action_close()
        self.assertTrue(ticket.closed)
        self.assertEqual(ticket.cs_satisfaction, "4")
        self.assertEqual(ticket.cs_solution, "Fixed the pipe")
        kpi = self.env["cs.ticket.kpi.report"].search([("ticket_id", "=", ticket.id)])
        self.assertEqual(kpi.satisfaction, 4)
        self.assertEqual(kpi.fcr_rate, 100)
        self.assertEqual(kpi.on_time_rate, 100)

    def test_kpi_per_agent(self):
        """CORE-KPI-1: per agent, rates averaged over their tickets."""
        solved = self._new_ticket(user=self.agent2)
        forwarded = self._new_ticket(user=self.agent2)
        complaint = self._new_ticket(
            user=self.agent2, cs_kind="complaint", cs_complaint_category="fees"
        )
        self.env["cs.ticket.forward.wizard"].with_user(self.agent2).create(
            {
                "ticket_id": forwarded.id,
                "to_user_id": self.agent.id,
                "reason": "holiday",
            }
        ).action_forward()
        (solved | forwarded).write({"stage_id": self.stage_done.id})
        self.env.flush_all()
        groups = (
            self.env["cs.ticket.kpi.report"]
            .with_user(self.supervisor)
            ._read_group(
                [("first_contact_user_id", "=", self.agent2.id)],
                ["first_contact_user_id"],
                ["ticket_count:sum", "fcr_rate:avg", "complaint_resolution_rate:avg"],
            )
        )
        ((_user, count, fcr, complaint_rate),) = groups
        self.assertEqual(count, 3)
        self.assertEqual(fcr, 50)
        self.assertEqual(complaint_rate, 0)
        self.assertTrue(complaint)
        with self.assertRaises(AccessError):
            self.env["cs.ticket.kpi.report"].with_user(self.agent).search([])

    def test_canned_replies_available(self):
        """CORE-TKT-7: standard service phrases are canned replies for agents."""
        canned = (
            self.env["mail.canned.response"]
            .with_user(self.agent)
            .search([("source", "=like", "cs_%")])
        )
        self.assertGreaterEqual(len(canned), 5)
        self.assertIn("cs_bye", canned.mapped("source"))

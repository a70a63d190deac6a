# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import UserError

from ..common import CsTicketCase


class TestTicketDeadline(CsTicketCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.activity_type = cls.env.ref("cs_core.mail_activity_type_cs_overdue")

    def _hours(self, ticket):
        start = ticket.create_date
        return (
            (ticket.cs_response_deadline - start) / timedelta(hours=1),
            (ticket.cs_resolution_deadline - start) / timedelta(hours=1),
        )

    def test_deadline_per_severity(self):
        """CORE-TKT-3, RE-CMP-3: deadlines follow the commitment table for
        every severity; a general complaint is resolved within 3 days."""
        expected = {"general": (4, 72), "major": (2, 168), "compensation": (2, 360)}
        for severity, hours in expected.items():
            ticket = self._new_ticket(
                user=self.agent,
                cs_kind="complaint",
                cs_severity=severity,
                cs_complaint_category="service",
            )
            self.assertEqual(self._hours(ticket), hours, severity)
            self.assertEqual(ticket.cs_deadline_state, "running")

    def test_deadline_fallback_and_reconfiguration(self):
        """CORE-TKT-3: a kind-wide commitment applies to any severity, and the
        administrator's changes apply to new tickets."""
        inquiry = self._new_ticket(
            user=self.agent, cs_kind="inquiry", cs_severity="major"
        )
        self.assertEqual(self._hours(inquiry), (2, 24))
        self.env.ref("cs_core.commitment_inquiry").resolution_hours = 8
        later = self._new_ticket(user=self.agent, cs_kind="inquiry")
        self.assertEqual(self._hours(later), (2, 8))

    def _escalations(self, tickets):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "helpdesk.ticket"),
                ("res_id", "in", tickets.ids),
                ("activity_type_id", "=", self.activity_type.id),
            ]
        )

    def test_overdue_escalates_once(self):
        """CORE-TKT-3: the overdue job flags the ticket and gives the team
        supervisor one escalation activity, never a second one."""
        ticket = self._new_ticket(
            user=self.agent, cs_kind="complaint", cs_complaint_category="service"
        )
        model = self.env["helpdesk.ticket"]
        model._cron_cs_escalate_overdue()
        self.assertFalse(ticket.cs_overdue)
        with freeze_time(ticket.cs_resolution_deadline + timedelta(hours=1)):
            model._cron_cs_escalate_overdue()
            model._cron_cs_escalate_overdue()
        self.assertTrue(ticket.cs_overdue)
        self.assertEqual(ticket.cs_deadline_state, "overdue")
        activities = self._escalations(ticket)
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.user_id, self.supervisor)
        with freeze_time(ticket.cs_resolution_deadline + timedelta(days=3)):
            model._cron_cs_escalate_overdue()
        self.assertEqual(len(self._escalations(ticket)), 1)
        # closing late is recorded as a missed deadline
        with freeze_time(ticket.cs_resolution_deadline + timedelta(days=3)):
            ticket.write({"stage_id": self.stage_done.id})
        self.assertEqual(ticket.cs_deadline_state, "missed")

    def test_solved_in_time_never_flagged(self):
        """CORE-TKT-3: a ticket solved before its deadline is never flagged."""
        ticket = self._new_ticket(user=self.agent, cs_kind="inquiry")
        ticket.write({"stage_id": self.stage_done.id})
        self.assertEqual(ticket.cs_deadline_state, "met")
        with freeze_time(ticket.cs_resolution_deadline + timedelta(days=30)):
            self.env["helpdesk.ticket"]._cron_cs_escalate_overdue()
        self.assertFalse(ticket.cs_overdue)
        self.assertEqual(ticket.cs_deadline_state, "met")
        self.assertFalse(self._escalations(ticket))

    def test_overdue_flag_not_writable(self):
        """CORE-TKT-3: only the job sets the overdue flag."""
        ticket = self._new_ticket(user=self.agent)
        with self.assertRaises(UserError):
            ticket.with_user(self.manager).write({"cs_overdue": True})

    def test_overdue_job_query_count_constant(self):
        """CORE-TKT-3: the job's query count does not grow with the number of
        overdue tickets (5 vs 50 tickets). Volume benchmark:
        tests/perf/bench_ticket_overdue.py."""
        model = self.env["helpdesk.ticket"]
        # flag whatever is already in the database (demo data) first
        with freeze_time(fields.Datetime.now() + timedelta(days=365)):
            model._cron_cs_escalate_overdue()

        def run(count):
            tickets = model.create(
                [
                    self._ticket_vals(name=f"T{i}", user_id=self.agent.id)
                    for i in range(count)
                ]
            )
            deadline = max(tickets.mapped("cs_resolution_deadline"))
            self.env.flush_all()
            self.env.invalidate_all()
            with freeze_time(deadline + timedelta(hours=1)):
                start = self.env.cr.sql_log_count
                flagged = model._cron_cs_escalate_overdue()
                self.env.flush_all()
                queries = self.env.cr.sql_log_count - start
            self.assertEqual(len(flagged), count)
            self.assertEqual(len(self._escalations(tickets)), count)
            return queries

        small = run(5)
        large = run(50)
        self.assertLessEqual(
            large, small + 5, f"5 tickets: {small}, 50 tickets: {large}"
        )
        self.assertLess(large, 80)

    def test_overdue_job_batches(self):
        """CORE-TKT-3: a backlog larger than one batch is worked off by
        successive runs, each ticket escalated once."""
        model = self.env["helpdesk.ticket"]
        with freeze_time(fields.Datetime.now() + timedelta(days=365)):
            model._cron_cs_escalate_overdue()
        tickets = model.create([self._ticket_vals(name=f"B{i}") for i in range(5)])
        cron = self.env.ref("cs_core.ir_cron_cs_ticket_overdue")
        triggers = self.env["ir.cron.trigger"].search_count([("cron_id", "=", cron.id)])
        with freeze_time(
            max(tickets.mapped("cs_resolution_deadline")) + timedelta(hours=1)
        ):
            first = model._cron_cs_escalate_overdue(batch_size=3)
            self.assertEqual(
                self.env["ir.cron.trigger"].search_count([("cron_id", "=", cron.id)]),
                triggers + 1,
            )
            second = model._cron_cs_escalate_overdue(batch_size=3)
            third = model._cron_cs_escalate_overdue(batch_size=3)
        self.assertEqual((len(first), len(second), len(third)), (3, 2, 0))
        self.assertEqual(first | second, tickets)
        self.assertEqual(len(self._escalations(tickets)), 5)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import date, timedelta

import openpyxl

from odoo.exceptions import AccessError, UserError

from ..common import RealEstateCommon


class TestReturnVisit(RealEstateCommon):
    """RE-RET-2: visits one month after certification and three months
    after the move-in, logged, listed when due, summarised per agent."""

    def _visit(self, contract, kind):
        return contract.visit_ids.filtered(lambda v: v.kind == kind)

    def test_month_end_dates(self):
        """RE-RET-2: the 31st falls on the last day of a shorter month."""
        visits = self.env["cs.return.visit"]
        self.assertEqual(
            visits._cs_visit_date("first", date(2026, 1, 31)), date(2026, 2, 28)
        )
        self.assertEqual(
            visits._cs_visit_date("first", date(2028, 1, 30)), date(2028, 2, 29)
        )
        self.assertEqual(
            visits._cs_visit_date("second", date(2026, 11, 30)), date(2027, 2, 28)
        )
        self.assertEqual(
            visits._cs_visit_date("second", date(2026, 5, 31)), date(2026, 8, 31)
        )

    def test_scheduled_from_certification_and_move_in(self):
        """RE-RET-2: certification schedules the first visit, the move-in the
        second; scheduling twice creates nothing new."""
        contract = self._to_stamped(self._create_contract())
        contract._mark_certified(date(2026, 1, 31))
        first = self._visit(contract, "first")
        self.assertEqual(first.scheduled_date, date(2026, 2, 28))
        self.assertEqual(first.user_id, contract.user_id)
        self.assertFalse(self._visit(contract, "second"))
        self.env["cs.move.in"]._cs_as_transition().create(
            {
                "contract_id": contract.id,
                "state": "done",
                "move_in_date": date(2026, 5, 31),
            }
        )
        self.env["cs.return.visit"]._cron_schedule_visits()
        self.assertEqual(
            self._visit(contract, "second").scheduled_date, date(2026, 8, 31)
        )
        self.assertFalse(self.env["cs.return.visit"]._cs_schedule(contract))
        self.assertEqual(len(contract.visit_ids), 2)

    def test_log_visit_and_follow_up(self):
        """RE-RET-2: a visit is logged with channel and what the customer
        said, by CS staff only, and can open a follow-up ticket."""
        contract = self._to_certified(self._create_contract())
        visit = self._visit(contract, "first").with_user(self.agent)
        with self.assertRaises(UserError):
            visit.action_done()
        visit.write(
            {"channel": "phone", "customer_feedback": "门窗密封不好,希望维修。"}
        )
        with self.assertRaises(AccessError):
            visit.with_user(self.sales).action_done()
        visit.action_done()
        self.assertEqual(visit.state, "done")
        self.assertEqual(visit.done_date, date.today())
        self.assertTrue(visit.on_time)
        with self.assertRaises(UserError):
            visit.write({"customer_feedback": "rewritten"})
        with self.assertRaises(UserError):
            visit.write({"done_date": "2020-01-01"})
        visit.action_create_ticket()
        self.assertEqual(visit.ticket_id.partner_id, contract.partner_id)
        self.assertIn("门窗", visit.ticket_id.description)

    def test_worklist_due_and_overdue(self):
        """RE-RET-2: planned visits past their date are overdue, those within
        a week due."""
        contract = self._to_certified(self._create_contract())
        visit = self._visit(contract, "first")
        visit.write({"scheduled_date": date.today() - timedelta(days=1)})
        self.assertEqual(visit.deadline_state, "overdue")
        visit.write({"scheduled_date": date.today() + timedelta(days=3)})
        self.assertEqual(visit.deadline_state, "due")
        visit.write({"scheduled_date": date.today() + timedelta(days=30)})
        self.assertEqual(visit.deadline_state, "upcoming")

    def test_monthly_summary_per_agent(self):
        """RE-RET-2: the XLSX counts visits, done and overdue per agent."""
        first = self._to_certified(self._create_contract())
        second = self._to_certified(self._create_contract())
        done = self._visit(first, "first")
        done.write({"channel": "visit", "customer_feedback": "满意"})
        done.with_user(self.agent).action_done()
        late = self._visit(second, "first")
        late.write({"scheduled_date": date.today() - timedelta(days=2)})
        content, fmt = self.env["ir.actions.report"]._render_xlsx(
            "cs_realestate.action_report_return_visit_xlsx", (done | late).ids, {}
        )
        self.assertEqual(fmt, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        rows = list(book.worksheets[0].iter_rows(min_row=4, values_only=True))
        row = next(r for r in rows if r[0] == self.agent.name)
        self.assertEqual(row[1:5], (2, 1, 1, 1))
        details = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
        self.assertEqual(len(details), 2)

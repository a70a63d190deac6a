# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import format_date

from ..common import RealEstateCommon


@tagged("post_install", "-at_install")
class TestMoveIn(RealEstateCommon):
    def _certified_quick(self, **kwargs):
        """A contract already certified (the journey itself is tested elsewhere)."""
        contract = self._create_contract(**kwargs)
        contract._cs_transition_write(state="certified")
        return contract

    def test_slip_needs_finance_confirmation(self):
        """RE-MOVE-1, RE-MOVE-4: the move-in slip is refused until Finance confirms
        full payment."""
        contract = self._certified_quick()
        move = (
            self.env["cs.move.in"]
            .with_user(self.agent)
            .create({"contract_id": contract.id})
        )
        move.action_send_notice()
        with self.assertRaisesText(UserError, "Finance"):
            move.action_issue_slip()
        contract.with_user(self.agent).action_notify_finance()
        contract.with_user(self.finance).action_confirm_full_payment()
        move.action_issue_slip()
        self.assertEqual(move.state, "slip_issued")
        move.action_done()
        self.assertEqual(move.state, "done")
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("cs_realestate.report_move_in_slip", move.ids)[0]
            .decode()
        )
        self.assertIn(contract.name, html)
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("cs_realestate.report_move_in_notice", move.ids)[0]
            .decode()
        )
        self.assertIn(self.owner_a.name, html)

    def _offplan(self, days, paid=True, confirmed=True):
        contract = self._certified_quick(
            kind="off_plan",
            paid=paid,
            delivery_date=self._today() + timedelta(days=days),
        )
        if confirmed:
            contract._cs_transition_write(paid_confirmed=True)
        return contract

    def test_offplan_notices(self):
        """RE-MOVE-3: only fully paid owners with delivery within 10 days get a notice,
        once."""
        due = self._offplan(10) | self._offplan(3)
        too_far = self._offplan(11)
        unpaid = self._offplan(5, paid=False, confirmed=False)
        unconfirmed = self._offplan(5, confirmed=False)
        existing = self._certified_quick(
            delivery_date=self._today() + timedelta(days=5)
        )
        existing._cs_transition_write(paid_confirmed=True)
        moves = self.env["cs.move.in"]._cron_send_offplan_notices()
        self.assertEqual(moves.contract_id, due)
        self.assertEqual(set(moves.mapped("state")), {"notified"})
        self.assertFalse((too_far | unpaid | unconfirmed | existing).move_in_ids)
        self.assertFalse(self.env["cs.move.in"]._cron_send_offplan_notices())
        self.assertEqual(len(due.move_in_ids), 2)

    def test_offplan_notice_job_bounded_queries(self):
        """RE-MOVE-3, CORE-ACT-3: the notice job's query count does not grow with
        volume."""

        def run(count):
            contracts = self.env["cs.sale.contract"]
            for _i in range(count):
                contracts |= self._offplan(7)
            self.env.flush_all()
            self.env.invalidate_all()
            before = self.cr.sql_log_count
            moves = self.env["cs.move.in"]._cron_send_offplan_notices()
            self.env.flush_all()
            self.assertEqual(len(moves), count)
            return self.cr.sql_log_count - before

        small = run(2)
        large = run(20)
        self.assertLessEqual(large, small + 2, f"{small} queries for 2, {large} for 20")

    def _notified_days_ago(self, move):
        """The notice went out 11 days ago; its come-by date was yesterday
        (dates the notice step sets, backdated as that step would)."""
        move._cs_transition_write(
            notice_date=self._today() - timedelta(days=11),
            appointment_date=self._today() - timedelta(days=1),
        )

    def test_no_show_reminder(self):
        """RE-MOVE-4: an owner who did not come by the stated date gets one reminder."""
        contract = self._certified_quick()
        move = (
            self.env["cs.move.in"]
            .with_user(self.agent)
            .create({"contract_id": contract.id})
        )
        move.action_send_notice()
        self._notified_days_ago(move)
        self.env["cs.move.in"]._cron_remind_no_shows()
        self.env["cs.move.in"]._cron_remind_no_shows()
        self.assertEqual(move.reminder_count, 1)
        self.assertEqual(len(move.activity_ids), 1)

    def test_no_show_reminder_bounded_queries(self):
        """RE-MOVE-4, CORE-ACT-3: the no-show reminder job's query count does
        not grow with the number of late owners."""
        Move = self.env["cs.move.in"]
        Move._cron_remind_no_shows()  # files of other data already reminded

        def run(count):
            moves = Move
            for _i in range(count):
                move = Move.with_user(self.agent).create(
                    {"contract_id": self._certified_quick().id}
                )
                move.action_send_notice()
                self._notified_days_ago(move)
                moves |= move
            self.env.flush_all()
            self.env.invalidate_all()
            before = self.cr.sql_log_count
            self.assertEqual(Move._cron_remind_no_shows(), moves)
            self.env.flush_all()
            self.assertEqual(set(moves.mapped("reminder_count")), {1})
            self.assertEqual(len(moves.activity_ids), count)
            return self.cr.sql_log_count - before

        small = run(2)
        large = run(20)
        self.assertLessEqual(large, small + 4, f"{small} queries for 2, {large} for 20")

    def test_monthly_reconciliation(self):
        """RE-MOVE-2: on the 12th, one reminder activity per owner with a balance; XLSX
        list."""
        unpaid = self._certified_quick(paid=False)
        paid = self._certified_quick()
        contracts = self.env["cs.sale.contract"]
        listed = contracts._cron_monthly_unpaid_reconciliation(force=True)
        contracts._cron_monthly_unpaid_reconciliation(force=True)
        self.assertIn(unpaid, listed)
        self.assertNotIn(paid, listed)
        self.assertEqual(len(unpaid.activity_ids), 1)
        self.assertFalse(paid.activity_ids)
        content, report_type = self.env["ir.actions.report"]._render(
            "cs_realestate.action_report_unpaid_reconciliation", unpaid.ids
        )
        self.assertEqual(report_type, "xlsx")
        self.assertTrue(content.startswith(b"PK"))


@tagged("post_install", "-at_install")
class TestMoveInNoticeDates(RealEstateCommon):
    def test_notice_prints_dates_in_order(self):
        """RE-MOVE-3: an existing home has no contractual delivery date; the
        notice still prints the date the home is ready, and the come-by
        deadline is never before the notice date."""
        contract = self._create_contract()
        contract._cs_transition_write(state="certified")
        move = (
            self.env["cs.move.in"]
            .with_user(self.agent)
            .create({"contract_id": contract.id})
        )
        move.action_send_notice()
        self.assertEqual(move.handover_date, move.notice_date)
        self.assertGreaterEqual(move.appointment_date, move.notice_date)
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("cs_realestate.report_move_in_notice", move.ids)[0]
            .decode()
        )
        ready = html.split("is ready for delivery on", 1)[1].split("Please come", 1)[0]
        self.assertIn(format_date(self.env, move.handover_date), ready)

    def test_past_delivery_date_gives_a_later_deadline(self):
        """RE-MOVE-3: a delivery date already past does not become a come-by
        date before the notice."""
        contract = self._create_contract(
            delivery_date=self._today() - timedelta(days=30)
        )
        contract._cs_transition_write(state="certified")
        move = (
            self.env["cs.move.in"]
            .with_user(self.agent)
            .create({"contract_id": contract.id})
        )
        move.action_send_notice()
        # Ten days from the notice, sent today in the agent's time zone
        agent_today = fields.Date.context_today(move)
        self.assertEqual(move.appointment_date, agent_today + timedelta(days=10))
        with self.assertRaises(ValidationError):
            move.sudo().appointment_date = move.notice_date - timedelta(days=3)

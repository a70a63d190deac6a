# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from ..common import FeeCommon


@tagged("post_install", "-at_install")
class TestFeeLadder(FeeCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fee_run = cls._bill_class()
        cls.move = cls.env["account.move"].search(
            [
                ("cs_unit_id", "=", cls.unit_a.id),
                ("cs_fee_period", "=", date(2026, 9, 1)),
            ]
        )

    @classmethod
    def _bill_class(cls):
        run = cls.env["cs.fee.run"].create(
            {
                "project_id": cls.project.id,
                "period_date": date(2026, 9, 1),
                "fee_kind_ids": [(6, 0, (cls.kind_mgmt | cls.kind_water).ids)],
                "invoice_date": date(2026, 9, 1),
                "due_days": 15,
            }
        )
        run.action_preview()
        run.action_confirm()
        return run

    def _job(self, day):
        with freeze_time(day):
            return self.env["cs.fee.dunning.step"]._cron_advance_ladder()

    def _steps(self):
        return self.move.cs_dunning_step_ids.sorted("level")

    def test_ladder_order_no_skip_no_repeat(self):
        """PM-FEE-3 a–e: due 16 Sep; reminder 10 days later, deadline notice
        10 days after it, then the area manager's visit; no step before its
        day, none twice, a visit waits for its outcome."""
        self.assertEqual(self.move.invoice_date_due, date(2026, 9, 16))
        self._job(date(2026, 9, 25))
        self.assertFalse(self.move.cs_dunning_step_ids)
        self._job(date(2026, 9, 26))
        self.assertEqual(self._steps().mapped("level"), ["1"])
        self.assertEqual(self._steps().outcome, "issued")
        self.assertEqual(self._steps().user_id, self.area_manager)
        self._job(date(2026, 9, 27))
        self.assertEqual(len(self._steps()), 1)
        self._job(date(2026, 10, 6))
        self.assertEqual(self._steps().mapped("level"), ["1", "2"])
        self.assertEqual(self._steps()[1].deadline_date, date(2026, 10, 11))
        self.assertEqual(self.move.cs_late_fee_from, date(2026, 10, 11))
        self._job(date(2026, 10, 16))
        visit = self._steps()[2]
        self.assertEqual((visit.level, visit.state), ("3", "open"))
        self.assertEqual(visit.activity_ids.user_id, self.area_manager)
        self._job(date(2026, 11, 30))
        self.assertEqual(len(self._steps()), 3, "an open visit holds the ladder")
        with freeze_time(date(2026, 10, 20)):
            visit.with_user(self.area_manager).write(
                {"outcome": "refused", "reason": "Disputes the water bill"}
            )
            visit.with_user(self.area_manager).action_record()
        self.assertEqual(visit.done_by_id, self.area_manager)
        self.assertEqual(self.move.cs_dunning_next_date, date(2026, 10, 27))
        self._job(date(2026, 10, 27))
        assistant_visit = self._steps()[3]
        self.assertEqual(
            (assistant_visit.level, assistant_visit.user_id), ("4", self.assistant)
        )
        with freeze_time(date(2026, 10, 28)):
            assistant_visit.with_user(self.assistant).write({"outcome": "promised"})
            assistant_visit.with_user(self.assistant).action_record()
        self._job(date(2026, 11, 4))
        referral = self._steps()[4]
        self.assertEqual((referral.level, referral.user_id), ("5", self.director))
        self.assertEqual(self.move.cs_dunning_level, "5")
        with freeze_time(date(2026, 11, 5)):
            referral.write({"outcome": "referred"})
            referral.action_record()
        self._job(date(2027, 3, 1))
        self.assertEqual(len(self._steps()), 5)

    def test_full_payment_stops_the_ladder(self):
        """PM-FEE-3: a fully paid bill gets no further step."""
        self._job(date(2026, 9, 26))
        self._pay(self.move, self.move.amount_residual, date(2026, 9, 30))
        self._job(date(2026, 10, 6))
        self.assertEqual(self._steps().mapped("level"), ["1"])

    def test_late_fee_after_n_days(self):
        """PM-FEE-3 b: from the notice's deadline the late fee accrues at the
        daily rate on the overdue amount and is billed as its own invoice."""
        self._job(date(2026, 9, 26))
        self._job(date(2026, 10, 6))
        self._pay(self.move, 97.50, date(2026, 10, 8))
        with freeze_time(date(2026, 10, 21)):
            # 200.00 overdue × 0.5 ‰ × 10 days (11 to 20 Oct) = 1.00
            self.assertAlmostEqual(self.move.cs_late_fee_accrued, 1.00)
            late = self.move.with_user(self.cashier).action_cs_bill_late_fee()
        self.assertEqual(late.state, "posted")
        self.assertAlmostEqual(late.amount_total, 1.00)
        self.assertEqual(late.cs_late_fee_origin_id, self.move)
        self.assertEqual(late.invoice_line_ids.cs_fee_kind_id.category, "late_fee")
        self.assertIn(self.move.name, late.invoice_line_ids.name)
        with freeze_time(date(2026, 10, 25)):
            # Billed up to 21 Oct: 4 more days accrue, not 14.
            self.move.invalidate_recordset(["cs_late_fee_accrued"])
            self.assertAlmostEqual(self.move.cs_late_fee_accrued, 0.40)

    def test_grievance_becomes_ticket(self):
        """PM-FEE-3 c: an owner's grievance at the visit becomes a helpdesk
        ticket linked to the step."""
        for day in (date(2026, 9, 26), date(2026, 10, 6), date(2026, 10, 16)):
            self._job(day)
        visit = self._steps()[2]
        visit.with_user(self.area_manager).write(
            {"outcome": "grievance", "reason": "Lift broken for two weeks"}
        )
        visit.with_user(self.area_manager).action_record()
        self.assertTrue(visit.ticket_id)
        self.assertEqual(visit.ticket_id.cs_unit_id, self.unit_a)
        self.assertEqual(visit.ticket_id.partner_id, self.move.partner_id)
        self.assertIn("Lift broken", visit.ticket_id.description)

    def test_rpc_cannot_skip_or_rewrite_steps(self):
        """PM-FEE-3: a client cannot create a step (skipping one), change a
        step's level, or rewrite a recorded outcome."""
        self._job(date(2026, 9, 26))
        step = self._steps()
        with self.assertRaises(UserError):
            self.env["cs.fee.dunning.step"].with_user(self.area_manager).create(
                {"move_id": self.move.id, "level": "3"}
            )
        with self.assertRaises(UserError):
            self.env["cs.fee.dunning.step"].create(
                {"move_id": self.move.id, "level": "3"}
            )
        with self.assertRaises(UserError):
            step.with_user(self.area_manager).write({"level": "3"})
        with self.assertRaises(UserError):
            step.with_user(self.area_manager).write({"outcome": "paid"})
        with self.assertRaises(UserError):
            self.move.with_user(self.area_manager).write(
                {"cs_dunning_next_date": False}
            )

    def test_job_batches_and_retriggers(self):
        """PM-FEE-3: the daily job takes a bounded batch per run."""
        with freeze_time(date(2026, 9, 26)):
            done = self.env["cs.fee.dunning.step"]._cron_advance_ladder(batch_size=2)
        self.assertEqual(len(done), 2)
        self._job(date(2026, 9, 26))
        bills = self.fee_run.move_ids
        self.assertEqual(set(bills.mapped("cs_dunning_level")), {"1"})


@tagged("post_install", "-at_install")
class TestFeeLadderQueries(FeeCommon):
    """The daily job's cost per batch does not grow with its size."""

    def _service_bills(self, count):
        line = {
            "fee_kind": self.kind_service,
            "name": "Parcel storage",
            "quantity": 1.0,
            "price_unit": 20.0,
        }
        moves = self.env["account.move"]
        for __ in range(count):
            moves |= moves.cs_create_fee_invoice(
                self.unit_a, [line], invoice_date=date(2026, 9, 1)
            )
        return moves

    def _advance_counted(self, moves, day):
        steps = self.env["cs.fee.dunning.step"]
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        done = steps._cs_advance(moves, day)
        self.env.flush_all()
        return self.env.cr.sql_log_count - before, done

    def test_batch_query_count_constant(self):
        """PM-FEE-3: advancing N and 2N bills through the reminder, the
        deadline notice and the area manager's visit costs the same number
        of queries per batch."""
        warm, small, large = (self._service_bills(n) for n in (3, 3, 6))
        counts = {}
        for day, level in (
            (date(2026, 9, 20), "1"),
            (date(2026, 10, 1), "2"),
            (date(2026, 10, 12), "3"),
        ):
            with freeze_time(day):
                self._advance_counted(warm, day)
                counts[level] = [
                    self._advance_counted(moves, day)[0] for moves in (small, large)
                ]
        for level, (n, two_n) in counts.items():
            self.assertEqual(n, two_n, f"step {level}: {n} vs {two_n} queries")
        self.assertEqual(set(large.mapped("cs_dunning_level")), {"3"})
        self.assertEqual(
            len(large.cs_dunning_step_ids.filtered(lambda s: s.level == "3")), 6
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date
from unittest.mock import patch

from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from ...models.fees.account_move import AccountMove
from ..common import FeeCommon


@tagged("post_install", "-at_install")
class TestFeeBilling(FeeCommon):
    def _moves(self, unit, month=date(2026, 9, 1)):
        return self.env["account.move"].search(
            [("cs_unit_id", "=", unit.id), ("cs_fee_period", "=", month)]
        )

    def test_preview_amounts_area_and_metered(self):
        """PM-FEE-1, PM-FEE-2: area fee = area × monthly price (the most
        specific rate wins), metered fee = consumption × price; a meter
        without a reading this month is flagged."""
        run = self._run()
        run.action_preview()
        lines = {line.unit_id: line for line in run.line_ids}
        items_a = {i.fee_kind_id: i for i in lines[self.unit_a].item_ids}
        self.assertAlmostEqual(items_a[self.kind_mgmt].amount, 246.25)  # 98.5 × 2.50
        self.assertAlmostEqual(items_a[self.kind_water].quantity, 12.5)  # 112.5 − 100
        self.assertAlmostEqual(items_a[self.kind_water].amount, 51.25)  # 12.5 × 4.10
        self.assertAlmostEqual(lines[self.unit_a].amount_total, 297.50)
        self.assertAlmostEqual(lines[self.unit_b].amount_total, 300.00)  # 120 × 2.50
        self.assertTrue(lines[self.unit_b].missing_reading)
        self.assertFalse(lines[self.unit_a].missing_reading)
        self.assertAlmostEqual(lines[self.unit_c].amount_total, 240.00)  # 80 × 3.00
        self.assertEqual(run.missing_count, 1)
        self.assertIn("2026-09", items_a[self.kind_mgmt].name)
        self.assertIn(self.unit_a.complete_name, items_a[self.kind_mgmt].name)

    def test_confirm_creates_one_posted_invoice_per_unit(self):
        """PM-FEE-2: one posted customer invoice per unit and month, billed
        to the first owner, naming the joint owner, lines per fee kind."""
        run = self._bill()
        self.assertEqual(run.state, "done")
        self.assertEqual(run.billed_count, 3)
        move = self._moves(self.unit_a)
        self.assertEqual(len(move), 1)
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.move_type, "out_invoice")
        self.assertEqual(move.partner_id, self.unit_a.owner_ids[:1])
        other = (self.unit_a.owner_ids - move.partner_id).name
        self.assertIn(other, str(move.narration))
        self.assertEqual(move.currency_id, self.env.company.currency_id)
        self.assertAlmostEqual(move.amount_total, 297.50)
        self.assertEqual(move.invoice_date_due, date(2026, 9, 16))
        self.assertEqual(
            set(move.invoice_line_ids.mapped("cs_fee_kind_id")),
            {self.kind_mgmt, self.kind_water},
        )

    def test_second_run_bills_nothing(self):
        """PM-FEE-2: re-running a month never bills a unit twice."""
        self._bill()
        again = self._run()
        again.action_preview()
        self.assertEqual(set(again.line_ids.mapped("state")), {"skipped"})
        again.action_confirm()
        self.assertEqual(again.billed_count, 0)
        for unit in (self.unit_a, self.unit_b, self.unit_c):
            self.assertEqual(len(self._moves(unit)), 1)

    def test_racing_runs_bill_each_unit_once(self):
        """PM-FEE-2: two runs previewed before either is confirmed: the
        database refuses the second invoice of a unit and month, the run
        marks those units skipped."""
        first, second = self._run(), self._run()
        first.action_preview()
        second.action_preview()
        first.action_confirm()
        with mute_logger("odoo.sql_db"):
            second.action_confirm()
        self.assertEqual(second.billed_count, 0)
        self.assertEqual(set(second.line_ids.mapped("state")), {"skipped"})
        for unit in (self.unit_a, self.unit_b, self.unit_c):
            self.assertEqual(len(self._moves(unit)), 1)

    def test_database_refuses_second_bill_of_a_month(self):
        """PM-FEE-2: the one-bill-per-unit-and-month rule is a database index."""
        self._bill()
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
            self.env["account.move"].cs_create_fee_invoice(
                self.unit_a,
                [{"fee_kind": self.kind_mgmt, "name": "x", "price_unit": 1.0}],
                post=False,
            )._cs_fee_write({"cs_fee_period": date(2026, 9, 1)})
            self.env.flush_all()

    def test_failing_unit_does_not_stop_the_others(self):
        """PM-FEE-2: one failing unit is reported on the run; the others
        are billed."""
        original = AccountMove._cs_prepare_fee_invoice
        unit_b = self.unit_b

        def failing(model, unit, *args, **kwargs):
            if unit == unit_b:
                raise UserError(model.env._("The unit has no owner."))
            return original(model, unit, *args, **kwargs)

        run = self._run()
        run.action_preview()
        with patch.object(AccountMove, "_cs_prepare_fee_invoice", failing):
            run.action_confirm()
        line_b = run.line_ids.filtered(lambda line: line.unit_id == self.unit_b)
        self.assertEqual(line_b.state, "error")
        self.assertIn("no owner", line_b.message)
        self.assertEqual(run.billed_count, 2)
        self.assertFalse(self._moves(self.unit_b))
        run.action_retry_errors()
        self.assertEqual(line_b.state, "billed")
        self.assertEqual(len(self._moves(self.unit_b)), 1)

    def test_chunks_bill_everything(self):
        """PM-FEE-2: a run split into chunks of one unit bills every unit."""
        self.env["ir.config_parameter"].set_param("cs_property.fee_chunk_size", 1)
        run = self._bill()
        self.assertEqual(run.billed_count, 3)
        self.assertEqual(run.progress, 100.0)

    def test_reading_lower_than_previous_refused(self):
        """PM-FEE-1: a reading below the previous one is refused unless it
        records a meter replacement, whose consumption adds both meters."""
        with self.assertRaises(ValidationError):
            self._read(self.meter_b, date(2026, 9, 20), 40.0)
        self._read(
            self.meter_b,
            date(2026, 9, 20),
            5.0,
            is_replacement=True,
            old_meter_end_value=60.0,
            new_meter_start_value=0.0,
        )
        used = self.env["cs.meter.reading"]._consumption(
            self.meter_b, date(2026, 9, 1), date(2026, 9, 30)
        )
        self.assertAlmostEqual(used[self.meter_b.id], 15.0)  # (60 − 50) + (5 − 0)

    def test_bulk_entry_creates_readings(self):
        """PM-FEE-1: typing new values in the meter list records readings."""
        meters = (self.meter_a | self.meter_b).with_user(self.cashier)
        meters.with_context(cs_reading_date=date(2026, 10, 28)).write(
            {"new_value": 130.0}
        )
        readings = self.env["cs.meter.reading"].search(
            [("meter_id", "in", meters.ids), ("date", "=", date(2026, 10, 28))]
        )
        self.assertEqual(len(readings), 2)
        self.assertEqual(readings.reader_id, self.cashier)

    def test_partial_payment_leaves_residual(self):
        """PM-FEE-2: a partial payment with Odoo's own flow leaves the
        residual on the bill."""
        self._bill()
        move = self._moves(self.unit_a)
        self._pay(move, 100.0, date(2026, 9, 20))
        self.assertIn(move.payment_state, ("partial", "in_payment"))
        self.assertAlmostEqual(move.amount_residual, 197.50)

    def test_owner_statement_shows_billed_paid_due(self):
        """PM-FEE-2: the owner's activity statement (OCA partner_statement)
        lists the bill and the payment and ends on the amount due."""
        self._bill()
        move = self._moves(self.unit_b)
        self._pay(move, 120.0, date(2026, 9, 20))
        wizard = (
            self.env["activity.statement.wizard"]
            .with_user(self.cashier)
            .with_context(active_ids=move.partner_id.ids)
            .create({"date_start": date(2026, 9, 1), "date_end": date(2026, 9, 30)})
        )
        data = wizard._prepare_statement()
        report = self.env[
            "report.partner_statement.activity_statement"
        ]._get_report_values(data["partner_ids"], data)
        text = str(report["data"][move.partner_id.id])
        self.assertIn(move.name, text)
        self.assertIn("180.0", text)  # 300.00 billed − 120.00 paid

    def test_special_service_api(self):
        """PM-FEE-1: a special service is billed to the unit's owner through
        the fee API, outside the monthly run."""
        move = self.env["account.move"].cs_create_fee_invoice(
            self.unit_c,
            [
                {
                    "fee_kind": self.kind_service,
                    "name": "Air-conditioner cleaning",
                    "quantity": 2,
                    "price_unit": 80.0,
                }
            ],
        )
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.partner_id, self.owner_c)
        self.assertEqual(move.cs_unit_id, self.unit_c)
        self.assertFalse(move.cs_fee_period)
        self.assertAlmostEqual(move.amount_total, 160.0)
        self.assertEqual(move.invoice_line_ids.cs_fee_kind_id, self.kind_service)

    def test_posted_bill_fields_refused_over_rpc(self):
        """PM-FEE-2: a client cannot rewrite a bill's unit, month or ladder,
        nor the amounts of a posted bill."""
        self._bill()
        move = self._moves(self.unit_a).with_user(self.cashier)
        with self.assertRaises(UserError):
            move.write({"cs_fee_period": date(2026, 10, 1)})
        with self.assertRaises(UserError):
            move.write({"cs_dunning_level": "3"})
        with self.assertRaises(UserError):
            move.write(
                {
                    "invoice_line_ids": [
                        (1, move.invoice_line_ids[0].id, {"price_unit": 1.0})
                    ]
                }
            )
        with self.assertRaises(UserError):
            self.env["account.move"].with_user(self.cashier).create(
                {
                    "move_type": "out_invoice",
                    "partner_id": self.owner_a.id,
                    "cs_unit_id": self.unit_a.id,
                    "cs_fee_period": date(2026, 11, 1),
                }
            )

    def test_bank_statement_lines_are_not_property_bills(self):
        """PM-FEE-2: the bills' guard leaves Odoo's other entries alone: a
        bank statement line (a move made through ``_inherits``, carrying the
        move's defaults) is recorded, while a forged property bill is not."""
        journal = self.env["account.journal"].search(
            [("type", "=", "bank"), ("company_id", "=", self.env.company.id)], limit=1
        )
        line = self.env["account.bank.statement.line"].create(
            {"journal_id": journal.id, "amount": 280.0, "payment_ref": "物业费 1-0301"}
        )
        self.assertTrue(line.move_id)
        self.assertFalse(line.move_id.cs_unit_id)
        with self.assertRaises(UserError):
            self.env["account.move"].create(
                {"move_type": "out_invoice", "cs_dunning_level": "1"}
            )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common import FeeCommon


@tagged("post_install", "-at_install")
class TestFeeAccess(FeeCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        run = cls.env["cs.fee.run"].create(
            {
                "project_id": cls.project.id,
                "period_date": date(2026, 9, 1),
                "fee_kind_ids": [(6, 0, (cls.kind_mgmt | cls.kind_water).ids)],
                "invoice_date": date(2026, 9, 1),
            }
        )
        run.action_preview()
        run.action_confirm()
        cls.bills = run.move_ids
        with freeze_time(date(2026, 10, 30)):
            cls.env["cs.fee.dunning.step"]._cron_advance_ladder()

    def test_area_manager_sees_only_his_buildings(self):
        """PM-FEE-2, PM-FEE-3: an area manager never sees the overdue steps,
        meters, billing lists or statistics of another manager's building."""
        for user, units in (
            (self.area_manager, self.unit_a | self.unit_b),
            (self.other_area_manager, self.unit_c),
        ):
            lines = self.env["cs.fee.run.line"].with_user(user).search([])
            self.assertEqual(lines.unit_id, units)
            steps = self.env["cs.fee.dunning.step"].with_user(user).search([])
            self.assertEqual(steps.unit_id, units)
            stats = self.env["cs.fee.collection.report"].with_user(user).search([])
            self.assertEqual(stats.building_id, units.building_id)
        meters = self.env["cs.meter"].with_user(self.other_area_manager).search([])
        self.assertFalse(meters & (self.meter_a | self.meter_b))
        step_c = self.bills.filtered(
            lambda m: m.cs_unit_id == self.unit_c
        ).cs_dunning_step_ids
        with self.assertRaises(AccessError):
            step_c.with_user(self.area_manager).check_access("read")

    def test_assistant_sees_all(self):
        """PM-FEE-3 d: the manager's assistant sees every building's steps."""
        steps = self.env["cs.fee.dunning.step"].with_user(self.assistant).search([])
        expected = self.unit_a | self.unit_b | self.unit_c
        # The demo's own bills may have steps too: ours must all be there.
        self.assertEqual(steps.unit_id & expected, expected)

    def test_staff_reads_but_cannot_bill(self):
        """PM-FEE-2: property staff read runs and readings; only the cashier
        creates runs and readings."""
        self.assertTrue(self.env["cs.fee.run"].with_user(self.staff).search([]))
        with self.assertRaises(AccessError):
            self._run(user=self.staff)
        with self.assertRaises(AccessError):
            self.env["cs.meter.reading"].with_user(self.staff).create(
                {"meter_id": self.meter_a.id, "date": date(2026, 10, 28), "value": 130}
            )
        reading = (
            self.env["cs.meter.reading"]
            .with_user(self.cashier)
            .create(
                {"meter_id": self.meter_a.id, "date": date(2026, 10, 28), "value": 130}
            )
        )
        self.assertEqual(reading.reader_id, self.cashier)

    def test_cashier_registers_payments(self):
        """PM-FEE-2: the cashier takes payments with Odoo's payment flow."""
        bill = self.bills[:1]
        self.env["account.payment.register"].with_user(self.cashier).with_context(
            active_model="account.move", active_ids=bill.ids
        ).create({"amount": 10.0, "payment_date": date(2026, 9, 10)})._create_payments()
        self.assertAlmostEqual(bill.amount_residual, bill.amount_total - 10.0)

    def _bills_seen(self, user, model="account.move"):
        records = (
            self.env[model]
            .with_user(user)
            .search(
                [("move_id" if model != "account.move" else "id", "in", self.bills.ids)]
            )
        )
        moves = records if model == "account.move" else records.move_id
        return moves.sudo().cs_unit_id

    def test_area_manager_sees_only_his_bills(self):
        """PM-FEE-2, PM-FEE-3: Odoo's Invoicing rule shows every invoice to
        an invoicing user; an area manager still sees only the bills and
        bill lines of his own buildings, the cashier, the assistant and the
        director see them all."""
        everyone = self.unit_a | self.unit_b | self.unit_c
        for user, units in (
            (self.area_manager, self.unit_a | self.unit_b),
            (self.other_area_manager, self.unit_c),
            (self.cashier, everyone),
            (self.assistant, everyone),
            (self.director, everyone),
        ):
            self.assertTrue(user.has_group("account.group_account_invoice"))
            for model in ("account.move", "account.move.line"):
                self.assertEqual(self._bills_seen(user, model), units, user.login)
        bill_c = self.bills.filtered(lambda m: m.cs_unit_id == self.unit_c)
        with self.assertRaises(AccessError):
            bill_c.with_user(self.area_manager).check_access("read")
        with self.assertRaises(AccessError):
            bill_c.line_ids.with_user(self.area_manager).check_access("read")

    def test_area_manager_bills_his_buildings_only(self):
        """PM-FEE-2, PM-FEE-4: an area manager's run over the whole project
        bills his own buildings' units, without errors for the others'; a
        run naming another manager's building is refused before preview."""
        october = date(2026, 10, 1)
        kinds = [Command.set(self.kind_mgmt.ids)]
        run = self._run(october, self.area_manager, fee_kind_ids=kinds)
        run.action_preview()
        self.assertEqual(run.line_ids.unit_id, self.unit_a | self.unit_b)
        run.action_confirm()
        self.assertEqual(set(run.line_ids.mapped("state")), {"billed"})
        self.assertEqual(run.move_ids.sudo().cs_unit_id, self.unit_a | self.unit_b)
        other = self._run(
            october,
            self.area_manager,
            fee_kind_ids=kinds,
            building_ids=[Command.set(self.building2.ids)],
        )
        with self.assertRaises(UserError):
            other.action_preview()
        self.assertEqual(other.state, "draft")
        self.assertFalse(other.line_ids)
        # The cashier still bills the whole project (the area manager's
        # units are already billed for the month).
        cashier_run = self._run(october, self.cashier, fee_kind_ids=kinds)
        cashier_run.action_preview()
        to_bill = cashier_run.line_ids.filtered(lambda line: line.state == "to_bill")
        self.assertEqual(to_bill.unit_id, self.unit_c)
        self.assertEqual(len(cashier_run.line_ids), 3)

    def test_area_manager_takes_payment_on_his_bill(self):
        """PM-FEE-2: the narrowed rule keeps the payment flow working for an
        area manager on his own building's bill."""
        bill = self.bills.filtered(lambda m: m.cs_unit_id == self.unit_a)
        self.env["account.payment.register"].with_user(self.area_manager).with_context(
            active_model="account.move", active_ids=bill.ids
        ).create({"amount": 10.0, "payment_date": date(2026, 9, 10)})._create_payments()
        self.assertAlmostEqual(bill.amount_residual, bill.amount_total - 10.0)

    def test_accountant_keeps_every_bill(self):
        """PM-FEE-2: Odoo's accounting groups keep their meaning: an area
        manager who is also an accountant sees every bill."""
        self.area_manager.group_ids = [
            Command.link(self.env.ref("account.group_account_user").id)
        ]
        self.assertEqual(
            self._bills_seen(self.area_manager),
            self.unit_a | self.unit_b | self.unit_c,
        )

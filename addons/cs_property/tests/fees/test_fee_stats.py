# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from odoo.tests import tagged

from ..common import FeeCommon


@tagged("post_install", "-at_install")
class TestFeeStatistics(FeeCommon):
    """September bills: unit A 246.25 management + 51.25 water, unit B
    300.00 management, unit C (building B2) 240.00 management. A pays in
    full on 20 Sep, B pays 150.00 on 25 Sep, C pays in full on 5 Oct,
    after the month closed."""

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
        cls.bills = bills = {move.cs_unit_id: move for move in run.move_ids}
        for unit, amount, day in (
            (cls.unit_a, 297.50, date(2026, 9, 20)),
            (cls.unit_b, 150.00, date(2026, 9, 25)),
            (cls.unit_c, 240.00, date(2026, 10, 5)),
        ):
            cls.env["account.payment.register"].with_context(
                active_model="account.move", active_ids=bills[unit].ids
            ).create({"amount": amount, "payment_date": day})._create_payments()

    def _figures(self, period_type, groupby, **domain):
        report = self.env["cs.fee.collection.report"]
        rows = report.formatted_read_group(
            [("period_type", "=", period_type), ("project_id", "=", self.project.id)]
            + [(key, "=", value) for key, value in domain.items()],
            [groupby],
            ["billed:sum", "collected:sum", "outstanding:sum", "collection_rate:avg"],
        )
        return {
            row[groupby][0] if row[groupby] else False: (
                round(row["billed:sum"], 2),
                round(row["collected:sum"], 2),
                round(row["outstanding:sum"], 2),
                round(row["collection_rate:avg"], 2),
            )
            for row in rows
        }

    def test_monthly_rate_per_fee_kind(self):
        """PM-FEE-4: September, per fee kind: management 786.25 billed,
        396.25 collected by 30 Sep (C's October payment does not count),
        50.40 %; water 100 %."""
        figures = self._figures("month", "fee_kind_id", period_start=date(2026, 9, 1))
        self.assertEqual(figures[self.kind_mgmt.id], (786.25, 396.25, 390.0, 50.4))
        self.assertEqual(figures[self.kind_water.id], (51.25, 51.25, 0.0, 100.0))

    def test_later_payment_counts_in_longer_period_only(self):
        """PM-FEE-4: the third quarter closes on 30 Sep (C unpaid), the
        second half-year and the year on 31 Dec (C paid)."""
        quarter = self._figures("quarter", "fee_kind_id", period_start=date(2026, 7, 1))
        self.assertEqual(quarter[self.kind_mgmt.id], (786.25, 396.25, 390.0, 50.4))
        half = self._figures("half", "fee_kind_id", period_start=date(2026, 7, 1))
        self.assertEqual(half[self.kind_mgmt.id], (786.25, 636.25, 150.0, 80.92))
        year = self._figures("year", "fee_kind_id", period_start=date(2026, 1, 1))
        self.assertEqual(year[self.kind_mgmt.id], (786.25, 636.25, 150.0, 80.92))

    def test_per_building_and_area_manager_with_shortfall(self):
        """PM-FEE-4: per building and per area manager; a rate below the
        kind's target is flagged."""
        by_building = self._figures(
            "month", "building_id", period_start=date(2026, 9, 1)
        )
        # B1: 246.25 + 51.25 + 300 billed, 297.50 + 150 collected.
        self.assertEqual(by_building[self.building.id], (597.5, 447.5, 150.0, 74.9))
        self.assertEqual(by_building[self.building2.id], (240.0, 0.0, 240.0, 0.0))
        by_manager = self._figures(
            "month", "area_manager_id", period_start=date(2026, 9, 1)
        )
        self.assertEqual(
            by_manager[self.other_area_manager.id], (240.0, 0.0, 240.0, 0.0)
        )
        rows = self.env["cs.fee.collection.report"].search(
            [
                ("period_type", "=", "month"),
                ("project_id", "=", self.project.id),
                ("fee_kind_id", "=", self.kind_mgmt.id),
            ]
        )
        shortfall = {row.building_id: row.shortfall for row in rows}
        self.assertEqual(shortfall, {self.building: True, self.building2: True})
        water = self.env["cs.fee.collection.report"].search(
            [("period_type", "=", "month"), ("fee_kind_id", "=", self.kind_water.id)]
        )
        self.assertFalse(water.shortfall)

    def test_summary_follows_payments(self):
        """PM-FEE-4: the stored monthly summary follows a payment being
        unreconciled and a bill cancelled, and equals a full rebuild."""
        september = {"period_start": date(2026, 9, 1)}
        payment_lines = self.bills[self.unit_a].line_ids.filtered(
            lambda line: line.account_id.account_type == "asset_receivable"
        )
        payment_lines.remove_move_reconcile()
        figures = self._figures("month", "fee_kind_id", **september)
        # A's 246.25 management and 51.25 water are no longer collected.
        self.assertEqual(figures[self.kind_mgmt.id], (786.25, 150.0, 636.25, 19.08))
        self.assertEqual(figures[self.kind_water.id], (51.25, 0.0, 51.25, 0.0))
        self.bills[self.unit_c].button_draft()
        self.bills[self.unit_c].button_cancel()
        figures = self._figures("month", "fee_kind_id", **september)
        self.assertEqual(figures[self.kind_mgmt.id], (546.25, 150.0, 396.25, 27.46))
        self.env["cs.fee.collection.fact"]._cs_refresh_keys(None)
        self.assertEqual(self._figures("month", "fee_kind_id", **september), figures)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import date

import openpyxl
from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import FeeCommon


@tagged("post_install", "-at_install")
class TestFeeReports(FeeCommon, PdfAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(
            ["cs_property"], ["zh_CN"], overwrite=True
        )
        (cls.owner_a | cls.owner_b | cls.owner_c).lang = "zh_CN"
        cls.fee_run = cls._make_run()

    @classmethod
    def _make_run(cls):
        run = cls.env["cs.fee.run"].create(
            {
                "project_id": cls.project.id,
                "period_date": date(2026, 9, 1),
                "fee_kind_ids": [(6, 0, (cls.kind_mgmt | cls.kind_water).ids)],
                "invoice_date": date(2026, 9, 1),
            }
        )
        run.action_preview()
        return run

    def test_billing_list_pdf_and_xlsx(self):
        """PM-FEE-2: the billing list prints as PDF and XLSX with every
        line, the unit totals and missing readings flagged."""
        self.assertPdfContains(
            "cs_property.action_report_fee_billing_list",
            self.fee_run,
            self.unit_a.complete_name,
            "297.50",
            "240.00",
        )
        content, kind = self.env["ir.actions.report"]._render_xlsx(
            "cs_property.action_report_fee_billing_list_xlsx", self.fee_run.ids, {}
        )
        self.assertEqual(kind, "xlsx")
        rows = list(
            openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(
                values_only=True
            )
        )
        amounts = [row[6] for row in rows if row[0] == self.unit_a.complete_name]
        self.assertEqual(amounts, [246.25, 51.25, 297.5])
        notes = [
            row[8] for row in rows if row[0] == self.unit_b.complete_name and row[8]
        ]
        self.assertTrue(notes)

    def test_payment_notices_for_a_building_in_chinese(self):
        """PM-FEE-2: the area manager prints the payment notices of a whole
        building in one go, one notice per unit, in Chinese."""
        self.fee_run.action_confirm()
        bills = self.fee_run.move_ids.filtered(
            lambda m: m.cs_building_id == self.building
        )
        text = self.assertPdfContains(
            "cs_property.action_report_fee_payment_notice",
            bills.with_user(self.area_manager),
            "缴费通知单",
            self.unit_a.complete_name,
            self.unit_b.complete_name,
            "297.50",
        )
        self.assertEqual(text.count("缴费通知单"), 2)

    def test_overdue_notices_in_chinese(self):
        """PM-FEE-3 a/b: the reminder notice and the deadline notice with its
        deadline and late fee rate."""
        self.fee_run.action_confirm()
        for day in (date(2026, 9, 26), date(2026, 10, 6)):
            with freeze_time(day):
                self.env["cs.fee.dunning.step"]._cron_advance_ladder()
        bill = self.fee_run.move_ids.filtered(lambda m: m.cs_unit_id == self.unit_a)
        reminder, deadline = bill.cs_dunning_step_ids.sorted("level")
        self.assertPdfContains(
            "cs_property.action_report_fee_dunning_notice",
            reminder,
            "催缴通知书",
            bill.name,
        )
        self.assertPdfContains(
            "cs_property.action_report_fee_dunning_notice",
            deadline,
            "限期缴费通知书",
            "2026-10-11",
            "0.5",
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CsFeeBillingListXlsx(models.AbstractModel):
    """The billing list of a run for the cashier (PM-FEE-2): one row per
    fee of each unit, the unit's total and missing readings flagged."""

    _name = "report.cs_property.fee_billing_list_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Billing List XLSX"

    def _columns(self):
        return [
            (self.env._("Unit"), 28),
            (self.env._("Owner"), 18),
            (self.env._("Fee Kind"), 16),
            (self.env._("Label"), 40),
            (self.env._("Quantity"), 10),
            (self.env._("Unit Price"), 10),
            (self.env._("Amount"), 12),
            (self.env._("Status"), 12),
            (self.env._("Note"), 30),
        ]

    def generate_xlsx_report(self, workbook, data, runs):
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        warn = workbook.add_format({"bg_color": "#FFF2CC"})
        states = dict(
            self.env["cs.fee.run.line"]
            ._fields["state"]
            ._description_selection(self.env)
        )
        for run in runs:
            sheet = workbook.add_worksheet(run.name[:31])
            sheet.write(0, 0, run.name, bold)
            for col, (title, width) in enumerate(self._columns()):
                sheet.write(2, col, title, bold)
                sheet.set_column(col, col, width)
            row = 3
            for line in run.line_ids:
                note = line.message or ""
                if line.missing_reading:
                    note = self.env._("Missing meter reading. %s", note).strip()
                style = warn if line.missing_reading else None
                for item in line.item_ids:
                    sheet.write(row, 0, line.unit_id.complete_name, style)
                    sheet.write(row, 1, line.partner_id.name or "", style)
                    sheet.write(row, 2, item.fee_kind_id.name, style)
                    sheet.write(row, 3, item.name, style)
                    sheet.write_number(row, 4, item.quantity)
                    sheet.write_number(row, 5, item.price_unit)
                    sheet.write_number(row, 6, item.amount, money)
                    row += 1
                sheet.write(row, 0, line.unit_id.complete_name, bold)
                sheet.write(row, 1, line.partner_id.name or "", bold)
                sheet.write(row, 3, self.env._("Unit total"), bold)
                sheet.write_number(row, 6, line.amount_total, money)
                sheet.write(row, 7, states.get(line.state, ""))
                sheet.write(row, 8, note)
                row += 1
            sheet.write(row + 1, 3, self.env._("Run total"), bold)
            sheet.write_number(row + 1, 6, run.amount_total, money)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class UnpaidReconciliationXlsx(models.AbstractModel):
    """Monthly (12th) list of owners with unpaid balances (RE-MOVE-2)."""

    _name = "report.cs_realestate.unpaid_reconciliation_xlsx"
    _description = "Unpaid Balance Reconciliation (XLSX)"
    _inherit = "report.report_xlsx.abstract"

    def _columns(self):
        return [
            (self.env._("Contract"), lambda c: c.name),
            (self.env._("Unit"), lambda c: c.unit_id.complete_name),
            (self.env._("Buyer"), lambda c: c.partner_id.name),
            (self.env._("Phone"), lambda c: c.partner_id.phone or ""),
            (
                self.env._("Payment Method"),
                lambda c: dict(
                    c._fields["payment_method"]._description_selection(c.env)
                ).get(c.payment_method),
            ),
            (self.env._("Total Price"), lambda c: c.amount_total),
            (self.env._("Paid"), lambda c: c.amount_paid),
            (self.env._("Unpaid Balance"), lambda c: c.amount_due),
            (self.env._("CS Responsible"), lambda c: c.user_id.name or ""),
        ]

    def generate_xlsx_report(self, workbook, data, objs):
        contracts = objs.filtered(lambda c: c.amount_due > 0) or objs.search(
            objs._unpaid_domain()
        )
        sheet = workbook.add_worksheet(self.env._("Unpaid Balances"))
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        columns = self._columns()
        for col, (title, _getter) in enumerate(columns):
            sheet.write(0, col, title, bold)
            sheet.set_column(col, col, 18)
        for row, contract in enumerate(contracts, start=1):
            for col, (_title, getter) in enumerate(columns):
                value = getter(contract)
                if isinstance(value, float):
                    sheet.write_number(row, col, value, money)
                else:
                    sheet.write(row, col, value or "")
        total_row = len(contracts) + 1
        sheet.write(total_row, 0, self.env._("Total"), bold)
        sheet.write_number(
            total_row, len(columns) - 2, sum(contracts.mapped("amount_due")), money
        )

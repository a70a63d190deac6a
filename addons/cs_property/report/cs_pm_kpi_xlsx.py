# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CsPmKpiXlsx(models.AbstractModel):
    """Monthly effectiveness and timeliness per department (PM-KPI-1)."""

    _name = "report.cs_property.pm_kpi_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Complaint and Repair KPIs XLSX"

    def generate_xlsx_report(self, workbook, data, objs):
        kinds = dict(objs._fields["kind"]._description_selection(self.env))
        bold = workbook.add_format({"bold": True})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        percent = workbook.add_format({"num_format": "0.0"})
        sheet = workbook.add_worksheet(self.env._("Complaint and Repair KPIs"))
        sheet.write(0, 0, self.env._("Complaint and Repair KPIs"), bold)
        columns = [
            self.env._("Month"),
            self.env._("Department"),
            self.env._("Kind"),
            self.env._("Closed"),
            self.env._("Effective"),
            self.env._("Timely"),
            self.env._("Effectiveness Rate (%)"),
            self.env._("Timeliness Rate (%)"),
        ]
        for col, label in enumerate(columns):
            sheet.set_column(col, col, 16)
            sheet.write(2, col, label, header)
        row = 3
        for month, team, kind, closed, effective, timely in objs._cs_monthly_rows():
            sheet.write_row(
                row,
                0,
                [
                    month.strftime("%Y-%m"),
                    team.name or self.env._("Undefined"),
                    kinds.get(kind, ""),
                    closed,
                    effective,
                    timely,
                ],
            )
            sheet.write(row, 6, 100.0 * effective / closed, percent)
            sheet.write(row, 7, 100.0 * timely / closed, percent)
            row += 1

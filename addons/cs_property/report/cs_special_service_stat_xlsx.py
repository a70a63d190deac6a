# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CsSpecialServiceStatXlsx(models.AbstractModel):
    """The monthly special-service statistic (PM-SVC-1): counts by service,
    department and rating."""

    _name = "report.cs_property.special_service_stat_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Special-Service Statistic XLSX"

    def generate_xlsx_report(self, workbook, data, objs):
        bold = workbook.add_format({"bold": True})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        dimensions = dict(
            self.env["cs.special.service.stat.line"]
            ._fields["dimension"]
            ._description_selection(self.env)
        )
        for stat in objs:
            sheet = workbook.add_worksheet(stat.date_to.strftime("%Y-%m"))
            sheet.set_column(0, 0, 28)
            sheet.set_column(1, 2, 14)
            sheet.write(0, 0, stat.name, bold)
            sheet.write_row(
                1, 0, [self.env._("Requests"), stat.request_count, stat.amount_total]
            )
            row = 3
            for dimension, label in dimensions.items():
                lines = stat.line_ids.filtered(
                    lambda line, d=dimension: line.dimension == d
                )
                sheet.write_row(
                    row,
                    0,
                    [label, self.env._("Requests"), self.env._("Amount")],
                    header,
                )
                row += 1
                for line in lines:
                    sheet.write_row(row, 0, [line.label, line.count, line.amount])
                    row += 1
                row += 1

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

NUMBERS = (
    "inspection_count",
    "minor_count",
    "fixed_count",
    "major_count",
    "notice_count",
    "cleared_count",
    "accepted_count",
    "in_progress_count",
)


class CsPmRenovationSummaryXlsx(models.AbstractModel):
    """Weekly renovation & acceptance summary sent to the manager's
    assistant (PM-REN-3): the week's numbers, then the open notices."""

    _name = "report.cs_property.renovation_summary_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Weekly Renovation Summary XLSX"

    def generate_xlsx_report(self, workbook, data, objs):
        bold = workbook.add_format({"bold": True})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        for summary in objs:
            sheet = workbook.add_worksheet(str(summary.date_to))
            sheet.set_column(0, 0, 28)
            sheet.set_column(1, 4, 16)
            sheet.write(0, 0, summary.name, bold)
            for row, field in enumerate(NUMBERS, start=2):
                sheet.write(
                    row, 0, summary._fields[field]._description_string(self.env)
                )
                sheet.write(row, 1, summary[field])
            self._write_open_notices(sheet, header, len(NUMBERS) + 4)

    def _write_open_notices(self, sheet, header, row):
        notices = self.env["cs.pm.rectification.notice"].search(
            [("state", "=", "open")]
        )
        columns = ("name", "unit_id", "owner_id", "date", "deadline")
        model = self.env["cs.pm.rectification.notice"]
        title = self.env["ir.model"]._get(model._name).display_name
        sheet.write(row - 1, 0, title, header)
        for col, field in enumerate(columns):
            sheet.write(
                row, col, model._fields[field]._description_string(self.env), header
            )
        for offset, notice in enumerate(notices, start=1):
            sheet.write(row + offset, 0, notice.name)
            sheet.write(row + offset, 1, notice.unit_id.display_name)
            sheet.write(row + offset, 2, notice.owner_id.name or "")
            sheet.write(row + offset, 3, str(notice.date))
            sheet.write(row + offset, 4, str(notice.deadline))

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import models


class ReturnVisitXlsx(models.AbstractModel):
    """Monthly return-visit summary per agent (RE-RET-2), the appendix to
    staff assessment: one row per agent, then the visits themselves."""

    _name = "report.cs_realestate.return_visit_xlsx"
    _description = "Return Visit Summary (XLSX)"
    _inherit = "report.report_xlsx.abstract"

    def _summary(self, visits):
        """{agent: [planned, done, done on time, overdue]}."""
        rows = defaultdict(lambda: [0, 0, 0, 0])
        for visit in visits:
            row = rows[visit.user_id]
            row[0] += 1
            row[1] += visit.state == "done"
            row[2] += visit.on_time
            row[3] += visit.deadline_state == "overdue"
        return rows

    def generate_xlsx_report(self, workbook, data, objs):
        tr = self.env._
        bold = workbook.add_format({"bold": True})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        percent = workbook.add_format({"num_format": "0%"})
        sheet = workbook.add_worksheet(tr("Summary by Agent"))
        sheet.write(0, 0, tr("Return Visit Summary"), bold)
        titles = [
            tr("Agent"),
            tr("Visits"),
            tr("Done"),
            tr("Done in Time"),
            tr("Overdue"),
            tr("Completion Rate"),
        ]
        for col, title in enumerate(titles):
            sheet.write(2, col, title, header)
            sheet.set_column(col, col, 16)
        summary = self._summary(objs)
        row = 3
        for user, (planned, done, on_time, overdue) in sorted(
            summary.items(), key=lambda item: item[0].name or ""
        ):
            sheet.write(row, 0, user.name or tr("Unassigned"))
            for col, value in enumerate((planned, done, on_time, overdue), start=1):
                sheet.write_number(row, col, value)
            sheet.write_number(row, 5, done / planned if planned else 0, percent)
            row += 1
        self._write_details(workbook, objs, header)

    def _write_details(self, workbook, visits, header):
        tr = self.env._
        sheet = workbook.add_worksheet(tr("Visits"))
        kinds = dict(visits._fields["kind"]._description_selection(self.env))
        channels = dict(visits._fields["channel"]._description_selection(self.env))
        states = dict(visits._fields["state"]._description_selection(self.env))
        titles = [
            tr("Agent"),
            tr("Contract"),
            tr("Customer"),
            tr("Kind"),
            tr("Due Date"),
            tr("Visited On"),
            tr("Channel"),
            tr("What the Customer Said"),
            tr("Status"),
        ]
        for col, title in enumerate(titles):
            sheet.write(0, col, title, header)
            sheet.set_column(col, col, 18)
        for row, visit in enumerate(
            visits.sorted(lambda v: (v.user_id.name or "", v.id)), 1
        ):
            values = [
                visit.user_id.name or "",
                visit.contract_id.name,
                visit.partner_id.name or "",
                kinds.get(visit.kind, ""),
                str(visit.scheduled_date or ""),
                str(visit.done_date or ""),
                channels.get(visit.channel, ""),
                visit.customer_feedback or "",
                states.get(visit.state, ""),
            ]
            for col, value in enumerate(values):
                sheet.write(row, col, value)

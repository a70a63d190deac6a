# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import Counter

from odoo import models


class CsComplaintRegisterXlsx(models.AbstractModel):
    """Monthly complaint register summary (投诉登记表汇总, CORE-CMP-5,
    CORE-KPI-2): one row per complaint, then totals by category and by
    severity."""

    _name = "report.cs_core.complaint_register_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Complaint Register XLSX"

    def _columns(self):
        return [
            (self.env._("Number"), 14),
            (self.env._("Date"), 18),
            (self.env._("Complainant"), 20),
            (self.env._("Unit"), 18),
            (self.env._("Category"), 16),
            (self.env._("Severity"), 14),
            (self.env._("Subject"), 30),
            (self.env._("Promised Reply"), 18),
            (self.env._("Resolution Deadline"), 18),
            (self.env._("Stage"), 14),
            (self.env._("Closed On"), 18),
            (self.env._("Deadline Status"), 16),
            (self.env._("Satisfaction"), 12),
            (self.env._("First-Contact Owner"), 18),
        ]

    def _row(self, ticket, labels):
        def dt(value):
            return value.strftime("%Y-%m-%d %H:%M") if value else ""

        return [
            ticket.number,
            dt(ticket.create_date),
            ticket.partner_id.name or ticket.partner_name or "",
            ticket.cs_unit_id.display_name or "",
            labels["category"].get(ticket.cs_complaint_category, ""),
            labels["severity"].get(ticket.cs_severity, ""),
            ticket.name,
            dt(ticket.cs_response_deadline),
            dt(ticket.cs_resolution_deadline),
            ticket.stage_id.name or "",
            dt(ticket.closed_date),
            labels["deadline"].get(ticket.cs_deadline_state, ""),
            int(ticket.cs_satisfaction) if ticket.cs_satisfaction else "",
            ticket.cs_first_contact_user_id.name or "",
        ]

    def _labels(self):
        ticket_model = self.env["helpdesk.ticket"]

        def sel(name):
            return dict(ticket_model._fields[name]._description_selection(self.env))

        return {
            "category": sel("cs_complaint_category"),
            "severity": sel("cs_severity"),
            "deadline": sel("cs_deadline_state"),
        }

    def generate_xlsx_report(self, workbook, data, objs):
        tickets = objs.filtered(lambda t: t.cs_kind == "complaint")
        labels = self._labels()
        bold = workbook.add_format({"bold": True})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        sheet = workbook.add_worksheet(self.env._("Complaint Register"))
        title = self.env._("Complaint Register")
        if data and data.get("date_from"):
            title = "%s %s - %s" % (title, data["date_from"], data["date_to"])
        sheet.write(0, 0, title, bold)
        for col, (label, width) in enumerate(self._columns()):
            sheet.set_column(col, col, width)
            sheet.write(2, col, label, header)
        row = 3
        for ticket in tickets:
            sheet.write_row(row, 0, self._row(ticket, labels))
            row += 1
        row += 1
        row = self._write_totals(
            sheet,
            row,
            self.env._("Totals by Category"),
            tickets,
            "cs_complaint_category",
            labels["category"],
            bold,
        )
        row += 1
        self._write_totals(
            sheet,
            row,
            self.env._("Totals by Severity"),
            tickets,
            "cs_severity",
            labels["severity"],
            bold,
        )

    def _write_totals(self, sheet, row, title, tickets, field, labels, bold):
        sheet.write_row(
            row, 0, [title, self.env._("Complaints"), self.env._("Resolved")], bold
        )
        row += 1
        totals = Counter(tickets.mapped(field))
        resolved = Counter(tickets.filtered(lambda t: t.stage_id.closed).mapped(field))
        for key, label in labels.items():
            if totals.get(key):
                sheet.write_row(row, 0, [label, totals[key], resolved.get(key, 0)])
                row += 1
        if totals.get(False):
            sheet.write_row(
                row, 0, [self.env._("Undefined"), totals[False], resolved.get(False, 0)]
            )
            row += 1
        sheet.write_row(
            row, 0, [self.env._("Total"), len(tickets), sum(resolved.values())], bold
        )
        return row + 1

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io

import openpyxl

from ..common import CsTicketCase


class TestComplaintRegisterXlsx(CsTicketCase):
    def test_register_rows_and_totals(self):
        """CORE-CMP-5, CORE-KPI-2: the monthly complaint register has one row
        per complaint and totals by category and severity."""
        specs = [
            ("service", "general", True),
            ("service", "major", False),
            ("fees", "general", True),
            ("neighbour", "compensation", False),
        ]
        complaints = self.env["helpdesk.ticket"]
        for category, severity, close in specs:
            ticket = self._new_ticket(
                user=self.agent,
                name=f"{category}-{severity}",
                cs_kind="complaint",
                cs_complaint_category=category,
                cs_severity=severity,
            )
            if close:
                ticket.write({"stage_id": self.stage_done.id})
            complaints |= ticket
        self._new_ticket(user=self.agent, cs_kind="inquiry")  # not in the register
        wizard = (
            self.env["cs.complaint.register.wizard"]
            .with_user(self.supervisor)
            .create({})
        )
        found = wizard._get_complaints()
        self.assertEqual(found & complaints, complaints)
        self.assertFalse(found.filtered(lambda t: t.cs_kind != "complaint"))
        action = wizard.action_print_xlsx()
        self.assertEqual(action["report_type"], "xlsx")
        content, fmt = (
            self.env["ir.actions.report"]
            .with_user(self.supervisor)
            ._render_xlsx(
                "cs_core.action_report_cs_complaint_register_xlsx",
                complaints.ids,
                action["data"],
            )
        )
        self.assertEqual(fmt, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        numbers = {r[0] for r in rows[3:] if r[0]}
        self.assertTrue(set(complaints.mapped("number")) <= numbers)
        data_rows = [r for r in rows if r[0] in complaints.mapped("number")]
        self.assertEqual(len(data_rows), 4)

        def block(title):
            start = next(i for i, r in enumerate(rows) if r[0] == title)
            out = {}
            for r in rows[start + 1 :]:
                if not r[0]:
                    break
                out[r[0]] = (r[1], r[2])
            return out

        by_category = block("Totals by Category")
        self.assertEqual(by_category["Service"], (2, 1))
        self.assertEqual(by_category["Fees"], (1, 1))
        self.assertEqual(by_category["Neighbour Dispute"], (1, 0))
        self.assertEqual(by_category["Total"], (4, 2))
        by_severity = block("Totals by Severity")
        self.assertEqual(by_severity["General"], (2, 2))
        self.assertEqual(by_severity["Major"], (1, 0))
        self.assertEqual(by_severity["Compensation"], (1, 0))
        self.assertEqual(by_severity["Total"], (4, 2))

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import datetime

import openpyxl

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tests.common import TransactionCase


@tagged("post_install", "-at_install")
class TestKpiRates(TransactionCase):
    """PM-KPI-1: effectiveness and timeliness per month and department."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.repairs_team = cls.env["helpdesk.ticket.team"].create({"name": "工程部KPI"})
        cls.service_team = cls.env["helpdesk.ticket.team"].create({"name": "客服部KPI"})
        cls.customer = cls.env["res.partner"].create({"name": "KPI业主"})
        cls.stage_new = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        cls.stage_done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        # (team, kind, closed on, deadline, satisfaction, reopened)
        specs = [
            (cls.repairs_team, "repair", "2026-03-05", "2026-03-06", "5", False),
            (cls.repairs_team, "repair", "2026-03-10", "2026-03-09", "4", False),
            (cls.repairs_team, "repair", "2026-03-12", "2026-03-20", "2", False),
            (cls.repairs_team, "repair", "2026-03-15", "2026-03-20", "5", True),
            (cls.repairs_team, "repair", "2026-04-02", "2026-04-03", "3", False),
            (cls.service_team, "complaint", "2026-03-07", "2026-03-08", "4", False),
            (cls.service_team, "complaint", "2026-03-28", "2026-03-25", False, False),
            (cls.service_team, "inquiry", "2026-03-07", "2026-03-08", "1", False),
        ]
        cls.tickets = cls.env["helpdesk.ticket"]
        for team, kind, closed, deadline, satisfaction, reopened in specs:
            cls.tickets |= cls._closed_ticket(
                team, kind, closed, deadline, satisfaction, reopened
            )
        cls.open_ticket = cls.env["helpdesk.ticket"].create(
            {
                "name": "未关闭",
                "description": "x",
                "team_id": cls.repairs_team.id,
                "cs_kind": "repair",
                "partner_id": cls.customer.id,
            }
        )

    @classmethod
    def _closed_ticket(cls, team, kind, closed, deadline, satisfaction, reopened):
        vals = {
            "name": f"{kind} {closed}",
            "description": "<p>x</p>",
            "team_id": team.id,
            "cs_kind": kind,
            "partner_id": cls.customer.id,
        }
        if kind == "complaint":
            vals["cs_complaint_category"] = "service"
        ticket = cls.env["helpdesk.ticket"].create(vals)
        ticket.write({"stage_id": cls.stage_done.id})
        if reopened:
            ticket.write({"stage_id": cls.stage_new.id})
            ticket.write({"stage_id": cls.stage_done.id})
        closed_at = datetime.fromisoformat(closed + " 10:00:00")
        cls.env.flush_all()
        cls.env.cr.execute(
            "UPDATE helpdesk_ticket SET closed_date = %s, cs_resolution_deadline = %s,"
            " cs_satisfaction = %s WHERE id = %s",
            (
                closed_at,
                datetime.fromisoformat(deadline + " 18:00:00"),
                satisfaction or None,
                ticket.id,
            ),
        )
        cls.env.invalidate_all()
        return ticket

    def _rates(self):
        Report = self.env["cs.pm.kpi.report"]
        groups = Report._read_group(
            [("ticket_id", "in", self.tickets.ids)],
            ["month:month", "team_id"],
            ["closed_count:sum", "effective_rate:avg", "timely_rate:avg"],
        )
        return {
            (month.strftime("%Y-%m"), team.name): (
                count,
                round(eff, 2),
                round(timely, 2),
            )
            for month, team, count, eff, timely in groups
        }

    def test_reopen_counted(self):
        """PM-KPI-1: going back from a closed stage counts as reopened, and
        only the system keeps that counter."""
        self.assertEqual(self.tickets[3].cs_reopen_count, 1)
        self.assertEqual(self.tickets[0].cs_reopen_count, 0)
        with self.assertRaises(UserError):
            self.tickets[0].write({"cs_reopen_count": 0})

    def test_rates_equal_hand_computed_values(self):
        """PM-KPI-1: effective = closed, rated 3-5 and never reopened;
        timely = closed by the resolution deadline; per closing month and
        department, complaints and repairs only, open tickets not counted."""
        self.assertEqual(
            self._rates(),
            {
                # March repairs: effective #1 #2 of 4 (#3 rated 2, #4 reopened);
                # timely #1 #3 #4 of 4 (#2 late).
                ("2026-03", "工程部KPI"): (4, 50.0, 75.0),
                ("2026-04", "工程部KPI"): (1, 100.0, 100.0),
                # March complaints: #6 effective and timely; #7 unrated and late.
                ("2026-03", "客服部KPI"): (2, 50.0, 50.0),
            },
        )

    def test_xlsx_rows(self):
        """PM-KPI-1: the XLSX lists the same figures per month and department."""
        records = self.env["cs.pm.kpi.report"].search(
            [("ticket_id", "in", self.tickets.ids)]
        )
        content, fmt = self.env["ir.actions.report"]._render_xlsx(
            "cs_property.action_report_cs_pm_kpi_xlsx", records.ids, {}
        )
        self.assertEqual(fmt, "xlsx")
        rows = list(
            openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(
                values_only=True
            )
        )
        self.assertIn(("2026-03", "工程部KPI", "Repair", 4, 2, 3, 50.0, 75.0), rows)
        self.assertIn(("2026-03", "客服部KPI", "Complaint", 2, 1, 1, 50.0, 50.0), rows)

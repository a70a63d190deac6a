# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

KPI_KINDS = [("complaint", "Complaint"), ("repair", "Repair")]


class CsPmKpiReport(models.Model):
    """Monthly effectiveness (有效率) and timeliness (及时率) of complaints and
    repairs per department (PM-KPI-1).

    One row per complaint or repair ticket closed, dated by its closing
    month and counted for its team (department):
    effective = closed, rated satisfied or better (3-5) by the customer and
    never reopened; timely = closed by its resolution deadline.
    Rates are 100/0 per row, averaged by the pivot."""

    _name = "cs.pm.kpi.report"
    _description = "Complaint and Repair KPIs"
    _auto = False
    _order = "month desc"
    _depends = {
        "helpdesk.ticket": [
            "closed_date",
            "team_id",
            "company_id",
            "cs_kind",
            "stage_id",
            "cs_satisfaction",
            "cs_reopen_count",
            "cs_resolution_deadline",
            "active",
        ],
        "helpdesk.ticket.stage": ["closed"],
    }

    ticket_id = fields.Many2one("helpdesk.ticket", readonly=True)
    month = fields.Date(readonly=True)
    closed_date = fields.Datetime(string="Closed On", readonly=True)
    team_id = fields.Many2one(
        "helpdesk.ticket.team", string="Department", readonly=True
    )
    company_id = fields.Many2one("res.company", readonly=True)
    kind = fields.Selection(KPI_KINDS, readonly=True)
    closed_count = fields.Integer(string="Closed", readonly=True, aggregator="sum")
    effective_count = fields.Integer(
        string="Effective", readonly=True, aggregator="sum"
    )
    timely_count = fields.Integer(string="Timely", readonly=True, aggregator="sum")
    effective_rate = fields.Float(
        string="Effectiveness Rate (%)", readonly=True, aggregator="avg"
    )
    timely_rate = fields.Float(
        string="Timeliness Rate (%)", readonly=True, aggregator="avg"
    )

    @property
    def _table_query(self):
        return """
            SELECT id, id AS ticket_id, month, closed_date, team_id, company_id, kind,
                   1 AS closed_count,
                   effective AS effective_count,
                   timely AS timely_count,
                   100.0 * effective AS effective_rate,
                   100.0 * timely AS timely_rate
              FROM (
                SELECT t.id,
                       CAST(date_trunc('month', t.closed_date) AS DATE) AS month,
                       t.closed_date, t.team_id, t.company_id, t.cs_kind AS kind,
                       CASE WHEN CAST(t.cs_satisfaction AS INTEGER) >= 3
                             AND COALESCE(t.cs_reopen_count, 0) = 0
                            THEN 1 ELSE 0 END AS effective,
                       CASE WHEN t.cs_resolution_deadline IS NULL
                              OR t.closed_date <= t.cs_resolution_deadline
                            THEN 1 ELSE 0 END AS timely
                  FROM helpdesk_ticket t
                  JOIN helpdesk_ticket_stage s ON s.id = t.stage_id
                 WHERE t.active AND s.closed AND t.closed_date IS NOT NULL
                   AND t.cs_kind IN ('complaint', 'repair')
              ) AS kpi
        """

    def _cs_monthly_rows(self):
        """(month, department, kind) -> closed, effective, timely."""
        groups = self._read_group(
            [("id", "in", self.ids)],
            ["month:month", "team_id", "kind"],
            ["closed_count:sum", "effective_count:sum", "timely_count:sum"],
            order="month:month, team_id, kind",
        )
        return groups

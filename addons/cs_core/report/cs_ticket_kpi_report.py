# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from ..models.tickets.helpdesk_ticket import CS_SEVERITIES, CS_TICKET_KINDS


class CsTicketKpiReport(models.Model):
    """Ticket KPIs per agent, team and period (CORE-KPI-1).

    One row per ticket; rates are 0/100 per row and averaged by the pivot,
    NULL where the ticket does not count for that rate (e.g. open tickets
    for the first-contact resolution rate)."""

    _name = "cs.ticket.kpi.report"
    _description = "Ticket KPI Analysis"
    _auto = False
    _order = "date desc"
    _depends = {
        "helpdesk.ticket": [
            "create_date",
            "closed_date",
            "cs_first_contact_user_id",
            "user_id",
            "team_id",
            "company_id",
            "cs_kind",
            "cs_severity",
            "stage_id",
            "cs_forward_count",
            "cs_deadline_state",
            "cs_satisfaction",
            "active",
        ],
        "helpdesk.ticket.stage": ["closed"],
    }

    ticket_id = fields.Many2one("helpdesk.ticket", readonly=True)
    date = fields.Datetime(string="Created On", readonly=True)
    closed_date = fields.Datetime(string="Closed On", readonly=True)
    first_contact_user_id = fields.Many2one(
        "res.users", string="First-Contact Owner", readonly=True
    )
    user_id = fields.Many2one("res.users", string="Assigned User", readonly=True)
    team_id = fields.Many2one("helpdesk.ticket.team", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    kind = fields.Selection(CS_TICKET_KINDS, readonly=True)
    severity = fields.Selection(CS_SEVERITIES, readonly=True)
    ticket_count = fields.Integer(
        string="Tickets Handled", readonly=True, aggregator="sum"
    )
    closed_count = fields.Integer(
        string="Tickets Closed", readonly=True, aggregator="sum"
    )
    fcr_rate = fields.Float(
        string="First-Contact Resolution (%)",
        readonly=True,
        aggregator="avg",
        help="Closed tickets solved without forwarding.",
    )
    on_time_rate = fields.Float(
        string="On-Time Rate (%)", readonly=True, aggregator="avg"
    )
    satisfaction = fields.Float(
        string="Satisfaction (1-5)", readonly=True, aggregator="avg"
    )
    complaint_resolution_rate = fields.Float(
        string="Complaint Resolution (%)", readonly=True, aggregator="avg"
    )

    @property
    def _table_query(self):
        return """
            SELECT t.id AS id,
                   t.id AS ticket_id,
                   t.create_date AS date,
                   t.closed_date AS closed_date,
                   t.cs_first_contact_user_id AS first_contact_user_id,
                   t.user_id AS user_id,
                   t.team_id AS team_id,
                   t.company_id AS company_id,
                   t.cs_kind AS kind,
                   t.cs_severity AS severity,
                   1 AS ticket_count,
                   CASE WHEN s.closed THEN 1 ELSE 0 END AS closed_count,
                   CASE WHEN NOT COALESCE(s.closed, FALSE) THEN NULL
                        WHEN COALESCE(t.cs_forward_count, 0) = 0 THEN 100.0
                        ELSE 0.0 END AS fcr_rate,
                   CASE WHEN t.cs_deadline_state IN ('met') THEN 100.0
                        WHEN t.cs_deadline_state IN ('missed', 'overdue') THEN 0.0
                        ELSE NULL END AS on_time_rate,
                   CAST(t.cs_satisfaction AS FLOAT) AS satisfaction,
                   CASE WHEN t.cs_kind != 'complaint' THEN NULL
                        WHEN s.closed THEN 100.0
                        ELSE 0.0 END AS complaint_resolution_rate
              FROM helpdesk_ticket t
              LEFT JOIN helpdesk_ticket_stage s ON s.id = t.stage_id
             WHERE t.active
        """

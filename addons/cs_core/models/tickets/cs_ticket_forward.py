# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsTicketForward(models.Model):
    """One forwarding/escalation of a ticket (CORE-TKT-4). Immutable log:
    lines are written only by the forwarding wizard."""

    _name = "cs.ticket.forward"
    _description = "Ticket Forwarding"
    _check_company_auto = True
    _order = "date desc, id desc"

    ticket_id = fields.Many2one(
        "helpdesk.ticket",
        required=True,
        ondelete="cascade",
        index=True,
        readonly=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="ticket_id.company_id", store=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True)
    forwarded_by_id = fields.Many2one("res.users", required=True, readonly=True)
    from_team_id = fields.Many2one(
        "helpdesk.ticket.team", readonly=True, check_company=True
    )
    from_user_id = fields.Many2one("res.users", readonly=True)
    to_team_id = fields.Many2one(
        "helpdesk.ticket.team", readonly=True, check_company=True
    )
    to_user_id = fields.Many2one("res.users", readonly=True)
    is_escalation = fields.Boolean(
        string="Escalation to Superior",
        readonly=True,
        help="Forwarded upwards to a superior rather than sideways.",
    )
    reason = fields.Text(required=True, readonly=True)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.tickets.helpdesk_ticket import CS_SATISFACTION


class CsTicketCloseWizard(models.TransientModel):
    """Close a ticket and record the customer's 1-5 rating (CORE-TKT-5)."""

    _name = "cs.ticket.close.wizard"
    _description = "Close Ticket"

    ticket_id = fields.Many2one("helpdesk.ticket", required=True)
    stage_id = fields.Many2one(
        "helpdesk.ticket.stage",
        string="Closing Stage",
        required=True,
        domain=[("closed", "=", True)],
        default=lambda self: self._default_stage_id(),
    )
    satisfaction = fields.Selection(CS_SATISFACTION)
    satisfaction_comment = fields.Text(string="Customer Comment")
    rating_declined = fields.Boolean(
        string="Customer Declined to Rate",
        help="Tick when the customer did not want to give a rating.",
    )
    solution = fields.Text()

    @api.model
    def _default_stage_id(self):
        return self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done", False)

    @api.model
    def default_get(self, fields_list):
        res = super().default_get(fields_list)
        ticket = self.env["helpdesk.ticket"].browse(res.get("ticket_id"))
        if ticket and "solution" in fields_list:
            res["solution"] = ticket.cs_solution
        return res

    def action_close(self):
        self.ensure_one()
        if not self.satisfaction and not self.rating_declined:
            raise UserError(
                self.env._(
                    "Ask the customer for a satisfaction rating from 1 to 5, or tick "
                    "that the customer declined."
                )
            )
        self.ticket_id.write(
            {"stage_id": self.stage_id.id, "cs_solution": self.solution}
        )
        self.ticket_id._cs_transition_write(
            cs_satisfaction=self.satisfaction or False,
            cs_satisfaction_comment=self.satisfaction_comment,
        )
        return {"type": "ir.actions.act_window_close"}

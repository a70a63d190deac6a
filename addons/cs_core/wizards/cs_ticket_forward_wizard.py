# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class CsTicketForwardWizard(models.TransientModel):
    """Forward or escalate a ticket to another team or user (CORE-TKT-4)."""

    _name = "cs.ticket.forward.wizard"
    _description = "Forward Ticket"

    ticket_id = fields.Many2one("helpdesk.ticket", required=True)
    to_team_id = fields.Many2one("helpdesk.ticket.team")
    to_user_id = fields.Many2one("res.users", domain=[("share", "=", False)])
    is_escalation = fields.Boolean(string="Escalation to Superior")
    reason = fields.Text(required=True)

    @api.onchange("to_team_id")
    def _onchange_to_team_id(self):
        if self.to_team_id and self.to_team_id.user_id and not self.to_user_id:
            self.to_user_id = self.to_team_id.user_id

    def action_forward(self):
        self.ensure_one()
        ticket = self.ticket_id
        if not self.to_team_id and not self.to_user_id:
            raise UserError(
                self.env._("Choose the team or the user to forward the ticket to.")
            )
        ticket.check_access("write")
        log_vals = {
            "ticket_id": ticket.id,
            "forwarded_by_id": self.env.user.id,
            "from_team_id": ticket.team_id.id,
            "from_user_id": ticket.user_id.id,
            "to_team_id": (self.to_team_id or ticket.team_id).id,
            "to_user_id": self.to_user_id.id,
            "is_escalation": self.is_escalation,
            "reason": self.reason,
        }
        ticket_vals = {"user_id": self.to_user_id.id}
        if self.to_team_id:
            ticket_vals["team_id"] = self.to_team_id.id
        # The log is append-only for users: only this wizard writes it.
        self.env["cs.ticket.forward"].sudo().create(log_vals)
        ticket.sudo().write(ticket_vals)
        ticket.message_post(
            body=self.env._(
                "Forwarded to %(target)s. Reason: %(reason)s",
                target=" / ".join(
                    filter(None, [self.to_team_id.display_name, self.to_user_id.name])
                ),
                reason=self.reason,
            ),
            subtype_xmlid="mail.mt_note",
            partner_ids=self.to_user_id.partner_id.ids,
        )
        return {"type": "ir.actions.act_window_close"}

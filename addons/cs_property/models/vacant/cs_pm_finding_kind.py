# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CsPmFindingKind(models.Model):
    """What a patrol or a sign check can find, and the department (helpdesk
    team) whose ticket it becomes (PM-VAC-1, PM-SIGN-3)."""

    _name = "cs.pm.finding.kind"
    _description = "Patrol Finding Kind"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    team_id = fields.Many2one(
        "helpdesk.ticket.team",
        string="Department",
        help="Helpdesk team that receives the tickets of this finding.",
    )
    severity = fields.Selection(
        [("general", "General"), ("major", "Major")], default="general", required=True
    )

    @api.model
    def _cs_open_tickets(self, vals_list):
        """Open one repair ticket per entry of ``vals_list`` in one batch.

        Property staff record findings but do not work in the helpdesk, so
        the tickets are created with elevated rights; the current user stays
        their first-contact owner.
        """
        for vals in vals_list:
            vals.setdefault("cs_kind", "repair")
        return self.env["helpdesk.ticket"].sudo().create(vals_list)

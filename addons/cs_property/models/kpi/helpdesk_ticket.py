# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.cs_core.tools import TRUSTED, is_trusted

REOPEN_KEY = "cs_pm_reopen"


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    cs_reopen_count = fields.Integer(
        string="Reopened",
        readonly=True,
        copy=False,
        help="Times the ticket went back from a closed stage to an open one; "
        "a reopened ticket does not count as effective.",
    )

    def write(self, vals):
        if "cs_reopen_count" in vals and not is_trusted(self.env, REOPEN_KEY):
            raise UserError(self.env._("The reopen counter is kept by the system."))
        reopened = self.browse()
        if vals.get("stage_id"):
            stage = self.env["helpdesk.ticket.stage"].browse(vals["stage_id"])
            if not stage.closed:
                reopened = self.filtered(lambda t: t.stage_id.closed)
        res = super().write(vals)
        for ticket in reopened:
            ticket.with_context(**{REOPEN_KEY: TRUSTED}).write(
                {"cs_reopen_count": ticket.cs_reopen_count + 1}
            )
        return res

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CsMoveIn(models.Model):
    _inherit = "cs.move.in"

    def action_done(self):
        """The move-in starts the three months to the second visit (RE-RET-2)."""
        res = super().action_done()
        self.env["cs.return.visit"]._cs_schedule(self.contract_id)
        return res

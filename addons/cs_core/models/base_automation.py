# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class BaseAutomation(models.Model):
    _inherit = "base.automation"

    def _update_cron(self):
        # The CS administrator tunes the follow-up rules' delays; the shared
        # scheduler job they feed is technical and stays system-only.
        return super(BaseAutomation, self.sudo())._update_cron()

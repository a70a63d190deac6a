# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

CHINESE = "zh_CN"


class ResLang(models.Model):
    _inherit = "res.lang"

    @api.model
    def _cs_install_chinese(self):
        """Activate Simplified Chinese, load its terms for every module already
        installed and make it the language of new partners and users: the
        demo is a Chinese customer-service centre."""
        self._activate_lang(CHINESE)
        modules = self.env["ir.module.module"].search(
            [("state", "in", ("installed", "to install", "to upgrade"))]
        )
        modules._update_translations([CHINESE])
        for model in ("res.partner", "res.users"):
            self.env["ir.default"].set(model, "lang", CHINESE)
        self.env.ref("base.partner_admin").lang = CHINESE
        self.env.ref("base.main_company").partner_id.lang = CHINESE

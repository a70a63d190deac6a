# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.fields import Domain
from odoo.addons.base.models.ir_model import MODULE_UNINSTALL_FLAG

# Attachment fields that change the scan itself or what it belongs to.
PROTECTED_FIELDS = {"datas", "raw", "db_datas", "url", "name", "res_model", "res_id"}


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _check_cs_record_scans_unlocked(self):
        """Scans of archived records cannot be removed or replaced (CORE-REC-2)."""
        if self.env.context.get(MODULE_UNINSTALL_FLAG):
            return
        scans = self.sudo().filtered_domain(
            Domain("res_model", "=", "cs.record") & Domain("res_id", "!=", False)
        )
        if not scans:
            return
        records = self.env["cs.record"].sudo().browse(set(scans.mapped("res_id")))
        records.exists()._check_not_locked()

    def write(self, vals):
        if PROTECTED_FIELDS & set(vals):
            self._check_cs_record_scans_unlocked()
        return super().write(vals)

    def unlink(self):
        self._check_cs_record_scans_unlocked()
        return super().unlink()

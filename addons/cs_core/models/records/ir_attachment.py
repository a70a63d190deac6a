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
        attachments = self.sudo().filtered_domain(
            Domain("res_model", "in", ("cs.record", "cs.record.scan"))
            & Domain("res_id", "!=", False)
        )
        if not attachments:
            return
        record_ids = set(
            attachments.filtered(lambda a: a.res_model == "cs.record").mapped("res_id")
        )
        scan_ids = attachments.filtered(lambda a: a.res_model == "cs.record.scan")
        scans = self.env["cs.record.scan"].sudo().browse(set(scan_ids.mapped("res_id")))
        records = self.env["cs.record"].sudo().browse(record_ids)
        (records.exists() | scans.exists().record_id)._check_not_locked()

    def write(self, vals):
        if PROTECTED_FIELDS & set(vals):
            self._check_cs_record_scans_unlocked()
        return super().write(vals)

    def unlink(self):
        self._check_cs_record_scans_unlocked()
        return super().unlink()

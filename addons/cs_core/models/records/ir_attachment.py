# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import AccessError
from odoo.fields import Domain

from odoo.addons.base.models.ir_model import MODULE_UNINSTALL_FLAG

# Attachment fields that change the scan itself or what it belongs to.
PROTECTED_FIELDS = {"datas", "raw", "db_datas", "url", "name", "res_model", "res_id"}


# What publishes an attachment beyond the users who may read its document.
SHARING_FIELDS = {"public", "access_token"}


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _cs_check_not_published(self, vals_list):
        """Files of CS documents (signed slips, archived records' scans) are
        read through their document's access rights only: nobody but
        server code makes them public or shares them by token."""
        if self.env.su:
            return
        models_ = {vals.get("res_model") for vals in vals_list} | set(
            self.sudo().mapped("res_model")
        )
        if not any(model and model.startswith("cs.") for model in models_):
            return
        if any(vals.get("public") or vals.get("access_token") for vals in vals_list):
            raise AccessError(
                self.env._(
                    "Files of customer-service documents can't be made public or "
                    "shared by link; share the document with the people who need it."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        defaults = {
            key[len("default_") :]: value
            for key, value in self.env.context.items()
            if key.startswith("default_")
        }
        self._cs_check_not_published([dict(defaults, **vals) for vals in vals_list])
        return super().create(vals_list)

    def generate_access_token(self):
        self._cs_check_not_published([{"access_token": True}])
        return super().generate_access_token()

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
        if SHARING_FIELDS & set(vals):
            self._cs_check_not_published([vals])
        if PROTECTED_FIELDS & set(vals):
            self._check_cs_record_scans_unlocked()
        return super().write(vals)

    def unlink(self):
        self._check_cs_record_scans_unlocked()
        return super().unlink()

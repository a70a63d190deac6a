# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.exceptions import AccessError


class IrRule(models.Model):
    _inherit = "ir.rule"

    def _make_access_error(self, operation, records):
        """A plain, translated refusal on the centre's documents: Odoo's own
        message jokes about cookies and lists technical ids."""
        cs_document = records._name.startswith("cs.") or records._name in (
            "helpdesk.ticket",
        )
        if not cs_document or self.env.user.has_group("base.group_no_one"):
            return super()._make_access_error(operation, records)
        reader = self.with_context(lang=self.env.user.lang)
        document = reader.env["ir.model"]._get(records._name).name
        return AccessError(
            reader.env._(
                "You cannot open this %(document)s: it belongs to another team "
                "or role. Ask your supervisor if you need it.",
                document=document,
            )
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResPartner(models.Model):
    """Customers, banks and other parties open their records (CORE-REC-2)."""

    _inherit = "res.partner"

    cs_record_count = fields.Integer(
        string="Records", compute="_compute_cs_record_count", compute_sudo=False
    )

    def _compute_cs_record_count(self):
        if not self.env["cs.record"].has_access("read"):
            self.cs_record_count = 0
            return
        counts = dict(
            self.env["cs.record"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.cs_record_count = counts.get(partner, 0)

    def action_view_cs_records(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_record"
        )
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

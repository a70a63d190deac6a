# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    cs_ownership_ids = fields.Many2many(
        "cs.unit.ownership",
        "cs_unit_ownership_partner_rel",
        "partner_id",
        "ownership_id",
        string="Unit Ownerships",
    )
    cs_unit_ids = fields.Many2many(
        "cs.unit",
        "cs_unit_current_owner_rel",
        "partner_id",
        "unit_id",
        string="Owned Units",
        readonly=True,
    )
    cs_unit_count = fields.Integer(compute="_compute_cs_unit_count")

    @api.depends("cs_unit_ids")
    def _compute_cs_unit_count(self):
        for partner in self:
            partner.cs_unit_count = len(partner.cs_unit_ids)

    def action_open_cs_units(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("cs_core.action_cs_unit")
        action["domain"] = [("owner_ids", "in", self.ids)]
        return action

    # Records register (CORE-REC-2): customers, banks and other parties
    # open their records.
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

    def _cs_notice_channel(self):
        """How a written notice reaches this partner: ``"email"``, else
        ``"sms"``, else ``False`` (no address, or opted out of both)."""
        self.ensure_one()
        if self.email and not self.is_blacklisted:
            return "email"
        if self.phone_sanitized and not self.phone_sanitized_blacklisted:
            return "sms"
        return False

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

# What a complete customer profile holds (RE-RET-1).
PROFILE_FIELDS = ("phone", "email", "street", "city", "cs_id_number")


class ResPartner(models.Model):
    _inherit = "res.partner"

    cs_id_number = fields.Char(string="ID Card Number")
    cs_profile_missing = fields.Char(
        string="Missing Profile Data", compute="_compute_cs_profile"
    )
    cs_profile_complete = fields.Boolean(
        string="Profile Complete", compute="_compute_cs_profile"
    )
    cs_message_line_ids = fields.One2many(
        "cs.customer.message.line",
        "partner_id",
        string="Customer Messages",
        readonly=True,
    )
    cs_message_line_count = fields.Integer(
        string="Messages Sent", compute="_compute_cs_message_line_count"
    )

    @api.depends(*PROFILE_FIELDS)
    def _compute_cs_profile(self):
        for partner in self:
            missing = [
                partner._fields[name]._description_string(self.env)
                for name in PROFILE_FIELDS
                if not partner[name]
            ]
            partner.cs_profile_missing = ", ".join(missing)
            partner.cs_profile_complete = not missing

    def _compute_cs_message_line_count(self):
        lines = self.env["cs.customer.message.line"]
        if not lines.has_access("read"):
            self.cs_message_line_count = 0
            return
        counts = dict(
            lines._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.cs_message_line_count = counts.get(partner, 0)

    def action_view_cs_message_lines(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_realestate.action_cs_customer_message_line"
        )
        action["domain"] = [("partner_id", "=", self.id)]
        return action

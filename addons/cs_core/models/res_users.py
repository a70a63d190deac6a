# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ResGroups(models.Model):
    _inherit = "res.groups"

    cs_home_action_id = fields.Many2one(
        "ir.actions.actions",
        string="Role Home Action",
        help="Worklist or dashboard a new user of this role lands on.",
    )


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        users.filtered(lambda u: not u.action_id)._cs_set_home_action()
        return users

    def _cs_home_action(self):
        """The home action of the user's most senior role: the role group
        that implies the most others."""
        self.ensure_one()
        groups = self.all_group_ids.filtered("cs_home_action_id")
        top = groups.sorted(lambda g: (len(g.all_implied_ids), g.id))[-1:]
        return top.cs_home_action_id

    def _cs_set_home_action(self):
        for user in self.sudo():
            action = user._cs_home_action()
            if action:
                user.action_id = action

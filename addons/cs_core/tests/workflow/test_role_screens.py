# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, tagged

from ..common import cs_user


@tagged("post_install", "-at_install")
class TestRoleScreens(TransactionCase):
    """Every role opens every screen its menus offer: the list and the form
    of a record it may read load without an access refusal (a field of the
    form that reads a model the role may not read refuses the whole form)."""

    def _cs_groups(self):
        data = self.env["ir.model.data"].search(
            [("model", "=", "res.groups"), ("module", "=like", "cs\\_%")]
        )
        return data.mapped(lambda d: (f"{d.module}.{d.name}", d.res_id))

    def _cs_menu_actions(self, user):
        visible = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
        menu_data = self.env["ir.model.data"].search(
            [
                ("model", "=", "ir.ui.menu"),
                ("module", "=like", "cs\\_%"),
                ("res_id", "in", list(visible)),
            ]
        )
        menus = self.env["ir.ui.menu"].browse(menu_data.mapped("res_id"))
        # A menu is reached only through visible parents.
        reachable = menus.filtered(
            lambda m: all(int(i) in visible for i in m.parent_path.split("/") if i)
        )
        return [
            menu.action
            for menu in reachable
            if menu.action and menu.action._name == "ir.actions.act_window"
        ]

    def _open(self, user, action):
        model = self.env[action.res_model].with_user(user)
        modes = [
            m for m in (action.view_mode or "").split(",") if m in ("list", "form")
        ]
        views = model.get_views([(False, mode) for mode in modes or ["form"]])
        fields = views["models"][action.res_model]["fields"]
        spec = {name: {} for name in fields}
        model.web_search_read([], spec, limit=3)
        record = model.search([], limit=1)
        if record:
            record.web_read(spec)

    def test_every_role_opens_its_menus(self):
        """CORE-ROLE-1, CORE-ROLE-2 (and the roles of every installed CS
        add-on): no screen reachable from a role's menus refuses it."""
        refused = []
        for xmlid, _group_id in self._cs_groups():
            login = "screens_" + xmlid.replace(".", "_")
            user = cs_user(
                self.env, login=login, groups=f"base.group_user,{xmlid}", lang="en_US"
            )
            for action in self._cs_menu_actions(user):
                try:
                    with self.env.cr.savepoint():
                        self._open(user, action)
                except AccessError as error:
                    refused.append(f"{xmlid} → {action.res_model}: {error}")
        self.assertFalse(refused, "\n".join(refused))

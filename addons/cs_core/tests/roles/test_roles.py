# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from ..common import CsCoreCommon


@tagged("post_install", "-at_install")
class TestRoles(CsCoreCommon):
    def _visible(self, user):
        return set(self.env["ir.ui.menu"].with_user(user)._visible_menu_ids())

    def _menu(self, xmlid):
        return self.env.ref(xmlid).id

    def test_group_hierarchy(self):
        """CORE-ROLE-1: agent ⊂ supervisor ⊂ department manager ⊂ administrator."""
        manager = self.users["manager"]
        self.assertTrue(manager.has_group("cs_core.group_cs_supervisor"))
        self.assertTrue(manager.has_group("cs_core.group_cs_agent"))
        self.assertFalse(manager.has_group("cs_core.group_cs_admin"))
        self.assertFalse(self.users["agent"].has_group("cs_core.group_cs_supervisor"))
        self.assertTrue(self.users["admin"].has_group("cs_core.group_cs_manager"))
        for role in ("archivist", "finance", "legal", "gm"):
            self.assertFalse(self.users[role].has_group("cs_core.group_cs_agent"))

    def test_user_may_hold_several_roles(self):
        """CORE-ROLE-1: a user may hold several roles."""
        user = self.users["archivist"]
        user.group_ids |= self.env.ref("cs_core.group_cs_agent")
        self.assertTrue(user.has_group("cs_core.group_cs_archivist"))
        self.assertTrue(user.has_group("cs_core.group_cs_agent"))

    def test_roles_shown_on_user_form(self):
        """CORE-ROLE-1: the roles have a privilege in the Customer Service category."""
        category = self.env.ref("cs_core.module_category_customer_service")
        for group_xmlid in (
            "cs_core.group_cs_agent",
            "cs_core.group_cs_archivist",
            "cs_core.group_cs_finance",
            "cs_core.group_cs_legal",
            "cs_core.group_cs_gm",
        ):
            group = self.env.ref(group_xmlid)
            self.assertEqual(group.privilege_id.category_id, category)

    def test_each_role_sees_its_menus(self):
        """CORE-ROLE-1, CORE-ROLE-2: menus by role."""
        root = self._menu("cs_core.menu_cs_root")
        units = self._menu("cs_core.menu_cs_unit")
        projects = self._menu("cs_core.menu_cs_project")
        for role in (
            "agent",
            "supervisor",
            "manager",
            "admin",
            "archivist",
            "finance",
            "legal",
            "gm",
        ):
            visible = self._visible(self.users[role])
            self.assertIn(root, visible, role)
            self.assertIn(units, visible, role)
            self.assertIn(projects, visible, role)

    def test_configuration_menu_for_admin_only(self):
        """CORE-ROLE-1: configuration belongs to the CS administrator."""
        config = self._menu("cs_core.menu_cs_config")
        self.env["ir.ui.menu"].create(
            {
                "name": "Probe",
                "parent_id": config,
                "action": "ir.actions.act_window,%d"
                % self.env.ref("cs_core.action_cs_project").id,
            }
        )
        self.assertIn(config, self._visible(self.users["admin"]))
        for role in (
            "agent",
            "supervisor",
            "manager",
            "archivist",
            "finance",
            "legal",
            "gm",
        ):
            self.assertNotIn(config, self._visible(self.users[role]), role)

    def test_portal_sees_no_cs_menu(self):
        """CORE-ROLE-2: nothing for portal users."""
        with self.assertRaises(AccessError):
            self._visible(self.portal_user)
        menus = self.env["ir.ui.menu"].search(
            [("id", "child_of", self._menu("cs_core.menu_cs_root"))]
        )
        portal = self.env.ref("base.group_portal")
        public = self.env.ref("base.group_public")
        for menu in menus:
            self.assertFalse(menu.group_ids & (portal | public), menu.complete_name)

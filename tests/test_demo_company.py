# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The demo company a newcomer sees when opening the UI (issue: foundation)."""
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase

DEMO_ROLES = {
    "cs_agent": "cs_core.group_cs_agent",
    "cs_supervisor": "cs_core.group_cs_supervisor",
    "cs_manager": "cs_core.group_cs_manager",
    "cs_archivist": "cs_core.group_cs_archivist",
    "cs_finance": "cs_core.group_cs_finance",
    "cs_legal": "cs_core.group_cs_legal",
    "cs_gm": "cs_core.group_cs_gm",
    "cs_admin": "cs_core.group_cs_admin",
    "re_sales": "cs_realestate.group_re_sales",
    "re_clerk": "cs_realestate.group_re_data_clerk",
    "pm_staff": "cs_property.group_pm_staff",
    "pm_cashier": "cs_property.group_pm_cashier",
    "pm_area_manager": "cs_property.group_pm_area_manager",
    "pm_assistant": "cs_property.group_pm_assistant",
    "pm_manager": "cs_property.group_pm_manager",
}

APP_MENUS = {
    "cs_core.menu_cs_root": {
        "cs_agent", "cs_supervisor", "cs_manager", "cs_archivist",
        "cs_finance", "cs_legal", "cs_gm", "cs_admin",
    },
    "cs_realestate.menu_re_root": {
        "cs_agent", "cs_supervisor", "cs_manager", "cs_archivist",
        "cs_finance", "cs_admin", "re_sales", "re_clerk",
    },
    "cs_property.menu_pm_root": {
        "cs_agent", "cs_supervisor", "cs_manager", "cs_finance", "cs_admin",
        "pm_staff", "pm_cashier", "pm_area_manager", "pm_assistant", "pm_manager",
    },
}


class TestDemoCompany(TransactionCase):
    # Suite-level tests live outside odoo.addons, so Odoo can't infer these.
    test_tags = {"standard", "post_install"}
    test_module = "cs_suite"

    def _user(self, login):
        user = self.env["res.users"].search([("login", "=", login)])
        self.assertEqual(len(user), 1, f"demo user {login} is missing")
        return user

    def test_demo_project_volume(self):
        """CORE-UNIT-1, CORE-UNIT-2: one project, two phases, >= 50 units, >= 20 owners."""
        project = self.env.ref("cs_core.demo_project_cuihu")
        self.assertEqual(len(project.phase_ids), 2)
        self.assertGreaterEqual(len(project.building_ids), 4)
        self.assertGreaterEqual(project.unit_count, 50)
        owners = project.unit_ids.owner_ids
        self.assertGreaterEqual(len(owners), 20)
        self.assertTrue(all(owner.phone and owner.street for owner in owners))
        self.assertEqual(
            set(project.unit_ids.mapped("status")),
            {"unsold", "sold", "delivered", "occupied", "vacant", "rented"},
        )

    def test_demo_resale_history(self):
        """CORE-UNIT-2: a demo unit shows a closed ownership period before the current one."""
        unit = self.env.ref("cs_core.demo_unit_b1_0302")
        self.assertEqual(len(unit.ownership_ids), 2)
        self.assertEqual(len(unit.ownership_ids.filtered("date_to")), 1)

    def test_each_demo_user_holds_its_role(self):
        """CORE-ROLE-1: one demo user per role, with a documented login."""
        for login, group in DEMO_ROLES.items():
            self.assertTrue(self._user(login).has_group(group), login)

    def test_each_demo_user_sees_exactly_its_apps(self):
        """CORE-ROLE-2: each demo role opens exactly the menus of its role."""
        for login in DEMO_ROLES:
            user = self._user(login)
            visible = set(self.env["ir.ui.menu"].with_user(user)._visible_menu_ids())
            for menu_xmlid, logins in APP_MENUS.items():
                menu = self.env.ref(menu_xmlid)
                if login in logins:
                    self.assertIn(menu.id, visible, f"{login} should see {menu_xmlid}")
                else:
                    self.assertNotIn(menu.id, visible, f"{login} must not see {menu_xmlid}")

    def test_portal_demo_user_reads_no_unit(self):
        """CORE-ROLE-2: the portal demo user can't read the location tree."""
        portal = self.env.ref("base.demo_user0", raise_if_not_found=False) or self._user("portal")
        with self.assertRaises(AccessError):
            self.env["cs.unit"].with_user(portal).search([])

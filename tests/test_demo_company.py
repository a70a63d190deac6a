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
        "cs_agent",
        "cs_supervisor",
        "cs_manager",
        "cs_archivist",
        "cs_finance",
        "cs_legal",
        "cs_gm",
        "cs_admin",
    },
    "cs_realestate.menu_re_root": {
        "cs_agent",
        "cs_supervisor",
        "cs_manager",
        "cs_archivist",
        "cs_finance",
        "cs_admin",
        "re_sales",
        "re_clerk",
    },
    "cs_property.menu_pm_root": {
        "cs_agent",
        "cs_supervisor",
        "cs_manager",
        "cs_finance",
        "cs_admin",
        "pm_staff",
        "pm_cashier",
        "pm_area_manager",
        "pm_assistant",
        "pm_manager",
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
        """CORE-UNIT-1, CORE-UNIT-2: one project, two phases, >= 50 units, >= 20
        owners."""
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
        """CORE-UNIT-2: a demo unit shows a closed ownership period before the current
        one."""
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
                    self.assertNotIn(
                        menu.id, visible, f"{login} must not see {menu_xmlid}"
                    )

    def test_portal_demo_user_reads_no_unit(self):
        """CORE-ROLE-2: the portal demo user can't read the location tree."""
        portal = self.env.ref(
            "base.demo_user0", raise_if_not_found=False
        ) or self._user("portal")
        with self.assertRaises(AccessError):
            self.env["cs.unit"].with_user(portal).search([])

    def test_demo_is_chinese(self):
        """Issue 12: the demo is a Chinese centre: Simplified Chinese loaded,
        every demo user and customer in Chinese, the company in China keeping
        its books in CNY, users on Shanghai time, each on its own worklist."""
        self.assertTrue(self.env["res.lang"]._lang_get("zh_CN").active)
        company = self.env.ref("base.main_company")
        self.assertEqual(company.country_id, self.env.ref("base.cn"))
        self.assertEqual(company.currency_id, self.env.ref("base.CNY"))
        self.assertRegex(company.name, "[\u4e00-\u9fff]")
        self.assertTrue(company.city and company.street)
        for login in DEMO_ROLES:
            user = self._user(login)
            self.assertEqual(user.lang, "zh_CN", login)
            self.assertEqual(user.tz, "Asia/Shanghai", login)
            self.assertTrue(user.action_id, f"{login} lands on a worklist")
        owners = self.env.ref("cs_core.demo_project_cuihu").unit_ids.owner_ids
        self.assertEqual(set(owners.mapped("lang")), {"zh_CN"})
        stage = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        self.assertEqual(stage.with_context(lang="zh_CN").name, "新建")

    def test_demo_figures_are_the_centres(self):
        """helpdesk_mgmt's English demo tickets stay out of the centre's
        lists and KPIs."""
        oca_tickets = (
            self.env["helpdesk.ticket"]
            .with_context(active_test=False)
            .browse(
                [
                    self.env.ref(f"helpdesk_mgmt.helpdesk_ticket_{i}").id
                    for i in range(1, 9)
                ]
            )
        )
        self.assertFalse(any(oca_tickets.mapped("active")))
        kpi_tickets = self.env["cs.ticket.kpi.report"].search([]).mapped("ticket_id")
        self.assertFalse(kpi_tickets & oca_tickets)

    def test_demo_receipt_slip_shows_a_signature(self):
        """CORE-REC-4: the signed demo slip carries a drawn signature (not a
        1x1 pixel), printed on the company letterhead."""
        slip = self.env.ref("cs_core.demo_receipt_slip_signed")
        self.assertGreater(
            len(slip.with_context(bin_size=False).signature or b""), 1000
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("cs_core.report_cs_receipt_slip", slip.ids)[0]
            .decode()
        )
        self.assertIn("data:image/png;base64", html)
        self.assertIn(self.env.ref("base.main_company").name, html)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged

from ..common import cs_user


@tagged("post_install", "-at_install")
class TestUiAccess(HttpCase):
    """What the web client loads for each role, over HTTP."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agent = cs_user(
            cls.env,
            login="ui_agent",
            password="ui_agent_pw1",
            groups="cs_core.group_cs_agent",
        )
        cls.portal = cs_user(
            cls.env,
            login="ui_portal",
            password="ui_portal_pw1",
            groups="base.group_portal",
        )
        project = cls.env["cs.project"].create({"name": "Web Garden", "code": "WEB"})
        phase = cls.env["cs.project.phase"].create(
            {"name": "P1", "project_id": project.id}
        )
        building = cls.env["cs.building"].create({"name": "B1", "phase_id": phase.id})
        cls.unit = cls.env["cs.unit"].create(
            {"name": "0808", "building_id": building.id}
        )

    def _menus(self):
        response = self.url_open("/web/webclient/load_menus")
        self.assertEqual(response.status_code, 200)
        return {menu.get("xmlid") for menu in response.json().values()}

    def test_agent_web_client_shows_cs_app_and_units(self):
        """CORE-ROLE-2, CORE-UNIT-1: an agent's web client lists the CS app and the
        units."""
        self.authenticate("ui_agent", "ui_agent_pw1")
        menus = self._menus()
        self.assertIn("cs_core.menu_cs_root", menus)
        self.assertIn("cs_core.menu_cs_unit", menus)
        self.assertNotIn("cs_core.menu_cs_config", menus)
        result = self.make_jsonrpc_request(
            "/web/dataset/call_kw/cs.unit/web_search_read",
            {
                "model": "cs.unit",
                "method": "web_search_read",
                "args": [[("id", "=", self.unit.id)]],
                "kwargs": {"specification": {"complete_name": {}, "status": {}}},
            },
        )
        self.assertEqual(
            result["records"][0]["complete_name"], "Web Garden / B1 / 0808"
        )

    def test_portal_user_gets_no_units(self):
        """CORE-ROLE-2: a portal user can't read units through the web API."""
        self.authenticate("ui_portal", "ui_portal_pw1")
        response = self.url_open(
            "/web/dataset/call_kw/cs.unit/search_read",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {
                    "model": "cs.unit",
                    "method": "search_read",
                    "args": [[]],
                    "kwargs": {"fields": ["complete_name"]},
                },
            },
        )
        error = response.json().get("error")
        self.assertTrue(error)
        self.assertIn("AccessError", error["data"]["name"])

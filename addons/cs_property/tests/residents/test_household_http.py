# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged

from odoo.addons.cs_core.tests.common import cs_user

from ..common import pm_user


@tagged("post_install", "-at_install")
class TestHouseholdHttp(HttpCase):
    """What a hostile client gets from the web API (PM-RES-1)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for login, role in (("h15_http_staff", "staff"), ("h15_http_agent", "agent")):
            pm_user(cls.env, login, role, password=login + "_pw1")
        cs_user(
            cls.env,
            "h15_http_portal",
            "base.group_portal",
            password="h15_http_portal_pw1",
        )
        project = cls.env["cs.project"].create({"name": "Web Garden", "code": "H15W"})
        phase = cls.env["cs.project.phase"].create(
            {"name": "P1", "project_id": project.id}
        )
        building = cls.env["cs.building"].create({"name": "B1", "phase_id": phase.id})
        unit = cls.env["cs.unit"].create({"name": "0808", "building_id": building.id})
        cls.household = cls.env["cs.household"].create({"unit_id": unit.id})
        cls.env["cs.household.member"].create(
            {"household_id": cls.household.id, "name": "赵阿姨", "is_sick": True}
        )

    def _call(self, model, method, args, kwargs):
        return self.url_open(
            f"/web/dataset/call_kw/{model}/{method}",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {
                    "model": model,
                    "method": method,
                    "args": args,
                    "kwargs": kwargs,
                },
            },
        ).json()

    def test_staff_reads_members_over_http(self):
        """PM-RES-1: property staff read the members through the web API."""
        self.authenticate("h15_http_staff", "h15_http_staff_pw1")
        result = self._call(
            "cs.household.member",
            "search_read",
            [[("household_id", "=", self.household.id)]],
            {"fields": ["name", "is_sick"]},
        )
        self.assertEqual(result["result"][0]["name"], "赵阿姨")

    def test_agent_and_portal_get_access_errors(self):
        """PM-RES-1: an agent or a portal user gets an access error for the
        household file, its members and the unit's household link."""
        for login in ("h15_http_agent", "h15_http_portal"):
            self.authenticate(login, login + "_pw1")
            for model, fields in (
                ("cs.household", ["quality_note"]),
                ("cs.household.member", ["name", "is_sick"]),
            ):
                error = self._call(model, "search_read", [[]], {"fields": fields}).get(
                    "error"
                )
                self.assertTrue(error, f"{login} read {model}")
                self.assertIn("AccessError", error["data"]["name"])
        self.authenticate("h15_http_agent", "h15_http_agent_pw1")
        error = self._call(
            "cs.unit",
            "read",
            [[self.household.unit_id.id]],
            {"fields": ["household_ids"]},
        ).get("error")
        self.assertIn("AccessError", error["data"]["name"])

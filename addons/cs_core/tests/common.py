# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import new_test_user

from odoo.addons.base.tests.common import BaseCommon

ROLE_GROUPS = {
    "agent": "cs_core.group_cs_agent",
    "supervisor": "cs_core.group_cs_supervisor",
    "manager": "cs_core.group_cs_manager",
    "admin": "cs_core.group_cs_admin",
    "archivist": "cs_core.group_cs_archivist",
    "finance": "cs_core.group_cs_finance",
    "legal": "cs_core.group_cs_legal",
    "gm": "cs_core.group_cs_gm",
}


class CsCoreCommon(BaseCommon):
    """Location tree and one user per customer-service role."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls.env["cs.project"].create({"name": "Lakeside Garden", "code": "LSG"})
        cls.phase = cls.env["cs.project.phase"].create(
            {"name": "Phase 1", "project_id": cls.project.id, "delivery_kind": "existing"}
        )
        cls.building = cls.env["cs.building"].create(
            {"name": "Building 1", "phase_id": cls.phase.id, "floor_count": 18}
        )
        cls.unit = cls.env["cs.unit"].create(
            {"name": "0301", "building_id": cls.building.id, "floor": 3, "area": 98.5}
        )
        cls.owner_a = cls.env["res.partner"].create({"name": "Wang Jianhua"})
        cls.owner_b = cls.env["res.partner"].create({"name": "Li Xiuying"})
        cls.owner_c = cls.env["res.partner"].create({"name": "Zhang Zhiqiang"})
        cls.users = {
            role: new_test_user(
                cls.env,
                login=f"test_cs_{role}",
                groups=f"base.group_user,{group}",
                name=f"Test {role}",
                # The demo makes Chinese the default language of new users;
                # to-dos are written in their assignee's language.
                lang="en_US",
            )
            for role, group in ROLE_GROUPS.items()
        }
        cls.portal_user = new_test_user(
            cls.env, login="test_cs_portal", groups="base.group_portal"
        )

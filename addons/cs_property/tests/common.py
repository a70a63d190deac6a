# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import new_test_user
from odoo.tests.common import TransactionCase


class CsResidentCase(TransactionCase):
    """Two buildings with owned units, household files and one user per role."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))

        def user(login, groups):
            return new_test_user(
                cls.env, login=login, groups=groups, email=f"{login}@example.com"
            )

        cls.staff = user("h15_staff", "base.group_user,cs_property.group_pm_staff")
        cls.cashier = user(
            "h15_cashier", "base.group_user,cs_property.group_pm_cashier"
        )
        cls.area_manager = user(
            "h15_area", "base.group_user,cs_property.group_pm_area_manager"
        )
        cls.agent = user("h15_agent", "base.group_user,cs_core.group_cs_agent")
        cls.portal = new_test_user(
            cls.env, login="h15_portal", groups="base.group_portal"
        )
        project = cls.env["cs.project"].create({"name": "翠湖花园", "code": "H15"})
        phase = cls.env["cs.project.phase"].create(
            {"name": "一期", "project_id": project.id, "delivery_kind": "existing"}
        )
        cls.building_1, cls.building_2 = cls.env["cs.building"].create(
            [
                {"name": "1栋", "phase_id": phase.id},
                {"name": "2栋", "phase_id": phase.id},
            ]
        )
        cls.households = cls.env["cs.household"]
        cls.owners = cls.env["res.partner"]
        for index, building in enumerate([cls.building_1] * 4 + [cls.building_2] * 2):
            cls._add_household(building, index)
        cls.household = cls.households[0]

    @classmethod
    def _add_household(cls, building, index):
        unit = cls.env["cs.unit"].create(
            {
                "name": f"{index + 1:02d}01",
                "building_id": building.id,
                "status": "occupied",
            }
        )
        owner = cls.env["res.partner"].create(
            {
                "name": f"业主{index + 1}",
                "email": f"owner{index + 1}@example.com",
                "phone": f"+86138000000{index + 10}",
            }
        )
        cls.env["cs.unit.ownership"].create(
            {
                "unit_id": unit.id,
                "partner_ids": [(6, 0, owner.ids)],
                "date_from": "2024-01-01",
            }
        )
        cls.owners |= owner
        cls.households |= cls.env["cs.household"].create(
            {"unit_id": unit.id, "user_id": cls.staff.id}
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.base.tests.common import BaseCommon
from odoo.addons.cs_core.tests.common import cs_user

from ..common import pm_user


@tagged("post_install", "-at_install")
class TestPropertyRoles(BaseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.area_manager = pm_user(cls.env, "t_pm_area", "area_manager")
        cls.staff = pm_user(cls.env, "t_pm_staff", "staff")
        cls.plain = cs_user(cls.env, "t_pm_plain")

    def _visible(self, user):
        return set(self.env["ir.ui.menu"].with_user(user)._visible_menu_ids())

    def test_property_roles_hierarchy(self):
        """CORE-ROLE-1: area manager ⊃ cashier ⊃ property staff."""
        self.assertTrue(self.area_manager.has_group("cs_property.group_pm_cashier"))
        self.assertTrue(self.area_manager.has_group("cs_property.group_pm_staff"))
        self.assertFalse(self.staff.has_group("cs_property.group_pm_cashier"))

    def test_manager_and_assistant_above_area_manager(self):
        """CORE-ROLE-1: property manager ⊃ manager's assistant ⊃ area manager."""
        manager = pm_user(self.env, "t_pm_manager", "manager")
        self.assertTrue(manager.has_group("cs_property.group_pm_assistant"))
        self.assertTrue(manager.has_group("cs_property.group_pm_area_manager"))
        self.assertFalse(self.area_manager.has_group("cs_property.group_pm_assistant"))

    def test_app_menu_by_role(self):
        """CORE-ROLE-2: the property app is shown to property staff only."""
        root = self.env.ref("cs_property.menu_pm_root").id
        units = self.env.ref("cs_property.menu_pm_unit").id
        visible = self._visible(self.staff)
        self.assertIn(root, visible)
        self.assertIn(units, visible)
        self.assertNotIn(root, self._visible(self.plain))

    def test_staff_reads_units_only(self):
        """CORE-ROLE-2: property staff read units but do not edit them."""
        self.env["cs.unit"].with_user(self.staff).search([], limit=1).mapped(
            "complete_name"
        )
        with self.assertRaises(AccessError):
            self.env["cs.unit.ownership"].with_user(self.staff).create({})

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.base.tests.common import BaseCommon

from ..common import cs_user, re_role_user


@tagged("post_install", "-at_install")
class TestRealEstateRoles(BaseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clerk = re_role_user(cls.env, "clerk", "t_re_clerk")
        cls.sales = re_role_user(cls.env, "sales", "t_re_sales")
        cls.plain = cs_user(cls.env, "t_re_plain", "base.group_user")

    def _visible(self, user):
        return set(self.env["ir.ui.menu"].with_user(user)._visible_menu_ids())

    def test_marketing_roles_hierarchy(self):
        """CORE-ROLE-1: the data clerk is also a sales representative."""
        self.assertTrue(self.clerk.has_group("cs_realestate.group_re_sales"))
        self.assertFalse(self.sales.has_group("cs_realestate.group_re_data_clerk"))
        self.assertFalse(self.clerk.has_group("cs_core.group_cs_archivist"))

    def test_app_menu_by_role(self):
        """CORE-ROLE-2: the real-estate app is shown to its roles only."""
        root = self.env.ref("cs_realestate.menu_re_root").id
        units = self.env.ref("cs_realestate.menu_re_unit").id
        for user in (self.clerk, self.sales):
            visible = self._visible(user)
            self.assertIn(root, visible)
            self.assertIn(units, visible)
        self.assertNotIn(root, self._visible(self.plain))

    def test_sales_reads_units_only(self):
        """CORE-ROLE-2: marketing staff read units but cannot change them."""
        units = self.env["cs.unit"].with_user(self.sales).search([], limit=1)
        units.mapped("complete_name")
        with self.assertRaises(AccessError):
            self.env["cs.project"].with_user(self.clerk).create(
                {"name": "X", "code": "X"}
            )

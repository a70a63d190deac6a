# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.base.tests.common import BaseCommon

from ..common import pm_user


@tagged("post_install", "-at_install")
class TestOverRestriction(BaseCommon):
    """PM-VAC-1, CORE-ROLE-2: property staff raise the tickets their patrols
    find, and follow them; they can't delete them."""

    def test_staff_raise_patrol_tickets(self):
        staff = pm_user(self.env, "t_pm_ticket", "staff")
        ticket = (
            self.env["helpdesk.ticket"]
            .with_user(staff)
            .create(
                {
                    "name": "巡查发现:3栋地下室渗水",
                    "description": "<p>B1 层东侧渗水</p>",
                }
            )
        )
        ticket.with_user(staff).write({"description": "<p>已拍照</p>"})
        self.assertEqual(ticket.with_user(staff).name, "巡查发现:3栋地下室渗水")
        with self.assertRaises(AccessError):
            ticket.with_user(staff).unlink()

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from .common_ticket import CsTicketCase


class TestTicketPortal(CsTicketCase):
    def test_portal_owner_sees_only_own_tickets(self):
        """CORE-TKT-5, CORE-ROLE-2: a portal owner sees their own tickets and
        progress, never another owner's."""
        owner_a = new_test_user(self.env, login="t3_owner_a", groups="base.group_portal")
        owner_b = new_test_user(self.env, login="t3_owner_b", groups="base.group_portal")
        ticket_a = self._new_ticket(user=self.agent, partner_id=owner_a.partner_id.id)
        ticket_b = self._new_ticket(user=self.agent, partner_id=owner_b.partner_id.id)
        ticket_a.with_user(self.agent).write({"stage_id": self.stage_progress.id})
        visible = self.env["helpdesk.ticket"].with_user(owner_a).search([])
        self.assertIn(ticket_a, visible)
        self.assertNotIn(ticket_b, visible)
        self.assertEqual(
            ticket_a.with_user(owner_a).stage_id, self.stage_progress
        )
        with self.assertRaises(AccessError):
            ticket_b.with_user(owner_a).read(["name"])
        with self.assertRaises(AccessError):
            self.env["cs.agreement"].with_user(owner_a).search([])

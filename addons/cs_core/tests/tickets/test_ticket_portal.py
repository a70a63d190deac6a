# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from ..common import CsTicketCase, cs_user


class TestTicketPortal(CsTicketCase):
    def test_portal_owner_sees_only_own_tickets(self):
        """CORE-TKT-5, CORE-ROLE-2: a portal owner sees their own tickets and
        progress, never another owner's."""
        owner_a = cs_user(self.env, login="t3_owner_a", groups="base.group_portal")
        owner_b = cs_user(self.env, login="t3_owner_b", groups="base.group_portal")
        ticket_a = self._new_ticket(user=self.agent, partner_id=owner_a.partner_id.id)
        ticket_b = self._new_ticket(user=self.agent, partner_id=owner_b.partner_id.id)
        ticket_a.with_user(self.agent).write({"stage_id": self.stage_progress.id})
        visible = self.env["helpdesk.ticket"].with_user(owner_a).search([])
        self.assertIn(ticket_a, visible)
        self.assertNotIn(ticket_b, visible)
        self.assertEqual(ticket_a.with_user(owner_a).stage_id, self.stage_progress)
        with self.assertRaises(AccessError):
            ticket_b.with_user(owner_a).read(["name"])
        with self.assertRaises(AccessError):
            self.env["cs.agreement"].with_user(owner_a).search([])


@tagged("post_install", "-at_install")
class TestTicketPortalHttp(HttpCase):
    def test_portal_pages(self):
        """CORE-TKT-5, CORE-ROLE-2: in the portal the owner lists and opens
        their own ticket with its progress; another owner's ticket is refused."""
        env = self.env
        owner_a = cs_user(
            env, login="t3_http_a", password="t3_http_a_pw", groups="base.group_portal"
        )
        owner_b = cs_user(env, login="t3_http_b", groups="base.group_portal")
        agent = cs_user(env, login="t3_http_agent", groups="cs_core.group_cs_agent")
        tickets = (
            env["helpdesk.ticket"]
            .with_user(agent)
            .create(
                [
                    {
                        "name": "Leak in 3-301",
                        "description": "<p>a</p>",
                        "partner_id": owner_a.partner_id.id,
                    },
                    {
                        "name": "Noise in 5-502",
                        "description": "<p>b</p>",
                        "partner_id": owner_b.partner_id.id,
                    },
                ]
            )
        )
        self.authenticate("t3_http_a", "t3_http_a_pw")
        listing = self.url_open("/my/tickets")
        self.assertEqual(listing.status_code, 200)
        self.assertIn(tickets[0].number, listing.text)
        self.assertNotIn(tickets[1].number, listing.text)
        page = self.url_open(f"/my/ticket/{tickets[0].id}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("o_cs_first_contact", page.text)
        self.assertIn(agent.name, page.text)
        other = self.url_open(f"/my/ticket/{tickets[1].id}")
        self.assertNotIn("Noise in 5-502", other.text)

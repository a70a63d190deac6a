# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from ..common import CsTicketCase


class TestTicketFirstContact(CsTicketCase):
    def test_first_contact_is_creator(self):
        """CORE-TKT-2: the employee who takes the ticket becomes its owner."""
        ticket = self._new_ticket(user=self.agent)
        self.assertEqual(ticket.cs_first_contact_user_id, self.agent)
        self.assertIn(self.agent.partner_id, ticket.message_partner_ids)

    def test_first_contact_from_first_assignment(self):
        """CORE-TKT-2: a ticket created by the system (portal, e-mail) gets
        its owner from the first user who takes it, and only once."""
        ticket = self.env["helpdesk.ticket"].create(self._ticket_vals())
        self.assertFalse(ticket.cs_first_contact_user_id)
        ticket.with_user(self.agent2).assign_to_me()
        self.assertEqual(ticket.cs_first_contact_user_id, self.agent2)
        ticket.write({"user_id": self.agent.id})
        self.assertEqual(ticket.cs_first_contact_user_id, self.agent2)

    def test_first_contact_survives_reassignment_and_escalation(self):
        """CORE-TKT-2, CORE-TKT-4: reassignment and forwarding to another
        team keep the owner, who still sees the ticket."""
        ticket = self._new_ticket(user=self.agent)
        ticket.with_user(self.supervisor).write({"user_id": self.agent2.id})
        self.env["cs.ticket.forward.wizard"].with_user(self.agent2).create(
            {
                "ticket_id": ticket.id,
                "to_team_id": self.team_engineering.id,
                "to_user_id": self.manager.id,
                "is_escalation": True,
                "reason": "Needs the engineering department",
            }
        ).action_forward()
        self.assertEqual(ticket.team_id, self.team_engineering)
        self.assertEqual(ticket.user_id, self.manager)
        self.assertEqual(ticket.cs_first_contact_user_id, self.agent)
        mine = (
            self.env["helpdesk.ticket"]
            .with_user(self.agent)
            .search([("cs_first_contact_user_id", "=", self.agent.id)])
        )
        self.assertIn(ticket, mine)

    def test_first_contact_write_refused_for_everyone(self):
        """CORE-TKT-2: nobody can rewrite the owner through write/RPC, not
        even the CS manager or the superuser; create ignores a forged one."""
        ticket = self._new_ticket(user=self.agent)
        for user in (self.agent, self.supervisor, self.manager):
            with self.assertRaises(UserError):
                ticket.with_user(user).write({"cs_first_contact_user_id": user.id})
        with self.assertRaises(UserError):
            ticket.sudo().write({"cs_first_contact_user_id": self.manager.id})
        forged = self._new_ticket(
            user=self.agent2, cs_first_contact_user_id=self.manager.id
        )
        self.assertEqual(forged.cs_first_contact_user_id, self.agent2)
        self.assertEqual(ticket.cs_first_contact_user_id, self.agent)

    def test_first_contact_notified_on_stage_change(self):
        """CORE-TKT-2: the owner is notified on every stage change, also
        after the ticket moved to somebody else."""
        ticket = self._new_ticket(user=self.agent)
        ticket.sudo().write({"user_id": self.agent2.id})
        for stage in (self.stage_progress, self.stage_new):
            before = self.env["mail.message"].search_count(
                [
                    ("model", "=", "helpdesk.ticket"),
                    ("res_id", "=", ticket.id),
                    ("partner_ids", "in", self.agent.partner_id.ids),
                ]
            )
            ticket.with_user(self.agent2).write({"stage_id": stage.id})
            after = self.env["mail.message"].search_count(
                [
                    ("model", "=", "helpdesk.ticket"),
                    ("res_id", "=", ticket.id),
                    ("partner_ids", "in", self.agent.partner_id.ids),
                ]
            )
            self.assertEqual(after, before + 1)

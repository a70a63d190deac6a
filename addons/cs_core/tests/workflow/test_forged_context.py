# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An RPC caller controls the context: flags it sends must not open guards.

The flag names are taken from the code that reads them (each model's
``_cs_transition_key()`` and the module constants), so this test forges the
real keys and can't go stale when a key is renamed.
"""

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ...models.workflow.cs_tier_guard_mixin import REVIEW_KEY
from ..common import CsTicketCase, DutyCase


def forged(records, *extra_keys):
    """``records`` with their real guard keys set to JSON-able values."""
    keys = {records._cs_transition_key(), REVIEW_KEY, "skip_validation_check"}
    keys.update(extra_keys)
    return records.with_context(**dict.fromkeys(keys, True))


@tagged("post_install", "-at_install")
class TestForgedTicketContext(CsTicketCase):
    def test_forged_flags_do_not_unlock_tickets_or_agreements(self):
        """CORE-TKT-2, CORE-TKT-3, CORE-CMP-3: the real flag names, sent as
        plain values (what JSON-RPC can carry), are ignored by the guards."""
        ticket = self._new_ticket(user=self.agent)
        forged_ticket = forged(ticket.with_user(self.manager), "cs_set_first_contact")
        self.assertEqual(
            ticket._cs_transition_key(), "cs_workflow_transition:helpdesk.ticket"
        )
        with self.assertRaises(UserError):
            forged_ticket.write({"cs_first_contact_user_id": self.manager.id})
        with self.assertRaises(UserError):
            forged_ticket.write({"cs_overdue": True})
        self.assertEqual(ticket.cs_first_contact_user_id, self.agent)
        self.assertFalse(ticket.cs_overdue)

        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"partner_id": self.customer.id, "amount": 500})
        )
        with self.assertRaises(UserError):
            forged(agreement.with_user(self.manager)).write({"state": "paid"})
        with self.assertRaises(UserError):
            forged(agreement.with_user(self.manager)).write({"sign_date": "2026-01-01"})
        created = forged(self.env["cs.agreement"].with_user(self.agent)).create(
            {"partner_id": self.customer.id, "state": "approved"}
        )
        self.assertEqual(created.state, "draft")
        self.assertEqual(agreement.state, "draft")
        agreement.with_user(self.agent).request_validation()
        reviews = agreement.sudo().review_ids.with_user(self.manager)
        with self.assertRaises(AccessError):
            forged(agreement).review_ids.with_user(self.manager).write(
                {"status": "approved"}
            )
        with self.assertRaises(AccessError):
            reviews.with_context(**{REVIEW_KEY: True}).write({"status": "approved"})
        self.assertNotIn("approved", agreement.sudo().review_ids.mapped("status"))


@tagged("post_install", "-at_install")
class TestForgedDutyContext(DutyCase):
    def test_forged_flags_do_not_unlock_duty_records(self):
        """CORE-DUTY-2, CORE-DUTY-3, CORE-DUTY-4f: swap and handover states
        and roster attendance can't be written with the real flags forged."""
        shift_out = self.shift(self.requester, self.day(5))
        shift_return = self.shift(self.counterpart, self.day(7))
        swap = self.request_swap(shift_out, shift_return)
        with self.assertRaises(UserError):
            forged(swap.with_user(self.manager), "cs_swap_applying").write(
                {"state": "approved"}
            )
        self.assertEqual(swap.state, "draft")
        with self.assertRaises(UserError):
            forged(shift_out.with_user(self.manager), "cs_swap_apply").write(
                {"attendance": "absent"}
            )
        self.assertEqual(shift_out.attendance, "planned")
        handover = (
            self.env["cs.shift.handover"]
            .with_user(self.requester)
            .create(
                {
                    "outgoing_shift_id": shift_out.id,
                    "incoming_shift_id": shift_return.id,
                    "supervisor_id": self.supervisor.id,
                }
            )
        )
        with self.assertRaises(UserError):
            forged(handover.with_user(self.manager)).write({"state": "closed"})
        self.assertEqual(handover.state, "draft")

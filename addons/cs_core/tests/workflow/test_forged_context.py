# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An RPC caller controls the context: flags it sends must not open guards."""
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common_duty import DutyCase
from ..common_ticket import CsTicketCase


@tagged("post_install", "-at_install")
class TestForgedTicketContext(CsTicketCase):
    def test_forged_flags_do_not_unlock_tickets_or_agreements(self):
        """CORE-TKT-2, CORE-TKT-3, CORE-CMP-3: context flags sent as plain
        values (what JSON-RPC can carry) are ignored by the guards."""
        ticket = self._new_ticket(user=self.agent)
        forged = ticket.with_user(self.manager).with_context(
            cs_set_first_contact=True, cs_overdue_job=True
        )
        with self.assertRaises(UserError):
            forged.write({"cs_first_contact_user_id": self.manager.id})
        with self.assertRaises(UserError):
            forged.write({"cs_overdue": True})
        self.assertEqual(ticket.cs_first_contact_user_id, self.agent)
        self.assertFalse(ticket.cs_overdue)

        agreement = self.env["cs.agreement"].with_user(self.agent).create(
            {"partner_id": self.customer.id, "amount": 500}
        )
        with self.assertRaises(UserError):
            agreement.with_user(self.manager).with_context(
                cs_agreement_transition=True
            ).write({"state": "paid"})
        self.assertEqual(agreement.state, "draft")
        agreement.with_user(self.agent).request_validation()
        with self.assertRaises(AccessError):
            agreement.review_ids.with_user(self.manager).with_context(
                cs_tier_review_internal=True
            ).write({"status": "approved"})
        self.assertNotIn("approved", agreement.review_ids.mapped("status"))


@tagged("post_install", "-at_install")
class TestForgedDutyContext(DutyCase):
    def test_forged_flags_do_not_unlock_duty_records(self):
        """CORE-DUTY-2, CORE-DUTY-3, CORE-DUTY-4f: swap and handover states
        and roster attendance can't be written with forged context flags."""
        shift_out = self.shift(self.requester, self.day(5))
        shift_return = self.shift(self.counterpart, self.day(7))
        swap = self.request_swap(shift_out, shift_return)
        with self.assertRaises(UserError):
            swap.with_user(self.manager).with_context(
                cs_swap_transition=True
            ).write({"state": "approved"})
        self.assertEqual(swap.state, "draft")
        with self.assertRaises(UserError):
            shift_out.with_user(self.manager).with_context(
                cs_duty_attendance=True
            ).write({"attendance": "absent"})
        handover = self.env["cs.shift.handover"].with_user(self.requester).create(
            {
                "outgoing_shift_id": shift_out.id,
                "incoming_shift_id": shift_return.id,
                "supervisor_id": self.supervisor.id,
            }
        )
        with self.assertRaises(UserError):
            handover.with_user(self.manager).with_context(
                cs_handover_transition=True
            ).write({"state": "closed"})
        self.assertEqual(handover.state, "draft")

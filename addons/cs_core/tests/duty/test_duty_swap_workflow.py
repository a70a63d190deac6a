# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest.mock import patch

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ...models.duty.cs_shift_swap import CsShiftSwap
from ..common import DutyCase


@tagged("post_install", "-at_install")
class TestDutySwapWorkflow(DutyCase):
    """CORE-DUTY-3: counterpart consent, then department-manager approval
    (tier validation); the roster changes only on approval, for both people,
    in one transaction."""

    def setUp(self):
        super().setUp()
        self.r3 = self.shift(self.requester, self.day(3))
        self.c5 = self.shift(self.counterpart, self.day(5))
        self.swap = self.request_swap(self.r3, self.c5)

    def assertRosterUnchanged(self):
        self.assertEqual(self.r3.user_id, self.requester)
        self.assertEqual(self.c5.user_id, self.counterpart)
        self.assertFalse((self.r3 | self.c5).swap_id)

    def test_consent_before_manager_approval(self):
        """CORE-DUTY-3: the manager cannot approve before the counterpart
        consents; only the counterpart can consent."""
        swap = self.swap
        swap.with_user(self.requester).action_submit()
        self.assertEqual(swap.state, "to_consent")
        self.assertFalse(swap.review_ids, "no manager review before consent")
        # Asking for the manager's review directly (as an RPC client can)
        # is refused before the counterpart consents.
        for user in (self.requester, self.manager):
            with self.assertRaises(UserError):
                swap.with_user(user).request_validation()
        self.assertFalse(swap.sudo().review_ids)
        with self.assertRaises(UserError):
            swap.with_user(self.manager).action_approve()
        with self.assertRaises(UserError):
            swap.with_user(self.requester).action_consent()
        with self.assertRaises(UserError):
            swap.with_user(self.manager).action_consent()
        self.assertRosterUnchanged()

        swap.with_user(self.counterpart).action_consent()
        self.assertEqual(swap.state, "to_approve")
        # The manager's review exists (the requester's record rule shows the
        # reviews to their reviewers, the manager here).
        self.assertTrue(swap.sudo().review_ids)
        self.assertEqual(swap.validation_status, "pending")
        # The requester follows the manager's review on his swap.
        self.assertEqual(swap.sudo().review_ids.requested_by, self.requester)
        seen = (
            self.env["tier.review"]
            .with_user(self.requester)
            .search([("model", "=", swap._name), ("res_id", "=", swap.id)])
        )
        self.assertEqual(seen, swap.sudo().review_ids)
        self.assertRosterUnchanged()

        # Neither party nor a supervisor is a reviewer: nothing moves.
        for user in (self.requester, self.counterpart, self.supervisor):
            with self.assertRaises(UserError):
                swap.with_user(user).validate_tier()
        self.assertEqual(swap.state, "to_approve")
        self.assertRosterUnchanged()

        swap.with_user(self.manager).validate_tier()
        self.assertEqual(swap.state, "approved")
        self.assertEqual(swap.validation_status, "validated")

    def test_roster_changes_for_both_on_approval(self):
        """CORE-DUTY-3: on approval both shifts move, to the counterpart and
        to the requester, and remember their planned agent."""
        self.approve(self.swap)
        self.assertEqual(self.r3.user_id, self.counterpart)
        self.assertEqual(self.c5.user_id, self.requester)
        self.assertEqual(self.r3.original_user_id, self.requester)
        self.assertEqual(self.c5.original_user_id, self.counterpart)
        self.assertEqual((self.r3 | self.c5).swap_id, self.swap)

    def test_approval_is_atomic(self):
        """CORE-DUTY-3: a failure after the first shift moved rolls back the
        whole approval: neither roster changes."""
        swap = self.swap
        swap.with_user(self.requester).action_submit()
        swap.with_user(self.counterpart).action_consent()

        def boom(self):
            raise UserError("simulated failure after moving the shifts")  # pylint: disable=translation-required

        with patch.object(CsShiftSwap, "_after_swap_applied", boom):
            with self.assertRaises(UserError):
                swap.with_user(self.manager).validate_tier()
        self.env.invalidate_all()
        self.assertRosterUnchanged()
        self.assertEqual(swap.state, "to_approve")

    def test_manager_rejection(self):
        """CORE-DUTY-3: a rejected swap leaves the roster alone."""
        swap = self.swap
        swap.with_user(self.requester).action_submit()
        swap.with_user(self.counterpart).action_consent()
        swap.with_user(self.manager).reject_tier()
        self.assertEqual(swap.state, "rejected")
        self.assertRosterUnchanged()

    def test_counterpart_declines(self):
        """CORE-DUTY-3: both parties must consent; a decline closes it."""
        swap = self.swap
        swap.with_user(self.requester).action_submit()
        swap.with_user(self.counterpart).action_refuse()
        self.assertEqual(swap.state, "refused")
        self.assertRosterUnchanged()

    def test_state_and_roster_guarded(self):
        """CORE-ROLE-2: state only through the buttons; agents cannot edit the
        roster nor see other people's swaps; swapped shifts are not reassigned."""
        with self.assertRaises(UserError):
            self.swap.with_user(self.requester).write({"state": "approved"})
        with self.assertRaises(AccessError):
            self.r3.with_user(self.requester).write({"user_id": self.counterpart.id})
        self.assertFalse(
            self.env["cs.shift.swap"]
            .with_user(self.third_agent)
            .search([("id", "=", self.swap.id)])
        )
        self.assertTrue(
            self.env["cs.shift.swap"]
            .with_user(self.supervisor)
            .search([("id", "=", self.swap.id)])
        )
        self.approve(self.swap)
        with self.assertRaises(UserError):
            self.r3.with_user(self.supervisor).write({"user_id": self.third_agent.id})
        with self.assertRaises(UserError):
            self.swap.with_user(self.requester).action_cancel()

    def test_manager_approves_without_tier_definition(self):
        """CORE-DUTY-3: if the administrator archives the tier definition the
        manager approves with the Approve button, still after consent."""
        self.env.ref("cs_core.tier_definition_shift_swap_manager").active = False
        swap = self.swap
        swap.with_user(self.requester).action_submit()
        with self.assertRaises(UserError):
            swap.with_user(self.manager).action_approve()
        swap.with_user(self.counterpart).action_consent()
        self.assertFalse(swap.review_ids)
        with self.assertRaises(UserError):
            swap.with_user(self.supervisor).action_approve()
        swap.with_user(self.manager).action_approve()
        self.assertEqual(swap.state, "approved")
        self.assertEqual(self.r3.user_id, self.counterpart)
        self.assertEqual(self.c5.user_id, self.requester)

    def test_reason_editable_in_draft_only(self):
        """CORE-DUTY-3: the reason the counterpart consents to and the manager
        approves cannot be rewritten after submission, not even through RPC;
        a request reset to draft can be reworded."""
        swap = self.swap
        swap.with_user(self.requester).write({"reason": "Family matter"})
        swap.with_user(self.requester).action_submit()
        with self.assertRule("can only change in its first status", UserError):
            swap.with_user(self.requester).write({"reason": "Something else"})
        self.assertEqual(swap.reason, "Family matter")
        swap.with_user(self.counterpart).action_consent()
        self.assertEqual(swap.state, "to_approve")
        swap.with_user(self.requester).action_cancel()
        swap.with_user(self.requester).action_draft()
        swap.with_user(self.requester).write({"reason": "Reworded"})
        self.assertEqual(swap.reason, "Reworded")

    def test_review_cannot_be_approved_by_writing_it(self):
        """CORE-DUTY-3: the manager's approval can't be skipped by writing the
        tier review directly (every employee may write tier.review rows)."""
        shift_out = self.shift(self.requester, self.day(12))
        shift_return = self.shift(self.counterpart, self.day(14))
        swap = self.request_swap(shift_out, shift_return)
        swap.with_user(self.requester).action_submit()
        swap.with_user(self.counterpart).action_consent()
        reviews = swap.sudo().review_ids
        self.assertTrue(reviews)
        for user in (self.requester, self.counterpart):
            with self.assertRaises(AccessError):
                reviews.with_user(user).write(
                    {"status": "approved", "done_by": user.id}
                )
            with self.assertRaises(AccessError):
                reviews.with_user(user).unlink()
        self.assertEqual(swap.state, "to_approve")
        self.assertNotEqual(swap.validation_status, "validated")
        self.assertEqual(shift_out.user_id, self.requester)
        swap.with_user(self.manager).validate_tier()
        self.assertEqual(swap.state, "approved")
        self.assertEqual(shift_out.user_id, self.counterpart)

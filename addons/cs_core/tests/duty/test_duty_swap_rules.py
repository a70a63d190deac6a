# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from freezegun import freeze_time

from odoo.tests import tagged

from ..common import DutyCase


@tagged("post_install", "-at_install")
class TestDutySwapRules(DutyCase):
    """One test per swap rule of CORE-DUTY-4, each at its boundary."""

    def test_rule_a_three_swaps_per_month(self):
        """CORE-DUTY-4a: the 3rd swap of a month passes, the 4th is refused,
        the 1st of the next month passes."""
        pairs = [
            (
                self.shift(self.requester, self.day(d)),
                self.shift(self.counterpart, self.day(d + 2)),
            )
            for d in (2, 10, 18, 26)
        ]
        for shift_out, shift_return in pairs[:3]:
            self.request_swap(shift_out, shift_return)
        self.assertEqual(
            self.env["cs.shift.swap"].search_count(
                [("requester_id", "=", self.requester.id)]
            ),
            3,
        )
        with self.assertRule("swaps per person per calendar month"):
            self.request_swap(*pairs[3])
        next_month = self.request_swap(
            self.shift(self.requester, self.day(1, month=2)),
            self.shift(self.counterpart, self.day(3, month=2)),
        )
        self.assertEqual(next_month.state, "draft")

    def test_rule_a_counts_swaps_the_requester_cannot_see(self):
        """CORE-DUTY-4a: the limit holds for the counterpart too, counting the
        counterpart's swaps with other people that the requester cannot read."""
        for d in (2, 10, 18):
            self.request_swap(
                self.shift(self.counterpart, self.day(d)),
                self.shift(self.third_agent, self.day(d + 2)),
            )
        self.assertFalse(self.env["cs.shift.swap"].with_user(self.requester).search([]))
        with self.assertRule("Duty Counterpart.*swaps per person per calendar month"):
            self.request_swap(
                self.shift(self.requester, self.day(7)),
                self.shift(self.counterpart, self.day(26)),
            )

    def test_rule_a_cancelled_swaps_do_not_count(self):
        """CORE-DUTY-4a: only live requests count towards the monthly limit."""
        swaps = [
            self.request_swap(
                self.shift(self.requester, self.day(d)),
                self.shift(self.counterpart, self.day(d + 2)),
            )
            for d in (2, 10, 18)
        ]
        swaps[0].with_user(self.requester).action_cancel()
        fourth = self.request_swap(
            self.shift(self.requester, self.day(26)),
            self.shift(self.counterpart, self.day(28)),
        )
        self.assertEqual(fourth.state, "draft")

    def test_rule_b_consecutive_swap_refused(self):
        """CORE-DUTY-4b: a swap may not directly follow the previous swapped
        shift; one shift later it is allowed."""
        r8, r10, r14, r18 = (
            self.shift(self.requester, self.day(d)) for d in (8, 10, 14, 18)
        )
        c12, c16, c20 = (
            self.shift(self.counterpart, self.day(d)) for d in (12, 16, 20)
        )
        self.approve(self.request_swap(r10, c12))
        self.assertEqual(c12.user_id, self.requester)
        # The requester's next shift after the swapped one (12th) is the 14th.
        with self.assertRule("(already swapped|No consecutive swaps)"):
            self.request_swap(r14, c16)
        allowed = self.request_swap(r18, c20)
        self.assertEqual(allowed.state, "draft")
        self.assertTrue(r8.exists())

    def test_rule_b_swapped_shift_cannot_be_swapped_again(self):
        """CORE-DUTY-4b: a shift moved by a swap cannot be swapped once more."""
        r10 = self.shift(self.requester, self.day(10))
        c12 = self.shift(self.counterpart, self.day(12))
        t20 = self.shift(self.third_agent, self.day(20))
        self.approve(self.request_swap(r10, c12))
        with self.assertRule("(already swapped|No consecutive swaps)"):
            self.env["cs.shift.swap"].create(self.swap_vals(c12, t20))

    def test_rule_c_back_to_back_for_requester(self):
        """CORE-DUTY-4c: the return shift would give the requester 连班."""
        self.shift(self.requester, self.day(5), self.evening)  # ends at midnight
        r2 = self.shift(self.requester, self.day(2))
        c6_night = self.shift(
            self.counterpart, self.day(6), self.night
        )  # starts at midnight
        with self.assertRule("Duty Requester.*back-to-back"):
            self.request_swap(r2, c6_night)

    def test_rule_c_back_to_back_for_counterpart(self):
        """CORE-DUTY-4c: the shift given would give the counterpart 连班."""
        self.shift(self.counterpart, self.day(9), self.evening)
        r10_night = self.shift(self.requester, self.day(10), self.night)
        c13 = self.shift(self.counterpart, self.day(13))
        with self.assertRule("Duty Counterpart.*back-to-back"):
            self.request_swap(r10_night, c13)
        # With a rest after the evening shift the same swap is fine.
        ok = self.request_swap(self.shift(self.requester, self.day(11)), c13)
        self.assertEqual(ok.state, "draft")

    def test_rule_d_public_holiday_refused(self):
        """CORE-DUTY-4d: no swap when the shift given or the return shift falls
        on a public holiday of the company working-time calendar."""
        self.add_public_holiday(self.day(20))
        holiday_shift = self.shift(self.requester, self.day(20))
        with self.assertRule("public holiday"):
            self.request_swap(holiday_shift, self.shift(self.counterpart, self.day(22)))
        with self.assertRule("public holiday"):
            self.request_swap(
                self.shift(self.requester, self.day(17)),
                self.shift(self.counterpart, self.day(20)),
            )
        # The day after the holiday is an ordinary day.
        ok = self.request_swap(
            self.shift(self.requester, self.day(21)),
            self.shift(self.counterpart, self.day(23)),
        )
        self.assertEqual(ok.state, "draft")

    def test_rule_e_leave_on_swap_shift_refused(self):
        """CORE-DUTY-4e: no leave on a swap shift or a return shift, whether the
        leave comes first or the swap does."""
        r3 = self.shift(self.requester, self.day(3))
        c5 = self.shift(self.counterpart, self.day(5))
        r3.on_leave = True
        with self.assertRule("(?i)no leave"):
            self.request_swap(r3, c5)
        r3.on_leave = False
        swap = self.request_swap(r3, c5)
        with self.assertRule("(?i)no leave"):
            c5.with_user(self.supervisor).on_leave = True
        self.approve(swap)
        with self.assertRule("(?i)no leave"):
            r3.with_user(self.supervisor).on_leave = True

    def test_rule_f_unfulfilled_swap_is_absence(self):
        """CORE-DUTY-4f: nobody on a swapped shift → absence of the party who
        took it over, and the swap is unfulfilled; a worked swap is done."""
        r3 = self.shift(self.requester, self.day(3))
        c5 = self.shift(self.counterpart, self.day(5))
        swap = self.approve(self.request_swap(r3, c5))
        self.assertEqual(swap.state, "approved")
        with freeze_time(datetime(2031, 1, 4, 12, 0)):
            recorded = self.env["cs.duty.shift"]._cron_record_unfulfilled_swaps()
        # Only the past swapped shift: the return shift is still ahead.
        self.assertEqual(recorded & (r3 | c5), r3)
        self.assertEqual(r3.attendance, "absent")
        self.assertEqual(r3.absence_user_id, self.counterpart)
        self.assertEqual(swap.state, "unfulfilled")
        # The return shift is still ahead: untouched.
        self.assertEqual(c5.attendance, "planned")

    def test_rule_f_fulfilled_swap_is_done(self):
        """CORE-DUTY-4f: both swapped shifts worked → the swap is fulfilled."""
        r3 = self.shift(self.requester, self.day(3))
        c5 = self.shift(self.counterpart, self.day(5))
        swap = self.approve(self.request_swap(r3, c5))
        (r3 | c5).with_user(self.supervisor).action_mark_present()
        self.assertEqual(swap.state, "done")
        with freeze_time(datetime(2031, 1, 10)):
            recorded = self.env["cs.duty.shift"]._cron_record_unfulfilled_swaps()
        self.assertFalse(recorded & (r3 | c5))
        self.assertEqual(swap.state, "done")

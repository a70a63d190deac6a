# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from ..common import DutyCase


@tagged("post_install", "-at_install")
class TestDutyHandover(DutyCase):
    """CORE-DUTY-2: handover log, acknowledgement before closing, one alert."""

    def setUp(self):
        super().setUp()
        self.out_shift = self.shift(self.requester, self.day(3))
        self.in_shift = self.shift(self.counterpart, self.day(3), self.evening)
        ticket = self.env["helpdesk.ticket"].create(
            {
                "name": "Leaking roof, owner very upset",
                "description": "Follow up",
                "user_id": self.requester.id,
            }
        )
        self.handover = (
            self.env["cs.shift.handover"]
            .with_user(self.requester)
            .create(
                {
                    "outgoing_shift_id": self.out_shift.id,
                    "incoming_shift_id": self.in_shift.id,
                    "supervisor_id": self.supervisor.id,
                    "equipment_status": "issue",
                    "equipment_notes": "Headset 3 crackles",
                    "staff_changes": "Li on training leave",
                    "ticket_ids": [(6, 0, ticket.ids)],
                }
            )
        )

    def test_close_requires_acknowledgement(self):
        """CORE-DUTY-2: the outgoing agent cannot close before the incoming
        agent acknowledged; only the incoming agent acknowledges."""
        handover = self.handover
        self.assertEqual(handover.outgoing_user_id, self.requester)
        self.assertEqual(handover.incoming_user_id, self.counterpart)
        handover.with_user(self.requester).action_hand_over()
        with self.assertRule("incoming agent has acknowledged", UserError):
            handover.with_user(self.requester).action_close()
        with self.assertRaises(UserError):
            handover.with_user(self.requester).action_acknowledge()
        with self.assertRaises(UserError):
            handover.with_user(self.requester).write({"state": "closed"})
        self.assertEqual(handover.state, "handed_over")

        handover.with_user(self.counterpart).action_acknowledge()
        self.assertEqual(handover.state, "acknowledged")
        self.assertEqual(self.in_shift.attendance, "present")
        with self.assertRaises(UserError):
            handover.with_user(self.requester).write({"notes": "<p>rewritten</p>"})
        handover.with_user(self.requester).action_close()
        self.assertEqual(handover.state, "closed")

    def test_supervisor_alert_fires_once(self):
        """CORE-DUTY-2: an unacknowledged handover past the incoming shift
        start alerts the supervisor exactly once."""
        self.handover.with_user(self.requester).action_hand_over()
        Handover = self.env["cs.shift.handover"]

        def supervisor_alerts():
            return self.env["mail.activity"].search_count(
                [
                    ("res_model", "=", "cs.shift.handover"),
                    ("res_id", "=", self.handover.id),
                    ("user_id", "=", self.supervisor.id),
                ]
            )

        # Evening shift of 3 Jan starts 16:00 Beijing = 08:00 UTC.
        with freeze_time(datetime(2031, 1, 3, 7, 59)):
            self.assertFalse(Handover._cron_alert_unacknowledged() & self.handover)
        self.assertEqual(supervisor_alerts(), 0)
        with freeze_time(datetime(2031, 1, 3, 8, 30)):
            self.assertEqual(
                Handover._cron_alert_unacknowledged() & self.handover, self.handover
            )
        with freeze_time(datetime(2031, 1, 3, 9, 30)):
            self.assertFalse(Handover._cron_alert_unacknowledged() & self.handover)
        self.assertEqual(supervisor_alerts(), 1)
        self.assertTrue(self.handover.supervisor_alerted)

    def test_agent_sees_own_handovers_only(self):
        """CORE-ROLE-2: an uninvolved agent cannot read the handover."""
        Handover = self.env["cs.shift.handover"]
        self.assertFalse(
            Handover.with_user(self.third_agent).search([("id", "=", self.handover.id)])
        )
        self.assertTrue(
            Handover.with_user(self.counterpart).search([("id", "=", self.handover.id)])
        )
        self.assertTrue(
            Handover.with_user(self.supervisor).search([("id", "=", self.handover.id)])
        )

    def test_shifts_and_time_fixed_once_handed_over(self):
        """CORE-DUTY-2: the shifts and the handover time are fixed once handed
        over, also for writes through RPC; the notes stay editable until the
        incoming agent acknowledges."""
        handover = self.handover
        other_shift = self.shift(self.third_agent, self.day(3), self.evening)
        handover.with_user(self.requester).write(
            {"handover_time": datetime(2020, 1, 1, 8)}
        )
        handover.with_user(self.requester).action_hand_over()
        handed_over_at = handover.handover_time
        self.assertNotEqual(handed_over_at, datetime(2020, 1, 1, 8))
        for vals in (
            {"incoming_shift_id": other_shift.id},
            {"outgoing_shift_id": other_shift.id},
            {"handover_time": datetime(2020, 1, 1, 8)},
        ):
            with self.assertRule("can only change in its first status", UserError):
                handover.with_user(self.requester).write(vals)
        self.assertEqual(handover.incoming_shift_id, self.in_shift)
        self.assertEqual(handover.handover_time, handed_over_at)
        handover.with_user(self.requester).write({"staff_changes": "Li back tomorrow"})
        handover.with_user(self.counterpart).action_acknowledge()
        handover.with_user(self.requester).action_close()
        self.assertEqual(handover.state, "closed")

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytz

from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, new_test_user


class DutyCase(TransactionCase):
    """Shared fixtures for the duty roster tests: own users, shift types and
    a future month (January 2031) so that no demo record interferes."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.company = cls.env.company
        cls.calendar = cls.company.resource_calendar_id
        cls.calendar.tz = "Asia/Shanghai"

        def user(login, group):
            return new_test_user(
                cls.env,
                login=login,
                name=login.replace("_", " ").title(),
                groups=f"cs_core.{group}",
                company_id=cls.company.id,
            )

        cls.requester = user("duty_requester", "group_cs_agent")
        cls.counterpart = user("duty_counterpart", "group_cs_agent")
        cls.third_agent = user("duty_third", "group_cs_agent")
        cls.supervisor = user("duty_supervisor", "group_cs_supervisor")
        cls.manager = user("duty_manager", "group_cs_manager")

        ShiftType = cls.env["cs.shift.type"]
        cls.morning = ShiftType.create({"name": "T Morning", "start_hour": 8, "end_hour": 16})
        cls.evening = ShiftType.create({"name": "T Evening", "start_hour": 16, "end_hour": 24})
        cls.night = ShiftType.create({"name": "T Night", "start_hour": 0, "end_hour": 8})
        cls.base_day = date(2031, 1, 1)

    @classmethod
    def day(cls, number, month=1):
        return date(2031, month, number)

    @classmethod
    def shift(cls, user, day, shift_type=None):
        return cls.env["cs.duty.shift"].create(
            {
                "user_id": user.id,
                "date": day,
                "shift_type_id": (shift_type or cls.morning).id,
            }
        )

    def swap_vals(self, shift_out, shift_return):
        return {
            "requester_id": shift_out.user_id.id,
            "counterpart_id": shift_return.user_id.id,
            "shift_out_id": shift_out.id,
            "shift_return_id": shift_return.id,
        }

    def request_swap(self, shift_out, shift_return):
        """Create the swap as its requester, through the access rules."""
        return (
            self.env["cs.shift.swap"]
            .with_user(shift_out.user_id)
            .create(self.swap_vals(shift_out, shift_return))
        )

    def approve(self, swap):
        """Full workflow: submit, counterpart consent, manager validation."""
        swap.with_user(swap.requester_id).action_submit()
        swap.with_user(swap.counterpart_id).action_consent()
        swap.with_user(self.manager).validate_tier()
        return swap

    def add_public_holiday(self, day):
        tz = pytz.timezone(self.calendar.tz)
        start = tz.localize(datetime.combine(day, datetime.min.time()))
        return self.env["resource.calendar.leaves"].create(
            {
                "name": "Public holiday",
                "calendar_id": self.calendar.id,
                "company_id": self.company.id,
                "date_from": start.astimezone(pytz.utc).replace(tzinfo=None),
                "date_to": (start + timedelta(days=1, seconds=-1))
                .astimezone(pytz.utc)
                .replace(tzinfo=None),
            }
        )

    @contextmanager
    def assertRule(self, pattern, exception=ValidationError):
        """Like assertRaisesRegex, but rolled back in a savepoint."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertRegex(str(catcher.exception), pattern)

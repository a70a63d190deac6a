# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, datetime, timedelta

from freezegun import freeze_time
from lxml import etree

from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from ..common import DutyCase


@tagged("post_install", "-at_install")
class TestDutyFollowUp(DutyCase):
    """CORE-ACT-1 and CORE-ACT-3: date-relative follow-ups through shipped
    automation rules, and recurring duties creating activities."""

    def _activities(self, record, user=None):
        domain = [("res_model", "=", record._name), ("res_id", "=", record.id)]
        if user:
            domain.append(("user_id", "=", user.id))
        return self.env["mail.activity"].search(domain)

    def test_shipped_rule_creates_activity_at_offset(self):
        """CORE-ACT-1: the shipped time-based rule 'return shift reminder'
        fires one day before the return shift and schedules the activity for
        the requester, due on the return date."""
        automation = self.env.ref("cs_core.automation_swap_return_reminder")
        self.assertEqual(automation.trigger, "on_time")
        self.assertEqual(automation.trg_date_id.name, "return_date")
        r3 = self.shift(self.requester, self.day(3))
        c10 = self.shift(self.counterpart, self.day(10))
        swap = self.approve(self.request_swap(r3, c10))

        # Two days before the return shift: not yet due.
        found = automation._search_time_based_automation_records(
            until=datetime(2031, 1, 8, 12)
        )
        self.assertNotIn(swap, found)
        # One day before: due.
        found = automation._search_time_based_automation_records(
            until=datetime(2031, 1, 9, 12)
        )
        self.assertIn(swap, found)
        with freeze_time(datetime(2031, 1, 9, 12)):
            automation._process(swap)
        activity = self._activities(swap, self.requester).filtered(
            lambda a: a.summary == automation.action_server_ids.activity_summary
        )
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.date_deadline, date(2031, 1, 10))

    def test_shipped_rule_is_editable_by_admin(self):
        """CORE-ACT-1: the CS administrator can change the offset."""
        admin = self.env["res.users"].search(
            [
                ("all_group_ids", "in", self.env.ref("cs_core.group_cs_admin").ids),
                ("all_group_ids", "in", self.env.ref("base.group_system").ids),
            ],
            limit=1,
        )
        automation = self.env.ref("cs_core.automation_swap_return_reminder").with_user(
            admin
        )
        automation.trg_date_range = 2
        self.assertEqual(automation.trg_date_range, 2)

    def test_weekly_duty_one_activity_per_week(self):
        """CORE-ACT-3: a weekly Saturday duty creates exactly one activity per
        week, due on the Saturday, however often the scheduler runs."""
        duty = self.env["cs.recurring.duty"].create(
            {
                "name": "Weekly report",
                "recurrence": "weekly",
                "weekday": "5",
                "start_date": date(2031, 1, 6),
                "user_ids": [(6, 0, self.supervisor.ids)],
            }
        )
        day = date(2031, 1, 6)
        while day <= date(2031, 1, 26):
            for hour in (1, 13):
                with freeze_time(
                    datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
                ):
                    self.env["cs.recurring.duty"]._cron_generate_activities()
            day += timedelta(days=1)
        activities = self._activities(duty, self.supervisor)
        self.assertEqual(len(activities), 3)
        self.assertEqual(
            sorted(activities.mapped("date_deadline")),
            [date(2031, 1, 11), date(2031, 1, 18), date(2031, 1, 25)],
        )
        self.assertEqual(duty.next_date, date(2031, 2, 1))

    def test_monthly_day_range_and_daily(self):
        """CORE-ACT-3: monthly 28th–30th is due on the 30th (last day in
        February); a daily duty gives one activity per responsible user."""
        monthly = self.env["cs.recurring.duty"].create(
            {
                "name": "Special-service statistics",
                "recurrence": "monthly",
                "month_day_from": 28,
                "month_day_to": 30,
                "start_date": date(2031, 2, 1),
                "user_ids": [(6, 0, self.supervisor.ids)],
            }
        )
        self.assertEqual(monthly.next_date, date(2031, 2, 28))
        monthly._generate_activities(date(2031, 2, 28))
        self.assertEqual(self._activities(monthly).date_deadline, date(2031, 2, 28))
        monthly._generate_activities(date(2031, 3, 28))
        self.assertEqual(
            sorted(self._activities(monthly).mapped("date_deadline")),
            [date(2031, 2, 28), date(2031, 3, 30)],
        )
        daily = self.env["cs.recurring.duty"].create(
            {
                "name": "Daily inspection",
                "recurrence": "daily",
                "start_date": date(2031, 2, 1),
                "user_ids": [(6, 0, (self.supervisor | self.manager).ids)],
            }
        )
        daily._generate_activities(date(2031, 2, 1))
        daily._generate_activities(date(2031, 2, 1))
        self.assertEqual(len(self._activities(daily)), 2)
        self.assertEqual(daily.next_date, date(2031, 2, 2))

    def test_activity_board_filters(self):
        """CORE-ACT-2: the board's 'my', 'team' and 'overdue' filters."""
        team = self.env["helpdesk.ticket.team"].create(
            {
                "name": "Board team",
                "user_ids": [(6, 0, (self.supervisor | self.requester).ids)],
            }
        )
        self.assertTrue(team)
        duty = self.env["cs.recurring.duty"].create(
            {
                "name": "Board duty",
                "recurrence": "daily",
                "start_date": date(2031, 1, 1),
                "user_ids": [
                    (6, 0, (self.supervisor | self.requester | self.third_agent).ids)
                ],
            }
        )
        duty._generate_activities(date(2031, 1, 1))
        search_view = self.env.ref("cs_core.cs_activity_board_view_search")
        filters = {
            node.get("name"): node.get("domain")
            for node in etree.fromstring(search_view.arch).iter("filter")
            if node.get("domain")
        }
        Activity = self.env["mail.activity"].with_user(self.supervisor)
        base = [("res_model", "=", "cs.recurring.duty"), ("res_id", "=", duty.id)]

        def run(name, today=date(2031, 1, 5)):
            context = {"uid": self.supervisor.id, "context_today": lambda: today}
            return Activity.search(base + safe_eval(filters[name], context)).user_id

        self.assertEqual(run("my_activities"), self.supervisor)
        self.assertEqual(run("team_activities"), self.supervisor | self.requester)
        self.assertEqual(len(run("overdue")), 3)
        self.assertFalse(run("overdue", today=date(2031, 1, 1)))

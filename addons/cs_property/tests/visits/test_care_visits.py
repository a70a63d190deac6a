# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from ..common import CsResidentCase


@tagged("post_install", "-at_install")
class TestCareVisits(CsResidentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["cs.household"])
        cls.care, cls.care_recent, cls.plain = cls.households[:3]
        cls.env["cs.household.member"].create(
            [
                {
                    "household_id": cls.care.id,
                    "name": "独居老人",
                    "is_elderly_alone": True,
                },
                {"household_id": cls.care_recent.id, "name": "病人", "is_sick": True},
                {"household_id": cls.plain.id, "name": "成年人"},
            ]
        )
        (cls.care | cls.care_recent).write({"visit_interval_days": 7})
        cls._visit(cls.care, 10)
        cls._visit(cls.care_recent, 2)
        cls._visit(cls.plain, 60)

    @classmethod
    def _visit(cls, household, days_ago):
        return (
            cls.env["cs.visit"]
            .with_user(cls.staff)
            .create(
                {
                    "household_id": household.id,
                    "kind": "care",
                    "date": cls.today - timedelta(days=days_ago),
                    "observation": "身体状况良好",
                }
            )
        )

    def _care_activities(self, households):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "cs.household"),
                ("res_id", "in", households.ids),
                (
                    "activity_type_id",
                    "=",
                    self.env.ref("cs_property.mail_act_cs_care_visit").id,
                ),
            ]
        )

    def test_overdue_special_care_household_on_worklist(self):
        """PM-VIS-1: a special-care household not visited within its
        frequency is on the worklist, with one activity for its staff member;
        households visited in time or without special care are not."""
        self.assertEqual(self.care.next_visit_date, self.today - timedelta(days=3))
        due = self.env["cs.household"].search(
            self.env["cs.household"]._cs_visits_due_domain(self.today)
            + [("id", "in", self.households.ids)]
        )
        self.assertEqual(due, self.care)
        self.env["cs.household"]._cron_cs_care_visits_due()
        self.env["cs.household"]._cron_cs_care_visits_due()
        activity = self._care_activities(self.households)
        self.assertEqual(activity.res_id, self.care.id)
        self.assertEqual(activity.user_id, self.staff)

    def test_visit_closes_activity_and_reschedules(self):
        """PM-VIS-1: recording the visit takes the household off the
        worklist and closes its activity."""
        self.env["cs.household"]._cron_cs_care_visits_due()
        self.assertTrue(self._care_activities(self.care))
        self._visit(self.care, 0)
        self.assertFalse(self._care_activities(self.care))
        self.assertEqual(self.care.next_visit_date, self.today + timedelta(days=7))

    def test_staff_records_daily_patrol_visits(self):
        """PM-VIS-1: property staff record daily patrol visits."""
        visit = (
            self.env["cs.visit"]
            .with_user(self.staff)
            .create(
                {
                    "household_id": self.plain.id,
                    "kind": "patrol",
                    "request": "更换楼道灯",
                }
            )
        )
        # Today in the staff member's time zone
        staff_today = fields.Date.context_today(visit)
        self.assertEqual((visit.user_id, visit.date), (self.staff, staff_today))
        self.assertEqual(self.plain.last_visit_date, staff_today)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from ..common import DutyCase, cs_user


@tagged("post_install", "-at_install")
class TestDutyRoster(DutyCase):
    """CORE-DUTY-1: shift types, the roster and its generator; CORE-DUTY-5
    inspections feeding the KPI."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agents = cls.env["res.users"]
        for index in range(30):
            cls.agents |= cs_user(
                cls.env,
                login=f"roster_agent_{index}",
                groups="cs_core.group_cs_agent",
                company_id=cls.company.id,
            )

    def _wizard(self, agents, days, **extra):
        form = Form(self.env["cs.duty.roster.wizard"].with_user(self.supervisor))
        form.date_from = self.day(1)
        form.date_to = self.day(1) + timedelta(days=days - 1)
        for agent in agents:
            form.user_ids.add(agent)
        for shift_type in (
            self.morning,
            self.morning,
            self.evening,
            self.evening,
            False,
        ):
            with form.line_ids.new() as line:
                line.shift_type_id = shift_type or self.env["cs.shift.type"]
        for name, value in extra.items():
            setattr(form, name, value)
        return form.save()

    def _count_queries(self, wizard):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        wizard.action_generate()
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def test_shift_type_times(self):
        """CORE-DUTY-1: shift types with times, crossing midnight allowed."""
        late = self.env["cs.shift.type"].create(
            {"name": "Late", "start_hour": 22, "end_hour": 6}
        )
        self.assertTrue(late.crosses_midnight)
        self.assertEqual(late.duration, 8)
        self.assertFalse(self.evening.crosses_midnight)
        shift = self.shift(self.requester, self.day(3), late)
        # 22:00 Beijing = 14:00 UTC; ends 06:00 next day = 22:00 UTC.
        self.assertEqual(str(shift.start_datetime), "2031-01-03 14:00:00")
        self.assertEqual(str(shift.end_datetime), "2031-01-03 22:00:00")

    def test_generate_roster_with_pattern_and_holidays(self):
        """CORE-DUTY-1: the generator follows the pattern per agent, skips
        public holidays of the working-time calendar and existing shifts."""
        self.add_public_holiday(self.day(3))
        existing = self.shift(self.requester, self.day(2), self.evening)
        wizard = self._wizard(self.requester | self.counterpart, 10)
        wizard.action_generate()
        shifts = self.env["cs.duty.shift"].search(
            [("user_id", "in", (self.requester | self.counterpart).ids)]
        )
        self.assertFalse(shifts.filtered(lambda s: s.date == self.day(3)))
        self.assertEqual(
            shifts.filtered(
                lambda s: s.date == self.day(2) and s.user_id == self.requester
            ),
            existing,
        )
        requester_days = shifts.filtered(lambda s: s.user_id == self.requester).sorted(
            "date"
        )
        # Pattern M M E E off; agents in name order, the second one (the
        # requester) staggered one step; holiday on the 3rd; kept shift on the 2nd.
        self.assertEqual(
            [(s.date.day, s.shift_type_id) for s in requester_days],
            [
                (1, self.morning),
                (2, self.evening),
                (5, self.morning),
                (6, self.morning),
                (7, self.evening),
                (8, self.evening),
                (10, self.morning),
            ],
        )
        counterpart_days = shifts.filtered(
            lambda s: s.user_id == self.counterpart
        ).sorted("date")
        self.assertEqual(
            [(s.date.day, s.shift_type_id) for s in counterpart_days],
            [
                (1, self.morning),
                (2, self.morning),
                (4, self.evening),
                (6, self.morning),
                (7, self.morning),
                (8, self.evening),
                (9, self.evening),
            ],
        )

    def test_generator_rights(self):
        """CORE-ROLE-2: agents neither generate nor edit the roster."""
        with self.assertRaises(AccessError):
            self.env["cs.duty.roster.wizard"].with_user(self.requester).create(
                {
                    "date_from": self.day(1),
                    "date_to": self.day(2),
                    "user_ids": [(6, 0, self.requester.ids)],
                }
            ).action_generate()
        with self.assertRaises(AccessError):
            self.env["cs.duty.shift"].with_user(self.requester).create(
                {
                    "user_id": self.requester.id,
                    "date": self.day(1),
                    "shift_type_id": self.morning.id,
                }
            )

    def test_overlap_refused(self):
        """CORE-DUTY-1: an agent cannot hold two overlapping shifts."""
        self.shift(self.requester, self.day(3), self.morning)
        long_type = self.env["cs.shift.type"].create(
            {"name": "Long", "start_hour": 12, "end_hour": 20}
        )
        with self.assertRule("overlapping"):
            self.shift(self.requester, self.day(3), long_type)

    def test_generation_query_count_is_bounded(self):
        """CORE-DUTY-1: generating 30 agents × 90 days costs the same number
        of queries as 3 agents × 9 days (no per-shift query)."""
        small = self._count_queries(self._wizard(self.agents[:3], 9))
        self.env["cs.duty.shift"].search([("user_id", "in", self.agents.ids)]).unlink()
        big_wizard = self._wizard(self.agents, 90)
        big = self._count_queries(big_wizard)
        created = self.env["cs.duty.shift"].search_count(
            [("user_id", "in", self.agents.ids)]
        )
        self.assertEqual(created, 30 * 90 * 4 // 5)
        # The ORM inserts 100 rows per INSERT: that is the only growth.
        insert_batches = -(-created // 100)
        self.assertLessEqual(
            big,
            small + insert_batches + 5,
            f"{small} queries for 27 shifts, {big} for {created}",
        )

    def test_inspection_score_feeds_kpi(self):
        """CORE-DUTY-5: a supervisor logs a checklist inspection; the confirmed
        percentage is the agent's KPI input; agents only read their own."""
        template = self.env.ref("cs_core.inspection_template_discipline")
        inspection = (
            self.env["cs.inspection"]
            .with_user(self.supervisor)
            .create(
                {
                    "agent_id": self.requester.id,
                    "template_id": template.id,
                    "date": self.day(5),
                }
            )
        )
        self.assertEqual(len(inspection.line_ids), len(template.line_ids))
        self.assertEqual(inspection.score_percent, 100)
        inspection.line_ids[0].score = inspection.line_ids[0].max_score / 2
        self.assertLess(inspection.score_percent, 100)
        with self.assertRaises(UserError):
            inspection.with_user(self.requester).action_confirm()
        inspection.with_user(self.supervisor).action_confirm()
        scores = self.env["cs.inspection"]._cs_agent_scores(
            self.requester | self.counterpart, self.day(1), self.day(31)
        )
        self.assertAlmostEqual(scores[self.requester], inspection.score_percent)
        self.assertNotIn(self.counterpart, scores)
        Inspection = self.env["cs.inspection"]
        self.assertTrue(
            Inspection.with_user(self.requester).search([("id", "=", inspection.id)])
        )
        self.assertFalse(
            Inspection.with_user(self.counterpart).search([("id", "=", inspection.id)])
        )
        with self.assertRaises(UserError):
            inspection.with_user(self.supervisor).write(
                {"agent_id": self.counterpart.id}
            )
        with self.assertRaises(UserError):
            inspection.line_ids[0].with_user(self.supervisor).score = 0

    def test_views_load_for_each_role(self):
        """CORE-ROLE-2: the duty screens open for agents and supervisors (the
        swap form gets the tier-validation buttons injected)."""
        views = {
            "cs.duty.shift": ["calendar", "list", "pivot", "form", "search"],
            "cs.shift.swap": ["list", "form", "search"],
            "cs.shift.handover": ["list", "form", "search"],
            "cs.inspection": ["list", "form", "pivot", "graph", "search"],
            "cs.recurring.duty": ["list", "form", "search"],
        }
        board = self.env.ref("cs_core.cs_activity_board_action")
        for user in (self.requester, self.supervisor, self.manager):
            for model, view_types in views.items():
                result = (
                    self.env[model]
                    .with_user(user)
                    .get_views([(False, view_type) for view_type in view_types])
                )
                self.assertEqual(set(result["views"]), set(view_types))
            board_views = (
                self.env["mail.activity"]
                .with_user(user)
                .get_views(
                    [(view.view_id.id, view.view_mode) for view in board.view_ids]
                    + [(board.search_view_id.id, "search")]
                )
            )
            self.assertIn("calendar", board_views["views"])
        swap_form = (
            self.env["cs.shift.swap"]
            .with_user(self.manager)
            .get_views([(False, "form")])
        )
        arch = swap_form["views"]["form"]["arch"]
        # base_tier_validation returns the injected arch as bytes
        self.assertIn(
            "validate_tier", arch.decode() if isinstance(arch, bytes) else arch
        )

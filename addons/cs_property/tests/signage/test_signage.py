# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError
from odoo.tests import tagged

from ..common import MONDAY, PNG, SiteCommon


@tagged("post_install", "-at_install")
class TestSignage(SiteCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Sign = cls.env["cs.pm.sign"]
        cls.Round = cls.env["cs.pm.sign.round"]
        cls.env.ref("cs_property.finding_kind_sign_repair").team_id = cls.team
        # Rounds of this test's project only
        cls.env["cs.pm.sign"].search([("state", "=", "in_use")]).write(
            {"active": False}
        )
        cls.request = (
            cls.env["cs.pm.sign.request"]
            .with_user(cls.staff)
            .create(
                {
                    "reason": "New lift lobby signs for Building 8",
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "name": f"Lift sign {n}F",
                                "category_id": cls.env.ref(
                                    "cs_property.sign_category_lift"
                                ).id,
                                "placement_id": cls.env.ref(
                                    "cs_property.sign_placement_high_rise"
                                ).id,
                                "project_id": cls.project.id,
                                "building_id": cls.building.id,
                                "location": f"Lift lobby {n}F",
                            },
                        )
                        for n in (1, 2, 3)
                    ],
                }
            )
        )

    def _approved_signs(self):
        self.request.with_user(self.staff).action_submit()
        self._review(self.request, self.manager)
        return self.request.sign_ids

    def test_sign_is_not_used_before_approval(self):
        """PM-SIGN-2: a sign requested on the usage list is used (and checked)
        only after the manager approves the list."""
        self.request.with_user(self.staff).action_submit()
        self.assertFalse(self.request.sign_ids)
        self.assertFalse(self.Round._cron_create_rounds("morning", MONDAY))
        with self.assertRaises(UserError):
            self.request.with_user(self.staff).validate_tier()
        values = self.request.line_ids[0]._cs_sign_values()
        for vals in ({**values, "state": "in_use", "request_id": False}, values):
            with self.assertRaises(UserError):
                self.Sign.with_user(self.staff).create(vals)
        self._review(self.request, self.manager)
        signs = self.request.sign_ids
        self.assertEqual(len(signs), 3)
        self.assertEqual(set(signs.mapped("state")), {"in_use"})
        with self.assertRaises(UserError):
            signs[0].with_user(self.staff).write({"state": "retired"})

    def test_rounds_created_once_per_day_and_slot(self):
        """PM-SIGN-3: signs are checked twice a day: one morning and one
        afternoon round per building, each listing every sign in use."""
        signs = self._approved_signs()
        morning = self.Round._cron_create_rounds("morning", MONDAY)
        self.assertEqual(len(morning), 1)
        self.assertEqual(morning.check_ids.sign_id, signs)
        self.assertFalse(self.Round._cron_create_rounds("morning", MONDAY))
        afternoon = self.Round._cron_create_rounds("afternoon", MONDAY)
        self.assertEqual(afternoon.slot, "afternoon")
        self.assertEqual(afternoon.check_ids.sign_id, signs)
        self.assertFalse(self.Round._cron_create_rounds("afternoon", MONDAY))

    def test_damaged_sign_opens_one_repair_ticket(self):
        """PM-SIGN-3: a damaged or missing sign needs a photo and opens one
        repair ticket for the department; CS agents of that team see it."""
        self._approved_signs()
        round_ = self.Round._cron_create_rounds("morning", MONDAY)
        check = round_.check_ids[0].with_user(self.staff)
        check.write({"result": "damaged", "note": "Cracked panel"})
        with self.assertRaises(UserError):
            round_.with_user(self.staff).action_done()
        check.photo = PNG
        round_.with_user(self.staff).action_done()
        ticket = check.ticket_id
        self.assertEqual(len(ticket), 1)
        self.assertEqual(ticket.team_id, self.team)
        self.assertEqual(ticket.cs_kind, "repair")
        self.assertEqual(check.ticket_number, ticket.number)
        self.assertFalse((round_.check_ids - check).ticket_id)
        self.assertEqual(
            self.env["helpdesk.ticket"]
            .with_user(self.agent)
            .search([("id", "=", ticket.id)]),
            ticket,
        )
        self.assertEqual(round_.user_id, self.staff)
        with self.assertRaises(UserError):
            check.write({"result": "ok"})

    def test_temporary_sign_found_on_patrol_is_registered(self):
        """PM-SIGN-1: a temporary sign found on a round is registered as
        temporary, not put in use."""
        self._approved_signs()
        round_ = self.Round._cron_create_rounds("morning", MONDAY)
        round_.with_user(self.staff).write(
            {
                "found_sign_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Wet floor",
                            "category_id": self.env.ref(
                                "cs_property.sign_category_safety"
                            ).id,
                            "placement_id": self.env.ref(
                                "cs_property.sign_placement_public"
                            ).id,
                            "project_id": self.project.id,
                            "building_id": self.building.id,
                        },
                    )
                ]
            }
        )
        sign = round_.found_sign_ids
        self.assertEqual(sign.state, "temporary")
        self.assertEqual(
            sign.placement_id, self.env.ref("cs_property.sign_placement_temporary")
        )
        afternoon = self.Round._cron_create_rounds("afternoon", MONDAY)
        self.assertNotIn(sign, afternoon.check_ids.sign_id)

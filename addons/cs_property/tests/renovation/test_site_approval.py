# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..common import SiteCommon


@tagged("post_install", "-at_install")
class TestSiteApproval(SiteCommon):
    """PM-REN-1, PM-SIGN-2: the property manager approves renovation
    applications (with conditions) and signage usage lists through tier
    validation; the document's state follows the validation."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.renovation = cls._renovation(cls.units[0])
        cls.renovation.with_user(cls.staff).action_submit()
        cls.request = cls._sign_request()
        cls.request.with_user(cls.staff).action_submit()

    @classmethod
    def _sign_request(cls):
        safety = cls.env.ref("cs_property.sign_category_safety")
        high_rise = cls.env.ref("cs_property.sign_placement_high_rise")
        line = {
            "name": "Fire exit 1F",
            "category_id": safety.id,
            "placement_id": high_rise.id,
            "project_id": cls.project.id,
            "building_id": cls.building.id,
        }
        return (
            cls.env["cs.pm.sign.request"]
            .with_user(cls.staff)
            .create({"reason": "Fire exit signs", "line_ids": [Command.create(line)]})
        )

    def test_manager_conditions_copied_onto_the_application(self):
        """PM-REN-1: the manager reviews the submitted application; the
        review comment becomes its approval conditions."""
        review = self.renovation.sudo().review_ids
        self.assertEqual(self.renovation.state, "submitted")
        self.assertEqual(review.status, "pending")
        self.assertIn(self.manager, review.reviewer_ids)
        self.assertTrue(self.renovation.with_user(self.manager).can_review)
        conditions = "Works on weekdays 8:00-18:00 only; keep the facade colour"
        self._review(self.renovation, self.manager, comment=conditions)
        self.assertEqual(self.renovation.state, "approved")
        self.assertEqual(self.renovation.validation_status, "validated")
        self.assertEqual(self.renovation.conditions, conditions)
        self.assertEqual(self.renovation.approved_by_id, self.manager)
        self.assertTrue(self.renovation.approved_date)
        self.renovation.with_user(self.staff).action_start()
        self.assertEqual(self.renovation.state, "in_progress")

    def test_cannot_start_works_before_approval(self):
        """PM-REN-1: works start only on an application the manager approved,
        whatever moved its state."""
        with self.assertRaises(UserError):
            self.renovation.with_user(self.staff).action_start()
        bypassed = self._renovation(self.units[1])
        bypassed._cs_set_state("approved")
        with self.assertRaises(ValidationError):
            bypassed.with_user(self.staff).action_start()
        self.assertEqual(bypassed.state, "approved")

    def test_non_manager_cannot_validate(self):
        """PM-REN-1, PM-SIGN-2: the assistant and the staff can neither
        validate nor reject, not even through the comment wizard."""
        for user in (self.staff, self.assistant):
            for document in (self.renovation, self.request):
                self.assertFalse(document.with_user(user).can_review)
                with self.assertRaises(UserError):
                    document.with_user(user).validate_tier()
                with self.assertRaises(UserError):
                    document.with_user(user).reject_tier()
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.assistant)
            .create(
                {
                    "res_model": "cs.pm.renovation",
                    "res_id": self.renovation.id,
                    "review_ids": [Command.set(self.renovation.sudo().review_ids.ids)],
                    "validate_reject": "validate",
                    "comment": "Approved",
                }
            )
        )
        with self.assertRaises(AccessError):
            wizard.add_comment()
        self.assertEqual(self.renovation.state, "submitted")
        self.assertEqual(self.request.state, "submitted")
        self.assertFalse(self.request.sign_ids)

    def test_rejection_follows_the_review(self):
        """PM-REN-1: a rejected application is closed with the manager's
        reason kept on the review."""
        self._review(
            self.renovation, self.manager, comment="Load-bearing wall", approve=False
        )
        self.assertEqual(self.renovation.state, "rejected")
        review = self.renovation.sudo().review_ids
        self.assertEqual(review.status, "rejected")
        self.assertEqual(review.comment, "Load-bearing wall")
        self.assertFalse(self.renovation.conditions)
        with self.assertRaises(UserError):
            self.renovation.with_user(self.staff).action_start()

    def test_sign_used_only_after_the_managers_validation(self):
        """PM-SIGN-2: the list's signs enter the register when the manager
        validates it, and a rejected list registers none."""
        self.assertEqual(self.request.validation_status, "pending")
        self.assertFalse(self.request.sign_ids)
        self._review(self.request, self.manager)
        self.assertEqual(self.request.state, "approved")
        self.assertEqual(self.request.approved_by_id, self.manager)
        self.assertEqual(self.request.sign_ids.state, "in_use")
        rejected = self._sign_request()
        rejected.with_user(self.staff).action_submit()
        self._review(rejected, self.manager, approve=False)
        self.assertEqual(rejected.state, "rejected")
        self.assertFalse(rejected.sign_ids)

    def test_to_approve_by_me_lists_the_managers_reviews(self):
        """PM-REN-1, PM-SIGN-2: the manager's "To Approve by Me" filter
        lists what waits for their review, the assistant's lists nothing;
        the forms carry the approval buttons."""
        for model, document in (
            ("cs.pm.renovation", self.renovation),
            ("cs.pm.sign.request", self.request),
        ):
            Model = self.env[model]
            mine = [("can_review", "=", True)]
            self.assertIn(document, Model.with_user(self.manager).search(mine))
            self.assertNotIn(document, Model.with_user(self.assistant).search(mine))
            views = Model.with_user(self.manager).get_views([(False, "form")])
            arch = views["views"]["form"]["arch"]
            arch = arch.decode() if isinstance(arch, bytes) else arch
            self.assertIn('name="validate_tier"', arch)
            self.assertIn('name="reject_tier"', arch)

    def test_submit_needs_a_configured_approval(self):
        """PM-REN-1: without a tier definition nothing is submitted (the
        application would wait for nobody)."""
        self.env.ref(
            "cs_property.tier_definition_cs_pm_renovation_manager"
        ).active = False
        renovation = self._renovation(self.units[2])
        with self.assertRaises(UserError):
            renovation.with_user(self.staff).action_submit()
        self.assertEqual(renovation.state, "draft")

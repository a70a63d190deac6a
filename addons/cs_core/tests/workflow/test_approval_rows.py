# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Approval rows change only inside the reviewer's own validation step."""

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ...models.workflow.cs_tier_guard_mixin import REVIEW_KEY
from ...tools import trusted
from ..common import CsTicketCase, cs_user


@tagged("post_install", "-at_install")
class TestApprovalRows(CsTicketCase):
    """CORE-CMP-3, CORE-DUTY-3, CORE-REC-7: review rows of every model are
    decided only by their reviewer's Validate/Reject step, Legal strictly
    before the GM, and read only by reviewers and managers."""

    def _agreement(self, amount=8000):
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"partner_id": self.customer.id, "amount": amount})
        )
        agreement.request_validation()
        return agreement.with_env(self.env)

    def _legal_gm(self, agreement):
        reviews = agreement.sudo().review_ids.sorted("sequence")
        return reviews[0].with_env(self.env), reviews[1].with_env(self.env)

    def test_create_approved_row_refused(self):
        """An employee can't create a review row, even with default_* keys."""
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"partner_id": self.customer.id, "amount": 100})
        )
        reviews = self.env["tier.review"].with_user(self.agent)
        with self.assertRaises(AccessError):
            reviews.with_context(
                default_model="cs.agreement", default_status="approved"
            ).create({"res_id": agreement.id})
        with self.assertRaises(AccessError):
            reviews.create({"model": "res.partner", "res_id": self.customer.id})
        self.assertFalse(agreement.sudo().review_ids)

    def test_default_context_ignored_inside_the_step(self):
        """default_status sent with Request Validation doesn't fill rows."""
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"partner_id": self.customer.id, "amount": 100})
        )
        agreement.with_context(
            default_status="approved", default_done_by=self.agent.id
        ).request_validation()
        statuses = agreement.sudo().review_ids.mapped("status")
        self.assertNotIn("approved", statuses)
        self.assertFalse(agreement.sudo().review_ids.done_by)

    def test_rows_cannot_be_rewritten(self):
        """Status, done_by, comment, model/res_id: all refused, also to the
        GM reverting their own rejection."""
        agreement = self._agreement()
        legal, gm = self._legal_gm(agreement)
        agreement._cs_review_as(self.legal, comment="Lawful")
        agreement._cs_review_as(self.gm, approve=False, comment="Too high")
        self.assertEqual(gm.status, "rejected")
        for user, vals in (
            (self.gm, {"status": "pending"}),
            (self.gm, {"comment": "Fine after all"}),
            (self.manager, {"done_by": self.manager.id}),
            (self.legal, {"model": "res.partner", "res_id": self.customer.id}),
            (self.legal, {"res_id": agreement.id + 1}),
        ):
            with self.assertRaises(AccessError):
                (legal | gm).with_user(user).write(vals)
        with self.assertRaises(AccessError):
            gm.with_user(self.gm).unlink()
        self.assertEqual(gm.status, "rejected")
        self.assertEqual(gm.comment, "Too high")

    def test_review_ids_through_document_refused(self):
        """base_tier_validation's skip_validation_check opens nothing."""
        agreement = self._agreement()
        legal, gm = self._legal_gm(agreement)
        for vals in (
            {"review_ids": [Command.update(gm.id, {"status": "approved"})]},
            {"review_ids": [Command.unlink(legal.id)]},
            {"review_ids": [Command.create({"status": "approved"})]},
        ):
            with self.assertRaises(AccessError):
                agreement.with_user(self.agent).with_context(
                    skip_validation_check=True
                ).write(vals)
        self.assertEqual(gm.status, "waiting")
        self.assertEqual(agreement.state, "draft")

    def test_comment_wizard_cannot_mix_documents(self):
        """The wizard's reviews must be the user's pending ones of its own
        document; GM can't pass their own row to skip Legal."""
        first, second = self._agreement(), self._agreement(900)
        _legal, gm_second = self._legal_gm(second)
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.gm)
            .create(
                {
                    "res_model": "cs.agreement",
                    "res_id": first.id,
                    "review_ids": [Command.set(gm_second.ids)],
                    "validate_reject": "validate",
                    "comment": "OK",
                }
            )
        )
        with self.assertRaises(AccessError):
            wizard.add_comment()
        _legal, gm_first = self._legal_gm(first)
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.gm)
            .create(
                {
                    "res_model": "cs.agreement",
                    "res_id": first.id,
                    "review_ids": [Command.set(gm_first.ids)],
                    "validate_reject": "validate",
                    "comment": "OK",
                }
            )
        )
        with self.assertRaises(UserError):
            wizard.add_comment()
        self.assertEqual(gm_first.status, "waiting")
        self.assertEqual(first.state, "draft")

    def test_legal_strictly_before_gm_by_sequence(self):
        """Even a trusted write can't approve the GM tier before Legal's;
        the approval check compares decision sequence numbers."""
        agreement = self._agreement()
        legal, gm = self._legal_gm(agreement)
        with self.assertRaises(ValidationError):
            trusted(gm, REVIEW_KEY).write({"status": "approved"})
        agreement._cs_review_as(self.legal, comment="Lawful")
        agreement._cs_review_as(self.gm, comment="Agreed")
        self.assertEqual(agreement.state, "approved")
        self.assertLess(legal.cs_decision_sequence, gm.cs_decision_sequence)
        # Same second, reversed order: refused by the sequence, not a clock.
        trusted(legal, REVIEW_KEY).write(
            {"cs_decision_sequence": gm.cs_decision_sequence + 1}
        )
        with self.assertRaises(ValidationError):
            agreement.with_user(self.agent).action_sign()

    def test_gm_form_offers_no_approval_before_legal(self):
        """CORE-CMP-3: the GM's form, which loads only the rows the GM may
        read, offers no Approve button while Legal has not decided."""
        agreement = self._agreement()
        spec = {"review_ids": {"fields": {"status": {}}}, "can_review": {}}
        gm_form = agreement.with_user(self.gm).web_read(spec)[0]
        self.assertFalse(gm_form["can_review"])
        self.assertTrue(agreement.with_user(self.legal).web_read(spec)[0]["can_review"])
        agreement._cs_review_as(self.legal, comment="Lawful")
        self.assertTrue(agreement.with_user(self.gm).web_read(spec)[0]["can_review"])

    def test_rows_readable_by_reviewers_and_managers_only(self):
        """Portal users and uninvolved employees read no review rows."""
        agreement = self._agreement()
        agreement._cs_review_as(self.legal, comment="Lawful")
        agreement._cs_review_as(self.gm, approve=False, comment="Reason")
        portal = cs_user(self.env, "t3_portal_rev", groups="base.group_portal")
        domain = [("model", "=", "cs.agreement"), ("res_id", "=", agreement.id)]
        reviews = self.env["tier.review"]
        self.assertFalse(reviews.with_user(portal).search(domain))
        self.assertFalse(reviews.with_user(self.agent2).search(domain))
        self.assertFalse(reviews.with_user(self.finance).search(domain))
        self.assertEqual(len(reviews.with_user(self.manager).search(domain)), 2)
        self.assertEqual(len(reviews.with_user(self.gm).search(domain)), 1)
        # The requester still sees why it came back.
        self.assertEqual(agreement.with_user(self.agent2).rejection_reason, "Reason")

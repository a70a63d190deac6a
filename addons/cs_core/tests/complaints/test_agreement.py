# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError, ValidationError

from ...tools import TRUSTED
from ..common import CsTicketCase


class TestAgreement(CsTicketCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.complaint = (
            cls.env["helpdesk.ticket"]
            .with_user(cls.agent)
            .create(
                cls._ticket_vals(
                    cs_kind="complaint",
                    cs_severity="compensation",
                    cs_complaint_category="engineering",
                )
            )
        )

    def _agreement(self, submit=True):
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create(
                {
                    "ticket_id": self.complaint.id,
                    "partner_id": self.customer.id,
                    "amount": 8000,
                    "terms": "<p>Rent during repair</p>",
                }
            )
        )
        if submit:
            agreement.request_validation()
        return agreement

    def test_agent_cannot_approve(self):
        """CORE-CMP-3: an agent is no reviewer."""
        agreement = self._agreement()
        with self.assertRaises(UserError):
            agreement.with_user(self.agent).validate_tier()
        self.assertEqual(agreement.validation_status, "pending")

    def test_gm_before_legal_refused(self):
        """CORE-CMP-3: the General Manager cannot approve before Legal."""
        agreement = self._agreement()
        with self.assertRaises(UserError):
            agreement.with_user(self.gm).validate_tier()
        # not through the comment wizard either
        gm_review = agreement.review_ids.filtered(
            lambda r: r.definition_id
            == self.env.ref("cs_core.tier_definition_cs_agreement_gm")
        )
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.gm)
            .create(
                {
                    "res_model": "cs.agreement",
                    "res_id": agreement.id,
                    "review_ids": [(6, 0, gm_review.ids)],
                    "validate_reject": "validate",
                    "comment": "skip legal",
                }
            )
        )
        with self.assertRaises(UserError):
            wizard.add_comment()
        self.assertEqual(agreement.state, "draft")
        self.assertNotEqual(gm_review.status, "approved")

    def test_legal_then_gm_then_sign_and_pay(self):
        """CORE-CMP-3, CORE-CMP-4: Legal then GM approve; then it is signed
        and paid."""
        agreement = self._agreement()
        agreement._cs_review_as(self.legal, comment="Lawful")
        self.assertEqual(agreement.state, "draft")
        self.assertEqual(agreement.validation_status, "pending")
        agreement._cs_review_as(self.gm, comment="Agreed")
        self.assertEqual(agreement.validation_status, "validated")
        self.assertEqual(agreement.state, "approved")
        with self.assertRaises(UserError):
            agreement.with_user(self.agent).action_pay()
        agreement.with_user(self.agent).action_sign()
        self.assertEqual(agreement.state, "signed")
        with self.assertRaises(AccessError):
            agreement.with_user(self.agent).action_pay()
        agreement.with_user(self.finance).action_pay()
        self.assertEqual(agreement.state, "paid")
        self.assertTrue(agreement.payment_date)
        with self.assertRaises(UserError):
            agreement.with_user(self.manager).write({"amount": 1})

    def test_payment_reference_only_while_signed(self):
        """CORE-CMP-3: the payment reference is set while the agreement is
        signed, before Finance pays it; not before signing, not once paid,
        also not through RPC."""
        agreement = self._agreement()
        with self.assertRaisesRegex(UserError, "payment reference"):
            agreement.with_user(self.agent).write({"payment_reference": "EARLY"})
        agreement._cs_review_as(self.legal, comment="Lawful")
        agreement._cs_review_as(self.gm, comment="Agreed")
        with self.assertRaisesRegex(UserError, "payment reference"):
            agreement.with_user(self.finance).write({"payment_reference": "EARLY"})
        agreement.with_user(self.agent).action_sign()
        agreement.with_user(self.finance).write({"payment_reference": "BANK-0001"})
        agreement.with_user(self.finance).action_pay()
        self.assertEqual(agreement.state, "paid")
        self.assertEqual(agreement.payment_reference, "BANK-0001")
        with self.assertRaisesRegex(UserError, "payment reference"):
            agreement.with_user(self.finance).write({"payment_reference": "BANK-9999"})
        self.assertEqual(agreement.payment_reference, "BANK-0001")

    def test_paid_agreement_filed_in_records_register(self):
        """CORE-CMP-4, RE-BR-2: after payment the signed original is filed in
        the customer's file with the archivist and a photocopy stays with
        customer service."""
        agreement = self._agreement()
        agreement._cs_review_as(self.legal, comment="Lawful")
        agreement._cs_review_as(self.gm, comment="Approved")
        agreement.with_user(self.agent).action_sign()
        self.assertFalse(agreement.archive_record_id)
        agreement.with_user(self.finance).action_pay()
        record = agreement.archive_record_id
        self.assertTrue(record)
        self.assertEqual(record.state, "filed")
        self.assertEqual(
            record.type_id, self.env.ref("cs_core.record_type_supplementary_agreement")
        )
        self.assertEqual(record.partner_id, agreement.partner_id)
        self.assertEqual(record.res_model, "cs.agreement")
        self.assertEqual(record.res_id, agreement.id)
        original = record.copy_ids.filtered(lambda c: c.kind == "original")
        photocopy = record.copy_ids.filtered(lambda c: c.kind == "duplicate")
        self.assertEqual(
            original.holder_id, self.env.ref("cs_core.holder_department_archives")
        )
        self.assertEqual(
            photocopy.holder_id, self.env.ref("cs_core.holder_department_cs")
        )
        self.assertEqual(agreement.cs_record_count, 1)

    def test_rejection_returns_with_reason(self):
        """CORE-CMP-3: rejection returns the agreement with a reason; it can
        be corrected and submitted again."""
        agreement = self._agreement()
        agreement._cs_review_as(self.legal, comment="Lawful")
        agreement._cs_review_as(self.gm, approve=False, comment="Amount too high")
        self.assertEqual(agreement.validation_status, "rejected")
        self.assertEqual(agreement.state, "draft")
        self.assertEqual(agreement.rejection_reason, "Amount too high")
        with self.assertRaises(UserError):
            agreement.with_user(self.agent).action_sign()
        agreement.with_user(self.agent).restart_validation()
        agreement.with_user(self.agent).write({"amount": 6000})
        agreement.with_user(self.agent).request_validation()
        self.assertEqual(agreement.validation_status, "pending")

    def test_pay_before_approval_refused(self):
        """CORE-CMP-3: no signing or paying before both approvals, also not by
        writing the state or the reviews through RPC."""
        agreement = self._agreement()
        agreement._cs_review_as(self.legal, comment="Lawful")
        with self.assertRaises(UserError):
            agreement.with_user(self.agent).action_sign()
        with self.assertRaises(UserError):
            agreement.with_user(self.finance).action_pay()
        for user in (self.agent, self.manager, self.finance, self.gm):
            for state in ("approved", "signed", "paid"):
                with self.assertRaises(UserError):
                    agreement.with_user(user).write({"state": state})
        with self.assertRaises(UserError):
            agreement.sudo().write({"state": "paid"})
        gm_review = agreement.review_ids.filtered(lambda r: r.status != "approved")
        with self.assertRaises(AccessError):
            gm_review.with_user(self.agent).write(
                {"status": "approved", "done_by": self.gm.id}
            )
        with self.assertRaises(AccessError):
            self.env["tier.review"].with_user(self.agent).create(
                {"model": "cs.agreement", "res_id": agreement.id, "status": "approved"}
            )
        self.assertEqual(agreement.state, "draft")

    def test_state_cannot_be_created_forward(self):
        """CORE-CMP-3: a new agreement always starts as draft."""
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"partner_id": self.customer.id, "amount": 1, "state": "paid"})
        )
        self.assertEqual(agreement.state, "draft")

    def test_forged_reviews_do_not_unlock(self):
        """CORE-CMP-3: even reviews forged with superuser rights (wrong
        reviewer groups) do not allow signing."""
        agreement = self._agreement()
        agreement.review_ids.with_context(cs_tier_review_internal=TRUSTED).sudo().write(
            {"status": "approved", "done_by": self.agent.id}
        )
        with self.assertRaises(ValidationError):
            agreement._cs_check_approvals()

    def test_visibility_by_role(self):
        """CORE-ROLE-2: an agent sees only their own agreements (or those of
        their first-contact complaints); approvers and finance see all."""
        agreement = self._agreement(submit=False)
        other = self.env["cs.agreement"].with_user(self.agent2)
        self.assertNotIn(agreement, other.search([]))
        for user in (self.supervisor, self.legal, self.gm, self.finance):
            self.assertIn(
                agreement, self.env["cs.agreement"].with_user(user).search([])
            )
        with self.assertRaises(AccessError):
            self.env["cs.agreement"].with_user(self.legal).create(
                {"partner_id": self.customer.id, "amount": 1}
            )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import contextlib
import io

import openpyxl

from odoo.exceptions import AccessError, UserError

from ..common import RealEstateCommon

EVIDENCE = (
    "contract_attachment_ids",
    "property_appraisal_attachment_ids",
    "technical_appraisal_attachment_ids",
    "legal_advice_attachment_ids",
)


class TestResolutionPlan(RealEstateCommon):
    """RE-CMP-3..6: engineering-quality compensation complaints."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.legal = cls.users["legal"]
        cls.gm = cls.users["gm"]
        cls.contract = cls.env["cs.sale.contract"].create(cls._contract_vals())
        cls.owner_a.phone = "+8613822220001"
        cls.owner_a.email = "wang@example.com"
        cls.complaint = cls.env["helpdesk.ticket"].create(
            {
                "name": "外墙渗水",
                "description": "卧室外墙渗水,要求赔偿。",
                "partner_id": cls.owner_a.id,
                "cs_unit_id": cls.contract.unit_id.id,
                "cs_kind": "complaint",
                "cs_severity": "compensation",
                "cs_complaint_category": "engineering",
                "user_id": cls.agent.id,
            }
        )

    def _attachment(self, name):
        return (
            self.env["ir.attachment"]
            .with_user(self.sales)
            .create({"name": name, "datas": "aGVsbG8="})
        )

    def _plan(self, evidence=EVIDENCE, amount=6000.0):
        vals = {
            "ticket_id": self.complaint.id,
            "contract_id": self.contract.id,
            "plan": "<p>维修外墙防水并补偿租房费用。</p>",
            "compensation_amount": amount,
        }
        for field in evidence:
            vals[field] = [(6, 0, self._attachment(field).ids)]
        return self.env["cs.complaint.plan"].with_user(self.sales).create(vals)

    def _review(self, record, user):
        action = record.with_user(user).validate_tier()
        if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
            self.env["comment.wizard"].with_user(user).with_context(
                **action["context"]
            ).create({"comment": "同意"}).add_comment()

    def test_general_complaint_three_days(self):
        """RE-CMP-3: a general complaint is due within 3 days."""
        ticket = self.env["helpdesk.ticket"].create(
            {
                "name": "客服态度",
                "description": "x",
                "partner_id": self.owner_a.id,
                "cs_kind": "complaint",
                "cs_severity": "general",
                "cs_complaint_category": "service",
            }
        )
        hours = (
            ticket.cs_resolution_deadline - ticket.create_date
        ).total_seconds() / 3600
        self.assertAlmostEqual(hours, 72, delta=0.1)

    def test_attachments_required(self):
        """RE-CMP-4: the plan is submitted only with the contract, both
        appraisals and the legal advice attached."""
        plan = self._plan(evidence=EVIDENCE[:2])
        with self.assertRaisesText(UserError, "Legal Advice"):
            plan.with_user(self.sales).request_validation()
        self.assertFalse(plan.review_ids)

    def test_gm_approves(self):
        """RE-CMP-4: only the General Manager approves; the customer hears
        of it (RE-CMP-6)."""
        plan = self._plan()
        plan.with_user(self.sales).request_validation()
        with contextlib.suppress(UserError):
            plan.with_user(self.legal).validate_tier()
        self.assertEqual(plan.state, "draft")
        self.assertNotIn("approved", plan.review_ids.mapped("status"))
        self._review(plan, self.gm)
        self.assertEqual(plan.state, "approved")
        feedback = self.complaint.message_ids.filtered(
            lambda m: self.owner_a in m.partner_ids and "approved" in (m.body or "")
        )
        self.assertTrue(feedback)

    def test_rpc_cannot_approve(self):
        """RE-CMP-4: neither the plan's state nor its review can be written."""
        plan = self._plan()
        with self.assertRaises(UserError):
            plan.with_user(self.sales).write({"state": "approved"})
        plan.with_user(self.sales).request_validation()
        review = plan.review_ids
        with self.assertRaises(AccessError):
            review.with_user(self.sales).write({"status": "approved"})
        with self.assertRaises(AccessError):
            review.with_user(self.gm).write(
                {"status": "approved", "done_by": self.gm.id}
            )
        self.assertEqual(plan.state, "draft")
        self.assertNotEqual(review.status, "approved")

    def test_payment_needs_supplementary_agreement(self):
        """RE-CMP-5: the plan closes only once its compensation was paid
        through the agreement approved by Legal, then the GM."""
        plan = self._plan()
        plan.with_user(self.sales).request_validation()
        self._review(plan, self.gm)
        with self.assertRaises(UserError):
            plan.with_user(self.agent).action_done()
        with self.assertRaises(AccessError):
            plan.with_user(self.sales).action_create_agreement()
        plan.with_user(self.agent).action_create_agreement()
        agreement = plan.agreement_id
        self.assertEqual(agreement.amount, 6000.0)
        self.assertEqual(agreement.ticket_id, self.complaint)
        agreement.with_user(self.agent).request_validation()
        self._review(agreement, self.legal)
        self._review(agreement, self.gm)
        agreement.with_user(self.agent).action_sign()
        agreement.with_user(self.finance).action_pay()
        plan.with_user(self.agent).action_done()
        self.assertEqual(plan.state, "done")

    def test_access_per_role(self):
        """RE-CMP-4: marketing drafts plans; CS agents don't."""
        with self.assertRaises(AccessError):
            self.env["cs.complaint.plan"].with_user(self.agent).create(
                {"ticket_id": self.complaint.id}
            )
        plan = self._plan(evidence=())
        with self.assertRaises(AccessError):
            plan.with_user(self.agent).request_validation()

    def test_complaint_letter_to_archivist(self):
        """RE-CMP-6: the letter's original is registered and handed to the
        archivist, who confirms receipt."""
        with self.assertRaises(AccessError):
            self.complaint.with_user(self.sales).action_cs_file_complaint_letter()
        record = self.complaint.with_user(self.agent).action_cs_file_complaint_letter()
        self.assertEqual(
            record.type_id, self.env.ref("cs_core.record_type_complaint_letter")
        )
        self.assertEqual(self.complaint.cs_letter_record_id, record)
        handoff = self.env["cs.record.handoff"].search(
            [("copy_ids", "in", record.copy_ids.ids)]
        )
        self.assertEqual(handoff.state, "pending")
        handoff.with_user(self.archivist).action_confirm()
        self.assertEqual(
            record.copy_ids.holder_id,
            self.env.ref("cs_core.holder_department_archives"),
        )
        with self.assertRaises(UserError):
            self.complaint.with_user(self.agent).action_cs_file_complaint_letter()

    def test_monthly_summary_covers_real_estate_complaints(self):
        """RE-CMP-6: the monthly complaint register lists the real-estate
        complaint with its unit."""
        wizard = self.env["cs.complaint.register.wizard"].create({})
        self.assertIn(self.complaint, wizard._get_complaints())
        content, _fmt = self.env["ir.actions.report"]._render_xlsx(
            "cs_core.action_report_cs_complaint_register_xlsx",
            self.complaint.ids,
            {"date_from": str(wizard.date_from), "date_to": str(wizard.date_to)},
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = [
            r
            for r in sheet.iter_rows(values_only=True)
            if r[0] == self.complaint.number
        ]
        self.assertEqual(rows[0][3], self.contract.unit_id.display_name)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from ..common import RecordsCase

# 1x1 transparent PNG standing in for a drawn signature
SIGNATURE = base64.b64encode(
    base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChw"
        "GA60e6kgAAAABJRU5ErkJggg=="
    )
)


@tagged("post_install", "-at_install")
class TestReceiptSlip(RecordsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.record = cls.env["cs.record"].create(
            {
                "title": "Sale contract 0301",
                "type_id": cls.rtype.id,
                "partner_id": cls.customer_partner.id,
                "copy_ids": [
                    (0, 0, vals) for vals in cls.rtype._prepare_copy_values(cls.cs_dept)
                ],
            }
        )
        cls.handoff = (
            cls.env["cs.record.handoff"]
            .with_user(cls.agent)
            ._cs_propose(cls.record.copy_ids, cls.customer)
        )

    def test_pdf_lists_items_and_collector(self):
        """CORE-REC-4: the printed slip lists the copies and the collector."""
        slip = self.handoff.with_user(self.agent)._cs_create_receipt_slip(
            collector_name="Li Dawei", collector_id_number="110101199001011234"
        )
        html, _fmt = self.env["ir.actions.report"]._render_qweb_html(
            "cs_core.action_report_cs_receipt_slip", slip.ids
        )
        html = html.decode()
        self.assertIn("Li Dawei", html)
        self.assertIn("110101199001011234", html)
        for copy in self.record.copy_ids:
            self.assertIn(copy.name, html)
        self.assertIn(self.record.name, html)
        self.assertEqual(html.count("o_cs_slip_item"), 2)

    def test_signature_required_then_confirms_and_files(self):
        """CORE-REC-4, RE-DOC-8: signature required; signing confirms the
        handoff to the customer and files the slip with the archivist."""
        slip = self.handoff.with_user(self.agent)._cs_create_receipt_slip(
            collector_name="Li Dawei"
        )
        with self.assertRaises(UserError):
            slip.with_user(self.agent).action_confirm()
        self.assertEqual(self.handoff.state, "pending")
        self.assertEqual(self.record.copy_ids.holder_id, self.cs_dept)
        slip.with_user(self.agent).write({"signature": SIGNATURE})
        slip.with_user(self.agent).action_confirm()
        self.assertEqual(slip.state, "confirmed")
        self.assertEqual(self.handoff.state, "confirmed")
        self.assertEqual(self.handoff.received_by_name, "Li Dawei")
        self.assertEqual(self.record.copy_ids.holder_id, self.customer)
        filed = slip.record_id
        self.assertEqual(
            filed.type_id, self.env.ref("cs_core.record_type_receipt_slip")
        )
        self.assertEqual(filed.state, "approved")
        self.assertEqual(filed.next_action, "file")
        self.assertTrue(
            self.env["ir.attachment"].search_count(
                [("res_model", "=", "cs.record"), ("res_id", "=", filed.id)]
            )
        )
        to_archive = filed.copy_ids.pending_handoff_id
        self.assertEqual(to_archive.to_holder_id, self.archives)
        to_archive.with_user(self.archivist).action_confirm()
        filed.with_user(self.archivist).action_file()
        self.assertEqual(filed.state, "filed")
        self.assertEqual(filed.copy_ids.holder_id, self.archives)
        # a signed slip is frozen
        with self.assertRaises(UserError):
            slip.with_user(self.agent).write({"collector_name": "Someone else"})
        with self.assertRaises(UserError):
            slip.with_user(self.users["admin"]).unlink()

    def test_signed_slip_keeps_its_date_and_record(self):
        """CORE-REC-4: the signing date and the filed record of a signed
        slip cannot be rewritten afterwards."""
        slip = self.handoff.with_user(self.agent)._cs_create_receipt_slip(
            collector_name="Li Dawei"
        )
        slip.with_user(self.agent).write({"signature": SIGNATURE})
        slip.with_user(self.agent).action_confirm()
        filed, signed = slip.record_id, slip.signed_date
        self.assertTrue(filed)
        other = self._new_record()
        with self.assertRaises(UserError):
            slip.with_user(self.agent).write({"record_id": other.id})
        with self.assertRaises(UserError):
            slip.with_user(self.agent).write({"signed_date": "2020-01-01 00:00:00"})
        self.assertEqual(slip.record_id, filed)
        self.assertEqual(slip.signed_date, signed)

    def test_slip_rules(self):
        """CORE-REC-4: one slip per handoff, only for customers and banks."""
        self.handoff._cs_create_receipt_slip(collector_name="A")
        with self.assertRaises(ValidationError):
            self.handoff._cs_create_receipt_slip(collector_name="B")
        other = self._new_record(holder=self.archives)
        to_bureau = (
            self.env["cs.record.handoff"]
            .with_user(self.archivist)
            ._cs_propose(
                other.copy_ids, self.env.ref("cs_core.holder_external_housing_bureau")
            )
        )
        with self.assertRaises(ValidationError):
            to_bureau._cs_create_receipt_slip(collector_name="C")
        slip = self.handoff.receipt_slip_ids
        with self.assertRaises(UserError):
            slip.write({"state": "confirmed"})

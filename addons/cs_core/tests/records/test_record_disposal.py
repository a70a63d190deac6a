# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..common import RecordsCase


@tagged("post_install", "-at_install")
class TestRecordDisposal(RecordsCase):
    def _old_archived_record(self):
        with freeze_time("2020-03-01"):
            record = self._walk(self._new_record(holder=self.archives), "archived")
        self.assertEqual(str(record.retention_until), "2022-03-01")
        return record

    def test_past_retention_listed(self):
        """CORE-REC-7: archived records past retention are in the disposal list."""
        old = self._old_archived_record()
        recent = self._walk(self._new_record(), "archived")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_record_disposal_candidates"
        )
        self.assertEqual(action["context"], "{'search_default_retention_expired': 1}")
        expired = self.env["cs.record"].search(
            [
                ("state", "=", "archived"),
                ("retention_until", "!=", False),
                ("retention_until", "<=", "2026-01-01"),
                ("type_id", "=", self.rtype.id),
            ]
        )
        self.assertIn(old, expired)
        self.assertNotIn(recent, expired)

    def test_disposal_needs_approval_and_keeps_rows(self):
        """CORE-REC-7: disposal needs tier approval, logs, never deletes."""
        record = self._old_archived_record()
        Disposal = self.env["cs.record.disposal"]
        with self.assertRaises(AccessError):
            Disposal.with_user(self.agent).create(
                {"reason": "x", "record_ids": [(6, 0, record.ids)]}
            )
        disposal = Disposal.with_user(self.archivist).create(
            {"reason": "Retention over", "record_ids": [(6, 0, record.ids)]}
        )
        with self.assertRaises(UserError):
            disposal.with_user(self.archivist).action_dispose()
        with self.assertRaises(UserError):
            disposal.with_user(self.archivist).write({"state": "done"})
        disposal.with_user(self.archivist).request_validation()
        self.assertEqual(disposal.validation_status, "pending")
        with self.assertRaises(UserError):
            disposal.with_user(self.archivist).action_dispose()
        disposal.with_user(self.manager).validate_tier()
        self.assertEqual(disposal.validation_status, "validated")
        with self.assertRaises(UserError):
            disposal.with_user(self.manager).action_dispose()
        disposal.with_user(self.archivist).action_dispose()
        self.assertEqual(disposal.state, "done")
        self.assertEqual(record.state, "disposed")
        self.assertEqual(record.disposal_id, disposal)
        self.assertTrue(record.disposal_date)
        self.assertTrue(record.exists())
        with self.assertRaises(UserError):
            record.sudo().unlink()
        with self.assertRaises(UserError):
            disposal.sudo().unlink()
        with self.assertRaises(UserError):
            record.with_user(self.archivist).write({"title": "gone"})

    def test_not_past_retention_refused(self):
        """CORE-REC-7: records still under retention cannot be disposed."""
        recent = self._walk(self._new_record(), "archived")
        with self.assertRaises(ValidationError):
            self.env["cs.record.disposal"].with_user(self.archivist).create(
                {"reason": "too early", "record_ids": [(6, 0, recent.ids)]}
            )

    def test_dispose_selected_opens_prefilled_disposal(self):
        """CORE-REC-7: from the past-retention list, selected records open a
        new disposal prefilled with them."""
        record = self._old_archived_record()
        action = record.with_user(self.archivist).action_create_disposal()
        disposal = (
            self.env["cs.record.disposal"]
            .with_user(self.archivist)
            .with_context(**action["context"])
            .create({"reason": "Retention over"})
        )
        self.assertEqual(disposal.record_ids, record)
        self.assertEqual(disposal.validation_status, "no")

    def test_cancel_only_archivist_or_manager(self):
        """CORE-REC-7: like disposing, cancelling a draft disposal is for the
        archivist or a CS manager; reviewers reading it cannot."""
        Disposal = self.env["cs.record.disposal"]
        first = Disposal.with_user(self.archivist).create(
            {
                "reason": "Retention over",
                "record_ids": [(6, 0, self._old_archived_record().ids)],
            }
        )
        second = Disposal.with_user(self.archivist).create(
            {
                "reason": "Retention over",
                "record_ids": [(6, 0, self._old_archived_record().ids)],
            }
        )
        for role in ("gm", "legal"):
            with self.assertRaises(AccessError):
                first.with_user(self.users[role]).action_cancel()
        self.assertEqual(first.state, "draft")
        first.with_user(self.archivist).action_cancel()
        self.assertEqual(first.state, "cancelled")
        # A cancelled disposal is not sent for approval any more.
        with self.assertRaises(UserError):
            first.with_user(self.archivist).request_validation()
        self.assertFalse(first.sudo().review_ids)
        second.with_user(self.manager).action_cancel()
        self.assertEqual(second.state, "cancelled")

    def test_review_cannot_be_approved_by_writing_it(self):
        """CORE-REC-7: the archivist can't approve the disposal by writing its
        tier review directly; only the manager's validation disposes."""
        record = self._old_archived_record()
        disposal = (
            self.env["cs.record.disposal"]
            .with_user(self.archivist)
            .create({"reason": "Retention over", "record_ids": [(6, 0, record.ids)]})
        )
        disposal.with_user(self.archivist).request_validation()
        reviews = disposal.review_ids
        self.assertTrue(reviews)
        with self.assertRaises(AccessError):
            reviews.with_user(self.archivist).write({"status": "approved"})
        with self.assertRaises(AccessError):
            reviews.with_user(self.archivist).unlink()
        with self.assertRaises(AccessError):
            self.env["tier.review"].with_user(self.archivist).create(
                {
                    "model": "cs.record.disposal",
                    "res_id": disposal.id,
                    "definition_id": reviews[:1].definition_id.id,
                    "status": "approved",
                }
            )
        self.assertEqual(disposal.validation_status, "pending")
        with self.assertRaises(UserError):
            disposal.with_user(self.archivist).action_dispose()
        self.assertEqual(record.state, "archived")

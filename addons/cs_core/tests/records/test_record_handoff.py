# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from ..common import RecordsCase


@tagged("post_install", "-at_install")
class TestRecordHandoff(RecordsCase):
    def _record_at_cs(self):
        return self._new_record(holder=self.cs_dept)

    def test_lifecycle_moves_holder_on_confirmation(self):
        """CORE-REC-3: pending until the receiver confirms; holder changes
        only on confirmation; the chain shows on the record."""
        self.archives.responsible_id = False
        record = self._record_at_cs()
        copy_a = record.copy_ids[0]
        Handoff = self.env["cs.record.handoff"].with_user(self.agent)
        handoff = Handoff._cs_propose(copy_a, self.archives, note="For stamping")
        self.assertEqual(handoff.state, "pending")
        self.assertEqual(handoff.from_holder_id, self.cs_dept)
        self.assertEqual(copy_a.holder_id, self.cs_dept)
        self.assertEqual(copy_a.pending_handoff_id, handoff)
        # the sender cannot confirm for the archive
        with self.assertRaises(UserError):
            handoff.with_user(self.agent).action_confirm()
        mine = self.env["cs.record.handoff"].with_user(self.archivist)
        self.assertIn(handoff, mine._get_my_pending_receipts())
        self.assertIn(handoff, mine.search([("is_my_receipt", "=", True)]))
        self.assertNotIn(
            handoff,
            self.env["cs.record.handoff"]
            .with_user(self.users["finance"])
            .search([("is_my_receipt", "=", True)]),
        )
        self.assertFalse(handoff.activity_ids)  # no responsible set
        handoff.with_user(self.archivist).action_confirm()
        self.assertEqual(handoff.state, "confirmed")
        self.assertEqual(handoff.confirmed_by_id, self.archivist)
        self.assertEqual(copy_a.holder_id, self.archives)
        self.assertEqual(record.copy_ids[1].holder_id, self.cs_dept)
        self.assertEqual(record.handoff_ids, handoff)
        self.assertNotIn(handoff, mine._get_my_pending_receipts())

    def test_holder_not_writable_directly(self):
        """CORE-REC-3: the holder changes only through a confirmed handoff."""
        record = self._record_at_cs()
        for user in (self.agent, self.archivist, self.users["admin"]):
            with self.assertRaises(UserError):
                record.copy_ids.with_user(user).write({"holder_id": self.archives.id})
        with self.assertRaises(UserError):
            record.copy_ids.sudo().write({"holder_id": self.archives.id})
        self.assertEqual(record.copy_ids.holder_id, self.cs_dept)

    def test_refused_when_sender_does_not_hold(self):
        """CORE-REC-3: handing off a copy you don't hold is refused."""
        record = self._record_at_cs()
        Handoff = self.env["cs.record.handoff"]
        # the archive does not hold the copy
        with self.assertRaises(ValidationError):
            Handoff.with_user(self.archivist)._cs_propose(
                record.copy_ids, self.bank, from_holder=self.archives
            )
        # finance does not act for the CS department that holds it
        with self.assertRaises(UserError):
            Handoff.with_user(self.users["finance"])._cs_propose(
                record.copy_ids, self.archives
            )
        self.assertFalse(record.copy_ids.handoff_ids)

    def test_two_pending_handoffs_refused(self):
        """CORE-REC-3: one copy cannot be in two pending handoffs."""
        record = self._record_at_cs()
        Handoff = self.env["cs.record.handoff"].with_user(self.agent)
        Handoff._cs_propose(record.copy_ids[0], self.archives)
        with self.assertRaises(ValidationError):
            Handoff._cs_propose(record.copy_ids, self.archives)
        # after cancelling, a new handoff is possible
        record.copy_ids[0].pending_handoff_id.with_user(self.agent).action_cancel()
        second = Handoff._cs_propose(record.copy_ids, self.archives)
        self.assertEqual(second.state, "pending")

    def test_state_guarded_and_chain_kept(self):
        """CORE-REC-3: state only via buttons; handoffs are never deleted."""
        record = self._record_at_cs()
        handoff = (
            self.env["cs.record.handoff"]
            .with_user(self.agent)
            ._cs_propose(record.copy_ids, self.archives)
        )
        for user in (self.agent, self.archivist, self.users["admin"]):
            with self.assertRaises(UserError):
                handoff.with_user(user).write({"state": "confirmed"})
            with self.assertRaises(UserError):
                handoff.with_user(user).unlink()
        handoff.with_user(self.archivist).action_reject("Missing page 3")
        self.assertEqual(handoff.state, "rejected")
        self.assertEqual(record.copy_ids.holder_id, self.cs_dept)
        with self.assertRaises(UserError):
            handoff.with_user(self.archivist).action_confirm()

    def test_external_party_needs_slip_for_customer(self):
        """CORE-REC-3, CORE-REC-4: housing bureau receipt recorded by the
        sender; a customer's collection needs a receipt slip."""
        record = self._new_record(holder=self.archives)
        bureau = self.env.ref("cs_core.holder_external_housing_bureau")
        to_bureau = (
            self.env["cs.record.handoff"]
            .with_user(self.archivist)
            ._cs_propose(record.copy_ids[0], bureau)
        )
        to_bureau.with_user(self.archivist).write({"received_by_name": "Clerk Wu"})
        to_bureau.with_user(self.archivist).action_confirm()
        self.assertEqual(record.copy_ids[0].holder_id, bureau)
        to_customer = (
            self.env["cs.record.handoff"]
            .with_user(self.archivist)
            ._cs_propose(record.copy_ids[1], self.customer)
        )
        with self.assertRaises(UserError):
            to_customer.with_user(self.archivist).action_confirm()
        self.assertEqual(record.copy_ids[1].holder_id, self.archives)

    def test_mixin_creates_and_opens_records(self):
        """CORE-REC-2 mixin: a business document creates its records in one
        call and opens them with its smart button."""
        project = self.env["cs.project"].create({"name": "Mixin", "code": "MX"})
        phase = self.env["cs.project.phase"].create(
            {"name": "Phase 1", "project_id": project.id}
        )
        building = self.env["cs.building"].create({"name": "M1", "phase_id": phase.id})
        unit = self.env["cs.unit"].create({"name": "0101", "building_id": building.id})
        record = unit.with_user(self.agent)._cs_create_record(
            "cs_core.record_type_sale_contract", holder=self.cs_dept, title="Sale"
        )
        self.assertEqual(record.unit_id, unit)
        self.assertEqual(record.res_model, "cs.unit")
        self.assertEqual(record.source_ref, unit)
        self.assertEqual(len(record.copy_ids), 4)
        self.assertEqual(record.copy_ids.holder_id, self.cs_dept)
        self.assertEqual(unit.cs_record_count, 1)
        action = unit.action_view_cs_records()
        self.assertEqual(self.env["cs.record"].search(action["domain"]), record)
        handoff = unit.with_user(self.agent)._cs_propose_handoff(
            record.copy_ids[:2], self.archives
        )
        self.assertEqual(handoff.state, "pending")

    def test_pending_handoff_changed_only_by_sender(self):
        """CORE-REC-3: only the sending side may change a pending handoff."""
        record = self._record_at_cs()
        handoff = (
            self.env["cs.record.handoff"]
            .with_user(self.agent)
            ._cs_propose(record.copy_ids[0], self.archives)
        )
        with self.assertRaises(UserError):
            handoff.with_user(self.archivist).write(
                {"copy_ids": [(4, record.copy_ids[1].id)]}
            )
        handoff.with_user(self.agent).write({"copy_ids": [(4, record.copy_ids[1].id)]})
        self.assertEqual(len(handoff.copy_ids), 2)
        with self.assertRaises(UserError):
            record.copy_ids[0].write({"record_id": self._new_record().id})

    def test_department_responsible_gets_todo(self):
        """CORE-REC-3 (RE-DOC-6): the receiving department's responsible gets a
        to-do, marked done when receipt is confirmed."""
        self.archives.responsible_id = self.archivist
        record = self._record_at_cs()
        handoff = (
            self.env["cs.record.handoff"]
            .with_user(self.agent)
            ._cs_propose(record.copy_ids, self.archives)
        )
        self.assertEqual(handoff.activity_ids.user_id, self.archivist)
        handoff.with_user(self.archivist).action_confirm()
        self.assertFalse(handoff.activity_ids)

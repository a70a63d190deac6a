# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Regressions found by calling the suite from outside, one class per kind
of hole (see tests/http for the same attacks over JSON-RPC)."""

import base64

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..common import CsTicketCase, RecordsCase, cs_user


@tagged("post_install", "-at_install")
class TestStepOwnedFields(CsTicketCase):
    """CORE-TKT-3, CORE-TKT-5, CORE-CMP-3, CORE-DUTY-2: fields a step sets
    are declared once (``_cs_guarded_fields``) and refused to any direct
    write or creation value, ``default_*`` context keys included."""

    def test_ticket_step_fields(self):
        tickets = self.env["helpdesk.ticket"].with_user(self.agent)
        for key, value in (
            ("cs_overdue", True),
            ("cs_satisfaction", "5"),
            ("cs_responded_date", "2026-01-01 00:00:00"),
        ):
            with self.assertRaises(UserError):
                tickets.with_context(**{f"default_{key}": value}).create(
                    self._ticket_vals()
                )
            with self.assertRaises(UserError):
                tickets.create(self._ticket_vals(**{key: value}))
        ticket = self._new_ticket(user=self.agent)
        with self.assertRaises(UserError):
            ticket.with_user(self.manager).write({"cs_satisfaction": "1"})
        self.assertFalse(ticket.cs_satisfaction)

    def test_agreement_step_fields(self):
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"partner_id": self.customer.id, "amount": 10})
        )
        for vals in (
            {"sign_date": "2026-01-01"},
            {"payment_date": "2026-01-01"},
            {"archive_record_id": 1},
        ):
            with self.assertRaises(UserError):
                agreement.with_user(self.manager).write(vals)
        with self.assertRaises(UserError):
            self.env["cs.agreement"].with_user(self.agent).with_context(
                default_sign_date="2026-01-01"
            ).create({"partner_id": self.customer.id})
        self.assertFalse(agreement.sign_date)

    def test_computed_values_not_writable(self):
        """A computed value (an inspection's score) can't be set by hand."""
        template = self.env["cs.inspection.template"].create(
            {"name": "Desk", "line_ids": [Command.create({"name": "Tidy"})]}
        )
        inspection = self.env["cs.inspection"].create(
            {"agent_id": self.agent.id, "template_id": template.id}
        )
        with self.assertRaises(UserError):
            inspection.write({"score_percent": 100})


@tagged("post_install", "-at_install")
class TestCustodyChain(RecordsCase):
    """CORE-REC-3, CORE-REC-4: the custody chain can't be rewritten or
    bypassed, and signed files stay private."""

    def _confirmed_handoff(self):
        record = self._new_record(holder=self.cs_dept)
        handoff = (
            self.env["cs.record.handoff"]
            .with_user(self.agent)
            ._cs_propose(record.copy_ids[0], self.archives)
        )
        handoff.with_user(self.archivist).action_confirm()
        return record, handoff

    def test_confirmed_handoff_frozen(self):
        _record, handoff = self._confirmed_handoff()
        for vals in (
            {"from_holder_id": self.bank.id},
            {"to_holder_id": self.customer.id},
            {"received_by_name": "Someone else"},
            {"confirmed_by_id": self.agent.id},
            {"sent_by_id": self.archivist.id},
        ):
            with self.assertRaises(UserError):
                handoff.with_user(self.manager).write(vals)
        self.assertEqual(handoff.to_holder_id, self.archives)

    def test_no_new_copy_on_filed_record(self):
        record = self._walk(self._new_record(holder=self.cs_dept), "filed")
        with self.assertRaises(UserError):
            self.env["cs.record.copy"].with_user(self.archivist).create(
                {
                    "record_id": record.id,
                    "name": "Extra original",
                    "holder_id": self.bank.id,
                }
            )
        self.assertFalse(record.copy_ids.filtered(lambda c: c.holder_id == self.bank))

    def test_slip_cancelled_by_its_issuer_only(self):
        record = self._new_record(holder=self.cs_dept)
        handoff = (
            self.env["cs.record.handoff"]
            .with_user(self.agent)
            ._cs_propose(record.copy_ids, self.customer)
        )
        slip = handoff.with_user(self.agent)._cs_create_receipt_slip(
            collector_name="Li Dawei"
        )
        other = cs_user(self.env, "rec_agent_b", groups="cs_core.group_cs_agent")
        with self.assertRaises(AccessError):
            slip.with_user(other).action_cancel()
        self.assertEqual(slip.state, "draft")
        slip.with_user(self.agent).action_cancel()
        self.assertEqual(slip.state, "cancelled")

    def test_portal_owner_reads_own_signed_slip(self):
        """CORE-ROLE-2: a portal owner reads the signed slips of their own
        copies, and nobody else's."""
        owner = cs_user(self.env, "rec_portal_owner", groups="base.group_portal")
        stranger = cs_user(self.env, "rec_portal_other", groups="base.group_portal")
        record = self._new_record(holder=self.cs_dept)
        handoff = (
            self.env["cs.record.handoff"]
            .with_user(self.agent)
            ._cs_propose(
                record.copy_ids, self.Holder._get_for_partner(owner.partner_id)
            )
        )
        slip = handoff.with_user(self.agent)._cs_create_receipt_slip(
            collector_name="Li Dawei"
        )
        slip.with_user(self.agent).write({"signature": base64.b64encode(b"sig")})
        slip.with_user(self.agent).action_confirm()
        slips = self.env["cs.receipt.slip"]
        self.assertEqual(slip.partner_id, owner.partner_id)
        self.assertEqual(slips.with_user(owner).search([]), slip)
        self.assertFalse(slips.with_user(stranger).search([]))

    def test_record_files_never_public(self):
        record = self._walk(self._new_record(holder=self.cs_dept), "filed")
        attachment = self.env["ir.attachment"].create(
            {
                "name": "scan.pdf",
                "raw": b"%PDF",
                "res_model": "cs.record",
                "res_id": record.id,
            }
        )
        with self.assertRaises(AccessError):
            attachment.with_user(self.archivist).write({"public": True})
        with self.assertRaises(AccessError):
            attachment.with_user(self.archivist).generate_access_token()
        with self.assertRaises(AccessError):
            self.env["ir.attachment"].with_user(self.archivist).create(
                {
                    "name": "x.pdf",
                    "raw": b"%PDF",
                    "res_model": "cs.record",
                    "res_id": record.id,
                    "public": True,
                }
            )
        self.assertFalse(attachment.public)
        self.assertFalse(attachment.access_token)


@tagged("post_install", "-at_install")
class TestCompanies(CsTicketCase):
    """CORE-ROLE-2: documents can't point at another company's unit."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other = cls.env["res.company"].create({"name": "Other Developer"})
        project = cls.env["cs.project"].create(
            {"name": "Other Garden", "code": "OTG", "company_id": cls.other.id}
        )
        phase = cls.env["cs.project.phase"].create(
            {"name": "P1", "project_id": project.id, "company_id": cls.other.id}
        )
        building = cls.env["cs.building"].create(
            {"name": "B1", "phase_id": phase.id, "company_id": cls.other.id}
        )
        cls.foreign_unit = cls.env["cs.unit"].create(
            {"name": "101", "building_id": building.id, "company_id": cls.other.id}
        )

    def test_foreign_unit_refused(self):
        with self.assertRaises(UserError):
            self.env["helpdesk.ticket"].create(
                self._ticket_vals(cs_unit_id=self.foreign_unit.id)
            )
        with self.assertRaises(UserError):
            self.env["cs.agreement"].create(
                {"partner_id": self.customer.id, "unit_id": self.foreign_unit.id}
            )
        own_unit = self.env["cs.unit"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )
        ownership = self.env["cs.unit.ownership"].create(
            {"unit_id": own_unit.id, "partner_ids": [Command.set(self.customer.ids)]}
        )
        with self.assertRaises(UserError):
            ownership.write({"unit_id": self.foreign_unit.id})


@tagged("post_install", "-at_install")
class TestMalformedInput(CsTicketCase):
    """Malformed values get a ValidationError naming the field, before
    PostgreSQL or Python code sees them."""

    def test_values_refused_with_a_clear_message(self):
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"partner_id": self.customer.id, "amount": 10})
        )
        for vals in (
            {"partner_id": [1, 2]},
            {"partner_id": "abc"},
            {"unit_id": 2**40},
            {"terms": "<p>bad\x00value</p>"},
            {"terms": "楼" * 200_000},
            {"amount": float("nan")},
            {"amount": "abc"},
            {"no_such_field": 1},
        ):
            with self.assertRaises(ValidationError):
                agreement.with_user(self.agent).write(vals)
        with self.assertRaises(ValidationError):
            self.env["cs.agreement"].with_context(default_amount="abc").create(
                {"partner_id": self.customer.id}
            )
        with self.assertRaises(ValidationError):
            self.env["helpdesk.ticket"].create(self._ticket_vals(cs_kind="not_a_kind"))

    def test_button_arguments_checked(self):
        record_model = self.env["cs.record"]
        with self.assertRaises(ValidationError):
            record_model._cs_check_input({"res_model": "楼" * 5000})
        with self.assertRaises(ValidationError):
            record_model._cs_check_input({"archived_date": {"d": 1}})
        with self.assertRaises(ValidationError):
            record_model._cs_check_input({"archived_date": "not-a-date"})


@tagged("post_install", "-at_install")
class TestOverRestriction(CsTicketCase):
    """CORE-CMP-5, CORE-CMP-3, CORE-ROLE-2: roles read what their job needs."""

    def test_gm_register_and_legal_complaint(self):
        complaint = (
            self.env["helpdesk.ticket"]
            .with_user(self.agent)
            .create(
                self._ticket_vals(
                    cs_kind="complaint",
                    cs_severity="compensation",
                    cs_complaint_category="engineering",
                )
            )
        )
        wizard = self.env["cs.complaint.register.wizard"].with_user(self.gm).create({})
        self.assertIn(complaint, wizard._get_complaints())
        agreement = (
            self.env["cs.agreement"]
            .with_user(self.agent)
            .create({"ticket_id": complaint.id, "partner_id": self.customer.id})
        )
        self.assertEqual(
            agreement.with_user(self.legal).ticket_id.with_user(self.legal).name,
            complaint.name,
        )
        other = (
            self.env["helpdesk.ticket"]
            .with_user(self.agent)
            .create(self._ticket_vals())
        )
        with self.assertRaises(AccessError):
            other.with_user(self.legal).read(["name"])

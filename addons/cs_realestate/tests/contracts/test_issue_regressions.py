# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Regressions found by calling the suite from outside (see tests/http)."""

from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common import RealEstateCommon


@tagged("post_install", "-at_install")
class TestMoneySideDoors(RealEstateCommon):
    """RE-DOC-1: only Finance records payments, whatever the context, and
    an instalment Finance recorded can't be deleted or changed."""

    def test_default_paid_amount_refused(self):
        contract = self._create_contract(paid=False)
        lines = self.env["cs.sale.contract.payment"].with_user(self.clerk)
        with self.assertRaises(AccessError):
            lines.with_context(default_paid_amount=1_000_000.0).create(
                {
                    "contract_id": contract.id,
                    "name": "Top-up",
                    "due_date": date.today(),
                    "amount": 1.0,
                }
            )
        self.assertFalse(contract.payment_line_ids.filtered("paid_amount"))

    def test_paid_instalment_kept(self):
        contract = self._create_contract(paid=True)
        line = contract.payment_line_ids
        with self.assertRaises(UserError):
            line.with_user(self.clerk).unlink()
        with self.assertRaises(UserError):
            line.with_user(self.clerk).write({"amount": 1.0})
        self.assertTrue(line.exists())


@tagged("post_install", "-at_install")
class TestCopiesThatDrift(RealEstateCommon):
    """RE-MOVE-3: a move-in reads the delivery kind from its contract; it
    can't be changed on the move-in (which would write the contract)."""

    def test_move_in_delivery_kind_read_from_contract(self):
        contract = self._create_contract(kind="off_plan", paid=False)
        move = (
            self.env["cs.move.in"]
            .with_user(self.agent)
            .create({"contract_id": contract.id})
        )
        with self.assertRaises(UserError):
            move.with_user(self.agent).write({"delivery_kind": "existing"})
        with self.assertRaises(UserError):
            self.env["cs.move.in"].with_user(self.agent).with_context(
                default_delivery_kind="existing"
            ).create({"contract_id": contract.id})
        self.assertEqual(contract.delivery_kind, "off_plan")
        with self.assertRaises(UserError):
            move.with_user(self.agent).action_send_notice()


@tagged("post_install", "-at_install")
class TestContractTerms(RealEstateCommon):
    """RE-DOC-1, RE-DOC-2: approved terms and stamped prices are fixed."""

    def test_approved_terms_fixed(self):
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        for vals in (
            {"delivery_kind": "off_plan"},
            {"bank_id": self.bank.id},
            {"buyer_ids": [(6, 0, [self.owner_a.id])]},
            {"delivery_date": "2030-01-01"},
            {"approved_date": "2020-01-01"},
        ):
            with self.assertRaises(UserError):
                contract.with_user(self.manager).write(vals)
        self.assertEqual(contract.delivery_kind, "existing")

    def test_foreign_company_unit_refused(self):
        other = self.env["res.company"].create({"name": "Other Developer"})
        project = self.env["cs.project"].create(
            {"name": "Other", "code": "OTH", "company_id": other.id}
        )
        phase = self.env["cs.project.phase"].create(
            {"name": "P", "project_id": project.id, "company_id": other.id}
        )
        building = self.env["cs.building"].create(
            {"name": "B", "phase_id": phase.id, "company_id": other.id}
        )
        unit = self.env["cs.unit"].create(
            {"name": "9", "building_id": building.id, "company_id": other.id}
        )
        with self.assertRaises(UserError):
            self.env["cs.sale.contract"].create(self._contract_vals(unit_id=unit.id))

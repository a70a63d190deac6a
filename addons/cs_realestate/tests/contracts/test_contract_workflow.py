# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..common import RealEstateCommon


@tagged("post_install", "-at_install")
class TestContractWorkflow(RealEstateCommon):
    def test_state_guarded(self):
        """CORE-REC-2, RE-DOC-1: status changes only through the workflow buttons."""
        contract = self._create_contract()
        with self.assertRaises(UserError):
            contract.with_user(self.manager).write({"state": "approved"})
        with self.assertRaises(UserError):
            self.env["cs.sale.contract"].create(self._contract_vals(state="certified"))
        with self.assertRaises(UserError):
            contract.with_user(self.finance).write({"paid_confirmed": True})
        self.assertEqual(contract.state, "draft")

    def test_forged_transition_flag_refused(self):
        """RE-DOC-1, CORE-ROLE-2: a transition flag sent in the context, as
        any RPC caller can, does not open the guarded fields."""
        contract = self._create_contract()
        for key in ("cs_workflow_transition", contract._cs_transition_key()):
            forged = {key: True}
            with self.assertRaises(UserError):
                contract.with_user(self.manager).with_context(**forged).write(
                    {"state": "certified"}
                )
            with self.assertRaises(UserError):
                contract.with_user(self.finance).with_context(**forged).write(
                    {"paid_confirmed": True}
                )
            with self.assertRaises(UserError):
                self.env["cs.sale.contract"].with_context(**forged).create(
                    self._contract_vals(state="certified")
                )
        self.assertEqual(contract.state, "draft")
        self.assertFalse(contract.paid_confirmed)

    def test_amounts_and_mortgage_bank(self):
        """RE-DOC-1: total = area x unit price, paid and unpaid amounts; mortgage needs
        a bank."""
        contract = self._create_contract(paid=False)
        self.assertEqual(contract.amount_total, 1_000_000.0)
        self.assertEqual(contract.amount_due, 1_000_000.0)
        self.assertEqual(contract.payment_state, "unpaid")
        contract.payment_line_ids.with_user(self.finance).write(
            {"paid_amount": 400_000.0}
        )
        self.assertEqual(contract.payment_state, "partial")
        self.assertEqual(contract.amount_due, 600_000.0)
        with self.assertRaises(ValidationError):
            self._create_contract(method="mortgage", bank_id=False)

    def test_role_checks(self):
        """CORE-ROLE-2, RE-DOC-2, RE-MOVE-1: clerk can't stamp, agent can't confirm
        payment or record payments, Finance can't archive."""
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        contract.with_user(self.clerk).action_send_to_stamping()
        with self.assertRaises(AccessError):
            contract.with_user(self.clerk).action_stamp()
        with self.assertRaises(AccessError):
            contract.with_user(self.clerk).action_approve()
        with self.assertRaises(AccessError):
            contract.with_user(self.agent).action_confirm_full_payment()
        with self.assertRaises(AccessError):
            contract.payment_line_ids.with_user(self.agent).write({"paid_amount": 1.0})
        contract.with_user(self.archivist).action_stamp()
        batch = self._new_batch(contract)
        batch.action_submit()
        batch.action_record_results()
        contract.with_user(self.archivist).action_distribute()
        with self.assertRaises(AccessError):
            contract.with_user(self.finance).action_archive_contract()
        contract.with_user(self.agent).action_notify_finance()
        contract.with_user(self.finance).action_confirm_full_payment()
        self.assertTrue(contract.paid_confirmed)
        self.assertEqual(contract.paid_confirmed_by_id, self.finance)

    def test_confirm_refused_with_balance(self):
        """RE-MOVE-1: Finance cannot confirm full payment while a balance is unpaid."""
        contract = self._create_contract(paid=False)
        with self.assertRaises(UserError):
            contract.with_user(self.finance).action_confirm_full_payment()
        with self.assertRaises(UserError):
            contract.with_user(self.agent).action_notify_finance()

    def test_stamping_is_archivist_handoff(self):
        """RE-DOC-2, CORE-REC-3: approval registers four copies in the marketing data
        room;
        sending for stamping is a pending handoff; stamping receives it in the
        archive."""
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        marketing = self._ref("cs_core.holder_department_marketing")
        archives = self._ref("cs_core.holder_department_archives")
        record = contract.sale_record_id
        self.assertEqual(record.state, "approved")
        self.assertEqual(len(record.copy_ids), 4)
        self.assertEqual(record.copy_ids.holder_id, marketing)
        contract.with_user(self.clerk).action_send_to_stamping()
        handoff = record.copy_ids.pending_handoff_id
        self.assertEqual(handoff.to_holder_id, archives)
        self.assertEqual(
            record.copy_ids.holder_id, marketing, "holder changes on receipt only"
        )
        contract.with_user(self.archivist).action_stamp()
        self.assertEqual(handoff.state, "confirmed")
        self.assertEqual(record.copy_ids.holder_id, archives)
        self.assertEqual(record.state, "stamped")
        self.assertEqual(contract.state, "stamped")

    def test_cancel_withdraws_pending_handoff(self):
        """CORE-REC-3: cancelling a contract sent for stamping withdraws its pending
        handoff."""
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        contract.with_user(self.clerk).action_send_to_stamping()
        handoff = contract.sale_record_id.copy_ids.pending_handoff_id
        contract.with_user(self.manager).action_cancel()
        self.assertEqual(handoff.state, "cancelled")
        self.assertEqual(contract.state, "cancelled")
        self.assertEqual(
            contract.sale_record_id.copy_ids.holder_id,
            self._ref("cs_core.holder_department_marketing"),
        )

    def test_terms_locked_after_approval(self):
        """RE-DOC-1: the price terms of an approved contract are locked."""
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        with self.assertRaises(UserError):
            contract.write({"unit_price": 1.0})

    def test_subscription_converts(self):
        """RE-DOC-5: a stamped subscription agreement (Party B copy to the customer,
        Party A copy kept by the archivist) converts into a sale contract."""
        unit = self._new_unit()
        agreement = (
            self.env["cs.subscription.agreement"]
            .with_user(self.sales)
            .create(
                {
                    "unit_id": unit.id,
                    "partner_id": self.owner_b.id,
                    "area": 90.0,
                    "unit_price": 12000.0,
                }
            )
        )
        agreement.action_sign()
        with self.assertRaises(AccessError):
            agreement.with_user(self.sales).action_stamp()
        agreement.with_user(self.archivist).action_stamp()
        archives = self._ref("cs_core.holder_department_archives")
        copies = agreement.record_id.copy_ids
        party_a = copies.filtered(lambda c: c.party == "a")
        party_b = copies.filtered(lambda c: c.party == "b")
        self.assertEqual(party_a.holder_id, archives)
        self.assertEqual(
            party_b.pending_handoff_id.to_holder_id.partner_id, self.owner_b
        )
        self.assertTrue(party_b.pending_handoff_id.receipt_slip_ids)
        with self.assertRaises(AccessError):
            agreement.with_user(self.sales).action_convert()
        agreement.with_user(self.clerk).action_convert()
        contract = agreement.contract_id
        self.assertEqual(agreement.state, "converted")
        self.assertEqual(contract.amount_total, 1_080_000.0)
        self.assertEqual(contract.subscription_id, agreement)
        self.assertEqual(contract.buyer_ids, self.owner_b)

    def test_sales_sees_own_agreements(self):
        """CORE-ROLE-2: a sales representative sees the agreements they signed only;
        the data clerk and the archivist see all of them."""
        other_sales = self.sales.copy({"login": "t_re_sales6_b"})
        agreements = self.env["cs.subscription.agreement"]
        mine = agreements.with_user(self.sales).create(
            {"unit_id": self._new_unit().id, "partner_id": self.owner_a.id}
        )
        theirs = agreements.with_user(other_sales).create(
            {"unit_id": self._new_unit().id, "partner_id": self.owner_b.id}
        )
        visible = agreements.with_user(self.sales).search(
            [("id", "in", (mine | theirs).ids)]
        )
        self.assertEqual(visible, mine)
        for user in (self.clerk, self.archivist):
            self.assertEqual(
                agreements.with_user(user).search([("id", "in", (mine | theirs).ids)]),
                mine | theirs,
            )

    def test_register_links_set_by_the_steps_only(self):
        """CORE-REC-2, RE-DOC-2, RE-DOC-5: the register entry of a contract
        and of a subscription agreement is set by its workflow step; nobody
        repoints or clears it by hand (also not through RPC, nor at creation)."""
        message = "changes only through the workflow buttons"
        contract = self._create_contract()
        other = self._create_contract()
        other.with_user(self.manager).action_approve()
        with self.assertRaisesText(UserError, message):
            self.env["cs.sale.contract"].create(
                self._contract_vals(sale_record_id=other.sale_record_id.id)
            )
        with self.assertRaisesText(UserError, message):
            contract.with_user(self.manager).write(
                {"sale_record_id": other.sale_record_id.id}
            )
        contract.with_user(self.manager).action_approve()
        self.assertTrue(contract.sale_record_id)
        self.assertNotEqual(contract.sale_record_id, other.sale_record_id)
        with self.assertRaisesText(UserError, message):
            contract.with_user(self.manager).write({"sale_record_id": False})

        agreement = (
            self.env["cs.subscription.agreement"]
            .with_user(self.sales)
            .create({"unit_id": self._new_unit().id, "partner_id": self.owner_b.id})
        )
        with self.assertRaisesText(UserError, message):
            agreement.with_user(self.sales).write(
                {"record_id": other.sale_record_id.id}
            )
        agreement.action_sign()
        self.assertTrue(agreement.record_id)
        for user in (self.sales, self.clerk):
            with self.assertRaisesText(UserError, message):
                agreement.with_user(user).write({"record_id": other.sale_record_id.id})
        self.assertNotEqual(agreement.record_id, other.sale_record_id)

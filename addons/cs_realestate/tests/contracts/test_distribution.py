# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common import SIGNATURE, RealEstateCommon


@tagged("post_install", "-at_install")
class TestDistribution(RealEstateCommon):
    def _pending_to(self, contract, party, kind):
        copy = contract._copies(party, kind)
        return copy.pending_handoff_id.to_holder_id

    def test_lump_sum_distribution(self):
        """RE-DOC-4: lump sum — Party B original and duplicate to the customer,
        Party A duplicate to the property company, Party A original stays in the
        archive."""
        contract = self._to_certified(self._create_contract())
        with self.assertRaises(AccessError):
            contract.with_user(self.agent).action_distribute()
        contract.with_user(self.archivist).action_distribute()
        archives = self._ref("cs_core.holder_department_archives")
        customer = self._pending_to(contract, "b", "original")
        self.assertEqual(customer.external_kind, "customer")
        self.assertEqual(customer.partner_id, self.owner_a)
        self.assertEqual(self._pending_to(contract, "b", "duplicate"), customer)
        self.assertEqual(
            self._pending_to(contract, "a", "duplicate"),
            self._ref("cs_core.holder_external_property_company"),
        )
        self.assertEqual(contract._copies("a", "original").holder_id, archives)
        self.assertFalse(contract._copies("a", "original").pending_handoff_id)
        self.assertEqual(contract.sale_record_id.state, "filed")
        self.assertEqual(contract.receipt_slip_count, 1)

    def test_mortgage_distribution_and_archive(self):
        """RE-DOC-4, RE-DOC-8: mortgage — Party B original to the bank, duplicate to
        the customer, each on a receipt slip; filing waits until every copy is
        received."""
        contract = self._to_certified(self._create_contract(method="mortgage"))
        contract.with_user(self.archivist).action_distribute()
        bank = self._pending_to(contract, "b", "original")
        self.assertEqual((bank.external_kind, bank.partner_id), ("bank", self.bank))
        customer = self._pending_to(contract, "b", "duplicate")
        self.assertEqual(
            (customer.external_kind, customer.partner_id), ("customer", self.owner_a)
        )
        self.assertEqual(contract.receipt_slip_count, 2)
        with self.assertRaisesText(UserError, "still pending"):
            contract.with_user(self.archivist).action_archive_contract()
        slip = contract._copies("b", "original").pending_handoff_id.receipt_slip_ids
        with self.assertRaises(UserError):
            slip.with_user(self.archivist).action_confirm()
        slip.with_user(self.archivist).write(
            {"collector_name": "Bank clerk Zhou", "signature": SIGNATURE}
        )
        slip.with_user(self.archivist).action_confirm()
        self.assertEqual(contract._copies("b", "original").holder_id, bank)
        contract.with_user(self.archivist)._cs_record_collection(
            "Wang Jianhua", SIGNATURE
        )
        contract.with_user(self.archivist).action_archive_contract()
        self.assertEqual(contract.state, "archived")
        self.assertEqual(contract.sale_record_id.state, "archived")
        self.assertEqual(contract._copies("b", "duplicate").holder_id, customer)

    def test_mortgage_package(self):
        """RE-DOC-6: CS notifies the bank, then takes the mortgage and loan contracts
        to the
        archivist (handoff + activity) who reviews and stamps them."""
        contract = self._to_certified(self._create_contract(method="mortgage"))
        with self.assertRaises(UserError):
            contract.with_user(self.agent).action_send_mortgage_package()
        contract.with_user(self.agent).action_bank_notified()
        contract.with_user(self.agent).action_send_mortgage_package()
        package = contract.mortgage_record_ids
        self.assertEqual(
            set(package.type_id.mapped("code")),
            {
                self._ref("cs_core.record_type_mortgage_contract").code,
                self._ref("cs_core.record_type_loan_contract").code,
            },
        )
        archives = self._ref("cs_core.holder_department_archives")
        self.assertEqual(package.copy_ids.pending_handoff_id.to_holder_id, archives)
        self.assertTrue(
            contract.activity_ids.filtered(
                lambda a: a.user_id.has_group("cs_core.group_cs_archivist")
                and a.summary == "Review and stamp the mortgage package"
            )
        )
        with self.assertRaises(AccessError):
            contract.with_user(self.agent).action_stamp_mortgage_package()
        contract.with_user(self.archivist).action_stamp_mortgage_package()
        self.assertEqual(set(package.mapped("state")), {"stamped"})
        self.assertEqual(package.copy_ids.holder_id, archives)
        self.assertEqual(contract.mortgage_state, "done")

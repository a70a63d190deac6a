# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..common import SIGNATURE, RealEstateCommon


@tagged("post_install", "-at_install")
class TestCertificates(RealEstateCommon):
    def _paid_certified(self, **kwargs):
        contract = self._create_contract(**kwargs)
        contract._cs_transition_write(state="certified", paid_confirmed=True)
        return contract

    def _application(self, contract, kind="ownership"):
        return (
            self.env["cs.certificate.application"]
            .with_user(self.agent)
            .create(
                {
                    "contract_id": contract.id,
                    "kind": kind,
                    "has_invoice": True,
                    "has_id": True,
                    "has_contract": True,
                }
            )
        )

    def test_area_difference_supplement(self):
        """RE-CERT-1, RE-CERT-2, RE-CERT-3: survey filed, larger measured area gives a
        supplement; the certificate is refused until Finance settles it."""
        contract = self._paid_certified()
        contract.with_user(self.clerk).action_file_survey()
        self.assertEqual(contract.survey_state, "filed")
        contract.with_user(self.clerk)._record_measured_area(101.5)
        self.assertAlmostEqual(contract.area_difference, 1.5)
        self.assertAlmostEqual(contract.price_difference, 15000.0)
        with self.assertRaisesText(ValidationError, "area difference must be settled"):
            self._application(contract)
        with self.assertRaises(AccessError):
            contract.with_user(self.agent).action_settle_area_difference()
        contract.with_user(self.finance).action_settle_area_difference()
        self.assertEqual(contract.survey_state, "settled")
        self.assertTrue(self._application(contract))

    def test_measure_wizard(self):
        """RE-CERT-2: the clerk records the measured area through the wizard."""
        contract = self._paid_certified()
        contract.with_user(self.clerk).action_file_survey()
        action = contract.with_user(self.clerk).action_open_measure_wizard()
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.clerk)
            .with_context(**action["context"])
            .create({"measured_area": 100.0})
        )
        wizard.action_confirm()
        self.assertEqual(contract.measured_area, 100.0)
        self.assertEqual(
            contract.survey_state, "settled", "no difference: nothing to settle"
        )

    def test_area_difference_refund(self):
        """RE-CERT-1, RE-CERT-2, RE-DOC-7: the clerk files existing homes; a smaller
        measured area creates a draft refund."""
        contract = self._paid_certified()
        with self.assertRaises(AccessError):
            contract.with_user(self.agent).action_file_survey()
        contract.with_user(self.clerk).action_file_survey()
        contract.with_user(self.agent)._record_measured_area(99.0)
        self.assertEqual(contract.refund_ids.amount, 10000.0)
        self.assertEqual(contract.refund_ids.reason, "area_difference")
        self.assertEqual(contract.survey_state, "measured")

    def test_bulk_survey_offplan(self):
        """RE-CERT-1: CS (not the clerk) files the surveys of off-plan contracts in
        bulk."""
        contracts = self._paid_certified(kind="off_plan") | self._paid_certified(
            kind="off_plan"
        )
        with self.assertRaises(AccessError):
            contracts.with_user(self.clerk).action_file_survey()
        contracts.with_user(self.agent).action_file_survey()
        self.assertEqual(set(contracts.mapped("survey_state")), {"filed"})
        with self.assertRaises(UserError):
            contracts.with_user(self.agent).action_file_survey()

    def test_prerequisites(self):
        """RE-CERT-3, RE-CERT-4: not before full payment is confirmed; land needs the
        issued ownership certificate; materials go to the customer on a receipt slip."""
        contract = self._paid_certified()
        contract._cs_transition_write(paid_confirmed=False)
        contract.with_user(self.clerk).action_file_survey()
        contract.with_user(self.agent)._record_measured_area(100.0)
        self.assertEqual(contract.survey_state, "settled")
        with self.assertRaisesText(ValidationError, "full payment"):
            self._application(contract)
        contract.with_user(self.finance).action_confirm_full_payment()
        with self.assertRaisesText(ValidationError, "requires the issued ownership"):
            self._application(contract, kind="land")
        ownership = self._application(contract)
        ownership.action_hand_over_materials()
        slip = ownership.receipt_slip_id
        self.assertEqual(slip.partner_id, self.owner_a)
        self.assertEqual(
            ownership.materials_record_id.copy_ids.pending_handoff_id, slip.handoff_id
        )
        slip.with_user(self.agent).write({"signature": SIGNATURE})
        slip.with_user(self.agent).action_confirm()
        self.assertEqual(
            ownership.materials_record_id.copy_ids.holder_id.partner_id, self.owner_a
        )
        ownership.action_submit()
        with self.assertRaises(UserError):
            ownership.action_issue()
        ownership.certificate_number = "CQ-0001"
        ownership.action_issue()
        self.assertEqual(ownership.state, "issued")
        land = self._application(contract, kind="land")
        land.action_hand_over_materials()
        self.assertEqual(land.state, "materials")
        with self.assertRaises(ValidationError):
            self._application(contract)

    def test_materials_links_set_by_the_step_only(self):
        """RE-CERT-3, CORE-ROLE-2: the materials record and the receipt slip
        of an application are set by the hand-over step, never written by hand
        (also not through RPC, nor at creation)."""
        contract = self._paid_certified()
        contract.with_user(self.clerk).action_file_survey()
        contract.with_user(self.agent)._record_measured_area(100.0)
        other = self._application(contract)
        other.action_hand_over_materials()
        other.action_cancel()
        application = self._application(contract)
        for vals in (
            {"materials_record_id": other.materials_record_id.id},
            {"receipt_slip_id": other.receipt_slip_id.id},
        ):
            with self.assertRaisesText(
                UserError, "changes only through the workflow buttons"
            ):
                application.with_user(self.agent).write(vals)
            with self.assertRaisesText(
                UserError, "changes only through the workflow buttons"
            ):
                self.env["cs.certificate.application"].with_user(self.agent).create(
                    {"contract_id": contract.id, "kind": "ownership", **vals}
                )
        application.action_hand_over_materials()
        self.assertTrue(application.materials_record_id)
        self.assertEqual(
            application.materials_record_id.copy_ids.pending_handoff_id,
            application.receipt_slip_id.handoff_id,
        )
        with self.assertRaisesText(
            UserError, "changes only through the workflow buttons"
        ):
            application.with_user(self.agent).write({"receipt_slip_id": False})
        self.assertTrue(application.receipt_slip_id)

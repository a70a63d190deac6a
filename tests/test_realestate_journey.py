# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""End-to-end journeys of sale contracts (issue 6), from draft to the land
certificate, checking who holds every paper copy at every step.

Spec: RE-DOC-1..8, RE-MOVE-1..4, RE-CERT-1..4, CORE-REC-3, CORE-REC-4.
"""

from datetime import date, timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import TransactionCase

SIGNATURE = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2Fzh"
    "VAAAAAElFTkSuQmCC"
)
A_ORIG, A_DUP, B_ORIG, B_DUP = (
    ("a", "original"),
    ("a", "duplicate"),
    ("b", "original"),
    ("b", "duplicate"),
)


def next_weekday(weekday):
    today = date.today()
    return today + timedelta(days=(weekday - today.weekday()) % 7)


class TestRealEstateJourney(TransactionCase):
    # Suite-level tests live outside odoo.addons, so Odoo can't infer these.
    test_tags = {"standard", "post_install"}
    test_module = "cs_suite"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.clerk = ref("cs_realestate.user_re_clerk")
        cls.manager = ref("cs_core.user_cs_manager")
        cls.archivist = ref("cs_core.user_cs_archivist")
        cls.agent = ref("cs_core.user_cs_agent")
        cls.finance = ref("cs_core.user_cs_finance")
        cls.marketing = ref("cs_core.holder_department_marketing")
        cls.archives = ref("cs_core.holder_department_archives")
        cls.cs_dept = ref("cs_core.holder_department_cs")
        cls.bureau = ref("cs_core.holder_external_housing_bureau")
        cls.property = ref("cs_core.holder_external_property_company")
        cls.buyer = cls.env["res.partner"].create(
            {"name": "E2E Buyer 周建国", "phone": "13800000001"}
        )
        cls.bank = cls.env["res.partner"].create(
            {"name": "E2E Bank", "is_company": True}
        )
        cls.existing_building = ref("cs_core.demo_building_b2")
        cls.offplan_building = ref("cs_core.demo_building_b4")

    # ------------------------------------------------------------------
    def _contract(self, building, method, kind, delivery_date=False):
        unit = self.env["cs.unit"].create(
            {"name": f"E2E-{method}", "building_id": building.id, "area": 100.0}
        )
        return (
            self.env["cs.sale.contract"]
            .with_user(self.clerk)
            .create(
                {
                    "unit_id": unit.id,
                    "partner_id": self.buyer.id,
                    "user_id": self.agent.id,
                    "contract_area": 100.0,
                    "unit_price": 12000.0,
                    "payment_method": method,
                    "bank_id": self.bank.id if method == "mortgage" else False,
                    "delivery_kind": kind,
                    "delivery_date": delivery_date,
                    "payment_line_ids": [
                        fields.Command.create(
                            {
                                "name": "Full price",
                                "due_date": date.today(),
                                "amount": 1_200_000.0,
                            }
                        )
                    ],
                }
            )
        )

    def assertHolders(self, contract, expected, pending=None):
        """Every copy's current holder, and where its pending handoff goes."""
        copies = {(c.party, c.kind): c for c in contract.sale_record_id.copy_ids}
        self.assertEqual(set(copies), {A_ORIG, A_DUP, B_ORIG, B_DUP})
        for key, holder in expected.items():
            self.assertEqual(copies[key].holder_id, holder, f"holder of {key}")
        for key, holder in (pending or {}).items():
            self.assertEqual(
                copies[key].pending_handoff_id.to_holder_id, holder, f"pending {key}"
            )
        for key in set(copies) - set(pending or {}):
            self.assertFalse(
                copies[key].pending_handoff_id, f"{key} should not be in transit"
            )

    def _all(self, holder):
        return dict.fromkeys((A_ORIG, A_DUP, B_ORIG, B_DUP), holder)

    def _stamp_and_certify(self, contract):
        contract.with_user(self.manager).action_approve()
        self.assertEqual(contract.sale_record_id.state, "approved")
        self.assertHolders(contract, self._all(self.marketing))
        contract.with_user(self.clerk).action_send_to_stamping()
        self.assertHolders(
            contract, self._all(self.marketing), self._all(self.archives)
        )
        contract.with_user(self.archivist).action_stamp()
        self.assertEqual(contract.sale_record_id.state, "stamped")
        self.assertHolders(contract, self._all(self.archives))
        batch = (
            self.env["cs.certification.batch"]
            .with_user(self.clerk)
            .create(
                {
                    "date": next_weekday(4),
                    "line_ids": [
                        fields.Command.create(
                            {
                                "contract_id": contract.id,
                                "has_buyer_id_copy": True,
                                "has_authorization_letter": True,
                            }
                        )
                    ],
                }
            )
        )
        batch.action_submit()
        self.assertHolders(contract, self._all(self.bureau))
        batch.action_record_results()
        self.assertEqual(contract.state, "certified")
        self.assertEqual(contract.sale_record_id.state, "certified")
        self.assertHolders(contract, self._all(self.bureau), self._all(self.archives))

    def _pay_and_confirm(self, contract):
        contract.payment_line_ids.with_user(self.finance).write(
            {"paid_amount": 1_200_000.0, "paid_date": date.today()}
        )
        contract.with_user(self.agent).action_notify_finance()
        contract.with_user(self.finance).action_confirm_full_payment()
        self.assertTrue(contract.paid_confirmed)

    def _sign_slip(self, handoff, collector):
        slip = handoff.receipt_slip_ids
        self.assertEqual(len(slip), 1)
        slip = slip.with_user(self.archivist)
        slip.write({"collector_name": collector, "signature": SIGNATURE})
        slip.action_confirm()
        self.assertEqual(handoff.state, "confirmed")
        # RE-DOC-8: the signed slip itself is filed with the archivist (directly
        # when the archive handed the copies over, else by a handoff).
        filing = slip.record_id.copy_ids.pending_handoff_id
        if filing:
            self.assertEqual(filing.to_holder_id, self.archives)
            filing.with_user(self.archivist).action_confirm()
        self.assertEqual(slip.record_id.copy_ids.holder_id, self.archives)
        return slip

    def _survey_and_certificates(self, contract, filer, measured):
        contract.with_user(filer).action_file_survey()
        contract.with_user(filer)._record_measured_area(measured)
        if contract.survey_state == "measured":
            contract.with_user(self.finance).action_settle_area_difference()
        self.assertEqual(contract.survey_state, "settled")
        applications = self.env["cs.certificate.application"].with_user(self.agent)
        for kind in ("ownership", "land"):
            application = applications.create(
                {
                    "contract_id": contract.id,
                    "kind": kind,
                    "has_invoice": True,
                    "has_id": True,
                    "has_contract": True,
                }
            )
            application.action_hand_over_materials()
            materials = application.materials_record_id.copy_ids
            self.assertEqual(materials.holder_id, self.cs_dept)
            slip = application.receipt_slip_id.with_user(self.agent)
            slip.write({"signature": SIGNATURE})
            slip.action_confirm()
            self.assertEqual(materials.holder_id.partner_id, self.buyer)
            application.action_submit()
            application.certificate_number = f"E2E-{kind}-{contract.id}"
            application.action_issue()
            self.assertEqual(application.state, "issued")

    # ------------------------------------------------------------------
    def test_lump_sum_existing_home(self):
        """RE-DOC-1..4, RE-DOC-8, RE-MOVE-1, RE-CERT-1..4: lump-sum existing home."""
        contract = self._contract(self.existing_building, "lump_sum", "existing")
        self.assertFalse(contract.sale_record_id)
        self._stamp_and_certify(contract)
        contract.with_user(self.archivist).action_distribute()
        customer = self.env["cs.record.holder"]._get_for_partner(self.buyer, "customer")
        self.assertHolders(
            contract,
            self._all(self.archives),
            {A_DUP: self.property, B_ORIG: customer, B_DUP: customer},
        )
        self.assertEqual(contract.sale_record_id.state, "filed")
        contract._copies(*A_DUP).pending_handoff_id.with_user(
            self.archivist
        ).action_confirm()
        self.assertHolders(
            contract,
            {A_ORIG: self.archives, A_DUP: self.property, B_ORIG: self.archives},
            {B_ORIG: customer, B_DUP: customer},
        )
        self._sign_slip(contract._copies(*B_ORIG).pending_handoff_id, "周建国")
        final = {
            A_ORIG: self.archives,
            A_DUP: self.property,
            B_ORIG: customer,
            B_DUP: customer,
        }
        self.assertHolders(contract, final)
        contract.with_user(self.archivist).action_archive_contract()
        self.assertEqual(contract.sale_record_id.state, "archived")
        # RE-MOVE-1: the slip waits for Finance.
        move = (
            self.env["cs.move.in"]
            .with_user(self.agent)
            .create({"contract_id": contract.id})
        )
        move.action_send_notice()
        with self.assertRaises(UserError):
            move.action_issue_slip()
        self._pay_and_confirm(contract)
        move.action_issue_slip()
        move.action_done()
        self._survey_and_certificates(contract, self.clerk, 101.0)
        self.assertHolders(contract, final)
        self.assertEqual(contract.receipt_slip_count, 3)

    def test_mortgage_off_plan(self):
        """RE-DOC-1..4, RE-DOC-6, RE-DOC-8, RE-MOVE-3, RE-MOVE-4, RE-CERT-1..4:
        mortgage off-plan home."""
        contract = self._contract(
            self.offplan_building,
            "mortgage",
            "off_plan",
            date.today() + timedelta(days=10),
        )
        self._stamp_and_certify(contract)
        self.assertEqual(contract.mortgage_state, "to_notify")
        contract.with_user(self.archivist).action_distribute()
        holders = self.env["cs.record.holder"]
        customer = holders._get_for_partner(self.buyer, "customer")
        bank = holders._get_for_partner(self.bank, "bank")
        self.assertHolders(
            contract,
            self._all(self.archives),
            {A_DUP: self.property, B_ORIG: bank, B_DUP: customer},
        )
        # RE-DOC-6: CS notifies the bank, brings the mortgage package to the archivist.
        contract.with_user(self.agent).action_bank_notified()
        contract.with_user(self.agent).action_send_mortgage_package()
        package = contract.mortgage_record_ids
        self.assertEqual(package.copy_ids.holder_id, self.cs_dept)
        self.assertEqual(
            package.copy_ids.pending_handoff_id.to_holder_id, self.archives
        )
        contract.with_user(self.archivist).action_stamp_mortgage_package()
        self.assertEqual(package.copy_ids.holder_id, self.archives)
        self.assertEqual(set(package.mapped("state")), {"stamped"})
        # The bank collects the Party B original, the customer the duplicate.
        self._sign_slip(contract._copies(*B_ORIG).pending_handoff_id, "Bank clerk Zhou")
        self.assertHolders(
            contract,
            {
                A_ORIG: self.archives,
                A_DUP: self.archives,
                B_ORIG: bank,
                B_DUP: self.archives,
            },
            {A_DUP: self.property, B_DUP: customer},
        )
        self._sign_slip(contract._copies(*B_DUP).pending_handoff_id, "周建国")
        contract._copies(*A_DUP).pending_handoff_id.with_user(
            self.archivist
        ).action_confirm()
        final = {
            A_ORIG: self.archives,
            A_DUP: self.property,
            B_ORIG: bank,
            B_DUP: customer,
        }
        self.assertHolders(contract, final)
        contract.with_user(self.archivist).action_archive_contract()
        # RE-MOVE-3: no notice before full payment is confirmed; then exactly one.
        notices = self.env["cs.move.in"]
        self.assertNotIn(contract, notices._cron_send_offplan_notices().contract_id)
        self._pay_and_confirm(contract)
        self.assertEqual(
            notices._cron_send_offplan_notices().contract_id & contract, contract
        )
        self.assertFalse(notices._cron_send_offplan_notices() & contract.move_in_ids)
        move = contract.move_in_ids.with_user(self.agent)
        self.assertEqual(move.state, "notified")
        move.action_issue_slip()
        move.action_done()
        self._survey_and_certificates(contract, self.agent, 99.0)
        self.assertEqual(contract.refund_ids.amount, 12000.0)
        self.assertHolders(contract, final)
        self.assertEqual(contract.receipt_slip_count, 4)

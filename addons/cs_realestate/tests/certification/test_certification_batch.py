# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..common import RealEstateCommon, next_weekday


@tagged("post_install", "-at_install")
class TestCertificationBatch(RealEstateCommon):
    def test_weekday_rule(self):
        """RE-DOC-3: a batch on a Wednesday is refused; Tuesday and Friday are
        accepted."""
        batches = self.env["cs.certification.batch"].with_user(self.clerk)
        with self.assertRaisesText(ValidationError, "Tuesdays and Fridays"):
            batches.create({"date": next_weekday(2)})
        for weekday in (0, 3, 5, 6):
            with self.assertRaises(ValidationError):
                batches.create({"date": next_weekday(weekday)})
        tuesday = batches.create({"date": next_weekday(1)})
        friday = batches.create({"date": next_weekday(4)})
        self.assertEqual(tuesday.date.weekday(), 1)
        self.assertEqual(friday.date.weekday(), 4)
        with self.assertRaises(ValidationError):
            tuesday.write({"date": next_weekday(2)})

    def test_missing_item_blocks_submission(self):
        """RE-DOC-3: a line without the buyer ID copy (or unstamped originals) blocks
        submission."""
        contract = self._to_stamped(self._create_contract())
        batch = self._new_batch(contract, complete=False)
        self.assertFalse(batch.complete)
        with self.assertRaisesText(UserError, "buyer ID copy"):
            batch.action_submit()
        self.assertEqual(batch.state, "draft")
        unstamped = self._create_contract()
        unstamped.with_user(self.manager).action_approve()
        batch2 = self._new_batch(unstamped, weekday=4)
        with self.assertRaisesText(UserError, "stamped contract originals"):
            batch2.action_submit()
        batch.line_ids.has_buyer_id_copy = True
        batch.action_submit()
        self.assertEqual(batch.state, "submitted")
        with self.assertRaises(UserError):
            batch.line_ids.has_authorization_letter = False

    def test_results_certify_and_bureau_round_trip(self):
        """RE-DOC-3, RE-DOC-6, CORE-REC-3: submission takes the papers to the bureau,
        results certify the contract, papers come back to the archive; a mortgage
        contract gets a notify-the-bank activity."""
        contract = self._to_stamped(self._create_contract(method="mortgage"))
        bureau = self._ref("cs_core.holder_external_housing_bureau")
        archives = self._ref("cs_core.holder_department_archives")
        batch = self._new_batch(contract)
        with self.assertRaises(AccessError):
            batch.with_user(self.agent).action_submit()
        batch.action_submit()
        self.assertEqual(contract.sale_record_id.copy_ids.holder_id, bureau)
        batch.action_record_results()
        self.assertEqual(contract.state, "certified")
        self.assertEqual(contract.certified_date, batch.date)
        self.assertEqual(contract.sale_record_id.state, "certified")
        back = contract.sale_record_id.copy_ids.pending_handoff_id
        self.assertEqual(back.to_holder_id, archives)
        self.assertEqual(contract.mortgage_state, "to_notify")
        self.assertEqual(
            len(
                contract.activity_ids.filtered(
                    lambda a: a.activity_type_id
                    == self.env.ref("mail.mail_activity_data_call")
                )
            ),
            1,
        )

    def test_rejected_line_stays_stamped(self):
        """RE-DOC-3: a contract rejected by the bureau is not certified."""
        ok, rejected = (self._to_stamped(self._create_contract()) for _i in range(2))
        batch = self._new_batch(ok | rejected)
        batch.action_submit()
        batch.line_ids.filtered(
            lambda line: line.contract_id == rejected
        ).result = "rejected"
        batch.action_record_results()
        self.assertEqual(ok.state, "certified")
        self.assertEqual(rejected.state, "stamped")

    def test_contracts_fixed_once_submitted(self):
        """RE-DOC-3: once a batch is submitted its contracts are fixed, also
        through RPC (no line added, removed or moved); results are still
        recorded while submitted, and are final once the batch is done."""
        contract = self._to_stamped(self._create_contract())
        other = self._to_stamped(self._create_contract())
        batch = self._new_batch(contract)
        draft_batch = self._new_batch(other, weekday=4)
        batch.action_submit()
        line = batch.line_ids
        message = "only while it is a draft"
        with self.assertRaisesText(UserError, message):
            batch.write({"line_ids": [Command.delete(line.id)]})
        with self.assertRaisesText(UserError, message):
            batch.write(
                {
                    "line_ids": [
                        Command.create(
                            {"contract_id": other.id, "has_buyer_id_copy": True}
                        )
                    ]
                }
            )
        with self.assertRaisesText(UserError, message):
            self.env["cs.certification.batch.line"].with_user(self.clerk).create(
                {"batch_id": batch.id, "contract_id": other.id}
            )
        with self.assertRaisesText(UserError, message):
            draft_batch.line_ids.write({"batch_id": batch.id})
        with self.assertRaisesText(UserError, message):
            line.unlink()
        self.assertEqual(batch.line_ids, line)
        batch.write(
            {
                "line_ids": [
                    Command.update(line.id, {"result": "rejected", "note": "Stamp"})
                ]
            }
        )
        self.assertEqual(line.result, "rejected")
        batch.action_record_results()
        self.assertEqual(batch.state, "done")
        with self.assertRaisesText(UserError, "closed certification batch"):
            line.write({"result": "certified"})
        self.assertEqual(line.result, "rejected")

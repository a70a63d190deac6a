# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import RealEstateCommon

FINANCE = "cs_core.group_cs_finance"
ARCHIVIST = "cs_core.group_cs_archivist"


class TestContractTodos(RealEstateCommon):
    """The to-do a step answers is done when the step is done; the others
    stay; each to-do reads in its assignee's language."""

    def _open_todos(self, contract, group):
        members = self.env.ref(group).all_user_ids
        todo = self.env.ref("mail.mail_activity_data_todo")
        return contract.activity_ids.filtered(
            lambda a: a.activity_type_id == todo and a.user_id in members
        )

    def test_confirm_full_payment_closes_finance_todo(self):
        """RE-MOVE-1: Finance's "confirm full payment" to-do is done once
        Finance confirms; another role's to-do on the contract stays."""
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        contract.with_user(self.clerk).action_send_to_stamping()
        contract.with_user(self.agent).action_notify_finance()
        self.assertTrue(self._open_todos(contract, FINANCE))
        contract.with_user(self.finance).action_confirm_full_payment()
        self.assertFalse(self._open_todos(contract, FINANCE))
        self.assertTrue(
            self._open_todos(contract, ARCHIVIST), "the stamping to-do stays"
        )

    def test_stamping_keeps_finance_todo(self):
        """RE-DOC-2: stamping closes the archivist's to-do only."""
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        contract.with_user(self.agent).action_notify_finance()
        contract.with_user(self.clerk).action_send_to_stamping()
        contract.with_user(self.archivist).action_stamp()
        self.assertFalse(self._open_todos(contract, ARCHIVIST))
        self.assertTrue(self._open_todos(contract, FINANCE))

    def test_stamping_mortgage_package_closes_its_todo(self):
        """RE-DOC-6: "review and stamp the mortgage package" is done when the
        archivist stamps it, so no such to-do outlives the contract."""
        contract = self._to_certified(self._create_contract(method="mortgage"))
        contract.with_user(self.agent).action_bank_notified()
        contract.with_user(self.agent).action_send_mortgage_package()
        self.assertTrue(self._open_todos(contract, ARCHIVIST))
        contract.with_user(self.archivist).action_stamp_mortgage_package()
        self.assertFalse(self._open_todos(contract, ARCHIVIST))

    def test_todo_summary_in_assignee_language(self):
        """Names shown in the reader's language: the to-do is worded for its
        assignee (Chinese), whoever triggered it (English)."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env.ref(FINANCE).all_user_ids.write({"lang": "zh_CN"})
        self.agent.lang = "en_US"
        contract = self._create_contract()
        contract.with_user(self.agent).with_context(
            lang="en_US"
        ).action_notify_finance()
        self.assertEqual(
            self._open_todos(contract, FINANCE).summary, "确认买卖合同已全额付款"
        )


class TestContractRecordNames(RealEstateCommon):
    def test_record_takes_contract_number(self):
        """RE-DOC-1, CORE-REC-2: one number for one document: the register
        entry of a sale contract carries the contract's number."""
        contract = self._create_contract()
        contract.with_user(self.manager).action_approve()
        self.assertEqual(contract.sale_record_id.name, contract.name)

    def test_record_title_in_reader_language(self):
        """The register shows the generated title in the reader's language,
        whoever approved the contract."""
        self.env["res.lang"]._activate_lang("zh_CN")
        contract = self._create_contract()
        contract.with_user(self.manager).with_context(lang="en_US").action_approve()
        record = contract.sale_record_id
        self.assertEqual(
            record.with_context(lang="en_US").title, f"Sale contract {contract.name}"
        )
        self.assertIn(contract.name, record.with_context(lang="zh_CN").title)
        self.assertIn("买卖合同", record.with_context(lang="zh_CN").title)

    def test_register_links_match_their_own_model(self):
        """RE-DOC-4, RE-DOC-8: a contract's records, handoffs and receipt
        slips are those of its own documents: a record of another model whose
        id happens to equal the contract's subscription agreement does not
        count (the demo showed 4 receipt slips for 3)."""
        contract = self._create_contract()
        agreement = self.env["cs.subscription.agreement"].create(
            {
                "unit_id": contract.unit_id.id,
                "partner_id": self.owner_b.id,
                "area": 90.0,
                "unit_price": 12000.0,
            }
        )
        contract._cs_transition_write(subscription_id=agreement.id)
        stranger = self.env["cs.record"].create(
            {
                "title": "Unrelated certificate materials",
                "type_id": self.env.ref("cs_core.record_type_survey_drawing").id,
                "res_model": "cs.certificate.application",
                "res_id": agreement.id,
            }
        )
        self.assertNotIn(stranger, contract._cs_all_records())

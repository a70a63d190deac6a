# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError

from ..common import RealEstateCommon


class TestCompanyBreach(RealEstateCommon):
    """RE-BR-3: the company's breach is compensated through the
    supplementary agreement; the original ends with the archivist, a copy
    with marketing."""

    def _review(self, record, user):
        action = record.with_user(user).validate_tier()
        if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
            self.env["comment.wizard"].with_user(user).with_context(
                **action["context"]
            ).create({"comment": "同意"}).add_comment()

    def test_original_and_copy_holders(self):
        """RE-BR-3: after payment the original is filed in the archive and
        the copy handed to the marketing data room."""
        contract = self._create_contract()
        contract._cs_set_state("certified")
        with self.assertRaises(AccessError):
            self.env["cs.breach"].with_user(self.sales).create(
                {"kind": "company", "contract_id": contract.id}
            )
        case = (
            self.env["cs.breach"]
            .with_user(self.agent)
            .create(
                {
                    "kind": "company",
                    "contract_id": contract.id,
                    "description": "交房逾期45天,按合同约定支付违约金。",
                    "compensation_amount": 20000.0,
                }
            )
        )
        with self.assertRaises(UserError):
            case.with_user(self.agent).action_send_reminder()
        case.with_user(self.agent).action_create_agreement()
        agreement = case.agreement_id
        self.assertEqual(agreement.breach_id, case)
        self.assertEqual(agreement.amount, 20000.0)
        with self.assertRaises(UserError):
            agreement.with_user(self.agent).write({"breach_id": False})
        agreement.with_user(self.agent).request_validation()
        self._review(agreement, self.users["legal"])
        self._review(agreement, self.users["gm"])
        agreement.with_user(self.agent).action_sign()
        agreement.with_user(self.finance).action_pay()
        self.assertEqual(case.state, "settled")
        record = agreement.archive_record_id
        archives = self.env.ref("cs_core.holder_department_archives")
        marketing = self.env.ref("cs_core.holder_department_marketing")
        original = record.copy_ids.filtered(lambda c: c.kind == "original")
        copy = record.copy_ids.filtered(lambda c: c.kind == "duplicate")
        self.assertEqual(record.state, "filed")
        self.assertEqual(original.holder_id, archives)
        handoff = self.env["cs.record.handoff"].search([("copy_ids", "in", copy.ids)])
        self.assertEqual(handoff.to_holder_id, marketing)
        with self.assertRaises(UserError):
            handoff.with_user(self.archivist).action_confirm()
        handoff.with_user(self.clerk).action_confirm()
        self.assertEqual(copy.holder_id, marketing)
        self.assertEqual(original.holder_id, archives)

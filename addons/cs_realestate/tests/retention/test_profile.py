# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo.exceptions import UserError

from ..common import RealEstateCommon


class TestCustomerProfile(RealEstateCommon):
    """RE-RET-1: profile completed within 3 days after certification."""

    def _profile_activities(self, contract, user=None):
        domain = [
            ("res_model", "=", "cs.sale.contract"),
            ("res_id", "=", contract.id),
        ]
        if user:
            domain.append(("user_id", "=", user.id))
        return self.env["mail.activity"].search(domain)

    def test_missing_fields_listed(self):
        """RE-RET-1: the contract and the customer show what is missing."""
        partner = self.env["res.partner"].create(
            {"name": "Zhao Min", "phone": "+8613800000001"}
        )
        contract = self._create_contract(partner=partner, sales_user_id=self.sales.id)
        self.assertFalse(contract.profile_complete)
        self.assertIn("Email", contract.profile_missing)
        self.assertIn("ID Card Number", partner.cs_profile_missing)
        self.assertNotIn("Phone", partner.cs_profile_missing)
        partner.write(
            {
                "email": "zhao@example.com",
                "street": "1 Hubin Rd",
                "city": "Hangzhou",
                "cs_id_number": "330102199001011234",
            }
        )
        self.assertTrue(contract.profile_complete)
        self.assertFalse(partner.cs_profile_missing)

    def test_deadline_and_escalation_once(self):
        """RE-RET-1: deadline = certification + 3 days with a to-do for the
        sales rep; past it an incomplete profile is escalated once to a CS
        supervisor; a complete one is not."""
        partner = self.env["res.partner"].create({"name": "Qian Li"})
        contract = self._create_contract(partner=partner, sales_user_id=self.sales.id)
        complete = self.env["res.partner"].create(
            {
                "name": "Sun Wei",
                "phone": "+8613800000002",
                "email": "sun@example.com",
                "street": "2 Hubin Rd",
                "city": "Hangzhou",
                "cs_id_number": "330102",
            }
        )
        done = self._create_contract(partner=complete, sales_user_id=self.sales.id)
        self._to_certified(contract)
        self._to_certified(done)
        deadline = contract.certified_date + timedelta(days=3)
        self.assertEqual(contract.profile_deadline, deadline)
        todo = self._profile_activities(contract, self.sales)
        self.assertEqual(len(todo), 1)
        self.assertEqual(todo.date_deadline, deadline)
        self.assertFalse(self._profile_activities(done, self.sales))

        contracts = self.env["cs.sale.contract"]
        self.assertFalse(contracts._cron_profile_escalation(today=deadline) & contract)
        late = contracts._cron_profile_escalation(today=deadline + timedelta(days=1))
        self.assertIn(contract, late)
        self.assertNotIn(done, late)
        self.assertTrue(contract.profile_escalated)
        escalation = self._profile_activities(contract) - todo
        self.assertEqual(len(escalation), 1)
        self.assertTrue(escalation.user_id.has_group("cs_core.group_cs_supervisor"))
        # once only
        contracts._cron_profile_escalation(today=deadline + timedelta(days=5))
        self.assertEqual(self._profile_activities(contract) - todo, escalation)

    def test_rpc_cannot_set_deadline(self):
        """RE-RET-1: the deadline and escalation flag are set by the system."""
        contract = self._create_contract()
        with self.assertRaises(UserError):
            contract.with_user(self.agent).write({"profile_escalated": True})
        with self.assertRaises(UserError):
            contract.with_user(self.agent).write({"profile_deadline": "2030-01-01"})

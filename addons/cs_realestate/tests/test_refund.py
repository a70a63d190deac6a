# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import RealEstateCommon


@tagged("post_install", "-at_install")
class TestRefund(RealEstateCommon):
    def test_overdue_after_seven_days(self):
        """RE-DOC-7: approval sets a 7-day deadline; once passed the refund is flagged
        overdue with exactly one activity; processing clears it and the customer is notified."""
        contract = self._create_contract()
        refund = self.env["cs.refund"].with_user(self.agent).create(
            {"contract_id": contract.id, "amount": 3000.0, "reason": "overpayment"}
        )
        with self.assertRaises(AccessError):
            refund.with_user(self.agent).action_approve()
        refund.with_user(self.manager).action_approve()
        self.assertEqual(refund.deadline, date.today() + timedelta(days=7))
        refunds = self.env["cs.refund"]
        self.assertNotIn(refund, refunds._cron_flag_overdue(today=date.today() + timedelta(days=7)))
        later = date.today() + timedelta(days=8)
        self.assertIn(refund, refunds._cron_flag_overdue(today=later))
        self.assertNotIn(refund, refunds._cron_flag_overdue(today=later))
        self.assertTrue(refund.is_overdue)
        warnings = refund.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("mail.mail_activity_data_warning")
        )
        self.assertEqual(len(warnings), 1)
        with self.assertRaises(AccessError):
            refund.with_user(self.agent).action_process()
        refund.with_user(self.finance).action_process()
        self.assertFalse(refund.is_overdue)
        self.assertFalse(warnings & refund.activity_ids, "processing marks the overdue activity done")
        refund.with_user(self.agent).action_notify_customer()
        self.assertEqual(refund.state, "notified")

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common import RealEstateCommon


@tagged("post_install", "-at_install")
class TestRefund(RealEstateCommon):
    def test_overdue_after_seven_days(self):
        """RE-DOC-7: approval sets a 7-day deadline; once passed the refund is flagged
        overdue with exactly one activity; processing clears it and the customer is
        notified."""
        contract = self._create_contract()
        refund = (
            self.env["cs.refund"]
            .with_user(self.agent)
            .create(
                {"contract_id": contract.id, "amount": 3000.0, "reason": "overpayment"}
            )
        )
        with self.assertRaises(AccessError):
            refund.with_user(self.agent).action_approve()
        refund.with_user(self.manager).action_approve()
        self.assertEqual(refund.deadline, date.today() + timedelta(days=7))
        self.assertFalse(refund._flag_overdue(today=date.today() + timedelta(days=7)))
        later = date.today() + timedelta(days=8)
        self.assertEqual(refund._flag_overdue(today=later), refund)
        self.assertFalse(refund._flag_overdue(today=later))
        self.assertTrue(refund.is_overdue)
        warnings = refund.activity_ids.filtered(
            lambda a: a.activity_type_id
            == self.env.ref("mail.mail_activity_data_warning")
        )
        self.assertEqual(len(warnings), 1)
        with self.assertRaises(AccessError):
            refund.with_user(self.agent).action_process()
        refund.with_user(self.finance).action_process()
        self.assertFalse(refund.is_overdue)
        self.assertFalse(
            warnings & refund.activity_ids, "processing marks the overdue activity done"
        )
        refund.with_user(self.agent).action_notify_customer()
        self.assertEqual(refund.state, "notified")

    def test_overdue_flag_guarded(self):
        """RE-DOC-7: the overdue flag is set by the deadline job and cleared
        by processing only; no user clears or sets it by hand."""
        contract = self._create_contract()
        Refund = self.env["cs.refund"].with_user(self.agent)
        with self.assertRaises(UserError):
            Refund.create(
                {"contract_id": contract.id, "amount": 10.0, "is_overdue": True}
            )
        refund = Refund.create({"contract_id": contract.id, "amount": 10.0})
        refund.with_user(self.manager).action_approve()
        refund._flag_overdue(today=date.today() + timedelta(days=8))
        self.assertTrue(refund.is_overdue)
        for user in (self.agent, self.manager, self.finance):
            with self.assertRaises(UserError):
                refund.with_user(user).write({"is_overdue": False})
        self.assertTrue(refund.is_overdue)

    def test_approved_refund_terms_locked(self):
        """RE-DOC-7: once approved, the amount, reason and contract of a
        refund are what Finance processes; nobody rewrites them."""
        contract = self._create_contract()
        refund = (
            self.env["cs.refund"]
            .with_user(self.agent)
            .create(
                {"contract_id": contract.id, "amount": 3000.0, "reason": "overpayment"}
            )
        )
        refund.with_user(self.agent).write({"amount": 2500.0})
        refund.with_user(self.manager).action_approve()
        for user in (self.agent, self.manager):
            with self.assertRaises(UserError):
                refund.with_user(user).write({"amount": 9000.0})
            with self.assertRaises(UserError):
                refund.with_user(user).write({"reason": "changed"})
        self.assertEqual(refund.amount, 2500.0)
        refund.with_user(self.finance).action_process()
        self.assertEqual(refund.state, "processed")

    def test_overdue_automation_rule(self):
        """RE-DOC-7, CORE-ACT-1: the deadline is watched by an editable time-based
        automation rule one day after the deadline; its action flags the refund."""
        rule = self.env.ref("cs_realestate.automation_refund_overdue")
        self.assertEqual(rule.trigger, "on_time")
        self.assertEqual(rule.trg_date_id.name, "deadline")
        self.assertEqual((rule.trg_date_range, rule.trg_date_range_type), (1, "day"))
        contract = self._create_contract()
        refund = self.env["cs.refund"].create(
            {"contract_id": contract.id, "amount": 100.0}
        )
        refund.with_user(self.manager).action_approve()
        refund._cs_transition_write(deadline=date.today() - timedelta(days=1))
        rule.action_server_ids.with_context(
            active_model="cs.refund", active_ids=refund.ids, active_id=refund.id
        ).run()
        self.assertTrue(refund.is_overdue)
        self.assertEqual(len(refund.activity_ids), 1)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from ..common import RecordsCase


@tagged("post_install", "-at_install")
class TestRecordLending(RecordsCase):
    def _archived_record(self):
        return self._walk(self._new_record(holder=self.archives), "archived")

    def _request(self, record, user=None, days=7):
        user = user or self.agent
        return (
            self.env["cs.record.loan"]
            .with_user(user)
            .create(
                {
                    "record_id": record.id,
                    "copy_id": record.copy_ids[0].id,
                    "borrower_id": user.id,
                    "purpose": "Bank audit",
                    "date_due": fields.Date.today() + timedelta(days=days),
                }
            )
        )

    def _activities(self, loan, user):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "cs.record.loan"),
                ("res_id", "=", loan.id),
                ("user_id", "=", user.id),
            ]
        )

    def test_loan_flow_and_custody(self):
        """CORE-REC-6, CORE-REC-3: request, approval, hand-out confirmed by
        the borrower, return; the record is lent out then archived again."""
        record = self._archived_record()
        loan = self._request(record)
        self.assertEqual(loan.state, "requested")
        for user in (self.agent, self.manager, self.users["finance"]):
            with self.assertRaises(UserError):
                loan.with_user(user).action_approve()
        with self.assertRaises(UserError):
            loan.with_user(self.agent).write({"state": "lent"})
        loan.with_user(self.archivist).action_approve()
        loan.with_user(self.archivist).action_lend()
        self.assertEqual(record.state, "lent")
        self.assertEqual(loan.lend_handoff_id.state, "pending")
        self.assertEqual(record.copy_ids[0].holder_id, self.archives)
        loan.lend_handoff_id.with_user(self.agent).action_confirm()
        agent_holder = self.Holder._get_for_user(self.agent)
        self.assertEqual(record.copy_ids[0].holder_id, agent_holder)
        # still read-only while lent
        with self.assertRaises(UserError):
            record.with_user(self.archivist).write({"title": "x"})
        loan.with_user(self.archivist).action_return()
        self.assertEqual(loan.state, "returned")
        self.assertEqual(record.state, "archived")
        self.assertEqual(record.copy_ids[0].holder_id, self.archives)
        self.assertEqual(loan.return_handoff_id.state, "confirmed")

    def test_read_only_fields_enforced(self):
        """CORE-REC-6: what the loan form shows read-only holds for RPC too:
        the borrower cannot extend the due date of a lent original, nor
        change the borrower, record or the dates the steps record."""
        record = self._archived_record()
        loan = self._request(record)
        as_agent = loan.with_user(self.agent)
        later = fields.Date.today() + timedelta(days=30)
        as_agent.write({"date_due": later, "purpose": "Bank audit, 2 copies"})
        with self.assertRaises(UserError):
            as_agent.write({"borrower_id": self.manager.id})
        loan.with_user(self.archivist).action_approve()
        with self.assertRaises(UserError):
            as_agent.write({"purpose": "Something else"})
        with self.assertRaises(UserError):
            as_agent.write({"approved_by_id": self.agent.id})
        loan.with_user(self.archivist).action_lend()
        with self.assertRaises(UserError):
            as_agent.write({"date_due": later + timedelta(days=30)})
        with self.assertRaises(UserError):
            loan.with_user(self.archivist).write({"date_lent": fields.Date.today()})
        self.assertEqual(loan.date_due, later)
        self.assertEqual(loan.borrower_id, self.agent)
        self.assertEqual(loan.approved_by_id, self.archivist)
        loan.with_user(self.archivist).action_return()
        self.assertEqual(loan.state, "returned")

    def test_only_archived_originals(self):
        """CORE-REC-6: only archived originals, one open loan per record."""
        draft = self._new_record(holder=self.archives)
        with self.assertRaises(ValidationError):
            self._request(draft)
        record = self._archived_record()
        self._request(record)
        with self.assertRaises(ValidationError):
            self._request(record, user=self.users["finance"])

    def test_overdue_raises_one_activity_and_return_closes_it(self):
        """CORE-REC-6: an overdue loan raises one activity for the borrower
        and one for the archivist, once; returning closes them."""
        record = self._archived_record()
        loan = self._request(record)
        loan.with_user(self.archivist).action_approve()
        loan.with_user(self.archivist).action_lend()
        Loan = self.env["cs.record.loan"]
        Loan._cron_remind_overdue()
        self.assertFalse(self._activities(loan, self.agent))
        loan.sudo().date_due = fields.Date.today() - timedelta(days=1)
        self.assertTrue(loan.is_overdue)
        Loan._cron_remind_overdue()
        Loan._cron_remind_overdue()
        self.assertEqual(len(self._activities(loan, self.agent)), 1)
        self.assertEqual(len(self._activities(loan, self.archivist)), 1)
        loan.with_user(self.archivist).action_return()
        self.assertFalse(self._activities(loan, self.agent))
        self.assertFalse(self._activities(loan, self.archivist))
        self.assertFalse(loan.activity_ids)

    def test_overdue_cron_query_count_flat(self):
        """CORE-REC-6: the reminder cron's queries do not grow per loan."""

        def make_overdue(count):
            loans = self.env["cs.record.loan"]
            for _i in range(count):
                loan = self._request(self._archived_record())
                loan.with_user(self.archivist).action_approve()
                loan.with_user(self.archivist).action_lend()
                loan.sudo().date_due = fields.Date.today() - timedelta(days=1)
                loans |= loan
            self.env.flush_all()
            self.env.invalidate_all()
            return loans

        Loan = self.env["cs.record.loan"]
        Loan._cron_remind_overdue()  # loans of other data already reminded
        make_overdue(2)
        before = self.cr.sql_log_count
        self.assertEqual(len(Loan._cron_remind_overdue()), 2)
        self.env.flush_all()
        small = self.cr.sql_log_count - before
        make_overdue(8)
        before = self.cr.sql_log_count
        self.assertEqual(len(Loan._cron_remind_overdue()), 8)
        self.env.flush_all()
        large = self.cr.sql_log_count - before
        self.assertLessEqual(large, small + 4, f"{small} vs {large} queries")

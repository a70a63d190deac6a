# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import RealEstateCommon


class TestLatePayment(PdfAssertions, RealEstateCommon):
    """RE-BR-1: overdue list, reminder letters, interest by days overdue at
    the contract's rate."""

    def _contract_with_schedule(self, lines, rate=0.05):
        vals = self._contract_vals(paid=False)
        vals["late_interest_rate"] = rate
        vals["payment_line_ids"] = [
            fields.Command.create(
                {
                    "name": name,
                    "due_date": due,
                    "amount": amount,
                    "paid_amount": paid,
                    "paid_date": paid_on,
                }
            )
            for name, due, amount, paid, paid_on in lines
        ]
        contract = self.env["cs.sale.contract"].create(vals)
        contract._cs_set_state("approved")
        return contract

    def test_interest_hand_computed(self):
        """RE-BR-1: 100,000 unpaid for 30 days at 0.05 %/day = 1,500.00;
        200,000 paid 10 days late = 1,000.00; paid on time = 0."""
        today = self._today()
        contract = self._contract_with_schedule(
            [
                (
                    "Deposit",
                    today - timedelta(days=60),
                    300000.0,
                    300000.0,
                    today - timedelta(days=60),
                ),
                (
                    "Second",
                    today - timedelta(days=40),
                    200000.0,
                    200000.0,
                    today - timedelta(days=30),
                ),
                ("Third", today - timedelta(days=30), 100000.0, 0.0, False),
                ("Balance", today + timedelta(days=30), 400000.0, 0.0, False),
            ]
        )
        lines = {line.name: line for line in contract.payment_line_ids}
        self.assertEqual(lines["Deposit"].late_interest, 0.0)
        self.assertEqual(lines["Second"].days_overdue, 10)
        self.assertEqual(lines["Second"].late_interest, 1000.0)
        self.assertEqual(lines["Third"].days_overdue, 30)
        self.assertEqual(lines["Third"].late_interest, 1500.0)
        self.assertEqual(lines["Balance"].late_interest, 0.0)
        self.assertEqual(contract.late_interest_amount, 2500.0)
        self.assertEqual(contract.overdue_amount, 100000.0)

    def test_on_time_is_zero(self):
        """RE-BR-1: a contract paid on time owes no interest."""
        today = self._today()
        contract = self._contract_with_schedule(
            [
                (
                    "All",
                    today - timedelta(days=5),
                    1000000.0,
                    1000000.0,
                    today - timedelta(days=5),
                )
            ]
        )
        self.assertEqual(contract.late_interest_amount, 0.0)
        self.assertFalse(contract.breach_ids)
        self.assertFalse(
            self.env["cs.sale.contract"]._cron_late_payment_cases()
            & contract.breach_ids
        )

    def test_reminder_letter_and_settlement(self):
        """RE-BR-1: the job opens a case for the overdue contract; the agent
        prints the Chinese reminder letter; Finance settles the interest once
        the instalment is paid; nobody writes the interest or state."""
        today = self._today()
        contract = self._contract_with_schedule(
            [("首付款", today - timedelta(days=30), 100000.0, 0.0, False)]
        )
        self.env["cs.sale.contract"]._cron_late_payment_cases()
        case = contract.breach_ids
        self.assertEqual(case.kind, "late_payment")
        self.assertFalse(self.env["cs.sale.contract"]._cron_late_payment_cases() & case)
        with self.assertRaises(AccessError):
            case.with_user(self.finance).action_send_reminder()
        action = case.with_user(self.agent).action_send_reminder()
        self.assertEqual(action["report_name"], "cs_realestate.report_breach_reminder")
        self.assertEqual(case.reminder_count, 1)
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["cs_realestate"], ["zh_CN"])
        contract.partner_id.lang = "zh_CN"
        self.assertPdfContains(
            "cs_realestate.action_report_breach_reminder",
            case,
            "催款函",
            "应付期次",
            contract.name,
            "1,500.00",
        )
        with self.assertRaises(UserError):
            case.with_user(self.finance).action_confirm_interest_paid()
        with self.assertRaises(UserError):
            case.with_user(self.finance).write(
                {"interest_amount": 0.0, "state": "settled"}
            )
        with self.assertRaises(UserError):
            case.with_user(self.finance).write({"interest_paid_date": today})
        contract.payment_line_ids.with_user(self.finance).write(
            {"paid_amount": 100000.0, "paid_date": today}
        )
        with self.assertRaises(AccessError):
            case.with_user(self.agent).action_confirm_interest_paid()
        case.with_user(self.finance).action_confirm_interest_paid()
        self.assertEqual(case.state, "settled")
        self.assertEqual(case.interest_amount, 1500.0)

    def test_rate_locked_after_approval(self):
        """RE-BR-1: the contract rate is a term of the contract."""
        contract = self._contract_with_schedule([])
        with self.assertRaises(UserError):
            contract.write({"late_interest_rate": 0.1})

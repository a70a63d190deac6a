# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io
from datetime import date
from unittest.mock import patch

import openpyxl

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common import CsResidentCase


@tagged("post_install", "-at_install")
class TestSpecialService(CsResidentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Product = cls.env["product.product"]
        cls.cleaning = Product.create(
            {"name": "保洁H15", "type": "service", "list_price": 120}
        )
        cls.aircon = Product.create(
            {"name": "空调清洗H15", "type": "service", "list_price": 150}
        )
        cls.engineering = cls.env["helpdesk.ticket.team"].create({"name": "工程部H15"})
        cls.contractor = cls.env["res.partner"].create({"name": "洁美家政H15"})

    def _service(self, **vals):
        return (
            self.env["cs.special.service"]
            .with_user(self.staff)
            .create(
                dict(
                    {"partner_id": self.owners[0].id, "product_id": self.cleaning.id},
                    **vals,
                )
            )
        )

    def _pay(self, invoice, amount):
        return (
            self.env["account.payment.register"]
            .with_user(self.cashier)
            .with_context(active_model="account.move", active_ids=invoice.ids)
            .create({"amount": amount})
            ._create_payments()
        )

    def test_register_price_dispatch_rate_and_bill(self):
        """PM-SVC-1: a request is registered and priced, dispatched to a
        department or contractor, rated by the owner and billed with a
        property-fee invoice of its unit; paying the invoice marks it paid."""
        service = self._service(channel="in_person", unit_id=self.household.unit_id.id)
        self.assertTrue(service.name.startswith("TY"))
        self.assertEqual(service.price, 120)
        with self.assertRaises(UserError):
            service.action_dispatch()
        with self.assertRaises(UserError):
            service.write({"state": "done"})
        service.write({"contractor_id": self.contractor.id, "price": 100})
        service.action_dispatch()
        with self.assertRaises(UserError):
            service.write({"price": 1})
        service.action_done()
        service.rating = "4"
        with self.assertRaises(AccessError):
            service.action_bill()
        service.with_user(self.cashier).action_bill()
        self.assertEqual(service.state, "billed")
        invoice = service.invoice_id
        self.assertEqual((invoice.move_type, invoice.state), ("out_invoice", "posted"))
        self.assertEqual(invoice.partner_id, self.owners[0])
        self.assertEqual(invoice.amount_total, 100)
        self.assertEqual(invoice.invoice_origin, service.name)
        self._pay(invoice, 60)
        self.assertEqual(service.state, "billed")
        last_payment = self._pay(invoice, 40)
        self.assertEqual(service.state, "paid")
        # The cashier takes the last payment off the invoice: the request
        # is billed again until the invoice is paid again.
        last_payment.move_id.line_ids.remove_move_reconcile()
        self.assertEqual(invoice.payment_state, "partial")
        self.assertEqual(service.state, "billed")
        self.assertIn("billed again", service.message_ids[:1].body)
        self._pay(invoice, 40)
        self.assertEqual(service.state, "paid")

    def test_invoice_is_a_fee_invoice(self):
        """PM-SVC-1: the service is billed through the fee module: the
        special-service fee kind and its product, the unit, the journal and
        the "kind unit ..." label of the monthly property bills, and the
        overdue ladder of its fee kind."""
        kind = self.env.ref("cs_property.fee_kind_special_service")
        unit = self.household.unit_id
        monthly = self.env["account.move"].cs_create_fee_invoice(
            unit,
            [
                {
                    "fee_kind": self.env.ref("cs_property.fee_kind_management"),
                    "name": "x",
                    "price_unit": 50.0,
                }
            ],
        )
        service = self._service(unit_id=unit.id, team_id=self.engineering.id)
        service.action_dispatch()
        service.action_done()
        service.with_user(self.cashier).action_bill()
        invoice = service.invoice_id
        line = invoice.invoice_line_ids
        self.assertEqual(invoice.cs_unit_id, unit)
        self.assertEqual(invoice.journal_id, monthly.journal_id)
        self.assertEqual(line.cs_fee_kind_id, kind)
        self.assertEqual(line.product_id, kind.product_id)
        self.assertEqual(
            line.name,
            f"{kind.name} {unit.complete_name} {service.name} {self.cleaning.name}",
        )
        self.assertEqual(invoice.cs_ladder_kind_id, kind)
        self.assertTrue(invoice.cs_dunning_next_date)
        self.assertFalse(invoice.cs_fee_period)

    def test_bill_needs_a_unit(self):
        """PM-SVC-1: a fee invoice belongs to a unit: billing a request
        without one is refused with a message, and nothing is billed."""
        service = self._service(team_id=self.engineering.id)
        service.action_dispatch()
        service.action_done()
        with self.assertRaisesRegex(UserError, "unit"):
            service.with_user(self.cashier).action_bill()
        self.assertEqual((service.state, service.invoice_id.id), ("done", False))

    def test_free_service_is_paid_when_billed(self):
        """PM-SVC-1: a free service's invoice has nothing to pay: the
        request is paid as soon as it is billed."""
        service = self._service(unit_id=self.household.unit_id.id, price=0)
        service.write({"team_id": self.engineering.id})
        service.action_dispatch()
        service.action_done()
        service.with_user(self.cashier).action_bill()
        self.assertEqual(service.state, "paid")

    def test_invoice_fields_not_forged(self):
        """PM-SVC-1: the invoice link and the paid status change only
        through the billing step and the invoice's payment."""
        service = self._service(unit_id=self.household.unit_id.id)
        other = self.env["account.move"].cs_create_fee_invoice(
            self.household.unit_id,
            [
                {
                    "fee_kind": self.env.ref("cs_property.fee_kind_special_service"),
                    "name": "x",
                    "price_unit": 10.0,
                }
            ],
        )
        with self.assertRaises(UserError):
            service.with_user(self.cashier).write({"invoice_id": other.id})
        with self.assertRaises(UserError):
            service.with_user(self.cashier).write({"state": "paid"})

    def _fixed_month(self):
        """Five requests in the period 2026-05-28 .. 2026-06-27, two outside."""
        specs = [
            ("2026-05-27 12:00:00", self.cleaning, self.engineering, False, "5"),
            ("2026-05-28 01:00:00", self.cleaning, self.engineering, False, "5"),
            ("2026-06-03 09:00:00", self.cleaning, False, self.contractor, "3"),
            ("2026-06-15 09:00:00", self.aircon, self.engineering, False, "5"),
            ("2026-06-20 09:00:00", self.aircon, self.engineering, False, False),
            ("2026-06-27 23:00:00", self.cleaning, False, self.contractor, "5"),
            ("2026-06-28 00:30:00", self.aircon, self.engineering, False, "1"),
        ]
        for when, product, team, contractor, rating in specs:
            self._service(
                request_date=when,
                product_id=product.id,
                team_id=team and team.id,
                contractor_id=contractor and contractor.id,
                rating=rating,
            )

    def test_number_follows_request_month(self):
        """PM-SVC-1: a request is numbered in the month it was taken."""
        service = self._service(request_date="2026-03-15 09:00:00")
        self.assertTrue(service.name.startswith("TY202603-"), service.name)

    def test_statistic_on_the_28th(self):
        """PM-SVC-1: on the 28th the month's statistic is prepared with its
        counts by service, department and rating, and an XLSX file."""
        self._fixed_month()
        Stat = self.env["cs.special.service.stat"]
        with patch.object(fields.Date, "context_today", return_value=date(2026, 6, 27)):
            self.assertFalse(Stat._cron_prepare())
        with patch.object(fields.Date, "context_today", return_value=date(2026, 6, 28)):
            stat = Stat._cron_prepare().filtered(
                lambda s: s.company_id == self.env.company
            )
            self.assertEqual(
                Stat._cron_prepare().filtered(
                    lambda s: s.company_id == self.env.company
                ),
                stat,
            )
        self.assertEqual(
            (stat.date_from, stat.date_to), (date(2026, 5, 28), date(2026, 6, 27))
        )
        self.assertEqual(stat.request_count, 5)
        self.assertEqual(stat.amount_total, 120 * 3 + 150 * 2)
        counts = {(line.dimension, line.label): line.count for line in stat.line_ids}
        self.assertEqual(
            counts,
            {
                ("service", self.cleaning.display_name): 3,
                ("service", self.aircon.display_name): 2,
                ("department", "工程部H15"): 3,
                ("department", "洁美家政H15"): 2,
                ("rating", "5 - Very satisfied"): 3,
                ("rating", "3 - Neutral"): 1,
                ("rating", "Undefined"): 1,
            },
        )
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(stat.xlsx_file)))
        rows = [r for r in book.active.iter_rows(values_only=True) if r[0]]
        self.assertIn((self.aircon.display_name, 2, 300), rows)
        self.assertIn(("工程部H15", 3, 420), rows)

    def test_statistic_period_boundaries(self):
        """PM-SVC-1: the period runs from the previous 28th to the 27th."""
        start, end = self.env["cs.special.service.stat"]._cs_period(date(2026, 3, 28))
        self.assertEqual((start, end), (date(2026, 2, 28), date(2026, 3, 27)))

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.tests import Form, tagged

from ..common import RealEstateCommon


@tagged("post_install", "-at_install")
class TestContractViews(RealEstateCommon):
    def test_clerk_creates_contract_in_form(self):
        """RE-DOC-1: the data clerk enters a contract with its payment schedule in the
        UI."""
        unit = self._new_unit()
        with Form(self.env["cs.sale.contract"].with_user(self.clerk)) as form:
            form.unit_id = unit
            form.partner_id = self.owner_a
            form.contract_area = 88.0
            form.unit_price = 20000.0
            form.payment_method = "mortgage"
            form.bank_id = self.bank
            with form.payment_line_ids.new() as line:
                line.name = "Down payment"
                line.due_date = "2026-12-01"
                line.amount = 528000.0
        contract = form.record
        self.assertEqual(contract.amount_total, 1_760_000.0)
        self.assertEqual(contract.amount_due, 1_760_000.0)
        self.assertTrue(contract.name.startswith("HT"))

    def test_journey_visible_to_every_role(self):
        """RE-DOC-4, CORE-ROLE-2: each role opens the contract form with its journey
        (copies and holders, handoffs, slips, move-in, certificates, refunds)."""
        contract = self._to_certified(self._create_contract(method="mortgage"))
        contract.with_user(self.archivist).action_distribute()
        fields_to_read = [
            "state",
            "cs_copy_ids",
            "handoff_count",
            "pending_handoff_count",
            "receipt_slip_count",
            "move_in_count",
            "certificate_count",
            "refund_count",
            "cs_record_count",
        ]
        for user in (
            self.clerk,
            self.sales,
            self.agent,
            self.archivist,
            self.finance,
            self.manager,
        ):
            as_user = contract.with_user(user)
            views = as_user.get_views(
                [(False, "form"), (False, "list"), (False, "search")]
            )
            self.assertIn("form", views["views"])
            values = as_user.read(fields_to_read)[0]
            self.assertEqual(len(values["cs_copy_ids"]), 4, user.login)
            self.assertEqual(values["receipt_slip_count"], 2, user.login)
        self.assertEqual(contract.with_user(self.agent).ticket_count, 0)
        action = contract.with_user(self.agent).action_view_handoffs()
        # stamping, to the bureau, back, property company, bank, customer
        self.assertEqual(len(action["domain"][0][2]), 6)

    def test_lists_keep_key_numbers_whole(self):
        """Reference columns have a fixed width so "HT2026-00013" is not cut
        at 1440 px, and tag columns can be hidden (optional)."""
        for model, field in (
            ("cs.sale.contract", "name"),
            ("cs.record", "name"),
            ("cs.record.handoff", "name"),
        ):
            arch = etree.fromstring(self.env[model].get_view(view_type="list")["arch"])
            column = arch.xpath(f"//list/field[@name='{field}']")[0]
            self.assertTrue(column.get("width"), model)
            for tags in arch.xpath("//list/field[@widget='many2many_tags']"):
                self.assertTrue(tags.get("optional"), f"{model}.{tags.get('name')}")
        view = self.env["cs.sale.contract"].get_view(view_type="list")
        arch = etree.fromstring(view["arch"])
        for money in ("amount_total", "amount_due"):
            column = arch.xpath(f"//list/field[@name='{money}']")[0]
            self.assertTrue(column.get("width"), money)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from contextlib import contextmanager
from datetime import date, timedelta

from odoo import fields

from odoo.addons.cs_core.tests.common import CsCoreCommon, cs_user

# Marketing roles of this add-on (the customer-service roles: cs_core).
RE_ROLE_GROUPS = {
    "clerk": "cs_realestate.group_re_data_clerk",
    "sales": "cs_realestate.group_re_sales",
}

SIGNATURE = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2Fzh"
    "VAAAAAElFTkSuQmCC"
)


def re_role_user(env, role, login, **values):
    """A marketing-role user, made by cs_core's one user helper."""
    return cs_user(env, login, f"base.group_user,{RE_ROLE_GROUPS[role]}", **values)


def next_weekday(weekday, start=None):
    """The first date on or after ``start`` falling on ``weekday`` (Mon=0)."""
    start = start or date.today()
    return start + timedelta(days=(weekday - start.weekday()) % 7)


class RealEstateCommon(CsCoreCommon):
    """Units, roles and helpers to walk a sale contract through its journey."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clerk = re_role_user(
            cls.env, "clerk", "t_re_clerk6", name="Test clerk", lang="en_US"
        )
        cls.sales = re_role_user(
            cls.env, "sales", "t_re_sales6", name="Test sales", lang="en_US"
        )
        cls.agent = cls.users["agent"]
        cls.manager = cls.users["manager"]
        cls.archivist = cls.users["archivist"]
        cls.finance = cls.users["finance"]
        cls.bank = cls.env["res.partner"].create(
            {"name": "Test Bank", "is_company": True}
        )
        cls.off_phase = cls.env["cs.project.phase"].create(
            {
                "name": "Phase 2",
                "project_id": cls.project.id,
                "delivery_kind": "off_plan",
            }
        )
        cls.off_building = cls.env["cs.building"].create(
            {"name": "Building 9", "phase_id": cls.off_phase.id, "floor_count": 30}
        )
        cls.unit_counter = 0

    @classmethod
    def _new_unit(cls, off_plan=False):
        cls.unit_counter += 1
        return cls.env["cs.unit"].create(
            {
                "name": f"T{cls.unit_counter:04d}",
                "building_id": (cls.off_building if off_plan else cls.building).id,
                "area": 100.0,
            }
        )

    @classmethod
    def _contract_vals(
        cls, method="lump_sum", kind="existing", paid=True, partner=None, **extra
    ):
        unit = cls._new_unit(off_plan=kind == "off_plan")
        vals = {
            "unit_id": unit.id,
            "partner_id": (partner or cls.owner_a).id,
            "user_id": cls.agent.id,
            "contract_area": 100.0,
            "unit_price": 10000.0,
            "payment_method": method,
            "bank_id": cls.bank.id if method == "mortgage" else False,
            "delivery_kind": kind,
            "payment_line_ids": [
                fields.Command.create(
                    {
                        "name": "Full price",
                        "due_date": date.today(),
                        "amount": 1_000_000.0,
                        "paid_amount": 1_000_000.0 if paid else 0.0,
                    }
                )
            ],
        }
        vals.update(extra)
        return vals

    def _today(self):
        """Today as the server code of this test sees it (its user's time
        zone: the machine's date differs for an hour or more a day)."""
        return fields.Date.context_today(self.env["cs.sale.contract"])

    def _create_contract(self, **kwargs):
        return self.env["cs.sale.contract"].create(self._contract_vals(**kwargs))

    def _to_stamped(self, contract):
        contract.with_user(self.manager).action_approve()
        contract.with_user(self.clerk).action_send_to_stamping()
        contract.with_user(self.archivist).action_stamp()
        return contract

    def _new_batch(self, contracts, weekday=1, complete=True):
        return (
            self.env["cs.certification.batch"]
            .with_user(self.clerk)
            .create(
                {
                    "date": next_weekday(weekday),
                    "line_ids": [
                        fields.Command.create(
                            {
                                "contract_id": contract.id,
                                "has_buyer_id_copy": complete,
                                "has_authorization_letter": True,
                            }
                        )
                        for contract in contracts
                    ],
                }
            )
        )

    def _to_certified(self, contract):
        self._to_stamped(contract)
        batch = self._new_batch(contract)
        batch.action_submit()
        batch.action_record_results()
        return contract

    def _holders(self, contract):
        """{(party, kind): holder name} of the sale contract's four copies."""
        return {
            (copy.party, copy.kind): copy.holder_id
            for copy in contract.sale_record_id.copy_ids
        }

    @contextmanager
    def assertRaisesText(self, exception, text):
        """``assertRaises`` (rolls back, unlike ``assertRaisesRegex``) + message
        check."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertIn(text, str(catcher.exception))

    def _ref(self, xmlid):
        return self.env.ref(xmlid)

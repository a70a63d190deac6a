# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.base.tests.common import BaseCommon


class FeeCommon(BaseCommon):
    """A project with two buildings, owners, rates and meters; the company
    gets Odoo's generic chart of accounts when it has none."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.env.company
        if not company.chart_template:
            cls.env["account.chart.template"].try_loading("generic_coa", company)
        cls.currency = company.currency_id
        cls.area_manager = new_test_user(
            cls.env,
            login="t_fee_area",
            name="Area Manager Zhao",
            groups="base.group_user,cs_property.group_pm_area_manager",
        )
        cls.other_area_manager = new_test_user(
            cls.env,
            login="t_fee_area2",
            name="Area Manager Qian",
            groups="base.group_user,cs_property.group_pm_area_manager",
        )
        cls.cashier = new_test_user(
            cls.env,
            login="t_fee_cashier",
            groups="base.group_user,cs_property.group_pm_cashier",
        )
        cls.staff = new_test_user(
            cls.env,
            login="t_fee_staff",
            groups="base.group_user,cs_property.group_pm_staff",
        )
        cls.assistant = new_test_user(
            cls.env,
            login="t_fee_assistant",
            groups="base.group_user,cs_property.group_pm_assistant",
        )
        cls.director = new_test_user(
            cls.env,
            login="t_fee_director",
            groups="base.group_user,cs_property.group_pm_manager",
        )
        cls.project = cls.env["cs.project"].create(
            {
                "name": "Fee Garden",
                "code": "FEEG",
                "pm_assistant_id": cls.assistant.id,
                "pm_director_id": cls.director.id,
            }
        )
        phase = cls.env["cs.project.phase"].create(
            {
                "name": "Phase 1",
                "project_id": cls.project.id,
                "delivery_kind": "existing",
            }
        )
        cls.building = cls.env["cs.building"].create(
            {"name": "B1", "phase_id": phase.id, "area_manager_id": cls.area_manager.id}
        )
        cls.building2 = cls.env["cs.building"].create(
            {
                "name": "B2",
                "phase_id": phase.id,
                "area_manager_id": cls.other_area_manager.id,
            }
        )
        cls.kind_mgmt = cls._make_kind("Management", "management", "area", 1, 95.0)
        cls.kind_water = cls._make_kind("Water", "water", "metered", 2, 100.0)
        cls.kind_service = cls._make_kind(
            "Service", "special_service", "fixed", 5, 100.0
        )
        cls.owner_a = cls.env["res.partner"].create({"name": "Wang Jianhua"})
        cls.owner_b = cls.env["res.partner"].create({"name": "Li Xiuying"})
        cls.owner_c = cls.env["res.partner"].create({"name": "Zhang Zhiqiang"})
        cls.unit_a = cls._make_unit(
            cls.building, "0101", 98.50, cls.owner_a | cls.owner_b
        )
        cls.unit_b = cls._make_unit(cls.building, "0102", 120.00, cls.owner_b)
        cls.unit_c = cls._make_unit(cls.building2, "0201", 80.00, cls.owner_c)
        rates = cls.env["cs.fee.rate"]
        rates.create(
            [
                {
                    "fee_kind_id": cls.kind_mgmt.id,
                    "project_id": cls.project.id,
                    "date_from": date(2026, 1, 1),
                    "price_unit": 2.50,
                },
                {
                    # A building-specific price overrides the project's.
                    "fee_kind_id": cls.kind_mgmt.id,
                    "project_id": cls.project.id,
                    "building_id": cls.building2.id,
                    "date_from": date(2026, 1, 1),
                    "price_unit": 3.00,
                },
                {
                    "fee_kind_id": cls.kind_water.id,
                    "project_id": cls.project.id,
                    "date_from": date(2026, 1, 1),
                    "price_unit": 4.10,
                },
            ]
        )
        cls.meter_a = cls.env["cs.meter"].create(
            {
                "unit_id": cls.unit_a.id,
                "fee_kind_id": cls.kind_water.id,
                "name": "W-0101",
            }
        )
        cls.meter_b = cls.env["cs.meter"].create(
            {
                "unit_id": cls.unit_b.id,
                "fee_kind_id": cls.kind_water.id,
                "name": "W-0102",
            }
        )
        cls._read(cls.meter_a, date(2026, 8, 28), 100.0)
        cls._read(cls.meter_a, date(2026, 9, 28), 112.5)
        cls._read(cls.meter_b, date(2026, 8, 28), 50.0)

    @classmethod
    def _make_kind(cls, name, category, method, sequence, target):
        product = cls.env["product.product"].create(
            {"name": f"{name} fee", "type": "service", "taxes_id": [Command.clear()]}
        )
        return cls.env["cs.fee.kind"].create(
            {
                "name": name,
                "category": category,
                "billing_method": method,
                "sequence": sequence,
                "product_id": product.id,
                "target_rate": target,
                "reminder_days": 10,
                "deadline_days": 10,
                "grace_days": 5,
                "visit_days": 7,
                "assistant_days": 7,
                "referral_days": 7,
                "late_fee_rate": 0.5,
            }
        )

    @classmethod
    def _make_unit(cls, building, name, area, owners):
        unit = cls.env["cs.unit"].create(
            {
                "name": name,
                "building_id": building.id,
                "area": area,
                "status": "occupied",
            }
        )
        cls.env["cs.unit.ownership"].create(
            {
                "unit_id": unit.id,
                "partner_ids": [Command.set(owners.ids)],
                "date_from": date(2025, 1, 1),
            }
        )
        return unit

    @classmethod
    def _read(cls, meter, day, value, **extra):
        return cls.env["cs.meter.reading"].create(
            {"meter_id": meter.id, "date": day, "value": value, **extra}
        )

    def _run(self, month=date(2026, 9, 1), user=None, **vals):
        run = (
            self.env["cs.fee.run"]
            .with_user(user or self.cashier)
            .create(
                {
                    "project_id": self.project.id,
                    "period_date": month,
                    "fee_kind_ids": [
                        Command.set((self.kind_mgmt | self.kind_water).ids)
                    ],
                    "invoice_date": month,
                    "due_days": 15,
                    **vals,
                }
            )
        )
        return run

    def _bill(self, month=date(2026, 9, 1)):
        run = self._run(month)
        run.action_preview()
        run.action_confirm()
        return run

    def _pay(self, move, amount, day):
        return (
            self.env["account.payment.register"]
            .with_context(active_model="account.move", active_ids=move.ids)
            .create({"amount": amount, "payment_date": day})
            ._create_payments()
        )

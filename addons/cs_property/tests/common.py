# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The test fixtures of cs_property: property role users, an estate with
household files (``CsResidentCase``), site work (``SiteCommon``) and fees
(``FeeCommon``). Users come from cs_core's ``cs_user`` (one record per
login and transaction)."""

import base64
from datetime import date

from odoo import Command
from odoo.tests.common import TransactionCase

from odoo.addons.base.tests.common import BaseCommon
from odoo.addons.cs_core.tests.common import cs_user

PM_ROLE_GROUPS = {
    "staff": "cs_property.group_pm_staff",
    "cashier": "cs_property.group_pm_cashier",
    "area_manager": "cs_property.group_pm_area_manager",
    "assistant": "cs_property.group_pm_assistant",
    "manager": "cs_property.group_pm_manager",
    "agent": "cs_core.group_cs_agent",
}

# 1x1 PNG standing in for a photo or a drawn signature
PNG = base64.b64encode(
    base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChw"
        "GA60e6kgAAAABJRU5ErkJggg=="
    )
)
MONDAY = date(2026, 11, 23)
SATURDAY = date(2026, 11, 28)
SUNDAY = date(2026, 11, 29)


def pm_user(env, login, role, **values):
    """The user ``login`` with the property (or CS) role ``role``."""
    return cs_user(env, login, f"base.group_user,{PM_ROLE_GROUPS[role]}", **values)


class CsResidentCase(TransactionCase):
    """Two buildings with owned units, household files and one user per role."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))

        def user(login, role):
            return pm_user(cls.env, login, role, email=f"{login}@example.com")

        cls.staff = user("h15_staff", "staff")
        cls.cashier = user("h15_cashier", "cashier")
        cls.area_manager = user("h15_area", "area_manager")
        cls.agent = user("h15_agent", "agent")
        cls.portal = cs_user(cls.env, "h15_portal", "base.group_portal")
        project = cls.env["cs.project"].create({"name": "翠湖花园", "code": "H15"})
        phase = cls.env["cs.project.phase"].create(
            {"name": "一期", "project_id": project.id, "delivery_kind": "existing"}
        )
        cls.building_1, cls.building_2 = cls.env["cs.building"].create(
            [
                {"name": "1栋", "phase_id": phase.id},
                {"name": "2栋", "phase_id": phase.id},
            ]
        )
        cls.households = cls.env["cs.household"]
        cls.owners = cls.env["res.partner"]
        for index, building in enumerate([cls.building_1] * 4 + [cls.building_2] * 2):
            cls._add_household(building, index)
        cls.household = cls.households[0]

    @classmethod
    def _add_household(cls, building, index):
        unit = cls.env["cs.unit"].create(
            {
                "name": f"{index + 1:02d}01",
                "building_id": building.id,
                "status": "occupied",
            }
        )
        owner = cls.env["res.partner"].create(
            {
                "name": f"业主{index + 1}",
                "email": f"owner{index + 1}@example.com",
                "phone": f"+86138000000{index + 10}",
            }
        )
        cls.env["cs.unit.ownership"].create(
            {
                "unit_id": unit.id,
                "partner_ids": [(6, 0, owner.ids)],
                "date_from": "2024-01-01",
            }
        )
        cls.owners |= owner
        cls.households |= cls.env["cs.household"].create(
            {"unit_id": unit.id, "user_id": cls.staff.id}
        )


class SiteCommon(BaseCommon):
    """Estate, property roles and helpers for the site work tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls.env["cs.project"].create({"name": "Riverside", "code": "RVS"})
        cls.phase = cls.env["cs.project.phase"].create(
            {
                "name": "Phase 1",
                "project_id": cls.project.id,
                "delivery_kind": "existing",
            }
        )
        cls.building = cls.env["cs.building"].create(
            {"name": "Building 8", "phase_id": cls.phase.id, "floor_count": 18}
        )
        cls.units = cls.env["cs.unit"].create(
            [
                {"name": f"0{n}01", "building_id": cls.building.id, "floor": n}
                for n in range(1, 6)
            ]
        )
        cls.owner = cls.env["res.partner"].create({"name": "Chen Guoqiang"})
        cls.contractor = cls.env["res.partner"].create(
            {"name": "Jiahe Decoration Co.", "is_company": True}
        )
        cls.staff = pm_user(cls.env, "t_site_staff", "staff")
        cls.assistant = pm_user(cls.env, "t_site_assistant", "assistant")
        cls.manager = pm_user(cls.env, "t_site_manager", "manager")
        cls.agent = pm_user(cls.env, "t_site_agent", "agent")
        cls.plain = cs_user(cls.env, "t_site_plain")
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {"name": "Engineering", "user_ids": [(6, 0, cls.agent.ids)]}
        )

    @classmethod
    def _renovation(cls, unit, **vals):
        return cls.env["cs.pm.renovation"].create(
            {
                "unit_id": unit.id,
                "owner_id": cls.owner.id,
                "contractor_id": cls.contractor.id,
                "date_start": MONDAY,
                "date_end": date(2026, 12, 31),
                "works": "Kitchen and bathroom refit",
                "inspector_id": cls.staff.id,
                **vals,
            }
        )

    @classmethod
    def _in_progress(cls, unit):
        renovation = cls._renovation(unit)
        renovation.with_user(cls.staff).action_submit()
        cls._review(renovation, cls.manager)
        renovation.with_user(cls.staff).action_start()
        return renovation

    @classmethod
    def _review(cls, document, user, comment="No additional conditions", approve=True):
        """Validate or reject as ``user`` through the tier validation buttons
        and, when the tier asks for one, the comment wizard."""
        document = document.with_user(user)
        action = document.validate_tier() if approve else document.reject_tier()
        if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
            cls.env["comment.wizard"].with_user(user).with_context(
                **action["context"]
            ).create({"comment": comment}).add_comment()

    def _photo(self):
        # Uploaded by the inspector, as in the form
        return (
            self.env["ir.attachment"]
            .with_user(self.staff)
            .create({"name": "site.png", "datas": PNG, "mimetype": "image/png"})
        )


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
        cls.area_manager = pm_user(
            cls.env, "t_fee_area", "area_manager", name="Area Manager Zhao"
        )
        cls.other_area_manager = pm_user(
            cls.env, "t_fee_area2", "area_manager", name="Area Manager Qian"
        )
        cls.cashier = pm_user(cls.env, "t_fee_cashier", "cashier")
        cls.staff = pm_user(cls.env, "t_fee_staff", "staff")
        cls.assistant = pm_user(cls.env, "t_fee_assistant", "assistant")
        cls.director = pm_user(cls.env, "t_fee_director", "manager")
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

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Demo driver: three months of property billing for the demo estate."""

import random
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models


class CsFeeRunDemo(models.Model):
    _inherit = "cs.fee.run"

    @api.model
    def _cs_demo_three_months(self):
        project = self.env.ref("cs_core.demo_project_cuihu")
        if self.search_count([("project_id", "=", project.id)]):
            return
        self._cs_demo_chart()
        self._cs_demo_roles(project)
        rng = random.Random(2026)
        today = fields.Date.context_today(self)
        months = [today.replace(day=1) - relativedelta(months=n) for n in (3, 2, 1)]
        meters = self._cs_demo_meters(project)
        self._cs_demo_readings(meters, months, rng)
        cashier = self.env.ref("cs_property.user_pm_cashier")
        for month in months:
            run = self.with_user(cashier).create(
                {"project_id": project.id, "period_date": month, "invoice_date": month}
            )
            run.action_preview()
            run.action_confirm()
        self._cs_demo_special_services(project, today)
        self._cs_demo_payments(project, cashier, rng)
        self._cs_demo_ladder(months[0], today)

    def _cs_demo_chart(self):
        """Installed with ``account``, the demo runs before Odoo loads the
        chart of accounts it picked (at the end of the registry load): load
        that chart now, as Odoo would, or the generic one."""
        registry = self.env.registry
        if hasattr(registry, "_auto_install_template"):
            registry._auto_install_template(self.env)
            del registry._auto_install_template
        if not self.env.company.chart_template:
            self.env["account.chart.template"].try_loading(
                "generic_coa", self.env.company
            )

    def _cs_demo_roles(self, project):
        # cs_core's demo records are noupdate: set our fields here.
        self.env.ref("cs_core.demo_building_b1").area_manager_id = self.env.ref(
            "cs_property.user_pm_area_manager"
        )
        self.env.ref("cs_core.demo_building_b2").area_manager_id = self.env.ref(
            "cs_property.user_pm_area_manager_2"
        )
        project.write(
            {
                "pm_assistant_id": self.env.ref("cs_property.user_pm_assistant").id,
                "pm_director_id": self.env.ref("cs_property.user_pm_manager").id,
            }
        )

    def _cs_demo_meters(self, project):
        kinds = self.env.ref("cs_property.fee_kind_water") | self.env.ref(
            "cs_property.fee_kind_electricity"
        )
        units = self.env["cs.unit"].search(
            [
                ("project_id", "=", project.id),
                ("status", "in", ("delivered", "occupied", "vacant", "rented")),
            ]
        )
        return self.env["cs.meter"].create(
            [
                {
                    "unit_id": unit.id,
                    "fee_kind_id": kind.id,
                    "name": "%s-%s" % (kind.category[0].upper(), unit.name),
                }
                for unit in units
                for kind in kinds
            ]
        )

    def _cs_demo_readings(self, meters, months, rng):
        cashier = self.env.ref("cs_property.user_pm_cashier")
        vals = []
        for meter in meters:
            value = rng.randint(100, 900)
            # The 25th of the month before the first run, then of each month.
            for month in [months[0] - relativedelta(months=1), *months]:
                if month == months[-1] and meter.unit_id.name.endswith("02"):
                    continue  # a few meters not read last month: flagged
                vals.append(
                    {
                        "meter_id": meter.id,
                        "date": month + timedelta(days=24),
                        "value": value,
                        "reader_id": cashier.id,
                    }
                )
                water = meter.fee_kind_id.category == "water"
                value += rng.randint(4, 18) if water else rng.randint(90, 320)
        self.env["cs.meter.reading"].create(vals)

    def _cs_demo_special_services(self, project, today):
        """Special services billed through the fee API, some still unpaid."""
        kind = self.env.ref("cs_property.fee_kind_special_service")
        units = self.env["cs.unit"].search(
            [("project_id", "=", project.id), ("status", "=", "occupied")], limit=3
        )
        services = [
            ("空调清洗", 2, 80.0),
            ("管道疏通", 1, 120.0),
            ("家电维修", 1, 150.0),
        ]
        for days, unit, (name, quantity, price) in zip(
            (35, 20, 8), units, services, strict=False
        ):
            self.env["account.move"].cs_create_fee_invoice(
                unit,
                [
                    {
                        "fee_kind": kind,
                        "name": name,
                        "quantity": quantity,
                        "price_unit": price,
                    }
                ],
                invoice_date=today - timedelta(days=days),
            )

    def _cs_demo_payments(self, project, cashier, rng):
        """Most owners pay in the month, some pay part, some late, a few
        not at all (they climb the overdue ladder)."""
        moves = self.env["account.move"].search(
            [("cs_fee_run_id.project_id", "=", project.id)], order="cs_fee_period, id"
        )  # special services stay unpaid
        register = self.env["account.payment.register"].with_user(cashier)
        for index, move in enumerate(moves):
            profile = index % 10
            if profile == 9 and move.cs_unit_id.name.endswith(("01", "03")):
                continue  # chronic non-payers
            amount = move.amount_residual
            day = move.invoice_date + timedelta(days=rng.randint(3, 20))
            if profile == 5:
                amount = move.currency_id.round(amount * 0.5)
            elif profile == 6:
                day = move.invoice_date + relativedelta(
                    months=1, days=rng.randint(3, 12)
                )
            if day > fields.Date.context_today(self):
                continue
            register.with_context(
                active_model="account.move", active_ids=move.ids
            ).create({"amount": amount, "payment_date": day})._create_payments()

    def _cs_demo_ladder(self, start, today):
        """Play the daily overdue job from the first bill to today; visits
        are recorded by their responsible the day they are made."""
        steps_model = self.env["cs.fee.dunning.step"].sudo()
        outcomes = ["promised", "refused", "grievance", "unreachable"]
        reasons = [
            "业主称近期资金紧张，承诺月底前缴清。",
            "业主对电梯维修不及时不满，拒绝缴费。",
            "业主投诉楼道保洁质量下降，要求先整改。",
            "多次上门无人，电话无人接听。",
        ]
        day = start
        count = 0
        while day <= today:
            moves = steps_model._cs_due_moves(day, 1000)
            steps = steps_model._cs_advance(moves, day)
            for step in steps.filtered(lambda s: s.state == "open"):
                count += 1
                if (step.level == "5" and count % 2) or (
                    step.level == "4" and not count % 3
                ):
                    continue  # open: the director's referral, the assistant's visit
                step.write(
                    {
                        "outcome": outcomes[count % len(outcomes)],
                        "reason": reasons[count % len(reasons)],
                    }
                )
                step.with_user(step.user_id or self.env.user)._cs_record(day)
            day += timedelta(days=1)
        overdue = self.env["account.move"].search(
            [
                ("cs_late_fee_from", "!=", False),
                ("payment_state", "in", ("not_paid", "partial")),
            ],
            limit=2,
        )
        for move in overdue:
            amount, date_from, days = move._cs_late_fee_amount(today)
            if amount:
                move._cs_bill_late_fee(amount, date_from, today, days)

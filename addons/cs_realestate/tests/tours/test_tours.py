# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Browser tours (static/tests/tours/cs_realestate_tours.js) as the real
role users, in Simplified Chinese."""

from datetime import date

from odoo import Command, fields
from odoo.tests import HttpCase, tagged

from odoo.addons.cs_core.tests.zh_cn import load_zh_cn

from ..common import cs_user, next_weekday

TOUR_TIMEOUT = 180


@tagged("post_install", "-at_install")
class TestTours(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        load_zh_cn(cls.env, ["cs_core", "cs_realestate"])

    def _user(self, login, name, *groups):
        return cs_user(
            self.env,
            login=login,
            name=name,
            groups=",".join(("base.group_user",) + groups),
            lang="zh_CN",
            tz="Asia/Shanghai",
        )

    def _stamped_paid_contract(self, agent):
        project = self.env["cs.project"].create(
            {"name": "翠湖花园（测试）", "code": "TCH"}
        )
        phase = self.env["cs.project.phase"].create(
            {"name": "一期", "project_id": project.id, "delivery_kind": "existing"}
        )
        building = self.env["cs.building"].create(
            {"name": "3栋", "phase_id": phase.id, "floor_count": 18}
        )
        unit = self.env["cs.unit"].create(
            {"name": "0301", "building_id": building.id, "floor": 3, "area": 98.5}
        )
        contract = self.env["cs.sale.contract"].create(
            {
                "name": "HT-TOUR-0001",
                "unit_id": unit.id,
                "partner_id": self.env["res.partner"].create({"name": "王建华"}).id,
                "user_id": agent.id,
                "contract_area": 98.5,
                "unit_price": 12000.0,
                "payment_method": "lump_sum",
                "delivery_kind": "existing",
                "payment_line_ids": [
                    Command.create(
                        {
                            "name": "全款",
                            "due_date": date.today(),
                            "amount": 1_182_000.0,
                            "paid_amount": 1_182_000.0,
                        }
                    )
                ],
            }
        )
        contract._cs_transition_write(state="stamped")
        contract.with_user(agent).action_notify_finance()
        return contract

    def test_finance_confirms_payment_clerk_adds_to_batch(self):
        """RE-MOVE-1, RE-DOC-3: Finance confirms a sale contract's full
        payment on screen; the marketing data clerk adds the stamped contract
        to a certification batch."""
        agent = self._user("tour_re_agent", "Tour Agent", "cs_core.group_cs_agent")
        finance = self._user("tour_finance", "Tour Finance", "cs_core.group_cs_finance")
        clerk = self._user(
            "tour_clerk", "Tour Clerk", "cs_realestate.group_re_data_clerk"
        )
        contract = self._stamped_paid_contract(agent)

        self._tour(
            f"/odoo/action-cs_realestate.action_cs_sale_contract/{contract.id}",
            "cs_realestate_confirm_payment",
            finance,
        )
        self.assertTrue(contract.paid_confirmed)
        self.assertEqual(contract.paid_confirmed_by_id, finance)

        batch = (
            self.env["cs.certification.batch"]
            .with_user(clerk)
            .create({"date": next_weekday(1)})
        )
        self._tour(
            f"/odoo/action-cs_realestate.action_cs_certification_batch/{batch.id}",
            "cs_realestate_certification_batch",
            clerk,
        )
        self.assertEqual(batch.line_ids.contract_id, contract)
        self.assertTrue(batch.line_ids.complete)

    def test_agent_logs_return_visit(self):
        """RE-RET-2: from the worklist of visits due, an agent logs a visit
        (channel, who answered, what the customer said) in Chinese and the
        visit shows as done on the day."""
        agent = self._user(
            "tour_re_visit_agent", "Tour Visit Agent", "cs_core.group_cs_agent"
        )
        contract = self._stamped_paid_contract(agent)
        visit = (
            self.env["cs.return.visit"]
            .sudo()
            .create(
                {
                    "contract_id": contract.id,
                    "kind": "first",
                    "scheduled_date": date.today(),
                    "user_id": agent.id,
                }
            )
        )
        self._tour(
            "/odoo/action-cs_realestate.action_cs_return_visit",
            "cs_realestate_log_return_visit",
            agent,
        )
        agent_today = fields.Date.context_today(
            agent.with_env(self.env(user=agent, context={}))
        )
        self.assertEqual((visit.state, visit.done_date), ("done", agent_today))
        self.assertEqual(visit.channel, "phone")
        self.assertEqual(visit.contact_name, "王建华本人")
        self.assertEqual(visit.customer_feedback, "交房顺利，对物业服务很满意。")

    def _tour(self, url, tour, user):
        self.start_tour(url, tour, login=user.login, timeout=TOUR_TIMEOUT)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A hostile JSON-RPC client logged in as each after-sale role (issue 16)."""

from datetime import date, timedelta

from odoo import Command, fields
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from ..common import RealEstateCommon

REFUSALS = {
    "odoo.exceptions.UserError",
    "odoo.exceptions.AccessError",
    "odoo.exceptions.ValidationError",
}
ROLES = ("agent", "sales", "finance", "legal", "gm")
EVIDENCE = (
    "contract_attachment_ids",
    "property_appraisal_attachment_ids",
    "technical_appraisal_attachment_ids",
    "legal_advice_attachment_ids",
)


@tagged("post_install", "-at_install")
class TestAfterSaleRpc(HttpCase, RealEstateCommon):
    """Step-owned fields of plans, interest, visits and profiles stay out of
    reach of ``/web/dataset/call_kw`` whatever the caller sends."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_users = dict(cls.users, sales=cls.sales)
        # Interest counts days in the time zone of the one who reads it:
        # the instalment fell due 30 days before Finance's today.
        finance_env = cls.env(user=cls.role_users["finance"], context={})
        finance_today = fields.Date.context_today(finance_env.user)
        cls.contract = cls.env["cs.sale.contract"].create(
            cls._contract_vals(
                paid=False,
                payment_line_ids=[
                    Command.create(
                        {
                            "name": "首付款",
                            "due_date": finance_today - timedelta(days=30),
                            "amount": 100_000.0,
                        }
                    )
                ],
            )
        )
        cls.contract._cs_transition_write(state="stamped")
        cls.complaint = cls.env["helpdesk.ticket"].create(
            {
                "name": "外墙渗水",
                "description": "卧室外墙渗水,要求赔偿。",
                "partner_id": cls.owner_a.id,
                "cs_unit_id": cls.contract.unit_id.id,
                "cs_kind": "complaint",
                "cs_severity": "compensation",
                "cs_complaint_category": "engineering",
            }
        )

    # ------------------------------------------------------------------
    # JSON-RPC helpers
    # ------------------------------------------------------------------
    def _login(self, role):
        user = self.role_users[role]
        self.authenticate(user.login, user.login)
        return user

    def _call(self, model, method, args, kwargs=None, context=None):
        kwargs = dict(kwargs or {})
        if context:
            kwargs["context"] = context
        return self.make_jsonrpc_request(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs},
        )

    def _refused(self, model, method, args, kwargs=None, context=None):
        with self.assertRaises(JsonRpcException) as caught, mute_logger("odoo.http"):
            self._call(model, method, args, kwargs, context)
        self.assertIn(caught.exception.args[0], REFUSALS, f"{model}.{method}{args}")

    def _today(self, role):
        """The day in the role user's time zone, as the server sees it."""
        user = self.role_users[role]
        return fields.Date.context_today(user.with_env(self.env(user=user, context={})))

    @staticmethod
    def _forged(model, **extra):
        """What a client can put in a context: plain values, never the
        server's trusted flag object."""
        return {
            f"cs_workflow_transition:{model}": True,
            "cs_tier_review_internal": True,
            "skip_validation_check": True,
            **extra,
        }

    # ------------------------------------------------------------------
    # Resolution plan (RE-CMP-4, RE-CMP-5, RE-CMP-6)
    # ------------------------------------------------------------------
    def _plan(self):
        vals = {
            "ticket_id": self.complaint.id,
            "contract_id": self.contract.id,
            "plan": "<p>维修外墙防水并补偿租房费用。</p>",
            "compensation_amount": 6000.0,
        }
        for field in EVIDENCE:
            attachment = (
                self.env["ir.attachment"]
                .with_user(self.sales)
                .create({"name": field, "datas": "aGVsbG8="})
            )
            vals[field] = [Command.set(attachment.ids)]
        return self.env["cs.complaint.plan"].with_user(self.sales).create(vals)

    def _assault_plan(self, plan):
        model = "cs.complaint.plan"
        today = fields.Date.to_string(date.today())
        for vals in (
            {"state": "approved"},
            {"state": "done"},
            {"approved_date": today},
            {"done_date": today},
            {"review_ids": [Command.create({"status": "approved", "sequence": 1})]},
        ):
            self._refused(model, "write", [plan.ids, vals])
            self._refused(model, "write", [plan.ids, vals], context=self._forged(model))
        self._refused(
            "tier.review",
            "create",
            [
                {
                    "model": model,
                    "res_id": plan.id,
                    "status": "approved",
                    "done_by": self.users["gm"].id,
                    "sequence": 99,
                }
            ],
            context=self._forged(model),
        )
        new = {"ticket_id": self.complaint.id, "plan": "<p>x</p>"}
        for key, value in (
            ("default_state", "approved"),
            ("default_approved_date", today),
        ):
            self._refused(model, "create", [new], context={key: value})
        for review in plan.sudo().review_ids:
            self._refused(
                "tier.review",
                "write",
                [review.ids, {"status": "approved", "done_by": self.users["gm"].id}],
                context=self._forged(model),
            )
            self._refused("tier.review", "unlink", [review.ids])

    def test_rpc_cannot_approve_a_plan(self):
        """RE-CMP-4, RE-CMP-5: no role marks a resolution plan approved over
        RPC: not by writing its status or approval date (forged transition
        flags or ``default_*`` keys included), nor by creating, writing or
        deleting its tier reviews; only the GM's review approves it."""
        plan = self._plan()
        for role in ROLES:
            with self.subTest(role=role, stage="draft"):
                self._login(role)
                self._assault_plan(plan)
        self._login("sales")
        self._call("cs.complaint.plan", "request_validation", [plan.ids])
        for role in ROLES:
            with self.subTest(role=role, stage="to approve"):
                self._login(role)
                self._assault_plan(plan)
        self._login("legal")
        self._refused("cs.complaint.plan", "validate_tier", [plan.ids])
        plan.invalidate_recordset()
        self.assertEqual(plan.state, "draft")
        self.assertNotIn("approved", plan.sudo().review_ids.mapped("status"))
        self._login("gm")
        action = self._call("cs.complaint.plan", "validate_tier", [plan.ids])
        if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
            wizard = self._call(
                "comment.wizard",
                "create",
                [{"comment": "同意"}],
                context=action["context"],
            )
            self._call(
                "comment.wizard", "add_comment", [[wizard]], context=action["context"]
            )
        plan.invalidate_recordset()
        self.assertEqual(plan.state, "approved")
        self.assertEqual(plan.approved_date, self._today("gm"))

    # ------------------------------------------------------------------
    # Late-payment interest (RE-BR-1)
    # ------------------------------------------------------------------
    def test_rpc_cannot_mark_interest_paid(self):
        """RE-BR-1: no role writes a late-payment interest as paid or
        changes its amount over RPC (the case's interest fields, status,
        the contract's rate once approved); Finance confirms it through its
        step once the instalment is paid, at the hand-computed figure
        100,000 × 0.05 % × 30 days = 1,500."""
        case = self.env["cs.breach"]._cs_open_cases(self.contract, "late_payment")
        today = fields.Date.to_string(date.today())
        model = "cs.breach"
        for role in ROLES:
            with self.subTest(role=role):
                self._login(role)
                for vals in (
                    {"interest_amount": 0.0},
                    {"interest_paid_date": today},
                    {"state": "settled"},
                    {"reminder_count": 5},
                ):
                    self._refused(model, "write", [case.ids, vals])
                    self._refused(
                        model, "write", [case.ids, vals], context=self._forged(model)
                    )
                self._refused(
                    model,
                    "create",
                    [{"kind": "late_payment", "contract_id": self.contract.id}],
                    context={"default_interest_paid_date": today},
                )
                self._refused(
                    "cs.sale.contract",
                    "write",
                    [self.contract.ids, {"late_interest_rate": 0.0}],
                )
                if role != "finance":
                    self._refused(model, "action_confirm_interest_paid", [case.ids])
                    self._refused(
                        "cs.sale.contract.payment",
                        "write",
                        [self.contract.payment_line_ids.ids, {"paid_amount": 1e5}],
                    )
        case.invalidate_recordset()
        self.assertEqual(
            (case.state, case.interest_amount, case.interest_paid_date),
            ("open", 0.0, False),
        )
        finance_env = self.env(user=self.role_users["finance"], context={})
        self.assertEqual(case.with_env(finance_env).sudo().current_interest, 1500.0)
        self._login("finance")
        self._refused(model, "action_confirm_interest_paid", [case.ids])
        self._call(
            "cs.sale.contract.payment",
            "write",
            [
                self.contract.payment_line_ids.ids,
                {"paid_amount": 100_000.0, "paid_date": today},
            ],
        )
        self._call(model, "action_confirm_interest_paid", [case.ids])
        case.invalidate_recordset()
        self.assertEqual(
            (case.state, case.interest_amount, case.interest_paid_date),
            ("settled", 1500.0, self._today("finance")),
        )

    # ------------------------------------------------------------------
    # Return visits and customer profiles (RE-RET-1, RE-RET-2)
    # ------------------------------------------------------------------
    def test_rpc_cannot_forge_visits_or_profiles(self):
        """RE-RET-1, RE-RET-2: the visit's status, date visited and
        follow-up ticket, and the contract's profile deadline and
        escalation, are written by their steps only; the agent logs a
        visit through its button."""
        visit = (
            self.env["cs.return.visit"]
            .sudo()
            .create(
                {
                    "contract_id": self.contract.id,
                    "kind": "first",
                    "scheduled_date": date.today(),
                    "user_id": self.users["agent"].id,
                }
            )
        )
        other_ticket = self.env["helpdesk.ticket"].create(
            {"name": "无关工单", "description": "x", "partner_id": self.owner_b.id}
        )
        today = fields.Date.to_string(date.today())
        visit_model, contract_model = "cs.return.visit", "cs.sale.contract"
        for role in ROLES:
            with self.subTest(role=role):
                self._login(role)
                for vals in (
                    {"state": "done"},
                    {"done_date": today},
                    {"ticket_id": other_ticket.id},
                ):
                    self._refused(visit_model, "write", [visit.ids, vals])
                    self._refused(
                        visit_model,
                        "write",
                        [visit.ids, vals],
                        context=self._forged(visit_model),
                    )
                self._refused(
                    visit_model,
                    "create",
                    [
                        {
                            "contract_id": self.contract.id,
                            "kind": "second",
                            "scheduled_date": today,
                        }
                    ],
                    context={"default_state": "done", "default_done_date": today},
                )
                for vals in (
                    {"profile_deadline": "2099-01-01"},
                    {"profile_escalated": True},
                ):
                    self._refused(contract_model, "write", [self.contract.ids, vals])
                    self._refused(
                        contract_model,
                        "write",
                        [self.contract.ids, vals],
                        context=self._forged(contract_model),
                    )
        visit.invalidate_recordset()
        self.assertEqual(
            (visit.state, visit.done_date, visit.ticket_id.id),
            ("planned", False, False),
        )
        self.contract.invalidate_recordset()
        self.assertFalse(self.contract.profile_deadline)
        self.assertFalse(self.contract.profile_escalated)
        self._login("agent")
        self._call(
            visit_model,
            "write",
            [visit.ids, {"channel": "phone", "customer_feedback": "对物业很满意。"}],
        )
        self._call(visit_model, "action_done", [visit.ids])
        self._call(visit_model, "action_create_ticket", [visit.ids])
        visit.invalidate_recordset()
        self.assertEqual((visit.state, visit.done_date), ("done", self._today("agent")))
        self.assertIn("对物业很满意。", visit.ticket_id.description)

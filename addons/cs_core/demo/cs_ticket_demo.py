# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class CsAgreement(models.Model):
    """Demo driver called by ``demo/cs_ticket_demo.xml``."""

    _inherit = "cs.agreement"

    # ------------------------------------------------------------------
    # Demo data: walk tickets and agreements through every state as the
    # demo users, so the real rules apply (loaded only with demo data).
    # ------------------------------------------------------------------
    def _cs_review_as(self, user, approve=True, comment=None):
        """Approve or reject as ``user`` through the comment wizard."""
        self.ensure_one()
        agreement = self.with_user(user)
        action = agreement.validate_tier() if approve else agreement.reject_tier()
        if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
            wizard = (
                self.env["comment.wizard"]
                .with_user(user)
                .with_context(**action["context"])
                .create(
                    {
                        "comment": comment
                        or action["context"].get("default_comment")
                        or "OK"
                    }
                )
            )
            wizard.add_comment()
        return self

    @api.model
    def _cs_load_demo(self):
        ref = self.env.ref
        agent = ref("cs_core.user_cs_agent")
        agent2 = ref("cs_core.user_cs_agent2")
        legal = ref("cs_core.user_cs_legal")
        gm = ref("cs_core.user_cs_gm")
        finance = ref("cs_core.user_cs_finance")
        manager = ref("cs_core.user_cs_manager")
        complaint = ref("cs_core.demo_ticket_complaint_engineering")
        # Tickets: a forwarding, a closed ticket with rating, an overdue one
        repair = ref("cs_core.demo_ticket_repair")
        self.env["cs.ticket.forward.wizard"].with_user(agent2).create(
            {
                "ticket_id": repair.id,
                "to_team_id": ref("cs_core.demo_team_engineering").id,
                "to_user_id": manager.id,
                "reason": "渗水需工程部现场勘查。",
            }
        ).action_forward()
        service = ref("cs_core.demo_ticket_complaint_service")
        self.env["cs.ticket.close.wizard"].with_user(agent2).create(
            {
                "ticket_id": service.id,
                "satisfaction": "5",
                "solution": service.cs_solution,
            }
        ).action_close()
        suggestion = ref("cs_core.demo_ticket_suggestion")
        self.env.cr.execute(
            "UPDATE helpdesk_ticket SET create_date = now() - interval '6 days' "
            "WHERE id = %s",
            [suggestion.id],
        )
        suggestion.invalidate_recordset(["create_date"])
        self.env.add_to_compute(suggestion._fields["cs_response_deadline"], suggestion)
        self.env.add_to_compute(
            suggestion._fields["cs_resolution_deadline"], suggestion
        )
        suggestion.flush_recordset()
        self.env["helpdesk.ticket"]._cron_cs_escalate_overdue()

        def new(amount, note):
            return self.with_user(agent).create(
                {
                    "ticket_id": complaint.id,
                    "partner_id": complaint.partner_id.id,
                    "amount": amount,
                    "terms": "<p>%s</p>" % note,
                }
            )

        new(5000, "草稿:外墙维修期间租房补偿。")
        new(8000, "待法务审核:外墙维修及补偿。").with_user(agent).request_validation()
        pending_gm = new(12000, "法务已审核,待总经理审批。")
        pending_gm.with_user(agent).request_validation()
        pending_gm._cs_review_as(legal, comment="条款合规。")
        rejected = new(50000, "被驳回:金额超出评估范围。")
        rejected.with_user(agent).request_validation()
        rejected._cs_review_as(legal, comment="条款合规。")
        rejected._cs_review_as(
            gm, approve=False, comment="金额过高,请依据评估报告重新核定。"
        )
        for note, target in (
            ("已批准,待签署。", "approved"),
            ("已签署,待付款。", "signed"),
            ("已付款,原件归档。", "paid"),
            ("已取消:业主撤回投诉。", "cancel"),
        ):
            agreement = new(10000, note)
            if target == "cancel":
                agreement.with_user(manager).action_cancel()
                continue
            agreement.with_user(agent).request_validation()
            agreement._cs_review_as(legal, comment="条款合规。")
            agreement._cs_review_as(gm, comment="同意。")
            if target in ("signed", "paid"):
                agreement.with_user(agent).action_sign()
            if target == "paid":
                agreement.with_user(finance).write(
                    {"payment_reference": "BANK-2026-0001"}
                )
                agreement.with_user(finance).action_pay()

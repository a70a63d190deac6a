# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Demo driver: walks the after-sale documents through their steps as the
demo users, so the demo shows what the rules really do (loaded only with
demo data, from ``demo/cs_after_sale_demo.xml``)."""

import base64
from datetime import timedelta

from odoo import api, fields, models


class CsReturnVisitDemo(models.Model):
    _inherit = "cs.return.visit"

    @api.model
    def _cs_load_after_sale_demo(self):
        ref = self.env.ref
        users = {
            "agent": ref("cs_core.user_cs_agent"),
            "sales": ref("cs_realestate.user_re_sales"),
            "clerk": ref("cs_realestate.user_re_clerk"),
            "archivist": ref("cs_core.user_cs_archivist"),
            "finance": ref("cs_core.user_cs_finance"),
            "legal": ref("cs_core.user_cs_legal"),
            "gm": ref("cs_core.user_cs_gm"),
        }
        self._cs_demo_retention(users)
        self._cs_demo_messages(users)
        self._cs_demo_complaints(users)
        self._cs_demo_breach(users)

    @api.model
    def _cs_demo_review(self, record, user):
        action = record.with_user(user).validate_tier()
        if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
            self.env["comment.wizard"].with_user(user).with_context(
                **action["context"]
            ).create({"comment": "同意。"}).add_comment()

    @api.model
    def _cs_demo_retention(self, users):
        """RE-RET-1, -2: a logged visit, an overdue one, a follow-up ticket,
        a completed profile and an escalated one."""
        ref = self.env.ref
        done = ref("cs_realestate.demo_contract_l_done")
        visit = done.visit_ids.filtered(lambda v: v.kind == "first").with_user(
            users["agent"]
        )
        visit.write(
            {
                "channel": "phone",
                "contact_name": done.partner_id.name,
                "customer_feedback": "对交房质量满意,希望小区尽快开通燃气。",
            }
        )
        visit.action_done()
        visit.action_create_ticket()
        late = ref("cs_realestate.demo_contract_m_done").visit_ids[:1]
        late.write(
            {"scheduled_date": fields.Date.context_today(self) - timedelta(days=5)}
        )
        owner = ref("cs_realestate.demo_contract_l_distributed").partner_id
        owner.write(
            {
                "street": "滨江区江南大道88号",
                "city": "杭州",
                "email": owner.email or "owner.demo@example.com",
                "phone": owner.phone or "+8613905710088",
                "cs_id_number": "330108198507120036",
            }
        )
        contracts = self.env["cs.sale.contract"].search(
            [("profile_deadline", "!=", False)]
        )
        if contracts:
            latest = max(contracts.mapped("profile_deadline"))
            contracts._cron_profile_escalation(today=latest + timedelta(days=1))

    @api.model
    def _cs_demo_messages(self, users):
        """RE-RET-3: a sent Mid-Autumn greeting, a Spring Festival greeting
        scheduled ahead, a draft construction-progress update."""
        messages = self.env["cs.customer.message"].with_user(users["agent"])
        sent = messages.create(
            {
                "kind": "holiday",
                "channel": "sms",
                "subject": "中秋问候",
                "body": "月圆人团圆,恭祝您和家人中秋快乐!【客户服务中心】",
            }
        )
        sent.action_send()
        self.env["cs.customer.message"]._cron_process_queue()
        today = fields.Date.context_today(self)
        messages.create(
            {
                "kind": "holiday",
                "channel": "both",
                "subject": "新春快乐",
                "body": "恭祝您新春快乐,万事如意!【客户服务中心】",
                "scheduled_date": today + timedelta(days=60),
            }
        ).action_send()
        phase = self.env["cs.project.phase"].search(
            [("delivery_kind", "=", "off_plan")], limit=1
        )
        if phase:
            photo = (
                self.env["ir.attachment"]
                .with_user(users["agent"])
                .create(
                    {
                        "name": "工地现场.txt",
                        "datas": base64.b64encode("主体结构施工至18层。".encode()),
                    }
                )
            )
            messages.create(
                {
                    "kind": "progress",
                    "channel": "email",
                    "phase_id": phase.id,
                    "subject": "工程进度通报",
                    "body": "您所购房屋所在楼栋主体结构已施工至18层,预计年底封顶。",
                    "attachment_ids": [fields.Command.set(photo.ids)],
                }
            )

    @api.model
    def _cs_demo_complaints(self, users):
        """RE-CMP-4..6: the engineering complaint's letter is filed with the
        archivist; its resolution plan is approved by the GM and its
        compensation agreement waits for Legal; a second plan is a draft."""
        ticket = self.env.ref("cs_core.demo_ticket_complaint_engineering")
        record = ticket.with_user(users["agent"]).action_cs_file_complaint_letter()
        handoff = self.env["cs.record.handoff"].search(
            [("copy_ids", "in", record.copy_ids.ids), ("state", "=", "pending")]
        )
        handoff.with_user(users["archivist"]).action_confirm()

        def attach(name, text):
            return [
                fields.Command.set(
                    self.env["ir.attachment"]
                    .with_user(users["sales"])
                    .create({"name": name, "datas": base64.b64encode(text.encode())})
                    .ids
                )
            ]

        plans = self.env["cs.complaint.plan"].with_user(users["sales"])
        plan = plans.create(
            {
                "ticket_id": ticket.id,
                "plan": "<p>公司修复外墙裂缝并做防水处理,补偿租房费用。</p>",
                "compensation_amount": 8000.0,
                "contract_attachment_ids": attach(
                    "买卖合同.txt", "合同第十二条:保修责任"
                ),
                "property_appraisal_attachment_ids": attach(
                    "物业公司鉴定.txt", "外墙裂缝属实"
                ),
                "technical_appraisal_attachment_ids": attach(
                    "技术部鉴定.txt", "施工缝处理不当"
                ),
                "legal_advice_attachment_ids": attach(
                    "法律意见.txt", "在保修期内,应予补偿"
                ),
            }
        )
        plan.request_validation()
        self._cs_demo_review(plan, users["gm"])
        plan.with_user(users["agent"]).action_create_agreement()
        plan.agreement_id.with_user(users["agent"]).request_validation()
        plans.create({"ticket_id": ticket.id, "plan": "<p>备选方案:仅维修。</p>"})

    @api.model
    def _cs_demo_breach(self, users):
        """RE-BR-1..3: late-payment cases with a reminder letter, a late
        certificate application, a paid company-breach compensation."""
        ref = self.env.ref
        today = fields.Date.context_today(self)
        contracts = self.env["cs.sale.contract"]
        cases = contracts._cron_late_payment_cases()
        cases[:1].with_user(users["agent"]).action_send_reminder()
        late = ref("cs_realestate.demo_contract_l_distributed")
        late.write({"certificate_due_date": today - timedelta(days=20)})
        contracts._cron_certificate_lateness()
        late.breach_ids.with_user(users["agent"]).action_send_reminder()
        breached = ref("cs_realestate.demo_contract_m_done")
        case = (
            self.env["cs.breach"]
            .with_user(users["agent"])
            .create(
                {
                    "kind": "company",
                    "contract_id": breached.id,
                    "description": "公司逾期交房45天,按合同第九条支付违约金。",
                    "compensation_amount": 30000.0,
                }
            )
        )
        case.action_create_agreement()
        agreement = case.agreement_id
        agreement.with_user(users["agent"]).request_validation()
        self._cs_demo_review(agreement, users["legal"])
        self._cs_demo_review(agreement, users["gm"])
        agreement.with_user(users["agent"]).action_sign()
        agreement.with_user(users["finance"]).write(
            {"payment_reference": "BANK-2026-0188"}
        )
        agreement.with_user(users["finance"]).action_pay()
        handoff = self.env["cs.record.handoff"].search(
            [
                ("copy_ids", "in", agreement.archive_record_id.copy_ids.ids),
                ("state", "=", "pending"),
            ]
        )
        handoff.with_user(users["clerk"]).action_confirm()

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Browser tours (static/tests/tours/cs_core_tours.js) as the real role users,
in Simplified Chinese. A tour that cannot start (no Chromium, no
websocket-client) is skipped by Odoo; tests/run counts that as a failure."""

from odoo.tests import HttpCase, tagged

from ..common import cs_user
from ..zh_cn import load_zh_cn

TOUR_TIMEOUT = 180


@tagged("post_install", "-at_install")
class TestTours(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        load_zh_cn(cls.env, ["cs_core"])

    def _user(self, login, name, *groups):
        return cs_user(
            self.env,
            login=login,
            name=name,
            groups=",".join(("base.group_user",) + groups),
            lang="zh_CN",
            tz="Asia/Shanghai",
        )

    def _tour(self, url, tour, user):
        self.start_tour(url, tour, login=user.login, timeout=TOUR_TIMEOUT)

    def test_agent_records_complaint_with_photo_and_forwards_it(self):
        """CORE-TKT-1, CORE-TKT-4, CORE-CMP-1, CORE-CMP-2: an agent records
        an engineering complaint, attaches a photo and forwards it; the
        first-contact owner still sees it."""
        agent = self._user("tour_agent", "Tour Agent", "cs_core.group_cs_agent")
        engineer = self._user(
            "tour_engineer", "Tour Engineer", "cs_core.group_cs_agent"
        )
        self._tour(
            "/odoo/action-cs_core.action_cs_complaint/new",
            "cs_core_complaint_forward",
            agent,
        )
        ticket = self.env["helpdesk.ticket"].search([("name", "=", "3栋0301外墙渗水")])
        self.assertEqual(len(ticket), 1)
        self.assertEqual(ticket.cs_kind, "complaint")
        self.assertEqual(ticket.cs_complaint_category, "engineering")
        self.assertEqual(ticket.cs_image_count, 1)
        self.assertEqual(ticket.cs_first_contact_user_id, agent)
        self.assertEqual(ticket.user_id, engineer)
        self.assertEqual(ticket.cs_forward_ids.to_user_id, engineer)
        self.assertEqual(
            self.env["helpdesk.ticket"]
            .with_user(agent)
            .search([("id", "=", ticket.id)]),
            ticket,
        )

    def test_agreement_legal_then_gm(self):
        """CORE-CMP-3: the General Manager cannot approve a compensation
        agreement before Legal Counsel; Legal approves, then the GM."""
        agent = self._user("tour_agent", "Tour Agent", "cs_core.group_cs_agent")
        legal = self._user("tour_legal", "Tour Legal", "cs_core.group_cs_legal")
        gm = self._user("tour_gm", "Tour GM", "cs_core.group_cs_gm")
        customer = self.env["res.partner"].create({"name": "王建华"})
        ticket = (
            self.env["helpdesk.ticket"]
            .with_user(agent)
            .create(
                {
                    "name": "地下室渗水赔偿",
                    "description": "<p>地下室渗水，储物受损。</p>",
                    "partner_id": customer.id,
                    "cs_kind": "complaint",
                    "cs_severity": "compensation",
                    "cs_complaint_category": "engineering",
                }
            )
        )
        agreement = (
            self.env["cs.agreement"]
            .with_user(agent)
            .create(
                {
                    "ticket_id": ticket.id,
                    "partner_id": customer.id,
                    "amount": 8000,
                    "terms": "<p>维修期间补偿租金。</p>",
                }
            )
        )
        agreement.with_user(agent).request_validation()
        url = f"/odoo/action-cs_core.action_cs_agreement/{agreement.id}"

        self._tour(url, "cs_core_agreement_gm_waits", gm)
        self.assertFalse(
            agreement.review_ids.filtered(lambda r: r.status == "approved")
        )

        self._tour(url, "cs_core_agreement_review", legal)
        self.assertEqual(agreement.validation_status, "pending")
        self.assertEqual(agreement.state, "draft")
        approved = agreement.review_ids.filtered(lambda r: r.status == "approved")
        self.assertEqual(approved.done_by, legal)

        self._tour(url, "cs_core_agreement_review", gm)
        self.assertEqual(agreement.validation_status, "validated")
        self.assertEqual(agreement.state, "approved")

    def _record_with_copies(self, rtype, title, partner):
        cs_dept = self.env.ref("cs_core.holder_department_cs")
        return self.env["cs.record"].create(
            {
                "title": title,
                "type_id": rtype.id,
                "partner_id": partner.id,
                "copy_ids": [
                    (0, 0, vals) for vals in rtype._prepare_copy_values(cs_dept)
                ],
            }
        )

    def test_archivist_confirms_receipt_and_customer_signs_slip(self):
        """CORE-REC-3, CORE-REC-4: the archivist confirms a pending receipt
        on screen; a customer signs a receipt slip on the agent's screen."""
        agent = self._user("tour_agent", "Tour Agent", "cs_core.group_cs_agent")
        archivist = self._user(
            "tour_archivist", "Tour Archivist", "cs_core.group_cs_archivist"
        )
        customer = self.env["res.partner"].create({"name": "李大伟"})
        rtype = self.env["cs.record.type"].create(
            {
                "name": "商品房买卖合同（测试）",
                "code": "TOUR",
                "copy_template_ids": [
                    (0, 0, {"name": "甲方正本", "party": "a"}),
                    (0, 0, {"name": "乙方正本", "party": "b"}),
                ],
            }
        )
        Handoff = self.env["cs.record.handoff"].with_user(agent)

        to_archive = self._record_with_copies(rtype, "3栋0301买卖合同", customer)
        handoff = Handoff._cs_propose(
            to_archive.copy_ids, self.env.ref("cs_core.holder_department_archives")
        )
        self._tour(
            f"/odoo/action-cs_core.action_cs_record_handoff/{handoff.id}",
            "cs_core_handoff_confirm",
            archivist,
        )
        self.assertEqual(handoff.state, "confirmed")
        self.assertEqual(handoff.confirmed_by_id, archivist)

        to_customer = self._record_with_copies(rtype, "3栋0302买卖合同", customer)
        holder = self.env["cs.record.holder"]._get_for_partner(customer)
        slip = Handoff._cs_propose(
            to_customer.copy_ids, holder
        )._cs_create_receipt_slip(collector_name="李大伟")
        self._tour(
            f"/odoo/action-cs_core.action_cs_receipt_slip/{slip.id}",
            "cs_core_receipt_slip_sign",
            agent,
        )
        self.assertEqual(slip.state, "confirmed")
        self.assertTrue(slip.signature)
        self.assertEqual(slip.handoff_id.state, "confirmed")
        self.assertEqual(to_customer.copy_ids.holder_id, holder)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models

# (answer index of question 1, of question 2, complaint text) per household;
# 9 of 12 answer (75 %), one complains, one scores low.
DEMO_ANSWERS = [
    (0, 0, ""),
    (0, 1, ""),
    (1, 0, ""),
    (0, 0, "地下车库B区照明经常不亮，晚上停车很不方便。"),
    (0, 0, ""),
    (2, 2, ""),
    (1, 1, ""),
    (0, 0, ""),
    (0, 1, ""),
]
# (days ago, product index, channel, dispatch to contractor, final state, rating)
DEMO_SERVICES = [
    (52, 0, "phone", True, "paid", "5"),
    (47, 1, "in_person", False, "paid", "4"),
    (41, 2, "phone", False, "paid", "5"),
    (36, 0, "phone", True, "done", "3"),
    (30, 1, "phone", False, "paid", "4"),
    (22, 2, "in_person", False, "billed", "2"),
    (15, 0, "phone", True, "dispatched", False),
    (9, 1, "phone", False, "paid", "5"),
    (4, 2, "in_person", False, "dispatched", False),
    (1, 0, "phone", True, "registered", False),
]


class CsPropertyResidentDemo(models.AbstractModel):
    """Walks the demo records of residents, visits, community and special
    services through their real steps."""

    _name = "cs.property.resident.demo"
    _description = "Residents Demo Driver"

    @api.model
    def _cs_demo_answer_campaign(self, campaign_id):
        campaign = self.env["cs.visit.campaign"].browse(campaign_id)
        questions = campaign.survey_id.question_ids.sorted("sequence")
        choice_1, choice_2, comment = questions[:3]
        for line, (first, second, text) in zip(
            campaign.line_ids, DEMO_ANSWERS, strict=False
        ):
            answer = line.user_input_id
            answer._save_lines(choice_1, choice_1.suggested_answer_ids[first].id)
            answer._save_lines(choice_2, choice_2.suggested_answer_ids[second].id)
            answer._save_lines(comment, text)
            answer._mark_done()

    @api.model
    def _cs_demo_register(self, activity_id, count):
        activity = self.env["cs.community.activity"].browse(activity_id)
        invited = activity.registration_ids.filtered(lambda reg: reg.state == "invited")
        invited[:count].action_register()
        invited[count : count + 1].action_decline()

    @api.model
    def _cs_demo_special_services(
        self, product_ids, team_id, contractor_id, partner_ids, staff_id, cashier_id
    ):
        Service = self.env["cs.special.service"].with_user(staff_id)
        now = fields.Datetime.now()
        for index, (days, product, channel, contractor, state, rating) in enumerate(
            DEMO_SERVICES
        ):
            partner_id = partner_ids[index % len(partner_ids)]
            unit = self.env["cs.unit"].search(
                [("owner_ids", "in", partner_id)], limit=1
            )
            service = Service.create(
                {
                    "request_date": now - timedelta(days=days, hours=index),
                    "partner_id": partner_id,
                    "unit_id": unit.id,
                    "product_id": product_ids[product],
                    "channel": channel,
                    "description": "业主来电预约上门服务。",
                    "team_id": False if contractor else team_id,
                    "contractor_id": contractor_id if contractor else False,
                }
            )
            self._cs_demo_drive_service(service, state, rating, cashier_id)

    @api.model
    def _cs_demo_drive_service(self, service, state, rating, cashier_id):
        if state == "registered":
            return
        service.action_dispatch()
        if state == "dispatched":
            return
        service.action_done()
        service.rating = rating
        if state in ("billed", "paid"):
            service.with_user(cashier_id).action_bill()
        if state == "paid":
            invoice = service.invoice_id
            self.env["account.payment.register"].with_user(cashier_id).with_context(
                active_model="account.move", active_ids=invoice.ids
            ).create({"amount": invoice.amount_residual})._create_payments()

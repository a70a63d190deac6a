# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo.exceptions import AccessError, UserError

from ..common import RealEstateCommon


class TestCustomerMessage(RealEstateCommon):
    """RE-RET-3: greetings and progress messages through Odoo's SMS and mail
    queues; opted-out customers get nothing; each send is kept on the
    customer."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        partners = cls.env["res.partner"]
        cls.reachable = partners.create(
            {
                "name": "Zhou Ping",
                "phone": "+8613811110001",
                "email": "zhou@example.com",
            }
        )
        cls.opted_out = partners.create(
            {"name": "Wu Gang", "phone": "+8613811110002", "email": "wu@example.com"}
        )
        cls.env["phone.blacklist"].sudo()._add([cls.opted_out.phone_sanitized])
        cls.env["mail.blacklist"].sudo()._add(cls.opted_out.email)
        cls.contract_a = cls.env["cs.sale.contract"].create(
            cls._contract_vals(partner=cls.reachable)
        )
        cls.contract_b = cls.env["cs.sale.contract"].create(
            cls._contract_vals(partner=cls.opted_out)
        )
        cls.offplan_buyer = partners.create(
            {
                "name": "Zheng Hao",
                "phone": "+8613811110003",
                "email": "zheng@example.com",
            }
        )
        cls.contract_c = cls.env["cs.sale.contract"].create(
            cls._contract_vals(partner=cls.offplan_buyer, kind="off_plan")
        )
        (cls.contract_a | cls.contract_b | cls.contract_c)._cs_set_state("approved")

    def _message(self, **vals):
        values = {
            "kind": "holiday",
            "channel": "both",
            "subject": "新春快乐",
            "body": "恭祝您和家人新春快乐,阖家幸福!",
            "project_id": self.project.id,
        }
        values.update(vals)
        return self.env["cs.customer.message"].with_user(self.agent).create(values)

    def test_opt_out_receives_nothing(self):
        """RE-RET-3: blacklisted customers are left out of both queues; the
        preview counts them; the others' sends are recorded."""
        message = self._message()
        self.assertEqual(message.recipient_count, 2)  # Zhou Ping and Zheng Hao
        self.assertEqual(message.excluded_count, 1)
        preview = message.action_preview_recipients()
        previewed = self.env["res.partner"].search(preview["domain"])
        self.assertEqual(previewed, self.reachable | self.offplan_buyer)
        message.action_send()
        self.assertEqual(message.state, "sending")
        self.env["cs.customer.message"]._cron_process_queue()
        self.assertEqual(message.state, "sent")
        sms = self.env["sms.sms"].search([("body", "=", message.body)])
        self.assertEqual(sms.partner_id, self.reachable | self.offplan_buyer)
        self.assertEqual(set(sms.mapped("state")), {"outgoing"})
        mails = self.env["mail.mail"].search(
            [("model", "=", "cs.customer.message"), ("res_id", "=", message.id)]
        )
        self.assertEqual(mails.recipient_ids, self.reachable | self.offplan_buyer)
        self.assertEqual(self.reachable.cs_message_line_count, 2)
        self.assertEqual(self.opted_out.cs_message_line_count, 0)
        self.assertFalse(
            self.env["sms.sms"].search([("partner_id", "=", self.opted_out.id)])
        )

    def test_progress_to_off_plan_buyers_of_the_phase(self):
        """RE-RET-3: construction progress goes to the phase's off-plan
        buyers, with photos by e-mail."""
        photo = (
            self.env["ir.attachment"]
            .with_user(self.agent)
            .create({"name": "site.jpg", "datas": "aGVsbG8=", "mimetype": "image/jpeg"})
        )
        message = self._message(
            kind="progress",
            channel="email",
            phase_id=self.off_phase.id,
            subject="工程进度",
            body="9号楼主体结构已封顶。",
            attachment_ids=[(6, 0, photo.ids)],
        )
        self.assertEqual(message.recipient_count, 1)
        message.action_send()
        self.env["cs.customer.message"]._cron_process_queue()
        mail = self.env["mail.mail"].search(
            [("model", "=", "cs.customer.message"), ("res_id", "=", message.id)]
        )
        self.assertEqual(mail.recipient_ids, self.offplan_buyer)
        self.assertEqual(mail.attachment_ids, photo)

    def test_new_phase_leaves_out_its_own_buyers(self):
        """RE-RET-3: the new-phase opening goes to the other phases' owners."""
        message = self._message(
            kind="new_phase",
            channel="sms",
            phase_id=self.off_phase.id,
            subject="二期开盘",
            body="二期即将开盘,老业主专享优惠。",
        )
        self.assertEqual(message.recipient_count, 1)  # Zhou Ping; Wu Gang opted out
        self.assertEqual(message.excluded_count, 1)

    def test_scheduled_holiday_and_guards(self):
        """RE-RET-3: a greeting dated ahead waits for its day; only CS
        staff send; the state cannot be written."""
        message = self._message(scheduled_date=date.today() + timedelta(days=10))
        with self.assertRaises(AccessError):
            message.with_user(self.sales).action_send()
        with self.assertRaises(UserError):
            message.write({"state": "sent"})
        message.action_send()
        self.assertEqual(message.state, "scheduled")
        self.assertFalse(
            self.env["cs.customer.message"]._cron_send_scheduled() & message
        )
        message.write({"scheduled_date": date.today()})
        self.assertIn(message, self.env["cs.customer.message"]._cron_send_scheduled())
        self.assertEqual(message.state, "sending")

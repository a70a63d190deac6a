# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsCustomerMessageLine(models.Model):
    """One message sent to one customer on one channel (RE-RET-3).

    Kept on the customer as the record of what was sent.
    """

    _name = "cs.customer.message.line"
    _description = "Customer Message Recipient"
    _order = "id desc"

    message_id = fields.Many2one(
        "cs.customer.message", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="message_id.company_id", store=True)
    kind = fields.Selection(related="message_id.kind", store=True)
    subject = fields.Char(related="message_id.subject")
    partner_id = fields.Many2one(
        "res.partner", string="Customer", required=True, index=True, ondelete="cascade"
    )
    channel = fields.Selection([("sms", "SMS"), ("email", "E-mail")], required=True)
    state = fields.Selection(
        [("pending", "Pending"), ("queued", "Queued")],
        default="pending",
        required=True,
        index=True,
    )
    queued_date = fields.Datetime(readonly=True)

    def _cs_queue_out(self):
        """Create the ``sms.sms`` and ``mail.mail`` rows of these lines."""
        sms_vals, mail_vals = [], []
        bodies = {message: message._cs_mail_body() for message in self.message_id}
        for line in self:
            message = line.message_id
            partner = line.partner_id
            if line.channel == "sms":
                sms_vals.append(
                    {
                        "number": partner.phone_sanitized,
                        "partner_id": partner.id,
                        "body": message.body,
                        "state": "outgoing",
                    }
                )
            else:
                mail_vals.append(
                    {
                        "subject": message.subject,
                        "body_html": bodies[message],
                        "recipient_ids": [fields.Command.link(partner.id)],
                        "attachment_ids": [
                            fields.Command.set(message.attachment_ids.ids)
                        ],
                        "auto_delete": True,
                        "model": message._name,
                        "res_id": message.id,
                    }
                )
        self.env["sms.sms"].sudo().create(sms_vals)
        self.env["mail.mail"].sudo().create(mail_vals)
        self.write({"state": "queued", "queued_date": fields.Datetime.now()})
        return True

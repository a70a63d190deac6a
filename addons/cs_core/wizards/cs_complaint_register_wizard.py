# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models


class CsComplaintRegisterWizard(models.TransientModel):
    """Pick a month and print the complaint register summary (CORE-CMP-5)."""

    _name = "cs.complaint.register.wizard"
    _description = "Monthly Complaint Register"

    date_from = fields.Date(required=True, default=lambda self: self._default_from())
    date_to = fields.Date(required=True, default=lambda self: self._default_to())
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.model
    def _default_from(self):
        return fields.Date.context_today(self).replace(day=1)

    @api.model
    def _default_to(self):
        return self._default_from() + relativedelta(months=1, days=-1)

    def _get_complaints(self):
        self.ensure_one()
        start = fields.Datetime.to_datetime(self.date_from)
        end = fields.Datetime.to_datetime(self.date_to) + relativedelta(days=1)
        return self.env["helpdesk.ticket"].search(
            [
                ("cs_kind", "=", "complaint"),
                ("company_id", "=", self.company_id.id),
                ("create_date", ">=", start),
                ("create_date", "<", end),
            ],
            order="create_date, id",
        )

    def action_print_xlsx(self):
        self.ensure_one()
        return self.env.ref(
            "cs_core.action_report_cs_complaint_register_xlsx"
        ).report_action(
            self._get_complaints(),
            data={
                "date_from": fields.Date.to_string(self.date_from),
                "date_to": fields.Date.to_string(self.date_to),
            },
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class SurveyQuestion(models.Model):
    _inherit = "survey.question"

    cs_is_complaint = fields.Boolean(
        string="Complaint Question",
        help="Any text answered to this question in a return visit opens a ticket.",
    )


class SurveyUserInput(models.Model):
    _inherit = "survey.user_input"

    def _mark_done(self):
        res = super()._mark_done()
        lines = (
            self.env["cs.visit.campaign.line"]
            .sudo()
            .search([("user_input_id", "in", self.ids)])
        )
        lines._cs_open_tickets()
        return res

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsAgreement(models.Model):
    _inherit = "cs.agreement"

    # Added to the agreement's step-owned fields (declarations add up).
    _cs_guarded_fields = ("breach_id",)

    breach_id = fields.Many2one(
        "cs.breach",
        string="Contract Breach",
        index=True,
        readonly=True,
        copy=False,
        help="The company breach this agreement compensates (RE-BR-3).",
    )

    def action_pay(self):
        res = super().action_pay()
        self.breach_id._cs_agreement_paid()
        return res

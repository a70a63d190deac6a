# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsSurveyMeasureWizard(models.TransientModel):
    """Record the surveyed area of a contract (RE-CERT-2)."""

    _name = "cs.survey.measure.wizard"
    _description = "Record Measured Area"

    contract_id = fields.Many2one("cs.sale.contract", required=True)
    contract_area = fields.Float(related="contract_id.contract_area")
    measured_area = fields.Float(
        string="Measured Area (m²)", digits=(12, 2), required=True
    )

    def action_confirm(self):
        self.contract_id._record_measured_area(self.measured_area)
        return {"type": "ir.actions.act_window_close"}

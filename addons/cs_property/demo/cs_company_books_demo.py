# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class ResCompany(models.Model):
    _inherit = "res.company"

    @api.model
    def _cs_demo_chinese_books(self, company_ids):
        """Demo driver: the demo company keeps Chinese books in CNY.

        Invoicing's own demo puts the main company on the generic (US) chart
        in USD before this add-on loads. Loading the Chinese chart with its
        demo replaces the generic chart and its demo entries, as switching a
        demo company's localisation does in Odoo."""
        charts = self.env["account.chart.template"]
        for company in self.browse(company_ids):
            if company.country_id.code == "CN" and company.chart_template != "cn":
                charts.try_loading("cn", company, install_demo=True)

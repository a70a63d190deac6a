# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, models

_logger = logging.getLogger(__name__)


class ResCompany(models.Model):
    _inherit = "res.company"

    @api.model
    def _cs_demo_keep_books_in(self, company_ids, currency_id):
        """Demo driver: the demo company keeps its books in ``currency_id``.

        Odoo refuses a new company currency once journal items exist; when
        Invoicing was installed (with its demo entries) before this demo, the
        company keeps the currency those entries were posted in."""
        company = self.browse(company_ids)
        # The same test as Invoicing's: entries of the company or its branches.
        if "account.move.line" in self.env and company.root_id._existing_accounting():
            _logger.warning(
                "%s has journal items: its currency stays %s",
                company.name,
                company.currency_id.name,
            )
            return
        company.currency_id = currency_id

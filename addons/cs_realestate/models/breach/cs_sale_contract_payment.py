# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsSaleContractPayment(models.Model):
    """Days overdue and late-payment interest of an instalment (RE-BR-1)."""

    _inherit = "cs.sale.contract.payment"

    partner_id = fields.Many2one(related="contract_id.partner_id", string="Buyer")
    days_overdue = fields.Integer(compute="_compute_late_interest")
    late_interest = fields.Monetary(
        string="Late-Payment Interest", compute="_compute_late_interest"
    )

    def _compute_late_interest(self):
        today = fields.Date.context_today(self)
        for line in self:
            line.days_overdue, line.late_interest = line._cs_late_interest(
                line.contract_id.late_interest_rate, today
            )

    def _cs_late_interest(self, rate, as_of):
        """(days overdue, interest) of this instalment on ``as_of``.

        A paid instalment counts the days from its due date to its payment,
        an unpaid one the days to ``as_of`` on the unpaid part; the rate is
        the contract's percentage per day.
        """
        self.ensure_one()
        if not self.due_date:
            return 0, 0.0
        if self.is_paid:
            end = self.paid_date or self.due_date
            base = self.amount
        else:
            end = as_of
            base = self.amount - self.paid_amount
        days = max((end - self.due_date).days, 0)
        interest = self.currency_id.round(base * rate / 100.0 * days) if days else 0.0
        return days, interest

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

FINANCE = "cs_core.group_cs_finance"


class CsSaleContractPayment(models.Model):
    """One instalment of a contract's payment schedule (RE-DOC-1).

    Paid amounts are recorded by Finance only.
    """

    _name = "cs.sale.contract.payment"
    _description = "Sale Contract Instalment"
    _order = "contract_id, due_date, id"

    contract_id = fields.Many2one(
        "cs.sale.contract", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    name = fields.Char(string="Instalment", required=True)
    due_date = fields.Date(required=True)
    amount = fields.Float(string="Amount Due", digits=(16, 2), required=True)
    paid_amount = fields.Float(digits=(16, 2), copy=False)
    paid_date = fields.Date(copy=False)
    is_paid = fields.Boolean(compute="_compute_is_paid", store=True)

    _amounts_positive = models.Constraint(
        "CHECK (amount >= 0 AND paid_amount >= 0)", "Amounts cannot be negative."
    )

    @api.depends("amount", "paid_amount")
    def _compute_is_paid(self):
        for line in self:
            line.is_paid = line.amount > 0 and line.paid_amount >= line.amount - 0.005

    def _check_finance(self, vals_list):
        paying = any("paid_amount" in vals or "paid_date" in vals for vals in vals_list)
        if paying and not self.env.su and not self.env.user.has_group(FINANCE):
            raise AccessError(
                self.env._("Only Finance records payments on a contract.")
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_finance([v for v in vals_list if v.get("paid_amount")])
        return super().create(vals_list)

    def write(self, vals):
        self._check_finance([vals])
        return super().write(vals)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

FINANCE = "cs_core.group_cs_finance"


class CsSaleContractPayment(models.Model):
    """One instalment of a contract's payment schedule (RE-DOC-1).

    Paid amounts are recorded by Finance only.
    """

    _name = "cs.sale.contract.payment"
    _description = "Sale Contract Instalment"
    _check_company_auto = True
    _order = "contract_id, due_date, id"

    contract_id = fields.Many2one(
        "cs.sale.contract",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    currency_id = fields.Many2one(
        related="company_id.currency_id", string="Currency", readonly=True
    )
    name = fields.Char(string="Instalment", required=True)
    due_date = fields.Date(required=True)
    amount = fields.Monetary(string="Amount Due", required=True)
    paid_amount = fields.Monetary(copy=False)
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
        # ``default_paid_amount`` sent with the call fills in the rows too.
        defaults = {
            key[len("default_") :]: value
            for key, value in self.env.context.items()
            if key in ("default_paid_amount", "default_paid_date") and value
        }
        self._check_finance(
            [
                vals
                for vals in (dict(defaults, **v) for v in vals_list)
                if vals.get("paid_amount") or vals.get("paid_date")
            ]
        )
        return super().create(vals_list)

    def write(self, vals):
        self._check_finance([vals])
        if set(vals) & {"amount", "contract_id"}:
            self._check_not_paid()
        return super().write(vals)

    def _check_not_paid(self):
        if self.filtered(lambda line: line.paid_amount or line.paid_date):
            raise UserError(
                self.env._(
                    "An instalment Finance recorded a payment on can't be changed "
                    "or deleted; ask Finance to correct it."
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_paid(self):
        self._check_not_paid()

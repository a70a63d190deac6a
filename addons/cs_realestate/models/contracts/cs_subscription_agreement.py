# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

CLERK = "cs_realestate.group_re_data_clerk"
SALES = "cs_realestate.group_re_sales"
ARCHIVIST = "cs_core.group_cs_archivist"


class CsSubscriptionAgreement(models.Model):
    """Subscription agreement (认购合同, RE-DOC-5), converted into a sale contract."""

    _name = "cs.subscription.agreement"
    _description = "Subscription Agreement"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    # Fixed once signed: the stamped subscription's price and terms.
    _cs_first_state_fields = (
        "unit_id",
        "partner_id",
        "date",
        "area",
        "unit_price",
        "deposit",
        "payment_method",
        "bank_id",
        "company_id",
    )
    _cs_guarded_fields = ("contract_id",)
    _order = "id desc"

    name = fields.Char(
        string="Agreement Number",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
        index=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("signed", "Signed"),
            ("stamped", "Stamped"),
            ("converted", "Converted to Contract"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(
        related="company_id.currency_id", string="Currency", readonly=True
    )
    unit_id = fields.Many2one(
        "cs.unit", required=True, tracking=True, ondelete="restrict", check_company=True
    )
    partner_id = fields.Many2one(
        "res.partner", string="Buyer", required=True, tracking=True
    )
    user_id = fields.Many2one(
        "res.users", string="Sales Representative", default=lambda self: self.env.user
    )
    date = fields.Date(default=fields.Date.context_today, required=True)
    area = fields.Float(string="Area (m²)", digits=(12, 2))
    unit_price = fields.Monetary(string="Unit Price (per m²)")
    deposit = fields.Monetary()
    payment_method = fields.Selection(
        [("lump_sum", "Lump Sum"), ("mortgage", "Mortgage")],
        default="lump_sum",
        required=True,
    )
    bank_id = fields.Many2one("res.partner", string="Mortgage Bank")
    contract_id = fields.Many2one(
        "cs.sale.contract", readonly=True, copy=False, check_company=True
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.subscription.agreement")
                    or "/"
                )
        return super().create(vals_list)

    def action_sign(self):
        self._cs_check_groups([SALES], self.env._("sign subscription agreements"))
        self._cs_check_state(["draft"], self.env._("sign"))
        self._cs_set_state("signed")
        self._cs_register_subscription()
        return True

    def action_stamp(self):
        """Stamped; one copy goes to the customer, one to the archivist (RE-DOC-5)."""
        self._cs_check_groups([ARCHIVIST], self.env._("stamp subscription agreements"))
        self._cs_check_state(["signed"], self.env._("stamp"))
        self._cs_register_subscription_stamp()
        self._cs_set_state("stamped")
        return True

    def action_convert(self):
        """Create the sale contract from the agreement's terms."""
        self._cs_check_groups([CLERK], self.env._("convert subscription agreements"))
        self._cs_check_state(["stamped"], self.env._("convert"))
        contracts = self.env["cs.sale.contract"]
        for agreement in self:
            contract = contracts.create(agreement._prepare_contract_values())
            agreement._cs_set_state("converted", contract_id=contract.id)
            contracts |= contract
        if len(contracts) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": "cs.sale.contract",
                "res_id": contracts.id,
                "view_mode": "form",
            }
        return True

    def _prepare_contract_values(self):
        self.ensure_one()
        delivery_kind = self.unit_id.delivery_kind
        return {
            "subscription_id": self.id,
            "unit_id": self.unit_id.id,
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "contract_area": self.area or self.unit_id.area,
            "unit_price": self.unit_price,
            "payment_method": self.payment_method,
            "bank_id": self.bank_id.id,
            "delivery_kind": delivery_kind
            if delivery_kind in ("existing", "off_plan")
            else "existing",
        }

    def action_cancel(self):
        self._cs_check_groups([CLERK], self.env._("cancel subscription agreements"))
        if self.filtered(lambda a: a.state == "converted"):
            raise UserError(self.env._("A converted agreement cannot be cancelled."))
        self._cs_set_state("cancelled")
        return True

    # Records register hooks, implemented once the register is available.
    def _cs_register_subscription(self):
        return True

    def _cs_register_subscription_stamp(self):
        return True

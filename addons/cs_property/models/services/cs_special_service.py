# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.cs_core.models.tickets.helpdesk_ticket import CS_SATISFACTION

SERVICE_STATES = [
    ("registered", "Registered"),
    ("dispatched", "Dispatched"),
    ("done", "Done"),
    ("billed", "Billed"),
    ("paid", "Paid"),
    ("cancelled", "Cancelled"),
]
STAFF = "cs_property.group_pm_staff"
CASHIER = "cs_property.group_pm_cashier"


class CsSpecialService(models.Model):
    """A special-service request (特约服务) taken in person or by phone:
    registered, priced, dispatched, rated by the owner, billed with a
    property-fee invoice and paid through it (PM-SVC-1)."""

    _name = "cs.special.service"
    _description = "Special-Service Request"
    _inherit = ["cs.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "request_date desc, id desc"
    _check_company_auto = True
    _cs_guarded_fields = ("invoice_id", "done_date")
    _cs_first_state_fields = ("product_id", "price", "partner_id", "unit_id")

    name = fields.Char(
        string="Number",
        readonly=True,
        copy=False,
        default=lambda self: self.env._("New"),
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    state = fields.Selection(
        SERVICE_STATES, default="registered", required=True, tracking=True
    )
    request_date = fields.Datetime(
        string="Requested On", default=fields.Datetime.now, required=True, index=True
    )
    channel = fields.Selection(
        [("in_person", "In Person"), ("phone", "Phone")], default="phone", required=True
    )
    partner_id = fields.Many2one(
        "res.partner", string="Owner", required=True, tracking=True, check_company=True
    )
    unit_id = fields.Many2one("cs.unit", tracking=True, check_company=True)
    product_id = fields.Many2one(
        "product.product",
        string="Service",
        required=True,
        domain=[("type", "=", "service"), ("sale_ok", "=", True)],
        check_company=True,
    )
    description = fields.Text()
    price = fields.Monetary(
        compute="_compute_price", store=True, readonly=False, tracking=True
    )
    user_id = fields.Many2one(
        "res.users", string="Taken By", default=lambda self: self.env.user
    )
    team_id = fields.Many2one(
        "helpdesk.ticket.team", string="Department", tracking=True, check_company=True
    )
    contractor_id = fields.Many2one("res.partner", tracking=True)
    done_date = fields.Datetime(string="Done On", readonly=True, copy=False)
    rating = fields.Selection(CS_SATISFACTION, string="Owner's Rating", tracking=True)
    rating_comment = fields.Text()
    invoice_id = fields.Many2one(
        "account.move", readonly=True, copy=False, check_company=True
    )

    _price_positive = models.Constraint(
        "CHECK (price >= 0)", "A price cannot be negative."
    )

    @api.depends("product_id")
    def _compute_price(self):
        for service in self:
            service.price = service.product_id.lst_price

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                # numbered in the month of the request
                sequence = self.env["ir.sequence"].with_context(
                    ir_sequence_date=vals.get("request_date")
                )
                vals["name"] = sequence.next_by_code("cs.special.service")
        return super().create(vals_list)

    # ------------------------------------------------------------------
    # Steps
    # ------------------------------------------------------------------
    def action_dispatch(self):
        self._cs_check_groups([STAFF], self.env._("dispatch the request"))
        self._cs_check_state(["registered"], self.env._("dispatch the request"))
        if any(not (s.team_id or s.contractor_id) for s in self):
            raise UserError(
                self.env._("Choose the department or the contractor doing the service.")
            )
        self._cs_set_state("dispatched")
        return True

    def action_done(self):
        self._cs_check_groups([STAFF], self.env._("finish the service"))
        self._cs_check_state(["dispatched"], self.env._("finish the service"))
        self._cs_set_state("done", done_date=fields.Datetime.now())
        return True

    def action_bill(self):
        """Bill the owner with a property-fee invoice of the unit; paying
        that invoice marks the request paid."""
        self._cs_check_groups([CASHIER], self.env._("bill the service"))
        self._cs_check_state(["done"], self.env._("bill the service"))
        for service in self:
            invoice = service._cs_fee_invoice()
            service._cs_set_state("billed", invoice_id=invoice.id)
        # A free service's invoice is paid as soon as it is posted.
        self._cs_mark_paid(self.invoice_id)
        return self.action_view_invoice() if len(self) == 1 else True

    def action_cancel(self):
        self._cs_check_groups([STAFF], self.env._("cancel the request"))
        self._cs_check_state(
            ["registered", "dispatched"], self.env._("cancel the request")
        )
        self._cs_set_state("cancelled")
        return True

    def _cs_fee_invoice(self):
        self.ensure_one()
        if not self.unit_id:
            raise UserError(
                self.env._(
                    "Choose the unit the service %(name)s is billed to.",
                    name=self.name,
                )
            )
        kind = self.env["cs.fee.kind"]._cs_kind_of("special_service", self.company_id)
        if not kind:
            raise UserError(self.env._("Define a fee kind for special services first."))
        line = {
            "fee_kind": kind,
            "name": "%s %s %s %s"
            % (kind.name, self.unit_id.complete_name, self.name, self.product_id.name),
            "quantity": 1.0,
            "price_unit": self.price,
        }
        return (
            self.env["account.move"]
            .sudo()
            .with_company(self.company_id)
            .cs_create_fee_invoice(
                self.unit_id, [line], partner=self.partner_id, invoice_origin=self.name
            )
        )

    @api.model
    def _cs_mark_paid(self, invoices):
        """Requests billed by ``invoices`` that are now paid become paid."""
        paid = invoices.filtered(
            lambda move: move.payment_state in ("paid", "in_payment")
        )
        if not paid:
            return
        self.sudo().search(
            [("invoice_id", "in", paid.ids), ("state", "=", "billed")]
        )._cs_set_state("paid")

    @api.model
    def _cs_mark_unpaid(self, invoices):
        """Paid requests whose invoice is no longer paid (a payment was
        unreconciled) are billed again, with a note in their chatter."""
        unpaid = invoices.filtered(
            lambda move: move.payment_state not in ("paid", "in_payment")
        )
        if not unpaid:
            return
        services = self.sudo().search(
            [("invoice_id", "in", unpaid.ids), ("state", "=", "paid")]
        )
        services._cs_set_state("billed")
        for service in services:
            service.message_post(
                body=self.env._(
                    "The payment of %(invoice)s was cancelled: the request is "
                    "billed again.",
                    invoice=service.invoice_id.name,
                )
            )

    def action_view_invoice(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": self.invoice_id.id,
            "view_mode": "form",
        }

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.cs_core.tools import reader_env

CLERK = "cs_realestate.group_re_data_clerk"
AGENT = "cs_core.group_cs_agent"
MANAGER = "cs_core.group_cs_manager"
ARCHIVIST = "cs_core.group_cs_archivist"
FINANCE = "cs_core.group_cs_finance"

CONTRACT_STATES = [
    ("draft", "Draft"),
    ("approved", "Approved"),
    ("to_stamp", "Sent for Stamping"),
    ("stamped", "Stamped"),
    ("certified", "Certified"),
    ("distributed", "Copies Distributed"),
    ("archived", "Filed in Archive"),
    ("cancelled", "Cancelled"),
]
PAYMENT_METHODS = [("lump_sum", "Lump Sum"), ("mortgage", "Mortgage")]
DELIVERY_KINDS = [("existing", "Existing Home"), ("off_plan", "Off-Plan")]
SURVEY_STATES = [
    ("none", "Not Filed"),
    ("filed", "Filed with Bureau"),
    ("measured", "Measured"),
    ("settled", "Difference Settled"),
]


class CsSaleContract(models.Model):
    """Commodity housing sale contract (商品房买卖契约, RE-DOC-1)."""

    _name = "cs.sale.contract"
    _description = "Sale Contract"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    # Set only by Finance, the survey and mortgage steps (RE-MOVE-1, RE-CERT-1).
    _cs_guarded_fields = (
        "paid_confirmed",
        "measured_area",
        "survey_state",
        "mortgage_state",
        "finance_notified",
        "paid_confirmed_date",
        "paid_confirmed_by_id",
        "approved_date",
        "stamped_date",
        "certified_date",
        "survey_filed_date",
        "area_settled_date",
    )
    # The terms: fixed once the contract is approved (reset to draft to edit).
    _cs_first_state_fields = (
        "unit_id",
        "partner_id",
        "buyer_ids",
        "subscription_id",
        "signing_date",
        "contract_area",
        "unit_price",
        "payment_method",
        "bank_id",
        "delivery_kind",
        "delivery_date",
        "company_id",
    )
    _order = "id desc"

    name = fields.Char(
        string="Contract Number",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
        index=True,
    )
    state = fields.Selection(
        CONTRACT_STATES,
        default="draft",
        required=True,
        tracking=True,
        index=True,
        readonly=True,
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(
        related="company_id.currency_id", string="Currency", readonly=True
    )
    unit_id = fields.Many2one(
        "cs.unit",
        required=True,
        tracking=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    project_id = fields.Many2one(related="unit_id.project_id", store=True, index=True)
    partner_id = fields.Many2one(
        "res.partner", string="Main Buyer", required=True, tracking=True, index=True
    )
    buyer_ids = fields.Many2many(
        "res.partner",
        "cs_sale_contract_buyer_rel",
        "contract_id",
        "partner_id",
        string="Buyers",
        help="All buyers named on the contract (joint owners).",
    )
    user_id = fields.Many2one(
        "res.users",
        string="CS Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        index=True,
    )
    subscription_id = fields.Many2one(
        "cs.subscription.agreement",
        readonly=True,
        copy=False,
        index=True,
        check_company=True,
    )
    signing_date = fields.Date(default=fields.Date.context_today, tracking=True)
    contract_area = fields.Float(
        string="Contract Area (m²)", digits=(12, 2), tracking=True
    )
    unit_price = fields.Monetary(string="Unit Price (per m²)", tracking=True)
    amount_total = fields.Monetary(
        string="Total Price", compute="_compute_amount_total", store=True
    )
    payment_method = fields.Selection(
        PAYMENT_METHODS, required=True, default="lump_sum", tracking=True
    )
    bank_id = fields.Many2one(
        "res.partner",
        string="Mortgage Bank",
        tracking=True,
        help="Bank granting the mortgage loan; it receives the Party B original.",
    )
    delivery_kind = fields.Selection(
        DELIVERY_KINDS, required=True, default="existing", tracking=True, index=True
    )
    delivery_date = fields.Date(
        string="Contractual Delivery Date", tracking=True, index=True
    )
    payment_line_ids = fields.One2many(
        "cs.sale.contract.payment", "contract_id", string="Payment Schedule", copy=True
    )
    amount_paid = fields.Monetary(compute="_compute_amounts", store=True, tracking=True)
    amount_due = fields.Monetary(
        string="Unpaid Balance",
        compute="_compute_amounts",
        store=True,
        index=True,
    )
    payment_state = fields.Selection(
        [("unpaid", "Unpaid"), ("partial", "Partially Paid"), ("paid", "Fully Paid")],
        compute="_compute_amounts",
        store=True,
        index=True,
    )
    finance_notified = fields.Boolean(readonly=True, copy=False, tracking=True)
    paid_confirmed = fields.Boolean(
        string="Full Payment Confirmed",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        help="Set by Finance only.",
    )
    paid_confirmed_date = fields.Date(readonly=True, copy=False)
    paid_confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    approved_date = fields.Date(readonly=True, copy=False)
    stamped_date = fields.Date(readonly=True, copy=False)
    certified_date = fields.Date(readonly=True, copy=False, tracking=True)
    certification_line_ids = fields.One2many(
        "cs.certification.batch.line", "contract_id", string="Certification Lines"
    )
    # Surveying and area difference (RE-CERT-1, RE-CERT-2)
    survey_state = fields.Selection(
        SURVEY_STATES,
        default="none",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    survey_filed_date = fields.Date(readonly=True, copy=False)
    measured_area = fields.Float(
        string="Measured Area (m²)",
        digits=(12, 2),
        readonly=True,
        copy=False,
        tracking=True,
    )
    area_difference = fields.Float(
        string="Area Difference (m²)",
        digits=(12, 2),
        compute="_compute_area_difference",
        store=True,
    )
    price_difference = fields.Monetary(
        compute="_compute_area_difference",
        store=True,
        help="Positive: the buyer pays a supplement; negative: the company refunds.",
    )
    area_settled_date = fields.Date(readonly=True, copy=False)
    # Journey
    move_in_ids = fields.One2many("cs.move.in", "contract_id", string="Move-in")
    certificate_ids = fields.One2many(
        "cs.certificate.application", "contract_id", string="Certificates"
    )
    refund_ids = fields.One2many("cs.refund", "contract_id", string="Refunds")
    move_in_count = fields.Integer(compute="_compute_journey_counts")
    certificate_count = fields.Integer(compute="_compute_journey_counts")
    refund_count = fields.Integer(compute="_compute_journey_counts")
    ticket_count = fields.Integer(compute="_compute_ticket_count")
    mortgage_state = fields.Selection(
        [
            ("none", "Not Applicable"),
            ("to_notify", "Bank to Be Notified"),
            ("bank_notified", "Bank Notified"),
            ("package_sent", "Package with Archivist"),
            ("done", "Mortgage Package Stamped"),
        ],
        default="none",
        readonly=True,
        copy=False,
        tracking=True,
    )
    note = fields.Html()

    _area_positive = models.Constraint(
        "CHECK (contract_area >= 0 AND unit_price >= 0 AND measured_area >= 0)",
        "Areas and prices cannot be negative.",
    )

    @api.depends("contract_area", "unit_price")
    def _compute_amount_total(self):
        for contract in self:
            contract.amount_total = contract.contract_area * contract.unit_price

    @api.depends("amount_total", "payment_line_ids.paid_amount")
    def _compute_amounts(self):
        for contract in self:
            paid = sum(contract.payment_line_ids.mapped("paid_amount"))
            contract.amount_paid = paid
            contract.amount_due = max(contract.amount_total - paid, 0.0)
            if contract.amount_total and contract.amount_due < 0.01:
                contract.payment_state = "paid"
            else:
                contract.payment_state = "partial" if paid else "unpaid"

    @api.depends("measured_area", "contract_area", "unit_price")
    def _compute_area_difference(self):
        for contract in self:
            if contract.measured_area:
                diff = contract.measured_area - contract.contract_area
            else:
                diff = 0.0
            contract.area_difference = diff
            contract.price_difference = diff * contract.unit_price

    def _compute_journey_counts(self):
        for contract in self:
            contract.move_in_count = len(contract.move_in_ids)
            contract.certificate_count = len(contract.certificate_ids)
            contract.refund_count = len(contract.refund_ids)

    def _ticket_domain(self):
        return [("partner_id", "in", self.buyer_ids.ids or self.partner_id.ids)]

    def _compute_ticket_count(self):
        tickets = self.env["helpdesk.ticket"]
        readable = tickets.has_access("read")
        for contract in self:
            contract.ticket_count = (
                tickets.search_count(contract._ticket_domain())
                if readable and contract.id
                else 0
            )

    def action_view_tickets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "helpdesk_mgmt.helpdesk_ticket_action"
        )
        action["domain"] = self._ticket_domain()
        action["context"] = {"default_partner_id": self.partner_id.id}
        return action

    @api.constrains("payment_method", "bank_id")
    def _check_mortgage_bank(self):
        for contract in self:
            if contract.payment_method == "mortgage" and not contract.bank_id:
                raise ValidationError(self.env._("A mortgage contract needs its bank."))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.sale.contract") or "/"
                )
        contracts = super().create(vals_list)
        for contract in contracts.filtered(lambda c: not c.buyer_ids):
            contract.buyer_ids = contract.partner_id
        return contracts

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if self.filtered(lambda c: c.state not in ("draft", "cancelled")):
            raise UserError(
                self.env._("Only draft or cancelled contracts can be deleted.")
            )

    # ------------------------------------------------------------------
    # Contract workflow (RE-DOC-1..4)
    # ------------------------------------------------------------------
    def action_approve(self):
        self._cs_check_groups([MANAGER], self.env._("approve contracts"))
        self._cs_check_state(["draft"], self.env._("approve"))
        for contract in self:
            if not contract.amount_total:
                raise UserError(
                    self.env._("Set the contract area and unit price before approval.")
                )
        self._cs_set_state("approved", approved_date=fields.Date.context_today(self))
        self._cs_register_approve()
        return True

    def action_send_to_stamping(self):
        """Data clerk sends the originals to the archivist (RE-DOC-2)."""
        self._cs_check_groups([CLERK], self.env._("send contracts for stamping"))
        self._cs_check_state(["approved"], self.env._("send for stamping"))
        self._cs_set_state("to_stamp")
        self._schedule_for_group(
            ARCHIVIST, lambda env: env._("Stamp the sale contract originals")
        )
        self._cs_register_send_to_stamping()
        return True

    def action_stamp(self):
        """Stamping is the archivist's transition (RE-DOC-2)."""
        self._cs_check_groups([ARCHIVIST], self.env._("stamp contracts"))
        self._cs_check_state(["to_stamp"], self.env._("stamp"))
        self._cs_register_stamp()
        self._cs_set_state("stamped", stamped_date=fields.Date.context_today(self))
        self._close_group_todos(ARCHIVIST)
        return True

    def _mark_certified(self, date):
        """Called by the certification batch results (RE-DOC-3)."""
        self._cs_check_state(["stamped"], self.env._("certify"))
        self._cs_set_state("certified", certified_date=date)
        mortgage = self.filtered(lambda c: c.payment_method == "mortgage")
        mortgage._cs_transition_write(mortgage_state="to_notify")
        for contract in mortgage:
            user = contract.user_id or self.env.user
            contract.activity_schedule(
                "mail.mail_activity_data_call",
                user_id=user.id,
                summary=reader_env(self, user)._(
                    "Notify %(bank)s to collect the contract original",
                    bank=contract.bank_id.name,
                ),
            )
        self._cs_register_certify()

    def action_distribute(self):
        """Propose the RE-DOC-4 handoffs of the certified copies."""
        self._cs_check_groups([ARCHIVIST], self.env._("distribute copies"))
        self._cs_check_state(["certified"], self.env._("distribute copies"))
        self._cs_register_distribute()
        self._cs_set_state("distributed")
        return True

    def action_archive_contract(self):
        """Archivist files the Party A original in the company archive."""
        self._cs_check_groups([ARCHIVIST], self.env._("file contracts in the archive"))
        self._cs_check_state(["distributed"], self.env._("file in the archive"))
        self._cs_register_archive()
        self._cs_set_state("archived")
        return True

    def action_cancel(self):
        self._cs_check_groups([MANAGER], self.env._("cancel contracts"))
        self._cs_check_state(
            ["draft", "approved", "to_stamp", "stamped"], self.env._("cancel")
        )
        self._cs_register_cancel()
        self._cs_set_state("cancelled")
        return True

    def action_reset_to_draft(self):
        self._cs_check_groups([MANAGER], self.env._("reset contracts"))
        self._cs_check_state(["cancelled"], self.env._("reset to draft"))
        self._cs_set_state("draft")
        return True

    # ------------------------------------------------------------------
    # Payment (RE-DOC-1, RE-MOVE-1)
    # ------------------------------------------------------------------
    def action_notify_finance(self):
        """CS tells Finance that the buyer has paid in full (RE-MOVE-1)."""
        self._cs_check_groups([AGENT, CLERK], self.env._("notify Finance"))
        not_paid = self.filtered(lambda c: c.payment_state != "paid")
        if not_paid:
            raise UserError(
                self.env._(
                    "%(contracts)s still has an unpaid balance.",
                    contracts=", ".join(not_paid.mapped("name")),
                )
            )
        self._cs_transition_write(finance_notified=True)
        self._schedule_for_group(
            FINANCE, lambda env: env._("Confirm full payment of the sale contract")
        )
        return True

    def action_confirm_full_payment(self):
        self._cs_check_groups([FINANCE], self.env._("confirm full payment"))
        not_paid = self.filtered(lambda c: c.payment_state != "paid")
        if not_paid:
            raise UserError(
                self.env._(
                    "Full payment cannot be confirmed: %(contracts)s has an unpaid "
                    "balance.",
                    contracts=", ".join(not_paid.mapped("name")),
                )
            )
        self._cs_transition_write(
            paid_confirmed=True,
            paid_confirmed_date=fields.Date.context_today(self),
            paid_confirmed_by_id=self.env.user.id,
        )
        self._close_group_todos(FINANCE)
        return True

    def _schedule_for_group(self, group_xmlid, summary):
        """One to-do per contract for the first active user of ``group_xmlid``;
        ``summary(env)`` words it in that user's language."""
        group = self.env.ref(group_xmlid)
        user = group.sudo().user_ids.filtered("active")[:1] or self.env.user
        text = summary(reader_env(self, user))
        for contract in self:
            contract.activity_schedule(
                "mail.mail_activity_data_todo", user_id=user.id, summary=text
            )

    def _close_group_todos(self, group_xmlid):
        """Mark done the to-dos this step answers: those of ``group_xmlid``'s
        members, not the other roles' to-dos on the same contract."""
        members = self.env.ref(group_xmlid).sudo().all_user_ids
        todo = self.env.ref("mail.mail_activity_data_todo")
        self.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == todo and a.user_id in members
        ).action_feedback()

    # ------------------------------------------------------------------
    # Surveying and area difference (RE-CERT-1, RE-CERT-2)
    # ------------------------------------------------------------------
    def action_file_survey(self):
        """File survey forms; works on one contract or in bulk (off-plan).

        Existing homes are filed by the data clerk, off-plan homes in bulk by
        CS (RE-CERT-1).
        """
        if self.filtered(lambda c: c.delivery_kind == "existing"):
            self._cs_check_groups([CLERK], self.env._("file surveys of existing homes"))
        if self.filtered(lambda c: c.delivery_kind == "off_plan"):
            self._cs_check_groups([AGENT], self.env._("file surveys of off-plan homes"))
        self._cs_check_state(
            ["certified", "distributed", "archived"], self.env._("file a survey")
        )
        if self.filtered(lambda c: c.survey_state != "none"):
            raise UserError(
                self.env._("A survey was already filed for one of these contracts.")
            )
        self._cs_transition_write(
            survey_state="filed", survey_filed_date=fields.Date.context_today(self)
        )
        return True

    def _record_measured_area(self, area):
        self.ensure_one()
        self._cs_check_groups([CLERK, AGENT], self.env._("record surveyed areas"))
        if self.survey_state != "filed":
            raise UserError(
                self.env._("File the survey before recording the measured area.")
            )
        if area <= 0:
            raise UserError(self.env._("The measured area must be positive."))
        self._cs_transition_write(survey_state="measured", measured_area=area)
        if abs(self.price_difference) < 0.01:
            self._cs_transition_write(
                survey_state="settled",
                area_settled_date=fields.Date.context_today(self),
            )
        elif self.price_difference < 0:
            # Data clerks may not create refunds; the refund starts as a draft
            # for the CS manager's approval (RE-DOC-7).
            self.env["cs.refund"].sudo().create(
                {
                    "contract_id": self.id,
                    "user_id": self.user_id.id,
                    "reason": "area_difference",
                    "amount": -self.price_difference,
                }
            )
        return True

    def action_settle_area_difference(self):
        """Finance confirms the supplement was received or the refund paid."""
        self._cs_check_groups([FINANCE], self.env._("settle area differences"))
        if self.filtered(lambda c: c.survey_state != "measured"):
            raise UserError(
                self.env._("Only a measured area difference can be settled.")
            )
        self._cs_transition_write(
            survey_state="settled", area_settled_date=fields.Date.context_today(self)
        )
        return True

    def action_open_measure_wizard(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "cs.survey.measure.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_contract_id": self.id},
        }

    # ------------------------------------------------------------------
    # Mortgage (RE-DOC-6)
    # ------------------------------------------------------------------
    def action_bank_notified(self):
        self._cs_check_groups([AGENT], self.env._("notify the bank"))
        if self.filtered(lambda c: c.mortgage_state != "to_notify"):
            raise UserError(
                self.env._("The bank is notified after certification only.")
            )
        self._cs_transition_write(mortgage_state="bank_notified")
        self.activity_feedback(["mail.mail_activity_data_call"])
        return True

    def action_send_mortgage_package(self):
        """CS takes mortgage, loan and sale contract to the archivist."""
        self._cs_check_groups([AGENT], self.env._("send the mortgage package"))
        if self.filtered(lambda c: c.mortgage_state != "bank_notified"):
            raise UserError(
                self.env._("Notify the bank before sending the mortgage package.")
            )
        self._cs_register_mortgage_package()
        self._cs_transition_write(mortgage_state="package_sent")
        self._schedule_for_group(
            ARCHIVIST, lambda env: env._("Review and stamp the mortgage package")
        )
        return True

    def action_stamp_mortgage_package(self):
        self._cs_check_groups([ARCHIVIST], self.env._("stamp the mortgage package"))
        if self.filtered(lambda c: c.mortgage_state != "package_sent"):
            raise UserError(self.env._("No mortgage package is waiting for stamping."))
        self._cs_register_stamp_mortgage_package()
        self._cs_transition_write(mortgage_state="done")
        self._close_group_todos(ARCHIVIST)
        return True

    # ------------------------------------------------------------------
    # Monthly reconciliation (RE-MOVE-2)
    # ------------------------------------------------------------------
    @api.model
    def _unpaid_domain(self):
        return [
            ("state", "not in", ("draft", "cancelled")),
            ("amount_due", ">", 0),
        ]

    @api.model
    def _cron_monthly_unpaid_reconciliation(self, force=False):
        """On the 12th: payment reminder activity per owner with a balance."""
        today = fields.Date.context_today(self)
        if today.day != 12 and not force:
            return self.browse()
        contracts = self.search(self._unpaid_domain())
        activity_type = self.env.ref("mail.mail_activity_data_call")
        summary = self.env._("Payment reminder: unpaid balance")
        already = self.env["mail.activity"].search(
            [
                ("res_model", "=", self._name),
                ("res_id", "in", contracts.ids),
                ("activity_type_id", "=", activity_type.id),
                ("summary", "=", summary),
            ]
        )
        todo = contracts.filtered(lambda c: c.id not in set(already.mapped("res_id")))
        model_id = self.env["ir.model"]._get_id(self._name)
        self.env["mail.activity"].create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": contract.id,
                    "activity_type_id": activity_type.id,
                    "summary": summary,
                    "user_id": contract.user_id.id or self.env.user.id,
                    "date_deadline": today + timedelta(days=3),
                }
                for contract in todo
            ]
        )
        return contracts

    # ------------------------------------------------------------------
    # Smart buttons
    # ------------------------------------------------------------------
    def _action_related(self, xmlid, field):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = [(field, "=", self.id)]
        action["context"] = {f"default_{field}": self.id}
        return action

    def action_view_move_in(self):
        return self._action_related("cs_realestate.action_cs_move_in", "contract_id")

    def action_view_certificates(self):
        return self._action_related(
            "cs_realestate.action_cs_certificate_application", "contract_id"
        )

    def action_view_refunds(self):
        return self._action_related("cs_realestate.action_cs_refund", "contract_id")

    # ------------------------------------------------------------------
    # Records register hooks (CORE-REC); implemented in cs_sale_contract_records
    # ------------------------------------------------------------------
    def _cs_register_approve(self):
        return True

    def _cs_register_send_to_stamping(self):
        return True

    def _cs_register_certification_out(self):
        return True

    def _cs_register_stamp(self):
        return True

    def _cs_register_cancel(self):
        return True

    def _cs_register_certify(self):
        return True

    def _cs_register_certification_back(self):
        return True

    def _cs_register_distribute(self):
        return True

    def _cs_register_archive(self):
        return True

    def _cs_register_mortgage_package(self):
        return True

    def _cs_register_stamp_mortgage_package(self):
        return True

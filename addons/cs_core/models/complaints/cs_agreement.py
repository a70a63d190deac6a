# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CsAgreement(models.Model):
    """Compensation / supplementary agreement (补充协议, CORE-CMP-3, -4).

    Reviewed by Legal Counsel, then approved by the General Manager through
    OCA ``base_tier_validation`` (tier definitions shipped as data) before
    it may be signed or paid. ``state`` only moves through the action
    methods."""

    _name = "cs.agreement"
    _description = "Compensation Agreement"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "cs.workflow.mixin",
        "cs.tier.guard.mixin",
        "tier.validation",
        "cs.record.mixin",
    ]
    _order = "id desc"

    _state_from = ["draft"]
    _cs_submit_groups = ("cs_core.group_cs_agent",)
    _cs_submit_states = ("draft",)
    _state_to = ["approved", "signed", "paid"]
    _cancel_state = "cancel"
    _tier_validation_manual_config = False
    # Set by the sign, pay and filing steps.
    _cs_guarded_fields = ("sign_date", "payment_date", "archive_record_id")
    # The agreement itself: frozen once it leaves draft.
    _cs_first_state_fields = (
        "ticket_id",
        "partner_id",
        "unit_id",
        "amount",
        "currency_id",
        "terms",
        "company_id",
    )

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    ticket_id = fields.Many2one(
        "helpdesk.ticket",
        string="Complaint",
        index=True,
        tracking=True,
        domain=[("cs_kind", "=", "complaint")],
        help="The complaint this agreement settles.",
        check_company=True,
    )
    partner_id = fields.Many2one(
        "res.partner", string="Customer", required=True, tracking=True
    )
    unit_id = fields.Many2one("cs.unit", tracking=True, check_company=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
    )
    amount = fields.Monetary(string="Compensation Amount", tracking=True)
    terms = fields.Html()
    user_id = fields.Many2one(
        "res.users",
        string="Drafted By",
        default=lambda self: self.env.user,
        tracking=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("approved", "Approved"),
            ("signed", "Signed"),
            ("paid", "Paid"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    sign_date = fields.Date(string="Signed On", readonly=True, copy=False)
    payment_date = fields.Date(string="Paid On", readonly=True, copy=False)
    payment_reference = fields.Char(copy=False, tracking=True)
    # Read for the requester, whom the review rule shows only their own rows.
    rejection_reason = fields.Char(
        compute="_compute_rejection_reason", compute_sudo=True
    )
    archive_record_id = fields.Many2one(
        "cs.record",
        readonly=True,
        copy=False,
        help="Records-register entry of the signed original.",
        check_company=True,
    )

    _amount_positive = models.Constraint(
        "CHECK(amount >= 0)", "The compensation amount cannot be negative."
    )

    @api.depends("review_ids.status", "review_ids.comment")
    def _compute_rejection_reason(self):
        for rec in self:
            rejected = rec.review_ids.filtered(lambda r: r.status == "rejected")
            rec.rejection_reason = rejected[-1:].comment or False

    @api.onchange("ticket_id")
    def _onchange_ticket_id(self):
        if self.ticket_id:
            self.partner_id = self.ticket_id.partner_id or self.partner_id
            self.unit_id = self.ticket_id.cs_unit_id or self.unit_id

    # ------------------------------------------------------------------
    # CRUD guards
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals["state"] = "draft"
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.agreement") or "/"
                )
        return super().create(vals_list)

    def _cs_state_locked_message(self):
        return self.env._(
            "The agreement state changes only through its buttons, after "
            "Legal Counsel and the General Manager approved it."
        )

    def write(self, vals):
        # Finance records the bank reference of the payment it is about to make.
        if (
            "payment_reference" in vals
            and not self._cs_in_transition()
            and any(rec.state != "signed" for rec in self)
        ):
            raise UserError(
                self.env._(
                    "The payment reference can only be set on a signed agreement "
                    "that is not paid yet."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(rec.state not in ("draft", "cancel") for rec in self):
            raise UserError(
                self.env._("Only draft or cancelled agreements can be deleted.")
            )

    # ------------------------------------------------------------------
    # Tier validation: Legal first, then GM (CORE-CMP-3)
    # ------------------------------------------------------------------
    def _check_cs_can_review(self):
        # Lock before reading who may review: a decision committed by
        # another reviewer since this transaction began must be seen.
        self._cs_lock_for_review()
        for rec in self:
            if not rec.can_review:
                raise UserError(
                    self.env._(
                        "You cannot review agreement %(name)s now: Legal Counsel "
                        "reviews first, then the General Manager approves.",
                        name=rec.name,
                    )
                )

    def validate_tier(self):
        self._check_cs_can_review()
        res = super().validate_tier()
        self._cs_promote_when_validated()
        return res

    def reject_tier(self):
        self._check_cs_can_review()
        return super().reject_tier()

    def _validate_tier(self, tiers=False):
        self._check_cs_can_review()
        res = super()._validate_tier(tiers)
        self._cs_promote_when_validated()
        return res

    def _rejected_tier(self, tiers=False):
        self._check_cs_can_review()
        return super()._rejected_tier(tiers)

    def _cs_promote_when_validated(self):
        for rec in self:
            if rec.state == "draft" and rec.validation_status == "validated":
                rec._cs_check_approvals()
                rec._cs_set_state("approved")
                rec.message_post(
                    body=self.env._(
                        "Approved by Legal Counsel and the General Manager."
                    )
                )

    def _cs_tier_definitions(self):
        return (
            self.env.ref("cs_core.tier_definition_cs_agreement_legal"),
            self.env.ref("cs_core.tier_definition_cs_agreement_gm"),
        )

    def _cs_check_approvals(self):
        """Independent check that Legal approved, then the GM (CORE-CMP-3).

        Does not trust the validation status alone: each official review must
        be approved by a member of its group, Legal before the GM."""
        legal_def, gm_def = self._cs_tier_definitions()
        for rec in self:
            reviews = rec._cs_all_reviews()
            legal = reviews.filtered(lambda r, d=legal_def: r.definition_id == d)[:1]
            gm = reviews.filtered(lambda r, d=gm_def: r.definition_id == d)[:1]
            ok = (
                legal.status == "approved"
                and gm.status == "approved"
                and legal.done_by.has_group("cs_core.group_cs_legal")
                and gm.done_by.has_group("cs_core.group_cs_gm")
                and legal.cs_decision_sequence
                and gm.cs_decision_sequence
                and legal.cs_decision_sequence < gm.cs_decision_sequence
            )
            if not ok:
                raise ValidationError(
                    self.env._(
                        "Agreement %(name)s needs the Legal Counsel review and then "
                        "the General Manager approval first.",
                        name=rec.name,
                    )
                )

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _cs_set_state(self, state, **vals):
        # need_validation has no dependencies: drop the value cached before
        # the reviews existed, or base_tier_validation re-requests them.
        self.invalidate_recordset(["need_validation"])
        return super()._cs_set_state(state, **vals)

    def action_sign(self):
        self._cs_check_groups(["cs_core.group_cs_agent"], self.env._("sign"))
        for rec in self:
            if rec.state != "approved":
                raise UserError(
                    self.env._(
                        "Agreement %(name)s can only be signed once approved by "
                        "Legal Counsel and the General Manager.",
                        name=rec.name,
                    )
                )
        self._cs_check_approvals()
        self._cs_set_state("signed", sign_date=fields.Date.context_today(self))

    def action_pay(self):
        self._cs_check_groups(["cs_core.group_cs_finance"], self.env._("pay"))
        for rec in self:
            if rec.state != "signed":
                raise UserError(
                    self.env._(
                        "Agreement %(name)s can only be paid once approved and signed.",
                        name=rec.name,
                    )
                )
        self._cs_check_approvals()
        self._cs_set_state("paid", payment_date=fields.Date.context_today(self))
        self._create_archive_record()

    def action_cancel(self):
        self._cs_check_groups(["cs_core.group_cs_manager"], self.env._("cancel"))
        if any(rec.state == "paid" for rec in self):
            raise UserError(self.env._("A paid agreement cannot be cancelled."))
        self._cs_set_state("cancel")

    def action_draft(self):
        self._cs_check_groups(["cs_core.group_cs_manager"], self.env._("reset"))
        if any(rec.state != "cancel" for rec in self):
            raise UserError(
                self.env._("Only cancelled agreements can be reset to draft.")
            )
        self._cs_set_state("draft")

    # ------------------------------------------------------------------
    # Records register hook (CORE-CMP-4, RE-BR-2)
    # ------------------------------------------------------------------
    def _create_archive_record(self):
        """File the paid agreement in the records register (CORE-CMP-4, RE-BR-2).

        The signed original goes to the customer's file with the archivist
        (filed); a photocopy stays with the customer-service department. The
        register's workflow runs as superuser: paying is what triggers it,
        and Finance is not an archivist.
        """
        archives = self.env.ref("cs_core.holder_department_archives")
        cs_department = self.env.ref("cs_core.holder_department_cs")
        record_type = self.env.ref("cs_core.record_type_supplementary_agreement")
        for agreement in self.sudo():
            copies = [
                dict(vals, holder_id=archives.id)
                for vals in record_type._prepare_copy_values(archives)
                if vals["party"] == "a"
            ]
            copies.append(
                {
                    "name": self.env._("Photocopy for Customer Service"),
                    "kind": "duplicate",
                    "party": "a",
                    "sequence": 90,
                    "holder_id": cs_department.id,
                }
            )
            record = agreement._cs_create_record(
                record_type,
                title=agreement.name,
                partner_id=agreement.partner_id.id,
                unit_id=agreement.unit_id.id,
                copy_ids=[fields.Command.create(vals) for vals in copies],
            )
            record.action_approve()
            record.action_stamp()
            record.action_file()
            agreement._cs_transition_write(archive_record_id=record.id)
        return self.archive_record_id

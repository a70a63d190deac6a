# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

AGENT = "cs_core.group_cs_agent"
MARKETING = "cs_realestate.group_re_sales"
MANAGER = "cs_core.group_cs_manager"
GM = "cs_core.group_cs_gm"
# The plan is drafted from these documents (RE-CMP-4).
EVIDENCE_FIELDS = (
    "contract_attachment_ids",
    "property_appraisal_attachment_ids",
    "technical_appraisal_attachment_ids",
    "legal_advice_attachment_ids",
)


def _attachments(relation, string):
    return fields.Many2many(
        "ir.attachment", relation, "plan_id", "attachment_id", string=string
    )


class CsComplaintPlan(models.Model):
    """Resolution plan of an engineering-quality compensation complaint
    (RE-CMP-4, RE-CMP-5).

    Marketing drafts it from the contract, the property company's and the
    technical department's appraisals and legal advice; the General Manager
    approves it through tier validation. A payment to the customer still
    needs the supplementary agreement reviewed by Legal, then the GM.
    """

    _name = "cs.complaint.plan"
    _description = "Complaint Resolution Plan"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "cs.workflow.mixin",
        "cs.tier.guard.mixin",
        "tier.validation",
    ]
    _cs_guarded_fields = ("agreement_id", "approved_date", "done_date")
    _cs_submit_groups = (MARKETING,)
    _cs_submit_states = ("draft",)
    _cs_first_state_fields = (
        "ticket_id",
        "contract_id",
        "plan",
        "compensation_amount",
        *EVIDENCE_FIELDS,
    )
    _order = "id desc"

    _state_from = ["draft"]
    _state_to = ["approved", "done"]
    _cancel_state = "cancel"
    _tier_validation_manual_config = False

    name = fields.Char(compute="_compute_name", store=True)
    ticket_id = fields.Many2one(
        "helpdesk.ticket",
        string="Complaint",
        required=True,
        index=True,
        tracking=True,
        domain=[("cs_kind", "=", "complaint")],
    )
    company_id = fields.Many2one(related="ticket_id.company_id", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    partner_id = fields.Many2one(related="ticket_id.partner_id", store=True)
    unit_id = fields.Many2one(related="ticket_id.cs_unit_id", store=True)
    contract_id = fields.Many2one(
        "cs.sale.contract",
        string="Sale Contract",
        tracking=True,
        domain="[('unit_id', '=', unit_id)]",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Drafted By",
        default=lambda self: self.env.user,
        tracking=True,
    )
    plan = fields.Html(string="Resolution Plan")
    compensation_amount = fields.Monetary(tracking=True)
    contract_attachment_ids = _attachments("cs_complaint_plan_contract_rel", "Contract")
    property_appraisal_attachment_ids = _attachments(
        "cs_complaint_plan_property_rel", "Property Company Appraisal"
    )
    technical_appraisal_attachment_ids = _attachments(
        "cs_complaint_plan_technical_rel", "Technical Department Appraisal"
    )
    legal_advice_attachment_ids = _attachments(
        "cs_complaint_plan_legal_rel", "Legal Advice"
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("approved", "Approved"),
            ("done", "Resolved"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    approved_date = fields.Date(readonly=True, copy=False)
    done_date = fields.Date(string="Resolved On", readonly=True, copy=False)
    agreement_id = fields.Many2one(
        "cs.agreement", string="Supplementary Agreement", readonly=True, copy=False
    )
    agreement_state = fields.Selection(
        related="agreement_id.state", string="Agreement Status"
    )

    _amount_positive = models.Constraint(
        "CHECK(compensation_amount >= 0)", "The compensation cannot be negative."
    )

    @api.depends("ticket_id.number", "ticket_id.name")
    def _compute_name(self):
        for plan in self:
            plan.name = self.env._(
                "Resolution plan %(ticket)s", ticket=plan.ticket_id.number or ""
            )

    # ------------------------------------------------------------------
    # Tier validation: the General Manager approves (RE-CMP-4)
    # ------------------------------------------------------------------
    def _cs_missing_evidence(self):
        self.ensure_one()
        return [
            self._fields[name]._description_string(self.env)
            for name in EVIDENCE_FIELDS
            if not self[name]
        ]

    def request_validation(self):
        self._cs_check_submit()
        for plan in self:
            missing = plan._cs_missing_evidence()
            if missing:
                raise UserError(
                    self.env._(
                        "Attach the documents the plan is based on: %(missing)s.",
                        missing=", ".join(missing),
                    )
                )
        return super().request_validation()

    def validate_tier(self):
        res = super().validate_tier()
        self._cs_promote_when_validated()
        return res

    def _validate_tier(self, tiers=False):
        res = super()._validate_tier(tiers)
        self._cs_promote_when_validated()
        return res

    def _cs_promote_when_validated(self):
        for plan in self:
            if plan.state == "draft" and plan.validation_status == "validated":
                plan._cs_check_gm_approval()
                plan.invalidate_recordset(["need_validation"])
                plan._cs_set_state(
                    "approved", approved_date=fields.Date.context_today(self)
                )
                plan._cs_feedback(
                    self.env._(
                        "The resolution plan for your complaint %(ticket)s was "
                        "approved; we will keep you informed.",
                        ticket=plan.ticket_id.number,
                    )
                )

    def _cs_check_gm_approval(self):
        """The approved review must come from a General Manager."""
        for plan in self:
            approved = plan._cs_all_reviews().filtered(lambda r: r.status == "approved")
            if not approved or not all(r.done_by.has_group(GM) for r in approved):
                raise ValidationError(
                    self.env._("The General Manager must approve the plan first.")
                )

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def action_create_agreement(self):
        """Draft the supplementary agreement for the compensation (RE-CMP-5)."""
        self.ensure_one()
        self._cs_check_groups([AGENT], self.env._("draft supplementary agreements"))
        self._cs_check_state(["approved"], self.env._("draft the agreement"))
        if not self.compensation_amount:
            raise UserError(self.env._("This plan pays no compensation."))
        if not self.agreement_id:
            agreement = self.env["cs.agreement"].create(
                {
                    "ticket_id": self.ticket_id.id,
                    "partner_id": self.partner_id.id,
                    "unit_id": self.unit_id.id,
                    "amount": self.compensation_amount,
                    "terms": self.plan,
                }
            )
            self._cs_transition_write(agreement_id=agreement.id)
        return {
            "type": "ir.actions.act_window",
            "res_model": "cs.agreement",
            "res_id": self.agreement_id.id,
            "view_mode": "form",
        }

    def action_done(self):
        """Close the plan; compensation must have been paid first."""
        self._cs_check_groups([AGENT], self.env._("close resolution plans"))
        self._cs_check_state(["approved"], self.env._("close"))
        for plan in self:
            if plan.compensation_amount and plan.agreement_id.state != "paid":
                raise UserError(
                    self.env._(
                        "The compensation of %(plan)s is paid through its "
                        "supplementary agreement first.",
                        plan=plan.name,
                    )
                )
        self._cs_set_state("done", done_date=fields.Date.context_today(self))
        for plan in self:
            plan._cs_feedback(
                self.env._(
                    "Your complaint %(ticket)s has been resolved as agreed.",
                    ticket=plan.ticket_id.number,
                )
            )
        return True

    def action_cancel(self):
        self._cs_check_groups([MANAGER], self.env._("cancel resolution plans"))
        self._cs_check_state(["draft", "approved"], self.env._("cancel"))
        self._cs_set_state("cancel")
        return True

    def _cs_feedback(self, body):
        """Progress to the customer on the complaint (RE-CMP-6)."""
        ticket = self.ticket_id.sudo()
        partner = ticket.partner_id
        ticket.message_post(
            body=Markup("<p>%s</p>") % body,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            partner_ids=partner.ids,
        )
        if partner.phone:
            ticket._message_sms(body, partner_ids=partner.ids, put_in_queue=True)

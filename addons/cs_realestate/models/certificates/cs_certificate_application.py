# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

AGENT = "cs_core.group_cs_agent"


class CsCertificateApplication(models.Model):
    """Ownership (房屋所有权证) or land certificate application, RE-CERT-3/4."""

    _name = "cs.certificate.application"
    _description = "Certificate Application"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _cs_first_state_fields = ("kind", "contract_id")
    _cs_guarded_fields = ("materials_date", "submitted_date", "issued_date")
    _order = "id desc"

    name = fields.Char(compute="_compute_name", store=True)
    kind = fields.Selection(
        [("ownership", "Ownership Certificate"), ("land", "Land Certificate")],
        required=True,
        default="ownership",
        index=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("materials", "Materials Handed Over"),
            ("submitted", "Submitted to Bureau"),
            ("issued", "Issued"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
        index=True,
    )
    contract_id = fields.Many2one(
        "cs.sale.contract",
        required=True,
        ondelete="restrict",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    partner_id = fields.Many2one(related="contract_id.partner_id", store=True)
    unit_id = fields.Many2one(related="contract_id.unit_id", store=True)
    user_id = fields.Many2one(
        "res.users", string="CS Responsible", default=lambda self: self.env.user
    )
    has_invoice = fields.Boolean(string="Invoice Presented")
    has_id = fields.Boolean(string="ID Presented")
    has_contract = fields.Boolean(string="Contract Presented")
    ownership_certificate_id = fields.Many2one(
        "cs.certificate.application",
        compute="_compute_ownership_certificate",
    )
    materials_date = fields.Date(readonly=True, copy=False)
    submitted_date = fields.Date(readonly=True, copy=False)
    issued_date = fields.Date(readonly=True, copy=False)
    certificate_number = fields.Char(tracking=True, copy=False)

    @api.depends("kind", "contract_id.name")
    def _compute_name(self):
        labels = dict(self._fields["kind"]._description_selection(self.env))
        for application in self:
            kind = labels.get(application.kind, "")
            application.name = f"{kind} {application.contract_id.name or ''}"

    @api.depends("contract_id.certificate_ids.state")
    def _compute_ownership_certificate(self):
        for application in self:
            application.ownership_certificate_id = self.search(
                [
                    ("contract_id", "=", application.contract_id.id),
                    ("kind", "=", "ownership"),
                    ("state", "=", "issued"),
                ],
                limit=1,
            )

    @api.constrains("contract_id", "kind")
    def _check_prerequisites(self):
        for application in self:
            application._check_prerequisites_one()

    def _check_prerequisites_one(self):
        contract = self.contract_id
        if not contract.paid_confirmed:
            raise ValidationError(
                self.env._(
                    "%(contract)s: certificates are processed only once Finance "
                    "confirmed "
                    "full payment.",
                    contract=contract.name,
                )
            )
        if contract.survey_state != "settled":
            raise ValidationError(
                self.env._(
                    "%(contract)s: the area difference must be settled before the "
                    "certificate is processed.",
                    contract=contract.name,
                )
            )
        if self.kind == "land" and not self.ownership_certificate_id:
            raise ValidationError(
                self.env._(
                    "%(contract)s: the land certificate requires the issued ownership "
                    "certificate.",
                    contract=contract.name,
                )
            )
        duplicate = self.search_count(
            [
                ("contract_id", "=", contract.id),
                ("kind", "=", self.kind),
                ("state", "!=", "cancelled"),
                ("id", "!=", self.id),
            ],
            limit=1,
        )
        if duplicate:
            raise ValidationError(
                self.env._(
                    "%(contract)s already has this certificate application.",
                    contract=contract.name,
                )
            )

    def action_hand_over_materials(self):
        """Customer presents invoice, ID, contract; CS hands over the forms."""
        self._cs_check_groups([AGENT], self.env._("hand over certificate materials"))
        self._cs_check_state(["draft"], self.env._("hand over materials"))
        for application in self:
            application._check_prerequisites_one()
            if not (application.has_id and application.has_contract):
                raise UserError(
                    self.env._("The customer must present ID and contract.")
                )
            if application.kind == "ownership" and not application.has_invoice:
                raise UserError(
                    self.env._("The customer must present the purchase invoice.")
                )
        self._cs_register_materials()
        self._cs_set_state("materials", materials_date=fields.Date.context_today(self))
        return True

    def action_submit(self):
        self._cs_check_groups([AGENT], self.env._("submit certificate applications"))
        self._cs_check_state(["materials"], self.env._("submit"))
        self._cs_set_state("submitted", submitted_date=fields.Date.context_today(self))
        return True

    def action_issue(self):
        self._cs_check_groups([AGENT], self.env._("record issued certificates"))
        self._cs_check_state(["submitted"], self.env._("record the issue"))
        if self.filtered(lambda a: not a.certificate_number):
            raise UserError(self.env._("Enter the certificate number first."))
        self._cs_set_state("issued", issued_date=fields.Date.context_today(self))
        return True

    def action_cancel(self):
        self._cs_check_groups([AGENT], self.env._("cancel certificate applications"))
        self._cs_check_state(["draft", "materials", "submitted"], self.env._("cancel"))
        self._cs_set_state("cancelled")
        return True

    def _cs_register_materials(self):
        """Receipt slip for the materials; implemented with the records register."""
        return True

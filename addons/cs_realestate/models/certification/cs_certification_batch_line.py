# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CsCertificationBatchLine(models.Model):
    """One contract in a certification batch with its required items (RE-DOC-3)."""

    _name = "cs.certification.batch.line"
    _description = "Certification Batch Line"
    _check_company_auto = True
    _order = "batch_id, id"

    batch_id = fields.Many2one(
        "cs.certification.batch",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    batch_state = fields.Selection(related="batch_id.state")
    company_id = fields.Many2one(related="batch_id.company_id", store=True)
    contract_id = fields.Many2one(
        "cs.sale.contract",
        required=True,
        ondelete="restrict",
        index=True,
        domain="[('state', '=', 'stamped')]",
        check_company=True,
    )
    partner_id = fields.Many2one(related="contract_id.partner_id")
    unit_id = fields.Many2one(related="contract_id.unit_id")
    has_buyer_id_copy = fields.Boolean(string="Buyer ID Copy")
    has_authorization_letter = fields.Boolean(string="Original Authorization Letter")
    originals_stamped = fields.Boolean(
        string="Stamped Contract Originals", compute="_compute_originals_stamped"
    )
    complete = fields.Boolean(compute="_compute_missing_items")
    missing_items = fields.Char(compute="_compute_missing_items")
    result = fields.Selection(
        [("pending", "Pending"), ("certified", "Certified"), ("rejected", "Rejected")],
        default="pending",
        required=True,
    )
    note = fields.Char()

    _contract_batch_uniq = models.Constraint(
        "UNIQUE (batch_id, contract_id)", "A contract appears once in a batch."
    )

    @api.depends("contract_id.state")
    def _compute_originals_stamped(self):
        for line in self:
            line.originals_stamped = line.contract_id.state in ("stamped", "certified")

    @api.depends("has_buyer_id_copy", "has_authorization_letter", "originals_stamped")
    def _compute_missing_items(self):
        for line in self:
            missing = []
            if not line.has_buyer_id_copy:
                missing.append(self.env._("buyer ID copy"))
            if not line.has_authorization_letter:
                missing.append(self.env._("original authorization letter"))
            if not line.originals_stamped:
                missing.append(self.env._("stamped contract originals"))
            line.complete = not missing
            line.missing_items = (
                f"{line.contract_id.name}: {', '.join(missing)}" if missing else False
            )

    def _check_batch_open_for_lines(self, batches):
        """The contracts of a batch are the papers taken to the bureau: they
        are fixed on submission (the form's line list stays editable then
        only to record results)."""
        if any(batch.state != "draft" for batch in batches):
            raise UserError(
                self.env._(
                    "Contracts can be added to or removed from a certification batch "
                    "only while it is a draft."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_batch_open_for_lines(
            self.env["cs.certification.batch"].browse(
                {vals["batch_id"] for vals in vals_list if vals.get("batch_id")}
            )
        )
        return super().create(vals_list)

    def write(self, vals):
        # Once submitted, only the bureau's result may still be recorded.
        if set(vals) - {"result", "note"} and any(
            line.batch_id.state != "draft" for line in self
        ):
            raise UserError(
                self.env._("The lines of a submitted batch cannot be changed.")
            )
        if vals.get("batch_id"):
            self._check_batch_open_for_lines(
                self.env["cs.certification.batch"].browse(vals["batch_id"])
            )
        if {"result", "note"} & set(vals) and any(
            line.batch_id.state in ("done", "cancelled") for line in self
        ):
            raise UserError(
                self.env._(
                    "The results of a closed certification batch cannot be changed."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_in_draft_batch(self):
        self._check_batch_open_for_lines(self.batch_id)

    @api.constrains("contract_id", "batch_id")
    def _check_contract_not_in_open_batch(self):
        for line in self:
            other = self.search(
                [
                    ("id", "!=", line.id),
                    ("contract_id", "=", line.contract_id.id),
                    ("batch_id.state", "in", ("draft", "submitted")),
                ],
                limit=1,
            )
            if other:
                raise ValidationError(
                    self.env._(
                        "Contract %(contract)s is already in batch %(batch)s.",
                        contract=line.contract_id.name,
                        batch=other.batch_id.name,
                    )
                )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

CLERK = "cs_realestate.group_re_data_clerk"
# The housing bureau certifies on Tuesdays and Fridays only (RE-DOC-3).
CERTIFICATION_WEEKDAYS = (1, 4)


class CsCertificationBatch(models.Model):
    """A batch of contracts taken to the housing bureau for certification (鉴证)."""

    _name = "cs.certification.batch"
    _description = "Certification Batch"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _cs_first_state_fields = ("date",)
    _order = "date desc, id desc"

    name = fields.Char(
        string="Batch Number",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted to Bureau"),
            ("done", "Results Recorded"),
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
    date = fields.Date(
        string="Certification Date",
        required=True,
        tracking=True,
        help="Tuesday or Friday only.",
    )
    user_id = fields.Many2one(
        "res.users", string="Data Clerk", default=lambda self: self.env.user
    )
    line_ids = fields.One2many(
        "cs.certification.batch.line", "batch_id", string="Contracts"
    )
    line_count = fields.Integer(compute="_compute_line_count")
    complete = fields.Boolean(
        string="All Items Present",
        compute="_compute_complete",
        help="Every line has the buyer ID copy, the original authorization letter "
        "and the stamped contract originals.",
    )

    @api.depends("line_ids")
    def _compute_line_count(self):
        for batch in self:
            batch.line_count = len(batch.line_ids)

    @api.depends("line_ids.complete")
    def _compute_complete(self):
        for batch in self:
            batch.complete = bool(batch.line_ids) and all(
                batch.line_ids.mapped("complete")
            )

    @api.constrains("date")
    def _check_weekday(self):
        for batch in self:
            if batch.date and batch.date.weekday() not in CERTIFICATION_WEEKDAYS:
                raise ValidationError(
                    self.env._(
                        "Certification at the housing bureau happens on Tuesdays and "
                        "Fridays only; %(date)s is not one of them.",
                        date=batch.date,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.certification.batch")
                    or "/"
                )
        return super().create(vals_list)

    def action_submit(self):
        self._cs_check_groups([CLERK], self.env._("submit certification batches"))
        self._cs_check_state(["draft"], self.env._("submit"))
        for batch in self:
            if not batch.line_ids:
                raise UserError(self.env._("Add the contracts to certify first."))
            missing = batch.line_ids.filtered(lambda line: not line.complete)
            if missing:
                raise UserError(
                    self.env._(
                        "Batch %(batch)s cannot be submitted, required items are "
                        "missing: "
                        "%(details)s.",
                        batch=batch.name,
                        details="; ".join(missing.mapped("missing_items")),
                    )
                )
        self._cs_set_state("submitted")
        self.line_ids.contract_id._cs_register_certification_out()
        return True

    def action_record_results(self):
        """Certified lines mark their contracts certified; rejected ones go back."""
        self._cs_check_groups([CLERK], self.env._("record certification results"))
        self._cs_check_state(["submitted"], self.env._("record results"))
        for batch in self:
            pending = batch.line_ids.filtered(lambda line: line.result == "pending")
            pending.write({"result": "certified"})
            lines = batch.line_ids
            lines.filtered(
                lambda line: line.result == "certified"
            ).contract_id._mark_certified(batch.date)
            lines.filtered(
                lambda line: line.result == "rejected"
            ).contract_id._cs_register_certification_back()
        self._cs_set_state("done")
        return True

    def action_cancel(self):
        self._cs_check_groups([CLERK], self.env._("cancel certification batches"))
        self._cs_check_state(["draft", "submitted"], self.env._("cancel"))
        self.filtered(
            lambda b: b.state == "submitted"
        ).line_ids.contract_id._cs_register_certification_back()
        self._cs_set_state("cancelled")
        return True

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, modules, tools
from odoo.exceptions import UserError, ValidationError

SLIP_STATES = [
    ("draft", "Draft"),
    ("confirmed", "Signed"),
    ("cancelled", "Cancelled"),
]


class CsReceiptSlip(models.Model):
    """Receipt slip (签收单) a customer or bank signs when collecting copies
    (CORE-REC-4, RE-DOC-8)."""

    _name = "cs.receipt.slip"
    _description = "Receipt Slip"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _order = "id desc"
    _check_company_auto = True
    _cs_guarded_fields = ("signed_date", "record_id", "issued_by_id")

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    handoff_id = fields.Many2one(
        "cs.record.handoff",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        domain="[('state', '=', 'pending'), "
        "('to_external_kind', 'in', ('customer', 'bank'))]",
        help="Pending handoff of the copies to the collecting customer or bank.",
    )
    to_holder_id = fields.Many2one(related="handoff_id.to_holder_id")
    from_holder_id = fields.Many2one(related="handoff_id.from_holder_id")
    partner_id = fields.Many2one(
        related="handoff_id.to_holder_id.partner_id", store=True, string="Collector For"
    )
    copy_ids = fields.Many2many(related="handoff_id.copy_ids", string="Items")
    collector_name = fields.Char(
        tracking=True, help="Person who physically collects the documents."
    )
    collector_id_number = fields.Char(string="Collector ID Number")
    collector_phone = fields.Char()
    signature = fields.Binary(attachment=True, copy=False)
    signed_date = fields.Datetime(readonly=True, copy=False)
    issued_by_id = fields.Many2one(
        "res.users",
        default=lambda self: self.env.user,
        readonly=True,
    )
    state = fields.Selection(
        SLIP_STATES,
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
    )
    record_id = fields.Many2one(
        "cs.record",
        string="Filed As",
        readonly=True,
        copy=False,
        help="The signed slip registered as a record for the archivist.",
        check_company=True,
    )
    note = fields.Text()

    @api.constrains("handoff_id", "state")
    def _check_one_slip_per_handoff(self):
        for slip in self.filtered(lambda s: s.state != "cancelled"):
            others = self.search_count(
                [
                    ("handoff_id", "=", slip.handoff_id.id),
                    ("state", "!=", "cancelled"),
                    ("id", "!=", slip.id),
                ]
            )
            if others:
                raise ValidationError(
                    self.env._(
                        "Handoff %(handoff)s already has a receipt slip.",
                        handoff=slip.handoff_id.name,
                    )
                )

    @api.constrains("handoff_id")
    def _check_handoff_to_collector(self):
        for slip in self:
            if slip.handoff_id.to_external_kind not in ("customer", "bank"):
                raise ValidationError(
                    self.env._(
                        "A receipt slip is for copies collected by a customer "
                        "or a bank."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.receipt.slip") or "/"
                )
        return super().create(vals_list)

    def _cs_initial_state_message(self):
        return self.env._("A receipt slip starts as a draft.")

    def _cs_state_locked_message(self):
        return self.env._(
            "A receipt slip is signed or cancelled only with its buttons."
        )

    def write(self, vals):
        content = {f for f in vals if not f.startswith(("message_", "activity_"))} - {
            "state"
        }
        # Signing sets the date and the filed record in its own transition.
        if (
            content
            and not self._cs_in_transition()
            and any(slip.state != "draft" for slip in self)
        ):
            raise UserError(self.env._("A signed receipt slip cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(slip.state == "confirmed" for slip in self):
            raise UserError(self.env._("A signed receipt slip cannot be deleted."))

    def action_confirm(self):
        """Collector has signed: confirm the handoff and file the slip."""
        for slip in self:
            if slip.state != "draft":
                raise UserError(self.env._("This receipt slip is already closed."))
            if not slip.signature:
                raise UserError(
                    self.env._(
                        "The collector must sign the receipt slip before it is "
                        "confirmed."
                    )
                )
            if not slip.collector_name:
                raise UserError(self.env._("Enter the name of the person collecting."))
            slip.handoff_id.write({"received_by_name": slip.collector_name})
            slip.handoff_id._confirm_from_slip()
            slip._cs_set_state("confirmed", signed_date=fields.Datetime.now())
            slip._cs_transition_write(record_id=slip._file_as_record().id)
        return True

    def action_cancel(self):
        if any(slip.state != "draft" for slip in self):
            raise UserError(self.env._("Only a draft receipt slip can be cancelled."))
        others = self.filtered(lambda slip: slip.issued_by_id != self.env.user)
        if others:
            others._cs_check_groups(
                ["cs_core.group_cs_manager"],
                self.env._("cancel another employee's receipt slip"),
            )
        return self._cs_set_state("cancelled")

    def _file_as_record(self):
        """Register the signed slip as a record going to the archive
        (CORE-REC-4): approved at once, the archivist files it on receipt."""
        self.ensure_one()
        record_type = self.env.ref("cs_core.record_type_receipt_slip")
        issuer = self.handoff_id.from_holder_id
        records = self.handoff_id.copy_ids.record_id
        record = self.env["cs.record"].create(
            {
                "title": self.env._(
                    "Receipt slip %(slip)s — %(collector)s",
                    slip=self.name,
                    collector=self.collector_name,
                ),
                "type_id": record_type.id,
                "partner_id": self.partner_id.id,
                "unit_id": records.unit_id[:1].id,
                "company_id": self.company_id.id,
                "res_model": self._name,
                "res_id": self.id,
                "copy_ids": [
                    fields.Command.create(vals)
                    for vals in record_type._prepare_copy_values(issuer)
                ],
            }
        )
        record._cs_set_state(
            "approved",
            approved_date=fields.Datetime.now(),
            approved_by_id=self.env.user.id,
        )
        self._attach_pdf(record)
        archives = self.env.ref("cs_core.holder_department_archives")
        if issuer != archives:
            self.env["cs.record.handoff"]._cs_propose(
                record.copy_ids, archives, note=self.env._("Signed receipt slip")
            )
        return record

    def _attach_pdf(self, record):
        """Attach the printed slip to its record as the first scan."""
        report = self.env["ir.actions.report"]
        testing = modules.module.current_test or tools.config["test_enable"]
        if report.get_wkhtmltopdf_state() in ("install", "broken") and not testing:
            record.message_post(
                body=self.env._(
                    "The PDF of receipt slip %(slip)s could not be generated "
                    "(wkhtmltopdf is not available); print it from the slip.",
                    slip=self.name,
                )
            )
            return self.env["ir.attachment"]
        content, report_type = report._render_qweb_pdf(
            "cs_core.action_report_cs_receipt_slip", self.ids
        )
        return self.env["ir.attachment"].create(
            {
                "name": f"{self.name}.{report_type}",
                "raw": content,
                "res_model": record._name,
                "res_id": record.id,
                "mimetype": "application/pdf" if report_type == "pdf" else "text/html",
            }
        )

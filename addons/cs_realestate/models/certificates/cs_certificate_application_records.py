# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

CS_DEPT = "cs_core.holder_department_cs"


class CsCertificateApplicationRecords(models.Model):
    """Certificate materials handed to the customer on a receipt slip (RE-CERT-3)."""

    _name = "cs.certificate.application"
    _check_company_auto = True
    _inherit = ["cs.certificate.application", "cs.record.mixin"]
    # Set by the materials step only (_cs_register_materials).
    _cs_guarded_fields = ("materials_record_id", "receipt_slip_id")

    materials_record_id = fields.Many2one(
        "cs.record",
        readonly=True,
        copy=False,
        check_company=True,
    )
    receipt_slip_id = fields.Many2one(
        "cs.receipt.slip", readonly=True, copy=False, check_company=True
    )

    def _cs_register_materials(self):
        cs_dept = self.env.ref(CS_DEPT)
        holder_model = self.env["cs.record.holder"]
        for application in self:
            record = application._cs_create_record(
                "cs_core.record_type_survey_drawing",
                holder=cs_dept,
                title=self.env._(
                    "%(kind)s materials: registration form, survey drawing and "
                    "instructions",
                    kind=application.name,
                ),
            )
            handoff = application._cs_propose_handoff(
                record.copy_ids,
                holder_model._get_for_partner(application.partner_id, "customer"),
                from_holder=cs_dept,
                note=self.env._("Certificate application materials"),
            )
            slip = handoff._cs_create_receipt_slip(
                collector_name=application.partner_id.name
            )
            application._cs_transition_write(
                materials_record_id=record.id, receipt_slip_id=slip.id
            )

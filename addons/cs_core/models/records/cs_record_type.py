# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CsRecordType(models.Model):
    """Kind of paper document kept in the records register (CORE-REC-1)."""

    _name = "cs.record.type"
    _description = "Record Type"
    _check_company_auto = True
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        required=True,
        help="Short code, used as the prefix of the reference numbers.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", default=lambda self: self.env.company, index=True
    )
    copy_template_ids = fields.One2many(
        "cs.record.type.copy",
        "type_id",
        string="Copies",
        copy=True,
        help="Physical copies created with every record of this type.",
    )
    stamping_required = fields.Boolean(
        default=True, help="The archivist must stamp the record before filing."
    )
    certification_required = fields.Boolean(
        help="The record must be certified (e.g. at the housing bureau) before filing."
    )
    retention_years = fields.Integer(
        string="Retention (years)",
        default=30,
        help="Years an archived record is kept; 0 means permanently.",
    )
    sequence_id = fields.Many2one(
        "ir.sequence",
        string="Reference Sequence",
        copy=False,
        help="Numbering of the records of this type; created automatically.",
    )
    default_holder_id = fields.Many2one(
        "cs.record.holder",
        help="Holder of the copies of a new record when none is given; "
        "defaults to the creating user.",
    )
    description = fields.Text(translate=True)
    record_count = fields.Integer(compute="_compute_record_count")

    _code_company_uniq = models.Constraint(
        "UNIQUE (code, company_id)",
        "The record type code must be unique per company.",
    )
    _retention_positive = models.Constraint(
        "CHECK (retention_years >= 0)",
        "The retention period cannot be negative.",
    )

    def _compute_record_count(self):
        counts = dict(
            self.env["cs.record"]._read_group(
                [("type_id", "in", self.ids)], ["type_id"], ["__count"]
            )
        )
        for rtype in self:
            rtype.record_count = counts.get(rtype, 0)

    @api.model_create_multi
    def create(self, vals_list):
        rtypes = super().create(vals_list)
        for rtype in rtypes.filtered(lambda t: not t.sequence_id):
            rtype.sequence_id = rtype._create_reference_sequence()
        return rtypes

    def _create_reference_sequence(self):
        self.ensure_one()
        return (
            self.env["ir.sequence"]
            .sudo()
            .create(
                {
                    "name": self.env._("Records: %(type)s", type=self.name),
                    "code": False,
                    "prefix": f"{self.code}-%(year)s-",
                    "padding": 5,
                    "company_id": self.company_id.id,
                }
            )
        )

    def _prepare_copy_values(self, holder):
        """``cs.record.copy`` values (without record) for this type's copies."""
        self.ensure_one()
        return [
            {
                "name": template.name,
                "kind": template.kind,
                "party": template.party,
                "sequence": template.sequence,
                "holder_id": holder.id,
            }
            for template in self.copy_template_ids
        ]

    def _next_reference(self):
        self.ensure_one()
        return self.sudo().sequence_id.next_by_id()

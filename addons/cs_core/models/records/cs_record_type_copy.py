# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

COPY_KINDS = [("original", "Original"), ("duplicate", "Duplicate")]
COPY_PARTIES = [
    ("a", "Party A"),
    ("b", "Party B"),
    ("none", "Single Party"),
]


class CsRecordTypeCopy(models.Model):
    """A copy a record type produces, e.g. "Party B original"."""

    _name = "cs.record.type.copy"
    _description = "Record Type Copy"
    _order = "type_id, sequence, id"

    type_id = fields.Many2one(
        "cs.record.type", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    kind = fields.Selection(COPY_KINDS, required=True, default="original")
    party = fields.Selection(COPY_PARTIES, required=True, default="none")

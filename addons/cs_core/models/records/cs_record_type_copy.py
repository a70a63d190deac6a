# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

COPY_KINDS = [("original", "Original"), ("duplicate", "Duplicate")]
COPY_PARTIES = [
    ("a", "Party A"),
    ("b", "Party B"),
    ("none", "Single Party"),
]
# Names the register gives its copies; shown in the reader's language.
STANDARD_COPY_NAMES = {
    "Party A Original",
    "Party A Duplicate",
    "Party B Original",
    "Party B Duplicate",
    "Original",
    "Duplicate",
    # one copy per party (subscription agreements, supplements)
    "Party A Copy",
    "Party B Copy",
}


def copy_label(env, party, kind, name=False):
    """The copy's name in ``env``'s language: a custom name as typed, a
    standard one ("Party B Duplicate") translated from its party and kind."""
    if name and name not in STANDARD_COPY_NAMES:
        return name
    original = kind == "original"
    if party == "a":
        return env._("Party A Original") if original else env._("Party A Duplicate")
    if party == "b":
        return env._("Party B Original") if original else env._("Party B Duplicate")
    return env._("Original") if original else env._("Duplicate")


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

    @api.depends("name", "party", "kind")
    @api.depends_context("lang")
    def _compute_display_name(self):
        for copy in self:
            copy.display_name = copy_label(self.env, copy.party, copy.kind, copy.name)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ...tools import is_trusted, trusted
from .cs_record_type_copy import COPY_KINDS, COPY_PARTIES, copy_label


class CsRecordCopy(models.Model):
    """One physical copy of a record, e.g. "Party B original" (CORE-REC-3)."""

    _name = "cs.record.copy"
    _description = "Record Copy"
    _order = "record_id, sequence, id"
    _check_company_auto = True

    record_id = fields.Many2one(
        "cs.record",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="record_id.company_id", store=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(
        string="Custom Name",
        help="Leave empty for the standard name (e.g. Party B Duplicate), "
        "shown in each reader's language.",
    )
    label = fields.Char(string="Copy", compute="_compute_label")
    kind = fields.Selection(COPY_KINDS, required=True, default="original")
    party = fields.Selection(COPY_PARTIES, required=True, default="none")
    holder_id = fields.Many2one(
        "cs.record.holder",
        string="Current Holder",
        required=True,
        index=True,
        ondelete="restrict",
        help="Changes only when the receiver confirms a handoff.",
    )
    holder_type = fields.Selection(related="holder_id.holder_type", store=True)
    record_state = fields.Selection(related="record_id.state", store=True)
    record_type_id = fields.Many2one(related="record_id.type_id", store=True)
    partner_id = fields.Many2one(related="record_id.partner_id", store=True)
    unit_id = fields.Many2one(related="record_id.unit_id", store=True)
    handoff_ids = fields.Many2many(
        "cs.record.handoff",
        "cs_record_handoff_copy_rel",
        "copy_id",
        "handoff_id",
        string="Handoffs",
        readonly=True,
        check_company=True,
    )
    pending_handoff_id = fields.Many2one(
        "cs.record.handoff",
        compute="_compute_pending_handoff_id",
        search="_search_pending_handoff_id",
    )

    @api.depends("name", "party", "kind")
    @api.depends_context("lang")
    def _compute_label(self):
        for copy in self:
            copy.label = copy_label(self.env, copy.party, copy.kind, copy.name)

    @api.depends("record_id.name", "label")
    @api.depends_context("lang", "cs_copy_short_name")
    def _compute_display_name(self):
        """ "HT2026-00013 / 乙方副本"; inside the record's own form only the
        copy (``cs_copy_short_name``), so its tags differ and stay short."""
        short = self.env.context.get("cs_copy_short_name")
        for copy in self:
            copy.display_name = (
                copy.label if short else f"{copy.record_id.name} / {copy.label}"
            )

    @api.depends("handoff_ids.state")
    def _compute_pending_handoff_id(self):
        for copy in self:
            copy.pending_handoff_id = copy.handoff_ids.filtered(
                lambda h: h.state == "pending"
            )[:1]

    def _search_pending_handoff_id(self, operator, value):
        if operator == "in" and set(value) == {False}:
            return [("handoff_ids", "not any", [("state", "=", "pending")])]
        if operator == "not in" and set(value) == {False}:
            return [("handoff_ids", "any", [("state", "=", "pending")])]
        return [
            (
                "handoff_ids",
                "any",
                [("state", "=", "pending"), ("id", operator, value)],
            )
        ]

    @api.model_create_multi
    def create(self, vals_list):
        records = self.env["cs.record"].browse(
            [vals["record_id"] for vals in vals_list if vals.get("record_id")]
        )
        records._check_not_locked()
        past_draft = records.sudo().filtered(lambda r: r.state != "draft")
        if past_draft and not (self._in_custody_move() or records._cs_in_transition()):
            raise UserError(
                self.env._(
                    "Record %(names)s is past its draft: its copies are fixed and "
                    "move only through handoffs.",
                    names=", ".join(past_draft.mapped("name")),
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if "holder_id" in vals and not self._in_custody_move():
            raise UserError(
                self.env._("A copy changes holder only when a handoff is confirmed.")
            )
        if "record_id" in vals:
            raise UserError(self.env._("A copy cannot be moved to another record."))
        if set(vals) - {"holder_id"}:
            self.record_id._check_not_locked()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_locked_or_handed(self):
        self.record_id._check_not_locked()
        if self.handoff_ids:
            raise UserError(
                self.env._("A copy with a custody chain cannot be deleted.")
            )

    @api.model
    def _in_custody_move(self):
        # Only a confirmed handoff moves a copy (CORE-REC-3).
        return is_trusted(self.env, "cs_custody_move")

    def _move_to(self, holder):
        """Set the holder; only called by a confirmed handoff."""
        return trusted(self, "cs_custody_move").write({"holder_id": holder.id})

    def action_propose_handoff(self):
        """Open a new handoff prefilled with these copies."""
        return {
            "type": "ir.actions.act_window",
            "res_model": "cs.record.handoff",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_copy_ids": [fields.Command.set(self.ids)],
                "default_from_holder_id": self.holder_id[:1].id,
            },
        }

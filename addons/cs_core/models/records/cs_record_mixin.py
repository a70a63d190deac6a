# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CsRecordMixin(models.AbstractModel):
    """Lets any business document own records of the register (CORE-REC).

    Inherit it, add the smart button (see ``action_view_cs_records``) and
    call ``_cs_create_record`` to register a paper document in one call.
    """

    _name = "cs.record.mixin"
    _description = "Records Register Mixin"

    cs_record_ids = fields.One2many(
        "cs.record",
        "res_id",
        string="Records",
        domain=lambda self: [("res_model", "=", self._name)],
    )
    cs_record_count = fields.Integer(
        string="Record Count", compute="_compute_cs_record_count"
    )

    @api.depends("cs_record_ids")
    def _compute_cs_record_count(self):
        counts = dict(
            self.env["cs.record"]._read_group(
                [("res_model", "=", self._name), ("res_id", "in", self.ids)],
                ["res_id"],
                ["__count"],
            )
        )
        for document in self:
            document.cs_record_count = counts.get(document.id, 0)

    def _cs_record_domain(self):
        """Domain of the records shown by this document's smart button."""
        self.ensure_one()
        return [("res_model", "=", self._name), ("res_id", "=", self.id)]

    def _cs_record_default_values(self):
        """Values every record created from this document gets.

        Override to fill partner and unit from the document's own fields.
        """
        self.ensure_one()
        values = {"title": self.display_name}
        if "partner_id" in self._fields and self.partner_id:
            values["partner_id"] = self.partner_id.id
        if "unit_id" in self._fields and self.unit_id:
            values["unit_id"] = self.unit_id.id
        if "company_id" in self._fields and self.company_id:
            values["company_id"] = self.company_id.id
        return values

    def _cs_create_record(self, record_type, holder=None, **vals):
        """Create a draft record of ``record_type`` for this document.

        :param record_type: a ``cs.record.type`` record or its XML id
        :param holder: ``cs.record.holder`` holding the new copies (default:
            the type's default holder, else the current user)
        :param vals: extra ``cs.record`` values (override the defaults)
        :return: the new ``cs.record`` with its copies
        """
        self.ensure_one()
        if isinstance(record_type, str):
            record_type = self.env.ref(record_type)
        values = self._cs_record_default_values()
        values.update(vals)
        title = values.get("title")
        if callable(title):
            values["title"] = title(self.with_context(lang="en_US").env)
        values.update(
            {
                "type_id": record_type.id,
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        if holder and "copy_ids" not in values:
            values["copy_ids"] = [
                fields.Command.create(copy_vals)
                for copy_vals in record_type._prepare_copy_values(holder)
            ]
        record = self.env["cs.record"].create(values)
        if callable(title):
            record._cs_set_title(title)
        return record

    def _cs_propose_handoff(self, copies, to_holder, from_holder=None, note=None):
        """Propose a handoff of ``copies`` (pending until the receiver confirms)."""
        return self.env["cs.record.handoff"]._cs_propose(
            copies, to_holder, from_holder=from_holder, note=note
        )

    def action_view_cs_records(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_record"
        )
        action["domain"] = self._cs_record_domain()
        action["context"] = {
            "default_res_model": self._name,
            "default_res_id": self.id,
            **{
                f"default_{k}": v
                for k, v in self._cs_record_default_values().items()
                if k != "title"
            },
        }
        return action

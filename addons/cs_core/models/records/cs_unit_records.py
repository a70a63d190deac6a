# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class CsUnit(models.Model):
    """A unit shows every record about it (CORE-REC-2)."""

    _name = "cs.unit"
    _inherit = ["cs.unit", "cs.record.mixin"]

    @api.depends("cs_record_ids")
    def _compute_cs_record_count(self):
        counts = dict(
            self.env["cs.record"]._read_group(
                [("unit_id", "in", self.ids)], ["unit_id"], ["__count"]
            )
        )
        for unit in self:
            unit.cs_record_count = counts.get(unit, 0)

    def _cs_record_domain(self):
        self.ensure_one()
        return [("unit_id", "=", self.id)]

    def _cs_record_default_values(self):
        self.ensure_one()
        values = {
            "title": self.display_name,
            "unit_id": self.id,
            "company_id": self.company_id.id or self.env.company.id,
        }
        if self.owner_ids:
            values["partner_id"] = self.owner_ids[:1].id
        return values

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class CsInspectionLine(models.Model):
    _name = "cs.inspection.line"
    _description = "Inspection Item Result"
    _order = "sequence, id"

    inspection_id = fields.Many2one(
        "cs.inspection", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Item", required=True)
    max_score = fields.Float(string="Points", required=True, default=10.0)
    score = fields.Float(required=True, default=0.0)
    remark = fields.Char()

    _check_score = models.Constraint(
        "CHECK(score >= 0 AND score <= max_score)",
        "An item score must be between zero and the points of the item.",
    )

    def _check_inspection_open(self):
        if self.inspection_id.filtered(lambda i: i.state == "done"):
            raise UserError(self.env._("A confirmed inspection cannot be changed."))

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._check_inspection_open()
        return lines

    def write(self, vals):
        self._check_inspection_open()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_if_inspection_open(self):
        self._check_inspection_open()

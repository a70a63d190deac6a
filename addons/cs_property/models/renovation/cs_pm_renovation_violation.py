# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

VIOLATION_KINDS = [
    ("load_bearing", "Load-bearing Wall Damaged"),
    ("facade", "Facade Altered"),
    ("waterproofing", "Kitchen/Bathroom Waterproofing Damaged"),
    ("working_hours", "Work Outside Permitted Hours"),
    ("debris", "Debris in Public Areas"),
    ("fire", "Hot Work Without Permit"),
    ("other", "Other"),
]
# Violations the seed names as major: they need a rectification notice.
MAJOR_KINDS = ("load_bearing", "facade", "waterproofing")


class CsPmRenovationViolation(models.Model):
    """A violation found by a renovation inspection (PM-REN-2)."""

    _name = "cs.pm.renovation.violation"
    _description = "Renovation Violation"
    _order = "id"

    inspection_id = fields.Many2one(
        "cs.pm.renovation.inspection", required=True, ondelete="cascade", index=True
    )
    renovation_id = fields.Many2one(
        related="inspection_id.renovation_id", store=True, index=True
    )
    kind = fields.Selection(VIOLATION_KINDS, required=True, default="other")
    is_major = fields.Boolean(string="Major", compute="_compute_is_major", store=True)
    description = fields.Text(required=True)
    fixed_on_spot = fields.Boolean(
        string="Fixed on the Spot",
        help="The contractor corrected it during the inspection.",
    )
    photo_ids = fields.Many2many(
        "ir.attachment",
        "cs_pm_renovation_violation_photo_rel",
        "violation_id",
        "attachment_id",
        string="Photos",
    )
    notice_id = fields.Many2one(
        "cs.pm.rectification.notice", readonly=True, index=True, copy=False
    )

    @api.depends("kind")
    def _compute_is_major(self):
        for violation in self:
            violation.is_major = violation.kind in MAJOR_KINDS

    def _cs_check_photos(self):
        missing = self.filtered(lambda v: v.is_major and not v.photo_ids)
        if missing:
            raise UserError(
                self.env._(
                    "Take photos of every major violation before finishing the "
                    "inspection: %(items)s",
                    items=", ".join(missing.mapped("description")),
                )
            )

    def _check_inspection_open(self):
        if not self.env.su and self.inspection_id.filtered(lambda i: i.state == "done"):
            raise UserError(self.env._("A finished inspection cannot be changed."))

    @api.model_create_multi
    def create(self, vals_list):
        violations = super().create(vals_list)
        violations._check_inspection_open()
        return violations

    def write(self, vals):
        if set(vals) != {"notice_id"}:
            self._check_inspection_open()
        elif not self.env.su:
            raise UserError(
                self.env._("Rectification notices are issued by inspections.")
            )
        return super().write(vals)

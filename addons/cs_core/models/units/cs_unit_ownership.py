# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CsUnitOwnership(models.Model):
    """One ownership period of a unit (CORE-UNIT-2).

    Joint buyers share one period; a new period closes the open one.
    """

    _name = "cs.unit.ownership"
    _description = "Unit Ownership Period"
    _check_company_auto = True
    _order = "unit_id, date_from desc, id desc"

    unit_id = fields.Many2one(
        "cs.unit", required=True, ondelete="cascade", index=True, check_company=True
    )
    project_id = fields.Many2one(related="unit_id.project_id", store=True)
    company_id = fields.Many2one(related="unit_id.company_id", store=True)
    partner_ids = fields.Many2many(
        "res.partner",
        "cs_unit_ownership_partner_rel",
        "ownership_id",
        "partner_id",
        string="Owners",
        required=True,
    )
    date_from = fields.Date(required=True, default=fields.Date.context_today)
    date_to = fields.Date()
    acquisition = fields.Selection(
        [
            ("purchase", "Purchase from Developer"),
            ("resale", "Resale"),
            ("inheritance", "Inheritance"),
            ("gift", "Gift"),
            ("other", "Other"),
        ],
        default="purchase",
        required=True,
    )
    note = fields.Char()
    is_current = fields.Boolean(compute="_compute_is_current")

    _dates_ordered = models.Constraint(
        "CHECK (date_to IS NULL OR date_to >= date_from)",
        "An ownership period cannot end before it starts.",
    )

    @api.depends("date_to")
    def _compute_is_current(self):
        for ownership in self:
            ownership.is_current = not ownership.date_to

    @api.depends("unit_id.complete_name", "partner_ids.name", "date_from")
    def _compute_display_name(self):
        for ownership in self:
            ownership.display_name = "%s: %s" % (
                ownership.unit_id.complete_name or "",
                ", ".join(ownership.partner_ids.mapped("name")),
            )

    @api.model_create_multi
    def create(self, vals_list):
        records = self.browse()
        # One at a time: each new period closes the one opened before it.
        for vals in vals_list:
            self._close_open_period(vals)
            records |= super().create([vals])
        return records

    def write(self, vals):
        # A period belongs to its unit: repointing it would move an owner's
        # history to another unit (possibly another company's).
        if "unit_id" in vals and any(rec.unit_id.id != vals["unit_id"] for rec in self):
            raise UserError(
                self.env._(
                    "An ownership period stays on its unit: end it and open a "
                    "new period on the other unit."
                )
            )
        return super().write(vals)

    def _close_open_period(self, vals):
        if vals.get("date_to") or not vals.get("unit_id"):
            return
        date_from = fields.Date.to_date(
            vals.get("date_from")
        ) or fields.Date.context_today(self)
        open_periods = self.search(
            [
                ("unit_id", "=", vals["unit_id"]),
                ("date_to", "=", False),
                ("date_from", "<", date_from),
            ]
        )
        open_periods.write({"date_to": date_from - timedelta(days=1)})

    @api.constrains("unit_id", "date_from", "date_to")
    def _check_no_overlap(self):
        for ownership in self:
            domain = [
                ("id", "!=", ownership.id),
                ("unit_id", "=", ownership.unit_id.id),
                "|",
                ("date_to", "=", False),
                ("date_to", ">=", ownership.date_from),
            ]
            if ownership.date_to:
                domain.append(("date_from", "<=", ownership.date_to))
            overlapping = self.search(domain, limit=1)
            if overlapping:
                raise ValidationError(
                    self.env._(
                        "The ownership period of %(unit)s from %(start)s overlaps "
                        "the period of %(owners)s starting %(other)s.",
                        unit=ownership.unit_id.complete_name,
                        start=ownership.date_from,
                        owners=", ".join(overlapping.partner_ids.mapped("name")),
                        other=overlapping.date_from,
                    )
                )

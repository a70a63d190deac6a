# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

STAFF = "cs_property.group_pm_staff"


class CsHouseholdTenancy(models.Model):
    """A rental of the unit: tenant, rent and period (PM-RES-1)."""

    _name = "cs.household.tenancy"
    _description = "Unit Rental"
    _inherit = ["mail.thread"]
    _order = "household_id, date_from desc"

    household_id = fields.Many2one(
        "cs.household", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="household_id.company_id", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    tenant_id = fields.Many2one(
        "res.partner", required=True, tracking=True, groups=STAFF
    )
    rent = fields.Monetary(string="Monthly Rent", tracking=True, groups=STAFF)
    date_from = fields.Date(string="Start", required=True, tracking=True)
    date_to = fields.Date(string="End", tracking=True)
    is_current = fields.Boolean(compute="_compute_is_current")
    note = fields.Char(groups=STAFF)

    _dates_ordered = models.Constraint(
        "CHECK (date_to IS NULL OR date_to >= date_from)",
        "A rental cannot end before it starts.",
    )
    _rent_positive = models.Constraint(
        "CHECK (rent >= 0)", "The rent cannot be negative."
    )

    @api.depends("date_from", "date_to")
    def _compute_is_current(self):
        today = fields.Date.context_today(self)
        for tenancy in self:
            tenancy.is_current = tenancy.date_from <= today and (
                not tenancy.date_to or tenancy.date_to >= today
            )

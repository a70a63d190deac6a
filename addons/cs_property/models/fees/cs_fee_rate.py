# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsFeeRate(models.Model):
    """A price of a fee kind for a project, a building or a unit, valid over
    a date range (PM-FEE-1). The most specific rate valid on the first day
    of the billed month applies: unit, then building, then project."""

    _name = "cs.fee.rate"
    _description = "Fee Rate"
    _order = "fee_kind_id, project_id, building_id, unit_id, date_from desc"
    _check_company_auto = True

    fee_kind_id = fields.Many2one(
        "cs.fee.kind", required=True, ondelete="cascade", check_company=True
    )
    billing_method = fields.Selection(related="fee_kind_id.billing_method")
    project_id = fields.Many2one(
        "cs.project", required=True, ondelete="cascade", check_company=True
    )
    building_id = fields.Many2one(
        "cs.building", ondelete="cascade", domain="[('project_id', '=', project_id)]"
    )
    unit_id = fields.Many2one(
        "cs.unit", ondelete="cascade", domain="[('project_id', '=', project_id)]"
    )
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(required=True, default=fields.Date.context_today)
    date_to = fields.Date()
    price_unit = fields.Float(
        string="Unit Price",
        digits="Product Price",
        required=True,
        help="Per m² and month for area-based fees, per unit of quantity for "
        "metered fees, per month for fixed fees.",
    )

    _dates_ordered = models.Constraint(
        "CHECK (date_to IS NULL OR date_to >= date_from)",
        "A rate cannot end before it starts.",
    )
    _price_positive = models.Constraint(
        "CHECK (price_unit >= 0)", "A fee rate cannot be negative."
    )

    @api.constrains("project_id", "building_id", "unit_id")
    def _check_scope(self):
        for rate in self:
            if rate.building_id and rate.building_id.project_id != rate.project_id:
                raise ValidationError(
                    self.env._("The building of a rate must belong to its project.")
                )
            if rate.unit_id and rate.unit_id.project_id != rate.project_id:
                raise ValidationError(
                    self.env._("The unit of a rate must belong to its project.")
                )

    @api.model
    def _rate_table(self, kinds, projects, date):
        """All rates of ``kinds`` in ``projects`` valid on ``date``, in one
        query, as a resolver ``(kind, unit) -> rate``."""
        rates = self.search(
            [
                ("fee_kind_id", "in", kinds.ids),
                ("project_id", "in", projects.ids),
                ("date_from", "<=", date),
                "|",
                ("date_to", "=", False),
                ("date_to", ">=", date),
            ],
            order="date_from, id",
        )
        table = {}
        for rate in rates:
            # Later-starting rates overwrite earlier ones of the same scope.
            key = (
                rate.fee_kind_id.id,
                rate.unit_id.id or rate.building_id.id or rate.project_id.id,
                "unit"
                if rate.unit_id
                else "building"
                if rate.building_id
                else "project",
            )
            table[key] = rate

        def resolve(kind, unit):
            return (
                table.get((kind.id, unit.id, "unit"))
                or table.get((kind.id, unit.building_id.id, "building"))
                or table.get((kind.id, unit.project_id.id, "project"))
            )

        return resolve

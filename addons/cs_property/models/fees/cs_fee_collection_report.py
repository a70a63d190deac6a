# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.tools import SQL

PERIOD_TYPES = [
    ("month", "Month"),
    ("quarter", "Quarter"),
    ("half", "Half-Year"),
    ("year", "Year"),
]


class CsFeeCollectionReport(models.Model):
    """Collection statistics (PM-FEE-4).

    One row per period type, period, fee kind, building and area manager.
    ``billed`` sums the invoice lines (taxes included) of the bills of the
    period (the billed month, or the invoice month for bills outside the
    monthly run); ``collected`` is the part of those bills paid by the end
    of the period (reconciliation date ≤ period end), shared among a bill's
    lines in proportion to their amounts; a later payment never changes a
    closed period's figure. Rate = collected ÷ billed. The figures are
    read from the stored monthly summary ``cs.fee.collection.fact``.
    """

    _name = "cs.fee.collection.report"
    _description = "Fee Collection Statistics"
    _auto = False
    _order = "period_start desc, fee_kind_id"

    period_type = fields.Selection(PERIOD_TYPES, readonly=True)
    period_start = fields.Date(string="Period", readonly=True)
    period_end = fields.Date(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    fee_kind_id = fields.Many2one("cs.fee.kind", readonly=True)
    project_id = fields.Many2one("cs.project", readonly=True)
    building_id = fields.Many2one("cs.building", readonly=True)
    area_manager_id = fields.Many2one("res.users", readonly=True)
    billed = fields.Monetary(readonly=True)
    collected = fields.Monetary(readonly=True)
    outstanding = fields.Monetary(readonly=True)
    collection_rate = fields.Float(
        string="Collection Rate (%)", aggregator="avg", readonly=True
    )
    target_rate = fields.Float(string="Target (%)", aggregator="max", readonly=True)
    shortfall = fields.Boolean(readonly=True)

    @property
    def _table_query(self):
        # Sums the stored monthly summary: a constant cost whatever the
        # number of units (see cs.fee.collection.fact).
        return SQL(
            """
            WITH types(period_type, months) AS (
                VALUES ('month', 1), ('quarter', 3), ('half', 6), ('year', 12)
            ), periods AS (
                SELECT f.*, t.period_type,
                       (date_trunc('year', f.month)
                        + make_interval(months => (
                            (EXTRACT(MONTH FROM f.month)::int - 1) / t.months
                        ) * t.months))::date AS period_start,
                       t.months
                  FROM cs_fee_collection_fact f CROSS JOIN types t
            ), bounded AS (
                SELECT periods.*,
                       (periods.period_start
                        + make_interval(months => periods.months))::date AS next_start
                  FROM periods
            ), facts AS (
                SELECT bounded.*, b.area_manager_id
                  FROM bounded
                  JOIN cs_building b ON b.id = bounded.building_id
                 WHERE bounded.paid_month IS NULL
                    OR bounded.paid_month < bounded.next_start
            )
            SELECT row_number() OVER (
                       ORDER BY c.period_type, c.period_start, c.fee_kind_id,
                                c.building_id, c.area_manager_id) AS id,
                   c.period_type, c.period_start,
                   (c.next_start - 1) AS period_end,
                   c.company_id, c.currency_id, c.fee_kind_id,
                   c.project_id, c.building_id, c.area_manager_id,
                   SUM(c.billed) AS billed,
                   SUM(c.collected) AS collected,
                   SUM(c.billed) - SUM(c.collected) AS outstanding,
                   CASE WHEN SUM(c.billed) = 0 THEN 0
                        ELSE 100.0 * SUM(c.collected) / SUM(c.billed) END
                       AS collection_rate,
                   MAX(k.target_rate) AS target_rate,
                   (SUM(c.billed) > 0 AND 100.0 * SUM(c.collected) / SUM(c.billed)
                       < MAX(k.target_rate) - 0.005) AS shortfall
              FROM facts c
              JOIN cs_fee_kind k ON k.id = c.fee_kind_id
          GROUP BY c.period_type, c.period_start, c.next_start, c.company_id,
                   c.currency_id, c.fee_kind_id, c.project_id, c.building_id,
                   c.area_manager_id
            """
        )

    # The rate of a group is its collected ÷ billed, not the mean of rates.
    @api.model
    def formatted_read_group(self, domain, groupby=(), aggregates=(), *args, **kwargs):
        aggregates = self._cs_rate_aggregates(aggregates)
        groups = super().formatted_read_group(
            domain, groupby, aggregates, *args, **kwargs
        )
        return self._cs_fix_rates(groups)

    @api.model
    def formatted_read_grouping_sets(
        self, domain, grouping_sets, aggregates=(), **kwargs
    ):
        aggregates = self._cs_rate_aggregates(aggregates)
        result = super().formatted_read_grouping_sets(
            domain, grouping_sets, aggregates, **kwargs
        )
        return [self._cs_fix_rates(groups) for groups in result]

    @api.model
    def _cs_rate_aggregates(self, aggregates):
        aggregates = list(aggregates)
        if "collection_rate:avg" in aggregates:
            for spec in ("billed:sum", "collected:sum"):
                if spec not in aggregates:
                    aggregates.append(spec)
        return aggregates

    @api.model
    def _cs_fix_rates(self, groups):
        for group in groups:
            if "collection_rate:avg" in group:
                billed = group.get("billed:sum") or 0.0
                collected = group.get("collected:sum") or 0.0
                group["collection_rate:avg"] = (
                    100.0 * collected / billed if billed else 0.0
                )
        return groups

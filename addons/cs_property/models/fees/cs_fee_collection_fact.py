# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.tools import SQL, sql

# The month a bill belongs to: its billed month, or its invoice month for
# bills made outside the monthly run.
BILL_MONTH = "COALESCE(m.cs_fee_period, date_trunc('month', m.invoice_date)::date)"


class CsFeeCollectionFact(models.Model):
    """Stored monthly summary behind the collection statistics (PM-FEE-4).

    One row per billed month, building and fee kind holds what was billed
    (``paid_month`` empty), and one row per month of payment holds what was
    collected on those bills in that month, shared among a bill's lines in
    proportion to their amounts. The statistics only sum these rows, so
    they cost the same whatever the number of units. Rows of a (month,
    building) are rebuilt in SQL when its bills are posted or cancelled and
    when payments are reconciled with them or unreconciled.
    """

    _name = "cs.fee.collection.fact"
    _description = "Fee Collection Monthly Summary"
    _log_access = False

    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    month = fields.Date(readonly=True, index=True)
    building_id = fields.Many2one("cs.building", readonly=True, index=True)
    project_id = fields.Many2one("cs.project", readonly=True)
    fee_kind_id = fields.Many2one("cs.fee.kind", readonly=True)
    paid_month = fields.Date(readonly=True)
    billed = fields.Monetary(readonly=True)
    collected = fields.Monetary(readonly=True)

    def init(self):
        # On install the bill columns may not exist yet (nor any bill).
        columns = (
            ("account_move", "cs_building_id"),
            ("account_move", "cs_fee_period"),
            ("account_move", "cs_unit_id"),
            ("account_move_line", "cs_fee_kind_id"),
        )
        if all(sql.column_exists(self.env.cr, *column) for column in columns):
            self._cs_refresh_keys(None)

    @api.model
    def _cs_refresh_moves(self, move_ids):
        """Rebuild the rows of the (month, building) pairs of ``move_ids``."""
        if not move_ids:
            return
        self.env["account.move"].flush_model()
        self.env.cr.execute(
            SQL(
                "SELECT DISTINCT %s, m.cs_building_id FROM account_move m "
                "WHERE m.id = ANY(%s) AND m.cs_building_id IS NOT NULL "
                "AND m.invoice_date IS NOT NULL",
                SQL(BILL_MONTH),
                list(move_ids),
            )
        )
        keys = self.env.cr.fetchall()
        if keys:
            self._cs_refresh_keys(keys)

    @api.model
    def _cs_refresh_keys(self, keys):
        """Rebuild the rows of ``keys`` [(month, building_id)], or all rows
        when ``keys`` is None."""
        for model in ("account.move", "account.move.line", "account.partial.reconcile"):
            self.env[model].flush_model()
        if keys is None:
            self.env.cr.execute("TRUNCATE cs_fee_collection_fact")
            scope = SQL("TRUE")
        else:
            months, buildings = (list(col) for col in zip(*keys, strict=True))
            scope = SQL(
                "(%s, m.cs_building_id) IN (SELECT * FROM unnest(%s::date[], %s))",
                SQL(BILL_MONTH),
                months,
                buildings,
            )
            self.env.cr.execute(
                SQL(
                    "DELETE FROM cs_fee_collection_fact f USING unnest("
                    "%s::date[], %s) k(month, building_id) "
                    "WHERE f.month = k.month AND f.building_id = k.building_id",
                    months,
                    buildings,
                )
            )
        self.env.cr.execute(SQL(self._cs_insert_query(), scope=scope))
        self.invalidate_model()

    @api.model
    def _cs_insert_query(self):
        return f"""
            WITH lines AS (
                SELECT l.move_id, l.cs_fee_kind_id, m.company_id, m.currency_id,
                       u.project_id, m.cs_building_id AS building_id,
                       {BILL_MONTH} AS month, l.price_total AS billed,
                       m.amount_total AS move_total
                  FROM account_move_line l
                  JOIN account_move m ON m.id = l.move_id
                  JOIN cs_unit u ON u.id = m.cs_unit_id
                 WHERE l.cs_fee_kind_id IS NOT NULL
                   AND m.state = 'posted' AND m.move_type = 'out_invoice'
                   AND m.cs_building_id IS NOT NULL AND %(scope)s
            ), paid AS (
                SELECT rl.move_id,
                       date_trunc('month', p.max_date)::date AS paid_month,
                       SUM(p.amount) AS amount
                  FROM account_partial_reconcile p
                  JOIN account_move_line rl ON rl.id = p.debit_move_id
                 WHERE rl.move_id IN (SELECT move_id FROM lines)
              GROUP BY rl.move_id, date_trunc('month', p.max_date)
            )
            INSERT INTO cs_fee_collection_fact (
                company_id, currency_id, month, building_id, project_id,
                fee_kind_id, paid_month, billed, collected)
            SELECT company_id, currency_id, month, building_id, project_id,
                   cs_fee_kind_id, NULL, SUM(billed), 0
              FROM lines
          GROUP BY company_id, currency_id, month, building_id, project_id,
                   cs_fee_kind_id
            UNION ALL
            SELECT lines.company_id, lines.currency_id, lines.month,
                   lines.building_id, lines.project_id, lines.cs_fee_kind_id,
                   paid.paid_month, 0,
                   SUM(paid.amount * lines.billed / NULLIF(lines.move_total, 0))
              FROM lines JOIN paid ON paid.move_id = lines.move_id
          GROUP BY lines.company_id, lines.currency_id, lines.month,
                   lines.building_id, lines.project_id, lines.cs_fee_kind_id,
                   paid.paid_month
        """

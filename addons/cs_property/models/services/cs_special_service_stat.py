# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import datetime, time

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

# Day of the month the statistic is prepared; it covers the requests from
# the previous preparation day up to the day before.
STAT_DAY = 28
DIMENSIONS = [
    ("service", "Service"),
    ("department", "Department"),
    ("rating", "Rating"),
]


class CsSpecialServiceStat(models.Model):
    """The monthly special-service statistic prepared on the 28th (PM-SVC-1)."""

    _name = "cs.special.service.stat"
    _description = "Monthly Special-Service Statistic"
    _inherit = ["mail.thread"]
    _order = "date_to desc"

    name = fields.Char(required=True)
    company_id = fields.Many2one("res.company", required=True)
    date_from = fields.Date(required=True)
    date_to = fields.Date(required=True)
    request_count = fields.Integer(string="Requests")
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount_total = fields.Monetary(string="Amount")
    line_ids = fields.One2many(
        "cs.special.service.stat.line", "stat_id", string="Counts"
    )
    xlsx_file = fields.Binary(string="Statistic (XLSX)", attachment=True, readonly=True)
    xlsx_filename = fields.Char()

    _period_uniq = models.Constraint(
        "UNIQUE (company_id, date_from)", "The statistic of a month is prepared once."
    )

    @api.model
    def _cs_period(self, day):
        """The statistic period ending the day before ``day`` (the 28th)."""
        date_to = day - relativedelta(days=1)
        date_from = day - relativedelta(months=1)
        return date_from, date_to

    @api.model
    def _cron_prepare(self, force=False):
        today = fields.Date.context_today(self)
        if today.day != STAT_DAY and not force:
            return self.browse()
        stats = self.browse()
        for company in self.env["res.company"].search([("active", "=", True)]):
            stats |= self._cs_prepare(company, today)
        return stats

    @api.model
    def _cs_prepare(self, company, day):
        date_from, date_to = self._cs_period(day)
        existing = self.search(
            [("company_id", "=", company.id), ("date_from", "=", date_from)]
        )
        if existing:
            return existing
        domain = [
            ("company_id", "=", company.id),
            ("state", "!=", "cancelled"),
            ("request_date", ">=", datetime.combine(date_from, time.min)),
            (
                "request_date",
                "<",
                datetime.combine(date_to, time.min) + relativedelta(days=1),
            ),
        ]
        services = self.env["cs.special.service"].search(domain)
        stat = self.create(
            {
                "name": self.env._(
                    "Special services %(start)s - %(end)s", start=date_from, end=date_to
                ),
                "company_id": company.id,
                "date_from": date_from,
                "date_to": date_to,
                "request_count": len(services),
                "amount_total": sum(services.mapped("price")),
                "line_ids": [(0, 0, vals) for vals in self._cs_line_vals(domain)],
            }
        )
        stat._cs_attach_xlsx()
        return stat

    @api.model
    def _cs_line_vals(self, domain):
        Service = self.env["cs.special.service"]
        none = self.env._("Undefined")
        ratings = dict(Service._fields["rating"]._description_selection(self.env))
        vals = []
        for product, count, amount in Service._read_group(
            domain, ["product_id"], ["__count", "price:sum"]
        ):
            vals.append(self._cs_line("service", product.display_name, count, amount))
        for team, contractor, count, amount in Service._read_group(
            domain, ["team_id", "contractor_id"], ["__count", "price:sum"]
        ):
            label = team.name or contractor.name or none
            vals.append(self._cs_line("department", label, count, amount))
        for rating, count, amount in Service._read_group(
            domain, ["rating"], ["__count", "price:sum"]
        ):
            vals.append(
                self._cs_line("rating", ratings.get(rating) or none, count, amount)
            )
        return vals

    @api.model
    def _cs_line(self, dimension, label, count, amount):
        return {
            "dimension": dimension,
            "label": label,
            "count": count,
            "amount": amount,
        }

    def _cs_attach_xlsx(self):
        for stat in self:
            content, _fmt = self.env["ir.actions.report"]._render_xlsx(
                "cs_property.action_report_cs_special_service_stat_xlsx", stat.ids, None
            )
            stat.write(
                {
                    "xlsx_file": base64.b64encode(content),
                    "xlsx_filename": "%s.xlsx" % stat.name,
                }
            )


class CsSpecialServiceStatLine(models.Model):
    _name = "cs.special.service.stat.line"
    _description = "Special-Service Statistic Count"
    _order = "stat_id, dimension, count desc"

    stat_id = fields.Many2one(
        "cs.special.service.stat", required=True, ondelete="cascade", index=True
    )
    dimension = fields.Selection(DIMENSIONS, required=True)
    label = fields.Char(required=True)
    count = fields.Integer(string="Requests")
    currency_id = fields.Many2one(related="stat_id.currency_id")
    amount = fields.Monetary()

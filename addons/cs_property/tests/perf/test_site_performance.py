# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark of the site jobs (PM-REN-2, PM-SIGN-3).

Run with ``--test-tags /cs_property:TestSitePerformance``. Figures of one
run (2 shared CPU cores, other builds running, PostgreSQL 15)::

    daily inspections (200 units): 202 records, 55 queries, 0.87s
    daily inspections (2000 units): 2002 records, 235 queries, 10.97s
    sign rounds (500 signs): 1 records, 19 queries, 0.24s
    sign rounds (5000 signs): 4 records, 109 queries, 5.86s

The 2,000 inspections carry 16,000 checklist items and the 5,000-sign run
makes a morning and an afternoon round (10,000 checks): the queries grow
only with the ORM's 100-row INSERT batches, never per unit or per sign.
"""

import logging
import time
from datetime import date

from odoo.tests import tagged

from ..common import SiteCommon

_logger = logging.getLogger(__name__)

MONDAY = date(2026, 11, 23)
UNITS = 2000
SIGNS = 5000
# The ORM inserts new rows by batches of 100: at least this many rows
# created per query
ROWS_PER_QUERY = 50


@tagged("post_install", "-at_install", "cs_perf")
class TestSitePerformance(SiteCommon):
    def _bulk_renovations(self, count, tag):
        """``count`` units under renovation, inserted in SQL (the workflow
        is covered by the functional tests)."""
        cr = self.env.cr
        cr.execute(
            """
            WITH units AS (
                INSERT INTO cs_unit (name, building_id, phase_id, project_id,
                                     company_id, status, active, complete_name)
                SELECT %(tag)s || g, %(building)s, %(phase)s, %(project)s,
                       %(company)s, 'occupied', true, %(tag)s || g
                  FROM generate_series(1, %(count)s) g
                RETURNING id
            )
            INSERT INTO cs_pm_renovation (name, company_id, unit_id, building_id,
                                          project_id, owner_id, contractor_id,
                                          date_start, date_end, works, state,
                                          inspector_id)
            SELECT 'BULK-' || id, %(company)s, id, %(building)s, %(project)s,
                   %(owner)s, %(contractor)s, '2026-11-01', '2026-12-31',
                   'Refit', 'in_progress', %(staff)s
              FROM units
            """,
            {
                "tag": tag,
                "count": count,
                "building": self.building.id,
                "phase": self.phase.id,
                "project": self.project.id,
                "company": self.env.company.id,
                "owner": self.owner.id,
                "contractor": self.contractor.id,
                "staff": self.staff.id,
            },
        )
        self.env.invalidate_all()

    def _bulk_signs(self, count, building):
        self.env.cr.execute(
            """
            INSERT INTO cs_pm_sign (name, company_id, category_id, placement_id,
                                    project_id, building_id, quantity, state, active)
            SELECT 'Sign ' || g, %(company)s, %(category)s, %(placement)s,
                   %(project)s, %(building)s, 1, 'in_use', true
              FROM generate_series(1, %(count)s) g
            """,
            {
                "count": count,
                "company": self.env.company.id,
                "category": self.env.ref("cs_property.sign_category_floor").id,
                "placement": self.env.ref("cs_property.sign_placement_high_rise").id,
                "project": self.project.id,
                "building": building.id,
            },
        )
        self.env.invalidate_all()

    def _run(self, label, job):
        self.env.invalidate_all()
        queries = self.env.cr.sql_log_count
        start = time.perf_counter()
        result = job()
        self.env.flush_all()
        elapsed = time.perf_counter() - start
        count = self.env.cr.sql_log_count - queries
        _logger.info(
            "%s: %d records, %d queries, %.2fs", label, len(result), count, elapsed
        )
        return count, result

    def test_daily_inspection_list_queries_per_batch(self):
        """PM-REN-2: the daily list costs the same queries for 200 or 2,000
        units under renovation."""
        Inspection = self.env["cs.pm.renovation.inspection"]
        self._bulk_renovations(UNITS // 10, "S")
        small, first = self._run(
            f"daily inspections ({UNITS // 10} units)",
            lambda: Inspection._cron_daily_inspections(MONDAY),
        )
        self._bulk_renovations(UNITS - UNITS // 10, "L")
        large, second = self._run(
            f"daily inspections ({UNITS} units)",
            lambda: Inspection._cron_daily_inspections(date(2026, 11, 24)),
        )
        self.assertGreaterEqual(len(second), UNITS)
        rows = len(second) + len(second.check_ids)
        # Growth only from the ORM's batches (INSERTs of 100 rows, prefetch
        # of 1,000 records), not one query per unit or per checklist item
        self.assertLess(large, rows / ROWS_PER_QUERY)
        self.assertLess(large, len(second) / 5)
        self.assertLess(small, len(first) / 2)

    def test_sign_rounds_queries_per_batch(self):
        """PM-SIGN-3: creating a round costs the same queries for 500 or
        5,000 signs."""
        Round = self.env["cs.pm.sign.round"]
        other = self.env["cs.building"].create(
            {"name": "Building 9", "phase_id": self.phase.id}
        )
        self.env["cs.pm.sign"].search([("state", "=", "in_use")]).write(
            {"active": False}
        )
        self._bulk_signs(SIGNS // 10, self.building)
        small, _rounds = self._run(
            f"sign rounds ({SIGNS // 10} signs)",
            lambda: Round._cron_create_rounds("morning", MONDAY),
        )
        self._bulk_signs(SIGNS - SIGNS // 10, other)
        large, rounds = self._run(
            f"sign rounds ({SIGNS} signs)",
            lambda: Round._cron_create_rounds("morning", date(2026, 11, 24))
            | Round._cron_create_rounds("afternoon", date(2026, 11, 24)),
        )
        self.assertEqual(len(rounds.check_ids), 2 * SIGNS)
        self.assertLess(large, len(rounds.check_ids) / ROWS_PER_QUERY)
        self.assertLess(small, (SIGNS // 10) / 20)

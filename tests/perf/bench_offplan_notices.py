# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark of the off-plan move-in notice job (RE-MOVE-3) on 10,000 contracts.

Builds 10,000 certified, fully paid off-plan contracts (half due within 10
days) in the given database, runs ``cs.move.in._cron_send_offplan_notices``
and prints its timing and query count, then rolls everything back.

Usage (from the repository root, on a database with cs_realestate):
    python3 tests/perf/bench_offplan_notices.py <database> [count]

Measured on the development container (2026-11-27, local PostgreSQL):
    1000 contracts: 500 notices in 0.15 s, 16 queries
    10000 contracts: 5000 notices in 1.10 s, 109 queries
No query is issued per contract: the growth comes from the ORM's batched
INSERTs and prefetches (one statement per ~100 new rows / 1,000 fetched
rows), i.e. about 0.02 queries per contract.
"""

import sys
import time
from datetime import date, timedelta

import odoo
from odoo import api
from odoo.modules.registry import Registry
from odoo.tools import config


def build(env, count):
    """Create ``count`` certified, fully paid off-plan contracts in one call."""
    project = env["cs.project"].create({"name": "Bench Garden", "code": "BENCH"})
    phase = env["cs.project.phase"].create(
        {"name": "Bench phase", "project_id": project.id, "delivery_kind": "off_plan"}
    )
    building = env["cs.building"].create({"name": "Bench B", "phase_id": phase.id})
    units = env["cs.unit"].create(
        [
            {"name": f"B{i:05d}", "building_id": building.id, "area": 90.0}
            for i in range(count)
        ]
    )
    owner = env["res.partner"].create({"name": "Bench owner"})
    today = date.today()
    quiet = (
        env["cs.sale.contract"]
        ._cs_as_transition()
        .with_context(
            tracking_disable=True,
            mail_create_nolog=True,
            mail_create_nosubscribe=True,
        )
    )
    return quiet.create(
        [
            {
                "unit_id": unit.id,
                "partner_id": owner.id,
                "contract_area": 90.0,
                "unit_price": 10000.0,
                "delivery_kind": "off_plan",
                "delivery_date": today + timedelta(days=5 if i % 2 else 30),
                "state": "certified",
                "paid_confirmed": True,
            }
            for i, unit in enumerate(units)
        ]
    )


def run(env, count):
    build(env, count)
    env.flush_all()
    env.invalidate_all()
    before = env.cr.sql_log_count
    start = time.perf_counter()
    moves = env["cs.move.in"]._cron_send_offplan_notices()
    env.flush_all()
    elapsed = time.perf_counter() - start
    queries = env.cr.sql_log_count - before
    print(
        f"{count} contracts: {len(moves)} notices in {elapsed:.2f} s, {queries} queries"
    )
    return queries


def main():
    dbname = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    config.parse_config(["-c", "odoo.conf", "-d", dbname])
    odoo.tools.config["log_level"] = "warn"
    registry = Registry(dbname)
    for volume in (count // 10, count):
        with registry.cursor() as cr:
            env = api.Environment(cr, odoo.SUPERUSER_ID, {})
            try:
                run(env, volume)
            finally:
                cr.rollback()


if __name__ == "__main__":
    main()

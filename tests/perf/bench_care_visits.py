# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: special-care visit worklist job (PM-VIS-1) on 5,000 households.

Builds N special-care households (one elderly member each, last visited 60
days ago, visit every 30 days) in the given database (cs_property
installed), runs ``cs.household._cron_cs_care_visits_due()`` until no
household is left without its activity, prints the time and the SQL queries
per run, and rolls everything back.

Usage (from the repository root)::

    python3 tests/perf/bench_care_visits.py -d h15_a [-n 5000]

Measured on the development container (PostgreSQL 15, Odoo 19), 2026-11-27:

    500 households:  build 3.6 s; 1 job run, 1.94 s, 31 queries
    5000 households: build 42.1 s; 5 job runs of 1,000 households, 40.35 s
                     in all, queries per run [47, 45, 45, 45, 45]

Each run takes at most 1,000 households (one search, one batch activity
create) and re-triggers the cron while some remain, so the query count per
run does not grow with the number of households.
"""

import argparse
import time
from datetime import timedelta

import odoo
from odoo import fields
from odoo.api import SUPERUSER_ID, Environment
from odoo.modules.registry import Registry


def build(env, count):
    project = env["cs.project"].create(
        {"name": f"Bench Garden {count}", "code": f"BCV{count}"}
    )
    phase = env["cs.project.phase"].create({"name": "P1", "project_id": project.id})
    building = env["cs.building"].create({"name": "B1", "phase_id": phase.id})
    units = env["cs.unit"].create(
        [{"name": f"{i:05d}", "building_id": building.id} for i in range(count)]
    )
    user = env.ref("base.user_admin")
    households = env["cs.household"].create(
        [{"unit_id": unit.id, "user_id": user.id} for unit in units]
    )
    env["cs.household.member"].create(
        [
            {"household_id": h.id, "name": "Elder", "is_elderly_alone": True}
            for h in households
        ]
    )
    today = fields.Date.context_today(households)
    env["cs.visit"].create(
        [{"household_id": h.id, "date": today - timedelta(days=60)} for h in households]
    )
    env.flush_all()
    return households


def run(env, count):
    start = time.perf_counter()
    households = build(env, count)
    created = time.perf_counter() - start
    env.invalidate_all()
    runs = []
    done = env["cs.household"]
    total_start = time.perf_counter()
    while True:
        before = env.cr.sql_log_count
        start = time.perf_counter()
        batch = env["cs.household"]._cron_cs_care_visits_due()
        env.flush_all()
        if not batch:
            break
        runs.append((time.perf_counter() - start, env.cr.sql_log_count - before))
        done |= batch
        env.invalidate_all()
    total = time.perf_counter() - total_start
    print(
        f"{count} households: build {created:.1f} s; {len(runs)} job run(s), "
        f"{total:.2f} s in all, queries per run {[q for _t, q in runs]}, "
        f"{len(done & households)} of the bench given an activity"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("-n", "--count", type=int, default=5000)
    parser.add_argument("-c", "--config", default="odoo.conf")
    args = parser.parse_args()
    odoo.tools.config.parse_config(["-c", args.config])
    registry = Registry(args.database)
    with registry.cursor() as cr:
        env = Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        env["cs.household"]._cron_cs_care_visits_due(batch_size=100000)
        for count in (args.count // 10, args.count):
            run(env, count)
        cr.rollback()


if __name__ == "__main__":
    main()

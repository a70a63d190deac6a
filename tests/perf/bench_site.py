# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: the site jobs (PM-REN-2, PM-SIGN-3).

Builds, in the given database (cs_property installed), N units under
renovation (one application each, in progress, 100 units per building) and
S signs in use (100 per building), then measures:

1. the daily inspection list ``_cron_daily_inspections`` (one inspection
   with its checklist per unit under renovation), at N/10 and N units;
2. the twice-daily sign rounds ``_cron_create_rounds`` (morning, then
   afternoon: one round per building, one check per sign), at S/10 and S
   signs;

prints the time and the SQL queries of each job run, and rolls everything
back.

Usage (from the repository root)::

    python3 tests/perf/bench_site.py -d h14_a [-n 2000] [-s 5000]

Measured on the development container (2 cores shared with other
engineers' builds, PostgreSQL 15, Odoo 19), 2026-11-27, full size:

    200 units under renovation built in 5.3 s
      daily inspection list: 200 records, 59 queries, 1.77 s
      (1600 checklist items)
    2000 units under renovation built in 38.6 s
      daily inspection list: 2000 records, 230 queries, 14.72 s
      (16000 checklist items)
    500 signs in use built in 0.7 s
      morning rounds: 5 records, 19 queries, 0.46 s (500 checks)
      afternoon rounds: 5 records, 11 queries, 0.29 s (500 checks)
    5000 signs in use built in 14.0 s
      morning rounds: 50 records, 56 queries, 4.55 s (5000 checks)
      afternoon rounds: 50 records, 56 queries, 3.17 s (5000 checks)

Ten times the units: 4 times the queries (18,000 rows inserted: 180
INSERTs of 100 rows); ten times the signs: 3 to 5 times the queries (50
rounds and 5,000 checks per slot).

The queries grow only with the ORM's INSERT batches (100 rows per
statement) and prefetch batches (1,000 records), never one query per unit,
per checklist item or per sign.
"""

import argparse
import time
from datetime import date, timedelta

import odoo
from odoo.api import SUPERUSER_ID, Environment
from odoo.modules.registry import Registry

DAY = date(2031, 3, 3)  # a Monday
PER_BUILDING = 100


def buildings(env, count, tag):
    project = env["cs.project"].create({"name": f"Bench {tag}", "code": f"B{tag}"})
    phase = env["cs.project.phase"].create(
        {"name": "P1", "project_id": project.id, "delivery_kind": "existing"}
    )
    return env["cs.building"].create(
        [
            {"name": f"{tag}-{b}", "phase_id": phase.id}
            for b in range(-(-count // PER_BUILDING))
        ]
    )


def build_renovations(env, count, tag):
    units = env["cs.unit"].create(
        [
            {"name": f"{i:05d}", "building_id": building.id}
            for building in buildings(env, count, tag)
            for i in range(PER_BUILDING)
        ][:count]
    )
    owner = env["res.partner"].create({"name": "Bench owner"})
    contractor = env["res.partner"].create({"name": "Bench contractor"})
    staff = env.ref("base.user_admin")
    # The application workflow is covered by the functional tests.
    renovations = (
        env["cs.pm.renovation"]
        ._cs_as_transition()
        .create(
            [
                {
                    "unit_id": unit.id,
                    "owner_id": owner.id,
                    "contractor_id": contractor.id,
                    "date_start": DAY - timedelta(days=10),
                    "date_end": DAY + timedelta(days=60),
                    "works": "Kitchen refit",
                    "inspector_id": staff.id,
                    "state": "in_progress",
                }
                for unit in units
            ]
        )
    )
    env.flush_all()
    return renovations


def build_signs(env, count, tag):
    category = env.ref("cs_property.sign_category_floor")
    placement = env.ref("cs_property.sign_placement_high_rise")
    signs = (
        env["cs.pm.sign"]
        ._cs_as_transition()
        .create(
            [
                {
                    "name": f"Floor sign {i}",
                    "category_id": category.id,
                    "placement_id": placement.id,
                    "project_id": building.project_id.id,
                    "building_id": building.id,
                    "state": "in_use",
                }
                for building in buildings(env, count, tag)
                for i in range(PER_BUILDING)
            ][:count]
        )
    )
    env.flush_all()
    return signs


def measure(env, label, job):
    env.invalidate_all()
    before = env.cr.sql_log_count
    start = time.perf_counter()
    records = job()
    env.flush_all()
    elapsed = time.perf_counter() - start
    queries = env.cr.sql_log_count - before
    print(f"  {label}: {len(records)} records, {queries} queries, {elapsed:.2f} s")
    return records


def run_inspections(env, count, day):
    start = time.perf_counter()
    renovations = build_renovations(env, count, f"R{count}")
    built = time.perf_counter() - start
    print(f"{count} units under renovation built in {built:.1f} s")
    inspections = measure(
        env,
        "daily inspection list",
        lambda: env["cs.pm.renovation.inspection"]._cron_daily_inspections(day),
    )
    print(f"  ({len(inspections.check_ids)} checklist items)")
    stop(env, renovations)


def run_rounds(env, count, day):
    start = time.perf_counter()
    signs = build_signs(env, count, f"S{count}")
    print(f"{count} signs in use built in {time.perf_counter() - start:.1f} s")
    Round = env["cs.pm.sign.round"]
    for slot in ("morning", "afternoon"):
        rounds = measure(
            env,
            f"{slot} rounds",
            lambda slot=slot: Round._cron_create_rounds(slot, day),
        )
        print(f"  ({len(rounds.check_ids)} checks)")
    signs.write({"active": False})


def stop(env, renovations):
    """Out of the next run's scope (SQL: the workflow is not measured)."""
    if not renovations:
        return
    env.flush_all()
    env.cr.execute(
        "UPDATE cs_pm_renovation SET state = 'stopped' WHERE id IN %s",
        [tuple(renovations.ids)],
    )
    env.invalidate_all()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("-n", "--units", type=int, default=2000)
    parser.add_argument("-s", "--signs", type=int, default=5000)
    parser.add_argument("-c", "--config", default="odoo.conf")
    args = parser.parse_args()
    odoo.tools.config.parse_config(["-c", args.config])
    registry = Registry(args.database)
    with registry.cursor() as cr:
        env = Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        # Only the bench's own signs and renovations are in the jobs' scope.
        env["cs.pm.sign"].search([("state", "=", "in_use")]).write({"active": False})
        stop(env, env["cs.pm.renovation"].search([("state", "=", "in_progress")]))
        for offset, count in enumerate((args.units // 10, args.units)):
            run_inspections(env, count, DAY + timedelta(days=offset))
        for offset, count in enumerate((args.signs // 10, args.signs)):
            run_rounds(env, count, DAY + timedelta(days=offset))
        cr.rollback()


if __name__ == "__main__":
    main()

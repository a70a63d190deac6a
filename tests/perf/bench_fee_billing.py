# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: property fees (PM-FEE-2, PM-FEE-3, PM-FEE-4).

Builds N units (100 per building) with an owner, an area-based management
fee and metered water and electricity (two readings per meter) in the given
database (cs_property installed, a chart of accounts loaded), then measures:

1. the billing run: preview, then confirm (chunks of 500 units run inline,
   queries counted per chunk), against Odoo's bare batch
   ``account.move.create`` + ``action_post`` of the same invoices in the
   same chunks, in the same script: ratio = confirm ÷ bare;
2. the overdue ladder job over the N bills in two batches, of N/3 and of
   2N/3 bills: queries per batch;
3. the collection statistics (12 months: the month's bills are copied in
   SQL to the 11 months before, ``--copies`` times per unit, with their
   payments' absence kept): the full rebuild of the stored monthly summary,
   then one grouped read;

and rolls everything back. Run with N and 2N for linearity.

Usage (from the repository root)::

    python3 tests/perf/bench_fee_billing.py -d h13_bench -n 10000
    python3 tests/perf/bench_fee_billing.py -d h13_bench -n 1000 --copies 10

Measured on the development container (2 cores shared with test runs,
PostgreSQL 15, Odoo 19), 2026-11-28; the figures and their reading are in
README ("Fees"). N = 10,000 (the old inline path, one cache for the whole
transaction)::

    10000 units built in 154.1 s
    billing run: preview 17.6 s, confirm 1203.9 s (692.2 s CPU; 10000
      invoices); queries per chunk [3687, 3646, ... 3646]; seconds per
      chunk [29.0, 37.4, 46.4, ... 88.6, 57.7]
    bare create+post 1922.0 s (630.7 s CPU), confirm/bare 0.63 (CPU 1.10),
      (preview+confirm)/bare 0.64
    ladder: 10.8 s, (bills, queries) per batch [(3333, 116), (6674, 161)]
    statistics summary rebuilt from 120000 bills in 2.0 s (3654 rows)
    statistics, 12 months: 0.08 s, 7 queries, 36 groups

The seconds per chunk grew with the chunk's rank at an equal query count:
every chunk billed in one cache. Each inline chunk now starts from an
empty cache, as a queue job does. N = 20,000 with it (``--skip-bare``)::

    20000 units built in 562.7 s
    billing run: preview 43.9 s, confirm 1931.2 s (1164.3 s CPU; 20000
      invoices); queries per chunk [3687, 4181, ... 4180]; seconds per
      chunk [29.7, 32.2, 30.5, ... 74.1, 65.7, 55.1, 65.1]
    ladder: 27.5 s, (bills, queries) per batch [(6666, 191), (13341, 316)]
"""

import argparse
import time
from datetime import date, timedelta

import odoo
from odoo.api import SUPERUSER_ID, Environment
from odoo.fields import Command
from odoo.modules.registry import Registry

MONTH = date(2031, 3, 1)


def build(env, count):
    company = env.company
    project = env["cs.project"].create({"name": f"Bench {count}", "code": f"B{count}"})
    phase = env["cs.project.phase"].create(
        {"name": "P1", "project_id": project.id, "delivery_kind": "existing"}
    )
    buildings = env["cs.building"].create(
        [{"name": f"B{i}", "phase_id": phase.id} for i in range(max(count // 100, 1))]
    )
    partners = env["res.partner"].create([{"name": f"Owner {i}"} for i in range(count)])
    units = env["cs.unit"].create(
        [
            {
                "name": f"{i:05d}",
                "building_id": buildings[i % len(buildings)].id,
                "area": 60 + i % 90,
                "status": "occupied",
            }
            for i in range(count)
        ]
    )
    env["cs.unit.ownership"].create(
        [
            {
                "unit_id": unit.id,
                "partner_ids": [Command.set([partner.id])],
                "date_from": date(2030, 1, 1),
            }
            for unit, partner in zip(units, partners, strict=True)
        ]
    )
    kinds = env["cs.fee.kind"].search(
        [
            ("category", "in", ("management", "water", "electricity")),
            ("company_id", "=", company.id),
        ]
    )
    prices = {"management": 2.8, "water": 4.1, "electricity": 0.62}
    env["cs.fee.rate"].create(
        [
            {
                "fee_kind_id": kind.id,
                "project_id": project.id,
                "date_from": date(2030, 1, 1),
                "price_unit": prices[kind.category],
            }
            for kind in kinds
        ]
    )
    metered = kinds.filtered(lambda k: k.billing_method == "metered")
    meters = env["cs.meter"].create(
        [{"unit_id": u.id, "fee_kind_id": k.id} for u in units for k in metered]
    )
    env["cs.meter.reading"].create(
        [
            {"meter_id": m.id, "date": day, "value": value}
            for m in meters
            for day, value in (
                (MONTH - timedelta(days=5), 100.0),
                (MONTH + timedelta(days=24), 117.0),
            )
        ]
    )
    env.flush_all()
    return project, kinds


def bench_run(env, project, kinds):
    run = env["cs.fee.run"].create(
        {
            "project_id": project.id,
            "period_date": MONTH,
            "invoice_date": MONTH,
            "fee_kind_ids": [Command.set(kinds.ids)],
        }
    )
    start = time.perf_counter()
    run.action_preview()
    env.flush_all()
    preview = time.perf_counter() - start
    chunk_queries, chunk_seconds = [], []
    original = type(run)._cs_bill_chunk

    def counted(self, line_ids):
        before, started = env.cr.sql_log_count, time.perf_counter()
        result = original(self, line_ids)
        env.flush_all()
        chunk_queries.append(env.cr.sql_log_count - before)
        chunk_seconds.append(round(time.perf_counter() - started, 1))
        return result

    type(run)._cs_bill_chunk = counted
    try:
        start, cpu = time.perf_counter(), time.process_time()
        run.action_confirm()
        env.flush_all()
        confirm = (time.perf_counter() - start, time.process_time() - cpu)
    finally:
        type(run)._cs_bill_chunk = original
    return run, preview, confirm, chunk_queries, chunk_seconds


def bench_bare(env, run):
    """Odoo's own batch create + post of the same invoices, same chunks."""
    moves = env["account.move"]
    vals_list = [
        {
            "move_type": "out_invoice",
            "partner_id": line.partner_id.id,
            "invoice_date": MONTH,
            "invoice_line_ids": [
                Command.create(
                    {
                        "product_id": item.fee_kind_id.product_id.id,
                        "name": item.name,
                        "quantity": item.quantity,
                        "price_unit": item.price_unit,
                        "tax_ids": [Command.clear()],
                    }
                )
                for item in line.item_ids
            ],
        }
        for line in run.line_ids
    ]
    env.invalidate_all()
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(vals_list), 500):
        chunk = moves.create(vals_list[i : i + 500])
        chunk.action_post()
        env.flush_all()
    return time.perf_counter() - start, time.process_time() - cpu


def bench_ladder(env, run):
    """Two batches, of a third and of two thirds of the bills: the query
    count of a batch must not depend on its size."""
    bills = run.move_ids
    bills._cs_ladder_write({"cs_dunning_next_date": MONTH})
    env.flush_all()
    env.invalidate_all()
    steps = env["cs.fee.dunning.step"]
    batches = []
    start = time.perf_counter()
    for size in (len(bills) // 3, len(bills)):
        moves = steps._cs_due_moves(MONTH, size)
        before = env.cr.sql_log_count
        steps._cs_advance(moves, MONTH)
        env.flush_all()
        batches.append((len(moves), env.cr.sql_log_count - before))
        env.invalidate_all()
    return time.perf_counter() - start, batches


def copy_months(env, run, copies=1):
    """Copy the month's bills to the 11 months before, in SQL; with
    ``copies`` > 1, each month also gets copies - 1 more bills per unit
    (billed month left empty, so the invoice month counts), which gives
    the volume of ``copies`` times as many units."""
    cr = env.cr
    cr.execute(
        "SELECT array_agg(id) FROM account_move WHERE cs_fee_run_id = %s", [run.id]
    )
    ids = cr.fetchone()[0]
    cr.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = 'account_move' AND column_name NOT IN ('id', 'name', "
        "'cs_fee_period', 'sequence_number', 'date', 'invoice_date')"
    )
    move_cols = [c for (c,) in cr.fetchall()]
    cr.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = 'account_move_line' AND column_name NOT IN ('id', "
        "'move_id')"
    )
    line_cols = [c for (c,) in cr.fetchall()]
    cols = ", ".join(f'"{c}"' for c in move_cols)
    lcols = ", ".join(f'"{c}"' for c in line_cols)
    for back, copy in ((b, c) for b in range(12) for c in range(copies)):
        if not back and not copy:
            continue
        cr.execute(
            f"""
            WITH src AS (SELECT * FROM account_move WHERE id = ANY(%(ids)s)),
            ins AS (
                INSERT INTO account_move
                    ({cols}, name, cs_fee_period, date, invoice_date)
                SELECT {cols}, name || '-' || %(back)s || '-' || %(copy)s,
                       CASE WHEN %(copy)s = 0 THEN
                       (cs_fee_period - make_interval(months => %(back)s))::date
                       END,
                       (date - make_interval(months => %(back)s))::date,
                       (invoice_date - make_interval(months => %(back)s))::date
                  FROM src ORDER BY id
                RETURNING id, cs_unit_id
            ), pairs AS (
                SELECT src.id AS old_id, ins.id AS new_id
                  FROM src JOIN ins ON ins.cs_unit_id = src.cs_unit_id
            )
            INSERT INTO account_move_line ({lcols}, move_id)
            SELECT {", ".join(f'l."{c}"' for c in line_cols)}, pairs.new_id
              FROM account_move_line l JOIN pairs ON pairs.old_id = l.move_id
            """,
            {"ids": ids, "back": back, "copy": copy},
        )


def bench_stats(env, project):
    report = env["cs.fee.collection.report"]
    env.invalidate_all()
    before = env.cr.sql_log_count
    start = time.perf_counter()
    rows = report.formatted_read_group(
        [("period_type", "=", "month"), ("project_id", "=", project.id)],
        ["period_start:month", "fee_kind_id"],
        ["billed:sum", "collected:sum", "collection_rate:avg"],
    )
    return time.perf_counter() - start, env.cr.sql_log_count - before, len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("-n", "--count", type=int, default=10000)
    parser.add_argument("-c", "--config", default="odoo.conf")
    parser.add_argument(
        "--skip-bare",
        action="store_true",
        help="skip Odoo's bare create + post (linearity runs)",
    )
    parser.add_argument(
        "--copies",
        type=int,
        default=1,
        help="bills per unit and month for the statistics (volume of copies × N units)",
    )
    args = parser.parse_args()
    odoo.tools.config.parse_config(["-c", args.config])
    registry = Registry(args.database)
    with registry.cursor() as cr:
        env = Environment(
            cr, SUPERUSER_ID, {"tracking_disable": True, "mail_create_nolog": True}
        )
        start = time.perf_counter()
        project, kinds = build(env, args.count)
        print(f"{args.count} units built in {time.perf_counter() - start:.1f} s")
        run, preview, confirm, chunks, seconds = bench_run(env, project, kinds)
        # Wall time follows the machine's load; the CPU time of this (the
        # Odoo) process much less: both are printed.
        print(
            f"billing run: preview {preview:.1f} s, confirm {confirm[0]:.1f} s "
            f"({confirm[1]:.1f} s CPU; {run.billed_count} invoices); "
            f"queries per chunk {chunks}; seconds per chunk {seconds}"
        )
        if not args.skip_bare:
            bare = bench_bare(env, run)
            print(
                f"bare create+post {bare[0]:.1f} s ({bare[1]:.1f} s CPU), "
                f"confirm/bare {confirm[0] / bare[0]:.2f} "
                f"(CPU {confirm[1] / bare[1]:.2f}), (preview+confirm)/bare "
                f"{(preview + confirm[0]) / bare[0]:.2f}"
            )
        ladder, batches = bench_ladder(env, run)
        print(f"ladder: {ladder:.1f} s, (bills, queries) per batch {batches}")
        copy_months(env, run, args.copies)
        start = time.perf_counter()
        env["cs.fee.collection.fact"]._cs_refresh_keys(None)
        cr.execute("SELECT count(*) FROM cs_fee_collection_fact")
        print(
            f"statistics summary rebuilt from {12 * args.copies * args.count} "
            f"bills in {time.perf_counter() - start:.1f} s "
            f"({cr.fetchone()[0]} rows)"
        )
        stats, queries, rows = bench_stats(env, project)
        print(f"statistics, 12 months: {stats:.2f} s, {queries} queries, {rows} groups")
        cr.rollback()


if __name__ == "__main__":
    main()

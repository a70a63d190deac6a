# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark of the after-sale jobs of cs_realestate on 10,000 contracts.

Builds certified contracts (two buyers each, one overdue instalment each) in
the given database, then measures, for a tenth of the volume and for the
full volume:

- return-visit scheduling (RE-RET-2, ``cs.return.visit._cs_schedule``);
- late-payment interest (RE-BR-1, ``cs.sale.contract._cs_late_interest_map``);
- a holiday greeting by SMS to every buyer (RE-RET-3): queueing the message
  lines, then the queue job handing them to ``sms.sms`` 1,000 at a time.

Everything is rolled back at the end.

Usage (from the repository root, on a database with cs_realestate):
    python3 tests/perf/bench_after_sale.py <database> [contracts]

Measured on the development container (2026-11-27, local PostgreSQL, load
average ~14 on 2 cores shared with other builds, so the times are pessimistic):
    1000 contracts:  visits 4.9 s / 28 queries; interest 0.8 s / 5 queries;
                     greeting to 2,000: queued 5.5 s / 56 queries, 2 batches
                     4.4 s / 57 queries (28 per batch)
    10000 contracts: visits 19.1 s / 212 queries; interest 2.7 s / 23 queries;
                     greeting to 20,000: queued 21.2 s / 431 queries,
                     20 batches 18.1 s / 523 queries (26 per batch)
No query is issued per contract or per customer: the growth is the ORM's
batched INSERTs and 1,000-row prefetches (about 0.02 queries per contract);
each queue batch of 1,000 messages costs the same ~26 queries.
"""

import sys
import time
from datetime import date, timedelta

import odoo
from odoo import api
from odoo.modules.registry import Registry
from odoo.tools import config


def build(env, count):
    """``count`` certified contracts, 2 buyers each, one instalment 30 days late."""
    project = env["cs.project"].create({"name": "Bench After Sale", "code": "BAS"})
    phase = env["cs.project.phase"].create(
        {"name": "Bench phase", "project_id": project.id, "delivery_kind": "existing"}
    )
    building = env["cs.building"].create({"name": "Bench B", "phase_id": phase.id})
    units = env["cs.unit"].create(
        [
            {"name": f"A{i:05d}", "building_id": building.id, "area": 90.0}
            for i in range(count)
        ]
    )
    quiet = {
        "tracking_disable": True,
        "mail_create_nolog": True,
        "mail_create_nosubscribe": True,
    }
    partners = (
        env["res.partner"]
        .with_context(**quiet)
        .create(
            [
                {"name": f"Bench buyer {i}", "phone": f"+86139{i:08d}"}
                for i in range(2 * count)
            ]
        )
    )
    today = date.today()
    contracts = (
        env["cs.sale.contract"]
        ._cs_as_transition()
        .with_context(**quiet)
        .create(
            [
                {
                    "unit_id": unit.id,
                    "partner_id": partners[2 * i].id,
                    "buyer_ids": [(6, 0, [partners[2 * i].id, partners[2 * i + 1].id])],
                    "contract_area": 90.0,
                    "unit_price": 10000.0,
                    "state": "certified",
                    "certified_date": today - timedelta(days=10),
                    "payment_line_ids": [
                        (
                            0,
                            0,
                            {
                                "name": "首付款",
                                "due_date": today - timedelta(days=30),
                                "amount": 100000.0,
                            },
                        ),
                    ],
                }
                for i, unit in enumerate(units)
            ]
        )
    )
    return project, contracts


def measure(env, label, func):
    env.flush_all()
    env.invalidate_all()
    before = env.cr.sql_log_count
    start = time.perf_counter()
    result = func()
    env.flush_all()
    elapsed = time.perf_counter() - start
    queries = env.cr.sql_log_count - before
    print(f"  {label}: {elapsed:.2f} s, {queries} queries")
    return result


def run(env, count):
    print(f"{count} contracts:")
    project, contracts = build(env, count)
    visits = measure(
        env,
        "schedule visits",
        lambda: env["cs.return.visit"]._cs_schedule(contracts.browse(contracts.ids)),
    )
    assert len(visits) == count
    interest = measure(
        env,
        "late-payment interest",
        lambda: contracts.browse(contracts.ids)._cs_late_interest_map(date.today()),
    )
    assert round(sum(interest.values()), 2) == round(count * 1500.0, 2)
    message = env["cs.customer.message"].create(
        {
            "kind": "holiday",
            "channel": "sms",
            "subject": "新春快乐",
            "body": "恭祝您新春快乐!",
            "project_id": project.id,
        }
    )
    measure(env, "queue greeting", message.action_send)
    batches = 0
    start = time.perf_counter()
    before = env.cr.sql_log_count
    while env["cs.customer.message"]._cron_process_queue(batch_size=1000):
        batches += 1
    env.flush_all()
    elapsed = time.perf_counter() - start
    queries = env.cr.sql_log_count - before
    sms = env["sms.sms"].search_count([("body", "=", message.body)])
    print(
        f"  greeting to {sms} customers: {batches} batches in {elapsed:.2f} s, "
        f"{queries} queries ({queries / max(batches, 1):.0f} per batch)"
    )


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

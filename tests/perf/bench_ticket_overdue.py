# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: overdue ticket escalation job (CORE-TKT-3) on 5,000 tickets.

Builds N/10 and then N overdue tickets in the given database (cs_core
installed), runs ``helpdesk.ticket._cron_cs_escalate_overdue()`` until the
backlog is empty, prints the time and the SQL queries per run, and rolls
everything back.

Usage (from the repository root)::

    python3 tests/perf/bench_ticket_overdue.py -d cs_t3 [-n 5000]

Measured on the development container (PostgreSQL 15, Odoo 19), 2026-11-27:

    500 tickets:  create 0.8 s; 1 job run, 0.23 s, 36 queries
    5000 tickets: create 8.3 s; 5 job runs of 1,000 tickets, 2.53 s in all,
                  queries per run [61, 59, 59, 59, 56]

Each run handles at most 1,000 tickets (one search, one batch write, one
batch activity create) and re-triggers the cron while a backlog remains, so
the query count per run is bounded whatever the number of tickets.
"""

import argparse
import time
from datetime import timedelta
from unittest.mock import patch

import odoo
from odoo import fields
from odoo.api import SUPERUSER_ID, Environment
from odoo.modules.registry import Registry


def build_and_run(env, count):
    team = env["helpdesk.ticket.team"].create(
        {"name": "Bench team", "user_id": env.ref("base.user_admin").id}
    )
    start = time.perf_counter()
    tickets = env["helpdesk.ticket"].create(
        [
            {
                "name": f"Bench {i}",
                "description": "<p>bench</p>",
                "team_id": team.id,
                "cs_kind": "inquiry",
            }
            for i in range(count)
        ]
    )
    env.flush_all()
    created = time.perf_counter() - start
    later = fields.Datetime.now() + timedelta(days=400)
    env.invalidate_all()
    with patch.object(fields.Datetime, "now", return_value=later):
        flagged = env["helpdesk.ticket"]
        runs = []
        total_start = time.perf_counter()
        while True:
            queries_before = env.cr.sql_log_count
            start = time.perf_counter()
            batch = env["helpdesk.ticket"]._cron_cs_escalate_overdue()
            env.flush_all()
            if not batch:
                break
            runs.append(
                (time.perf_counter() - start, env.cr.sql_log_count - queries_before)
            )
            flagged |= batch
            env.invalidate_all()
        total = time.perf_counter() - total_start
    ours = len(flagged & tickets)
    print(
        f"{count} tickets: create {created:.1f} s; {len(runs)} job run(s), "
        f"{total:.2f} s in all, queries per run {[q for _t, q in runs]}, "
        f"{ours} of the bench flagged"
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
        # flag what is already overdue so that only the bench tickets count
        with patch.object(
            fields.Datetime,
            "now",
            return_value=fields.Datetime.now() + timedelta(days=400),
        ):
            env["helpdesk.ticket"]._cron_cs_escalate_overdue()
        for count in (args.count // 10, args.count):
            build_and_run(env, count)
        cr.rollback()


if __name__ == "__main__":
    main()

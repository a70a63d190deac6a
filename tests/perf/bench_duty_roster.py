# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: roster generation (CORE-DUTY-1) and swap rule checks (CORE-DUTY-4).

Usage (from the repository root, on a database with cs_core installed)::

    python3 tests/perf/bench_duty_roster.py cs_t5 [agents] [days]

Builds ``agents`` throw-away agents, generates ``days`` days of roster for
them with the roster wizard (pattern M M E E off), then creates and submits
one swap; prints timings and query counts, and rolls everything back.

Measured on 2026-11-27 (this container, PostgreSQL on localhost):
    30 agents × 90 days   →  2160 shifts,  0.84 s,  36 queries
                             (22 of them are the ORM's INSERT batches of 100 rows)
    100 agents × 365 days → 29200 shifts, 14.4 s, 306 queries
    swap create + submit (rules a–e) → 0.11–0.17 s, 77 queries, independent
                             of the roster size
Before restricting the overlap check to neighbouring days it took 49 s for
100 × 365 (the self-join compared every shift of an agent).
"""

# pylint: disable=print-used
import sys
import time
from datetime import date, timedelta

import odoo
from odoo.modules.registry import Registry
from odoo.tools import config


def count_queries(cr):
    return cr.sql_log_count


def find_valid_pair(env, first, second, shifts):
    """First (shift given, return shift) pair that satisfies CORE-DUTY-4."""
    Swap = env["cs.shift.swap"]
    for shift_out in shifts.filtered(lambda s: s.user_id == first)[:10]:
        for shift_return in shifts.filtered(lambda s: s.user_id == second)[:10]:
            try:
                with env.cr.savepoint() as savepoint:
                    Swap.create(
                        {
                            "requester_id": first.id,
                            "counterpart_id": second.id,
                            "shift_out_id": shift_out.id,
                            "shift_return_id": shift_return.id,
                        }
                    )
                    savepoint.rollback()
                    return shift_out, shift_return
            except odoo.exceptions.ValidationError:
                continue
    raise RuntimeError("no valid swap pair in the generated roster")


def main(dbname, agents=30, days=90):
    config.parse_config(["-c", "odoo.conf"])
    registry = Registry(dbname)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": True})
        try:
            group = env.ref("cs_core.group_cs_agent")
            users = env["res.users"].create(
                [
                    {
                        "name": f"Bench Agent {index:03d}",
                        "login": f"bench_duty_agent_{index}",
                        "group_ids": [(6, 0, group.ids)],
                    }
                    for index in range(agents)
                ]
            )
            morning = env.ref("cs_core.shift_type_morning")
            evening = env.ref("cs_core.shift_type_evening")
            start = date(2035, 1, 1)
            wizard = env["cs.duty.roster.wizard"].create(
                {
                    "date_from": start,
                    "date_to": start + timedelta(days=days - 1),
                    "user_ids": [(6, 0, users.ids)],
                    "skip_public_holidays": True,
                    "line_ids": [
                        (0, 0, {"sequence": seq, "shift_type_id": type_id})
                        for seq, type_id in enumerate(
                            [morning.id, morning.id, evening.id, evening.id, False]
                        )
                    ],
                }
            )
            env.flush_all()
            env.invalidate_all()
            queries, started = count_queries(cr), time.perf_counter()
            action = wizard.action_generate()
            env.flush_all()
            elapsed = time.perf_counter() - started
            shifts = env["cs.duty.shift"].browse(action["domain"][0][2])
            print(
                f"roster: {agents} agents x {days} days -> {len(shifts)} shifts, "
                f"{elapsed:.2f} s, {count_queries(cr) - queries} queries"
            )

            first, second = users[0], users[1]
            pair = find_valid_pair(env, first, second, shifts)
            env.invalidate_all()
            queries, started = count_queries(cr), time.perf_counter()
            swap = env["cs.shift.swap"].create(
                {
                    "requester_id": first.id,
                    "counterpart_id": second.id,
                    "shift_out_id": pair[0].id,
                    "shift_return_id": pair[1].id,
                }
            )
            swap.action_submit()
            env.flush_all()
            print(
                f"swap create + submit: {time.perf_counter() - started:.2f} s, "
                f"{count_queries(cr) - queries} queries"
            )
        finally:
            cr.rollback()


if __name__ == "__main__":
    main(
        sys.argv[1],
        *(int(arg) for arg in sys.argv[2:4]),
    )

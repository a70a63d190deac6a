#!/usr/bin/env python3
# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark of the records register (CORE-REC-3, CORE-REC-6) at volume.

Builds a register of RECORDS records (one copy and one handoff each, 1% of
them pending receipts of the archive) and LOANS overdue loans in the given
database, then times:

* "My pending receipts" for an archivist (web_search_read of the list view);
* the overdue-loan reminder cron;

and prints wall time and SQL query counts. Everything is rolled back.

Usage (from the repository root, database with cs_core installed)::

    python3 tests/perf/bench_records.py cs_t4 [RECORDS] [LOANS]

Measured on the dev container (local PostgreSQL, 100,000 records; second
call, caches warm)::

    setup 100000 records (SQL): 8.8 s
    my pending receipts (1000 pending, 80 shown): 0.08 s, 11 queries
    overdue cron, 200 loans: 0.14 s, 39 queries
    overdue cron, 2000 loans: 0.96 s, 115 queries

The cron's queries grow with the ORM's 1,000-record prefetch batches and the
batched activity inserts, not per loan (10x the loans: 3x the queries).
"""

# A command-line benchmark reports on stdout.
# pylint: disable=print-used
import sys
import time
from datetime import timedelta

import odoo
from odoo import fields
from odoo.modules.registry import Registry

LIST_SPEC = {
    "name": {},
    "from_holder_id": {"fields": {"display_name": {}}},
    "to_holder_id": {"fields": {"display_name": {}}},
    "copy_ids": {"fields": {"display_name": {}}},
    "sent_date": {},
    "state": {},
}


def bulk_register(env, count, pending):
    archives = env.ref("cs_core.holder_department_archives")
    cs_dept = env.ref("cs_core.holder_department_cs")
    rtype = env.ref("cs_core.record_type_sale_contract")
    env.cr.execute(
        """
        WITH recs AS (
            INSERT INTO cs_record (name, title, type_id, state, company_id)
            SELECT 'BENCH-' || g, jsonb_build_object('en_US', 'Bench ' || g), %(type)s,
                   'archived', %(company)s
              FROM generate_series(1, %(count)s) g RETURNING id
        ), copies AS (
            INSERT INTO cs_record_copy (record_id, name, kind, party, sequence,
                                        holder_id, company_id)
            SELECT id, 'Original', 'original', 'none', 10, %(cs)s, %(company)s
              FROM recs RETURNING id, record_id
        ), numbered AS (
            SELECT id, record_id, row_number() OVER (ORDER BY id) n FROM copies
        ), handoffs AS (
            INSERT INTO cs_record_handoff (name, company_id, from_holder_id,
                                           to_holder_id, state, sent_by_id, sent_date)
            SELECT 'HO-BENCH-' || n, %(company)s, %(cs)s,
                   %(archive)s,
                   CASE WHEN n <= %(pending)s THEN 'pending' ELSE 'cancelled' END,
                   %(uid)s, now()
              FROM numbered RETURNING id, substring(name from 10)::int n
        )
        INSERT INTO cs_record_handoff_copy_rel (handoff_id, copy_id)
        SELECT h.id, c.id FROM handoffs h JOIN numbered c ON c.n = h.n
        """,
        {
            "type": rtype.id,
            "company": env.company.id,
            "count": count,
            "cs": cs_dept.id,
            "archive": archives.id,
            "pending": pending,
            "uid": env.uid,
        },
    )
    env.invalidate_all()


def bulk_overdue_loans(env, count):
    env.cr.execute(
        """
        INSERT INTO cs_record_loan (name, record_id, copy_id, borrower_id, purpose,
                                    date_due, state, company_id, overdue_notified)
        SELECT 'LN-BENCH-' || r.id, r.id, c.id, %(uid)s, 'bench',
               %(due)s, 'lent', r.company_id, false
          FROM cs_record r JOIN cs_record_copy c ON c.record_id = r.id
         WHERE r.name LIKE 'BENCH-%%'
         ORDER BY r.id LIMIT %(count)s
        """,
        {
            "uid": env.uid,
            "due": fields.Date.today() - timedelta(days=2),
            "count": count,
        },
    )
    env.invalidate_all()


def measure(env, label, func):
    env.flush_all()
    env.invalidate_all()
    queries = env.cr.sql_log_count
    start = time.perf_counter()
    result = func()
    env.flush_all()
    print(
        f"{label}: {time.perf_counter() - start:.2f} s, "
        f"{env.cr.sql_log_count - queries} queries"
    )
    return result


def main(dbname, records=100000, loans=2000):
    odoo.tools.config.parse_config(["-c", "odoo.conf"])
    registry = Registry(dbname)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        archivist = env.ref("cs_core.user_cs_archivist", raise_if_not_found=False)
        if not archivist:
            archivist = env["res.users"].create(
                {
                    "name": "Bench archivist",
                    "login": "bench_archivist",
                    "group_ids": [(6, 0, [env.ref("cs_core.group_cs_archivist").id])],
                }
            )
        start = time.perf_counter()
        bulk_register(env, records, pending=records // 100)
        bulk_overdue_loans(env, loans)
        print(  # noqa: T201 pylint: disable=print-used
            f"setup {records} records (SQL): {time.perf_counter() - start:.1f} s"
        )
        handoffs = env["cs.record.handoff"].with_user(archivist)
        # warm-up: registry, rule and translation caches
        handoffs.web_search_read([("is_my_receipt", "=", True)], LIST_SPEC, limit=80)
        result = measure(
            env,
            f"my pending receipts ({records // 100} pending, 80 shown)",
            lambda: handoffs.web_search_read(
                [("is_my_receipt", "=", True)], LIST_SPEC, limit=80
            ),
        )
        assert result["length"] >= records // 100
        reminded = measure(
            env,
            f"overdue cron, {loans} loans",
            lambda: env["cs.record.loan"]._cron_remind_overdue(),
        )
        assert len(reminded) >= loans
        cr.rollback()


if __name__ == "__main__":
    main(sys.argv[1], *(int(arg) for arg in sys.argv[2:4]))

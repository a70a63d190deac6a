# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from ..common import RecordsCase

# Fields of the "My Pending Receipts" list view.
LIST_SPEC = {
    "name": {},
    "from_holder_id": {"fields": {"display_name": {}}},
    "to_holder_id": {"fields": {"display_name": {}}},
    "copy_ids": {"fields": {"display_name": {}}},
    "sent_by_id": {"fields": {"display_name": {}}},
    "sent_date": {},
    "confirmed_by_id": {"fields": {"display_name": {}}},
    "confirmed_date": {},
    "state": {},
}


@tagged("post_install", "-at_install")
class TestRecordPerformance(RecordsCase):
    def _bulk_register(self, count, pending_to_archive):
        """Insert ``count`` records, each with one copy and one handoff, in
        SQL (the ORM path is covered elsewhere); ``pending_to_archive`` of the
        handoffs are pending receipts of the archive."""
        cr = self.env.cr
        uid = self.env.uid
        cr.execute(
            """
            WITH recs AS (
                INSERT INTO cs_record (name, title, type_id, state, company_id,
                                       create_uid, write_uid, create_date, write_date)
                SELECT 'BULK-' || g, jsonb_build_object('en_US', 'Bulk record ' || g),
                       %(type)s, 'filed',
                       %(company)s, %(uid)s, %(uid)s, now(), now()
                  FROM generate_series(1, %(count)s) g
                RETURNING id
            ), copies AS (
                INSERT INTO cs_record_copy (record_id, name, kind, party, sequence,
                                            holder_id, company_id, create_uid,
                                            write_uid, create_date, write_date)
                SELECT id, 'Original', 'original', 'none', 10, %(holder)s,
                       %(company)s, %(uid)s, %(uid)s, now(), now()
                  FROM recs
                RETURNING id
            ), numbered AS (
                SELECT id, row_number() OVER (ORDER BY id) AS n FROM copies
            ), handoffs AS (
                INSERT INTO cs_record_handoff (name, company_id, from_holder_id,
                                               to_holder_id, state, sent_by_id,
                                               sent_date, create_uid, write_uid,
                                               create_date, write_date)
                SELECT 'HO-BULK-' || n, %(company)s, %(holder)s,
                       CASE WHEN n <= %(pending)s THEN %(archive)s ELSE %(bank)s END,
                       CASE WHEN n <= %(pending)s THEN 'pending' ELSE 'confirmed' END,
                       %(uid)s, now(), %(uid)s, %(uid)s, now(), now()
                  FROM numbered
                RETURNING id, substring(name from 9)::int AS n
            )
            INSERT INTO cs_record_handoff_copy_rel (handoff_id, copy_id)
            SELECT h.id, c.id FROM handoffs h JOIN numbered c ON c.n = h.n
            """,
            {
                "type": self.rtype.id,
                "company": self.env.company.id,
                "uid": uid,
                "count": count,
                "holder": self.cs_dept.id,
                "archive": self.archives.id,
                "bank": self.bank.id,
                "pending": pending_to_archive,
            },
        )
        self.env.invalidate_all()

    def _list_my_receipts(self):
        Handoff = self.env["cs.record.handoff"].with_user(self.archivist)
        return Handoff.web_search_read(
            [("is_my_receipt", "=", True), ("name", "=like", "HO-BULK-%")],
            LIST_SPEC,
            limit=80,
        )

    def test_my_pending_receipts_bounded_queries(self):
        """CORE-REC-3: listing "My pending receipts" in a register of 10,000
        records takes a fixed number of queries."""
        self._bulk_register(10000, pending_to_archive=60)
        self._list_my_receipts()  # warm the registry / rule caches
        self.env.invalidate_all()
        with self.assertQueryCount(default=10):
            result = self._list_my_receipts()
        self.assertEqual(result["length"], 60)
        self.assertEqual(len(result["records"]), 60)
        self.assertTrue(
            all(r["to_holder_id"]["id"] == self.archives.id for r in result["records"])
        )

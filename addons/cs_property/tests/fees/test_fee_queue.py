# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date
from unittest.mock import patch

from odoo.tests import tagged

from odoo.addons.queue_job.tests.common import trap_jobs

from ..common import FeeCommon


@tagged("post_install", "-at_install")
class TestFeeQueue(FeeCommon):
    """The billing run on a job runner: chunks become queue jobs."""

    def _runner(self):
        return patch.object(
            type(self.env["cs.fee.run"]), "_cs_job_runner_available", return_value=True
        )

    def _bills(self):
        return self.env["account.move"].search(
            [
                ("cs_unit_id", "in", (self.unit_a | self.unit_b | self.unit_c).ids),
                ("cs_fee_period", "=", date(2026, 9, 1)),
            ]
        )

    def test_one_job_per_chunk_bills_every_unit_once(self):
        """PM-FEE-2: with a job runner, confirming enqueues one job per
        chunk and bills nothing inline; performing the jobs bills every
        unit exactly once, and a chunk job run twice bills nothing more."""
        self.env["ir.config_parameter"].set_param("cs_property.fee_chunk_size", 2)
        run = self._run()
        run.action_preview()
        with self._runner(), trap_jobs() as trap:
            run.action_confirm()
            trap.assert_jobs_count(2, only=run._cs_bill_chunk)
            trap.assert_jobs_count(1, only=run._cs_finish)
            self.assertFalse(self._bills())
            self.assertEqual(run.state, "running")
            chunks = [call.args[0] for call in trap.calls if call.args]
            trap.perform_enqueued_jobs()
        bills = self._bills()
        self.assertEqual(len(bills), 3)
        self.assertEqual(bills.cs_unit_id, self.unit_a | self.unit_b | self.unit_c)
        self.assertEqual(run.state, "done")
        billed = [line_id for chunk in chunks for line_id in chunk]
        self.assertEqual(sorted(billed), sorted(run.line_ids.ids))
        run._cs_bill_chunk(chunks[0])
        self.assertEqual(self._bills(), bills)
        self.assertEqual(set(run.line_ids.mapped("state")), {"billed"})

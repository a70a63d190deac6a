# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from ..common import FeeCommon


@tagged("post_install", "-at_install")
class TestFeeAccessRpc(HttpCase, FeeCommon):
    """PM-FEE-2, PM-FEE-3: over JSON-RPC an area manager lists and reads
    the bills of his own buildings only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        run = cls.env["cs.fee.run"].create(
            {
                "project_id": cls.project.id,
                "period_date": date(2026, 9, 1),
                "fee_kind_ids": [(6, 0, cls.kind_mgmt.ids)],
                "invoice_date": date(2026, 9, 1),
            }
        )
        run.action_preview()
        run.action_confirm()
        cls.bills = run.move_ids
        cls.area_manager.password = "t_fee_area_rpc_pw"

    def _call(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def test_area_manager_rpc_sees_his_bills_only(self):
        self.authenticate("t_fee_area", "t_fee_area_rpc_pw")
        rows = self._call(
            "account.move",
            "search_read",
            [[("id", "in", self.bills.ids)]],
            {"fields": ["cs_unit_id"]},
        )
        self.assertEqual(
            {row["cs_unit_id"][0] for row in rows}, {self.unit_a.id, self.unit_b.id}
        )
        lines = self._call(
            "account.move.line",
            "search_count",
            [[("move_id", "in", self.bills.ids)]],
        )
        own = self.bills.filtered(lambda m: m.cs_unit_id != self.unit_c)
        self.assertEqual(lines, len(own.line_ids))
        bill_c = self.bills - own
        with self.assertRaises(JsonRpcException) as caught, mute_logger("odoo.http"):
            self._call("account.move", "read", [bill_c.ids, ["amount_total"]])
        self.assertEqual(caught.exception.args[0], "odoo.exceptions.AccessError")

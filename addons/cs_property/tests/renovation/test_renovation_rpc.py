# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger


@tagged("post_install", "-at_install")
class TestRenovationRpc(HttpCase):
    """PM-REN-1, PM-REN-4, PM-SIGN-2: a hostile JSON-RPC client with a
    property staff login can neither approve nor accept by writing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff = new_test_user(
            cls.env,
            login="t_rpc_pm_staff",
            password="t_rpc_pm_staff_pw",
            groups="base.group_user,cs_property.group_pm_staff",
        )
        cls.project = project = cls.env["cs.project"].create(
            {"name": "Harbour", "code": "HBR"}
        )
        phase = cls.env["cs.project.phase"].create(
            {"name": "P1", "project_id": project.id, "delivery_kind": "existing"}
        )
        building = cls.env["cs.building"].create({"name": "B1", "phase_id": phase.id})
        unit = cls.env["cs.unit"].create({"name": "0101", "building_id": building.id})
        cls.renovation = cls.env["cs.pm.renovation"].create(
            {
                "unit_id": unit.id,
                "owner_id": cls.env["res.partner"].create({"name": "Zhou Min"}).id,
                "contractor_id": cls.env["res.partner"].create({"name": "Anju"}).id,
                "date_start": date(2026, 12, 1),
                "date_end": date(2026, 12, 31),
                "works": "Floor tiles",
            }
        )

    def _call(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def _refused(self, error, model, method, args, kwargs=None):
        with self.assertRaises(JsonRpcException) as caught, mute_logger("odoo.http"):
            self._call(model, method, args, kwargs)
        self.assertEqual(caught.exception.args[0], f"odoo.exceptions.{error}")

    def test_rpc_cannot_skip_approval_or_acceptance(self):
        self.authenticate("t_rpc_pm_staff", "t_rpc_pm_staff_pw")
        rid = self.renovation.id
        model = "cs.pm.renovation"
        forged = {"context": {f"cs_workflow_transition:{model}": True}}
        self._refused("UserError", model, "write", [[rid], {"state": "approved"}])
        self._refused("UserError", model, "write", [[rid], {"state": "accepted"}], forged)
        self._call(model, "action_submit", [[rid]])
        self._refused("AccessError", model, "action_approve", [[rid]])
        self._refused("UserError", model, "action_accept", [[rid]])
        self.assertEqual(self.renovation.state, "submitted")
        sign = {
            "name": "Lift",
            "state": "in_use",
            "category_id": self.env.ref("cs_property.sign_category_lift").id,
            "placement_id": self.env.ref("cs_property.sign_placement_high_rise").id,
            "project_id": self.project.id,
        }
        self._refused("UserError", "cs.pm.sign", "create", [sign], forged)

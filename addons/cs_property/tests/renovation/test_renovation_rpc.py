# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from ..common import pm_user


@tagged("post_install", "-at_install")
class TestRenovationRpc(HttpCase):
    """PM-REN-1, PM-REN-4, PM-SIGN-2: a hostile JSON-RPC client with a
    property staff login can neither approve nor accept by writing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff = pm_user(
            cls.env, "t_rpc_pm_staff", "staff", password="t_rpc_pm_staff_pw"
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
                "inspector_id": cls.staff.id,
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
        self._refused(
            "UserError", model, "write", [[rid], {"state": "accepted"}], forged
        )
        self._call(model, "action_submit", [[rid]])
        self._refused("UserError", model, "validate_tier", [[rid]])
        self._refused("UserError", model, "action_start", [[rid]])
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

    def test_rpc_cannot_forge_the_managers_review(self):
        """PM-REN-1, PM-SIGN-2: over JSON-RPC the staff member who submitted
        can neither create nor write review rows, nor pass the manager's
        review through the document or the comment wizard."""
        self.authenticate("t_rpc_pm_staff", "t_rpc_pm_staff_pw")
        rid = self.renovation.id
        model = "cs.pm.renovation"
        self._call(model, "action_submit", [[rid]])
        review = self.renovation.sudo().review_ids
        self.assertEqual(review.status, "pending")
        forged = {"model": model, "res_id": rid, "status": "approved"}
        self._refused("AccessError", "tier.review", "create", [forged])
        self._refused(
            "AccessError",
            "tier.review",
            "create",
            [{"res_id": rid}],
            {"context": {"default_model": model, "default_status": "approved"}},
        )
        self._refused(
            "AccessError", "tier.review", "write", [review.ids, {"status": "approved"}]
        )
        self._refused(
            "AccessError",
            model,
            "write",
            [[rid], {"review_ids": [[1, review.id, {"status": "approved"}]]}],
            {"context": {"skip_validation_check": True}},
        )
        wizard = self._call(
            "comment.wizard",
            "create",
            [
                {
                    "res_model": model,
                    "res_id": rid,
                    "review_ids": [[6, 0, review.ids]],
                    "validate_reject": "validate",
                    "comment": "No conditions",
                }
            ],
        )
        self._refused("AccessError", "comment.wizard", "add_comment", [wizard])
        self._refused("UserError", model, "write", [[rid], {"conditions": "None"}])
        request = self._call(
            "cs.pm.sign.request",
            "create",
            [
                {
                    "reason": "Lift signs",
                    "line_ids": [
                        [
                            0,
                            0,
                            {
                                "name": "Lift",
                                "category_id": self.env.ref(
                                    "cs_property.sign_category_lift"
                                ).id,
                                "placement_id": self.env.ref(
                                    "cs_property.sign_placement_high_rise"
                                ).id,
                                "project_id": self.project.id,
                            },
                        ]
                    ],
                }
            ],
        )
        self._call("cs.pm.sign.request", "action_submit", [[request]])
        self._refused("UserError", "cs.pm.sign.request", "validate_tier", [[request]])
        self.env.invalidate_all()
        self.assertEqual(review.status, "pending")
        self.assertFalse(review.done_by)
        self.assertEqual(self.renovation.state, "submitted")
        self.assertFalse(self.renovation.conditions)
        sign_request = self.env["cs.pm.sign.request"].browse(request)
        self.assertEqual(sign_request.state, "submitted")
        self.assertFalse(sign_request.sign_ids)

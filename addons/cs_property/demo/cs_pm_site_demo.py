# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import api, models
from odoo.tools import file_open


class CsPmSiteDemo(models.AbstractModel):
    """Demo driver: decides approvals as the property manager and walks the
    generated sign rounds as the property staff."""

    _name = "cs.pm.site.demo"
    _description = "Property Site Demo Driver"

    @api.model
    def _cs_demo_sign_round(self, building_xmlid, staff_xmlid):
        """Finish today's morning round of the building with one damaged
        sign (photo, repair ticket) and the other signs OK."""
        building = self.env.ref(building_xmlid)
        staff = self.env.ref(staff_xmlid)
        round_ = self.env["cs.pm.sign.round"].search(
            [("building_id", "=", building.id), ("slot", "=", "morning")],
            order="date desc",
            limit=1,
        )
        if not round_ or round_.state != "todo" or not round_.check_ids:
            return False
        with file_open("cs_property/static/description/icon.png", "rb") as image:
            photo = base64.b64encode(image.read())
        round_.check_ids[:1].write(
            {"result": "damaged", "photo": photo, "note": "面板开裂，字迹脱落"}
        )
        return round_.with_user(staff).action_done()

    @api.model
    def _cs_demo_review(self, xmlids, user_xmlid, comment=None, approve=True):
        """Validate (or reject) the pending approval of the documents as the
        user, through base_tier_validation's buttons and comment wizard."""
        user = self.env.ref(user_xmlid)
        for xmlid in xmlids:
            document = self.env.ref(xmlid).with_user(user)
            action = document.validate_tier() if approve else document.reject_tier()
            if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
                wizard = (
                    self.env["comment.wizard"]
                    .with_user(user)
                    .with_context(**action["context"])
                    .create({"comment": comment})
                )
                wizard.add_comment()
        return True

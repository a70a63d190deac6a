# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import date

from odoo.tests import new_test_user

from odoo.addons.base.tests.common import BaseCommon

# 1x1 PNG standing in for a photo or a drawn signature
PNG = base64.b64encode(
    base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChw"
        "GA60e6kgAAAABJRU5ErkJggg=="
    )
)
MONDAY = date(2026, 11, 23)
SATURDAY = date(2026, 11, 28)
SUNDAY = date(2026, 11, 29)


class SiteCommon(BaseCommon):
    """Estate, property roles and helpers for the site work tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls.env["cs.project"].create({"name": "Riverside", "code": "RVS"})
        cls.phase = cls.env["cs.project.phase"].create(
            {
                "name": "Phase 1",
                "project_id": cls.project.id,
                "delivery_kind": "existing",
            }
        )
        cls.building = cls.env["cs.building"].create(
            {"name": "Building 8", "phase_id": cls.phase.id, "floor_count": 18}
        )
        cls.units = cls.env["cs.unit"].create(
            [
                {"name": f"0{n}01", "building_id": cls.building.id, "floor": n}
                for n in range(1, 6)
            ]
        )
        cls.owner = cls.env["res.partner"].create({"name": "Chen Guoqiang"})
        cls.contractor = cls.env["res.partner"].create(
            {"name": "Jiahe Decoration Co.", "is_company": True}
        )
        base = "base.group_user,cs_property."
        cls.staff = new_test_user(
            cls.env, login="t_site_staff", groups=base + "group_pm_staff"
        )
        cls.assistant = new_test_user(
            cls.env, login="t_site_assistant", groups=base + "group_pm_assistant"
        )
        cls.manager = new_test_user(
            cls.env, login="t_site_manager", groups=base + "group_pm_manager"
        )
        cls.agent = new_test_user(
            cls.env,
            login="t_site_agent",
            groups="base.group_user,cs_core.group_cs_agent",
        )
        cls.plain = new_test_user(
            cls.env, login="t_site_plain", groups="base.group_user"
        )
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {"name": "Engineering", "user_ids": [(6, 0, cls.agent.ids)]}
        )

    @classmethod
    def _renovation(cls, unit, **vals):
        return cls.env["cs.pm.renovation"].create(
            {
                "unit_id": unit.id,
                "owner_id": cls.owner.id,
                "contractor_id": cls.contractor.id,
                "date_start": MONDAY,
                "date_end": date(2026, 12, 31),
                "works": "Kitchen and bathroom refit",
                "inspector_id": cls.staff.id,
                **vals,
            }
        )

    @classmethod
    def _in_progress(cls, unit):
        renovation = cls._renovation(unit)
        renovation.with_user(cls.staff).action_submit()
        cls._review(renovation, cls.manager)
        renovation.with_user(cls.staff).action_start()
        return renovation

    @classmethod
    def _review(cls, document, user, comment="No additional conditions", approve=True):
        """Validate or reject as ``user`` through the tier validation buttons
        and, when the tier asks for one, the comment wizard."""
        document = document.with_user(user)
        action = document.validate_tier() if approve else document.reject_tier()
        if isinstance(action, dict) and action.get("res_model") == "comment.wizard":
            cls.env["comment.wizard"].with_user(user).with_context(
                **action["context"]
            ).create({"comment": comment}).add_comment()

    def _photo(self):
        # Uploaded by the inspector, as in the form
        return (
            self.env["ir.attachment"]
            .with_user(self.staff)
            .create({"name": "site.png", "datas": PNG, "mimetype": "image/png"})
        )

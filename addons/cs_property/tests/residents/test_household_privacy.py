# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from ..common import CsResidentCase


@tagged("post_install", "-at_install")
class TestHouseholdPrivacy(CsResidentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member = cls.env["cs.household.member"].create(
            {
                "household_id": cls.household.id,
                "name": "王奶奶",
                "relation": "grandparent",
                "occupation": "退休教师",
                "employer": "实验小学",
                "skills": "剪纸",
                "hobbies": "太极",
                "is_elderly_alone": True,
            }
        )
        cls.tenancy = cls.env["cs.household.tenancy"].create(
            {
                "household_id": cls.households[1].id,
                "tenant_id": cls.owners[5].id,
                "rent": 3800,
                "date_from": "2025-01-01",
            }
        )

    def test_file_gathers_owners_members_rental_and_structure(self):
        """PM-RES-1: the file shows the owners from the ownership history,
        members with the special-care flag, rentals and the unit's structure."""
        household = self.household.with_user(self.staff)
        self.assertEqual(household.owner_ids, self.owners[0])
        self.assertEqual(household.ownership_ids, self.household.unit_id.ownership_ids)
        self.assertEqual(household.member_ids.occupation, "退休教师")
        self.assertTrue(household.special_care)
        household.write({"quality_note": "卫生间渗水已修复"})
        self.assertEqual(household.quality_note, "卫生间渗水已修复")
        rental = self.households[1].with_user(self.staff).tenancy_ids
        self.assertEqual((rental.tenant_id, rental.rent), (self.owners[5], 3800))
        self.assertTrue(rental.is_current)

    def test_agent_and_portal_read_nothing(self):
        """PM-RES-1: neither a real-estate agent nor a portal user reads the
        household file, its members, rentals or visits through the ORM."""
        for user in (self.agent, self.portal):
            for records in (self.household, self.member, self.tenancy):
                with self.assertRaises(AccessError):
                    records.with_user(user).read(["company_id"])
            with self.assertRaises(AccessError):
                self.env["cs.visit"].with_user(user).search([])
        with self.assertRaises(AccessError):
            self.household.unit_id.with_user(self.agent).read(["household_ids"])

    def test_other_company_staff_reads_nothing(self):
        """PM-RES-1: record rules keep files inside the staff member's company."""
        other = self.env["res.company"].create({"name": "Other Property Co."})
        self.staff.write({"company_ids": [(4, other.id)], "company_id": other.id})
        visible = (
            self.env["cs.household"]
            .with_user(self.staff)
            .with_context(allowed_company_ids=[other.id])
            .search([("id", "in", self.households.ids)])
        )
        self.assertFalse(visible)

    def test_member_changes_are_tracked(self):
        """PM-RES-1: who changed what in a member's data is tracked."""
        # changes made in the creating transaction aren't tracked
        self.env.cr.precommit.run()
        self.member.with_user(self.staff).write({"employer": "社区老年大学"})
        self.env.cr.precommit.run()  # tracking values are written at commit
        tracking = self.member.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "employer"
        )
        self.assertEqual(tracking.old_value_char, "实验小学")
        self.assertEqual(tracking.new_value_char, "社区老年大学")
        self.assertEqual(tracking.mail_message_id.author_id, self.staff.partner_id)

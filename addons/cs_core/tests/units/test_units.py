# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, TransactionCase, tagged
from odoo.tools import mute_logger

from ..common import CsCoreCommon


@tagged("post_install", "-at_install")
class TestUnits(CsCoreCommon):
    def test_complete_name_shows_project_building_unit(self):
        """CORE-UNIT-1: a unit's full name shows project / building / unit."""
        self.assertEqual(self.unit.complete_name, "Lakeside Garden / Building 1 / 0301")
        self.assertEqual(self.unit.display_name, self.unit.complete_name)
        self.assertEqual(self.unit.project_id, self.project)
        self.assertEqual(self.unit.phase_id, self.phase)
        self.building.name = "Building 2"
        self.assertEqual(self.unit.complete_name, "Lakeside Garden / Building 2 / 0301")

    def test_unit_found_by_full_name(self):
        """CORE-UNIT-1: units are searchable by their full name."""
        found = self.env["cs.unit"].name_search("Building 1 / 0301")
        self.assertIn(self.unit.id, [row[0] for row in found])

    def test_unit_number_unique_in_building(self):
        """CORE-UNIT-1: the same unit number cannot appear twice in a building."""
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self.env["cs.unit"].create(
                {"name": "0301", "building_id": self.building.id}
            )
            self.env.flush_all()

    def test_unit_with_owners_cannot_be_deleted(self):
        """CORE-UNIT-2: a unit with ownership history can't be deleted."""
        self.env["cs.unit.ownership"].create(
            {"unit_id": self.unit.id, "partner_ids": [(6, 0, self.owner_a.ids)]}
        )
        with self.assertRaisesRegex(UserError, "ownership history"):
            self.unit.unlink()
        self.assertTrue(self.unit.exists())

    def test_unit_without_owners_can_be_deleted(self):
        """CORE-UNIT-2: an unused unit can be deleted by the administrator."""
        spare = self.env["cs.unit"].create(
            {"name": "0302", "building_id": self.building.id}
        )
        spare.with_user(self.users["admin"]).unlink()
        self.assertFalse(spare.exists())

    def test_new_owner_closes_previous_period(self):
        """CORE-UNIT-2: registering a new owner closes the open period."""
        Ownership = self.env["cs.unit.ownership"]
        first = Ownership.create(
            {
                "unit_id": self.unit.id,
                "partner_ids": [(6, 0, (self.owner_a | self.owner_b).ids)],
                "date_from": date(2020, 5, 1),
            }
        )
        self.assertEqual(self.unit.owner_ids, self.owner_a | self.owner_b)
        second = Ownership.create(
            {
                "unit_id": self.unit.id,
                "partner_ids": [(6, 0, self.owner_c.ids)],
                "date_from": date(2024, 3, 15),
                "acquisition": "resale",
            }
        )
        self.assertEqual(first.date_to, date(2024, 3, 14))
        self.assertFalse(second.date_to)
        self.assertEqual(self.unit.owner_ids, self.owner_c)
        self.assertEqual(self.owner_c.cs_unit_ids, self.unit)
        self.assertFalse(self.owner_a.cs_unit_ids)
        self.assertEqual(self.owner_a.cs_ownership_ids, first)

    def test_overlapping_periods_refused(self):
        """CORE-UNIT-2: overlapping ownership periods are refused."""
        Ownership = self.env["cs.unit.ownership"]
        Ownership.create(
            {
                "unit_id": self.unit.id,
                "partner_ids": [(6, 0, self.owner_a.ids)],
                "date_from": date(2020, 1, 1),
                "date_to": date(2022, 12, 31),
            }
        )
        with self.assertRaisesRegex(ValidationError, "overlaps"):
            Ownership.create(
                {
                    "unit_id": self.unit.id,
                    "partner_ids": [(6, 0, self.owner_b.ids)],
                    "date_from": date(2022, 6, 1),
                    "date_to": date(2023, 6, 1),
                }
            )
        # A back-dated open period that starts inside a closed one overlaps too.
        with self.assertRaisesRegex(ValidationError, "overlaps"):
            Ownership.create(
                {
                    "unit_id": self.unit.id,
                    "partner_ids": [(6, 0, self.owner_b.ids)],
                    "date_from": date(2021, 1, 1),
                }
            )

    def test_period_cannot_end_before_start(self):
        """CORE-UNIT-2: an ownership period ends after it starts."""
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self.env["cs.unit.ownership"].create(
                {
                    "unit_id": self.unit.id,
                    "partner_ids": [(6, 0, self.owner_a.ids)],
                    "date_from": date(2022, 1, 1),
                    "date_to": date(2021, 1, 1),
                }
            )
            self.env.flush_all()

    def test_unit_form_creates_unit(self):
        """CORE-UNIT-1: the unit form creates a unit in a building."""
        with Form(self.env["cs.unit"].with_user(self.users["supervisor"])) as form:
            form.name = "1203"
            form.building_id = self.building
            form.area = 120.0
        unit = form.record
        self.assertEqual(unit.project_id, self.project)
        self.assertEqual(unit.status, "unsold")

    def test_project_counts_and_opens_units(self):
        """CORE-UNIT-1: a project's units are listed from the project."""
        self.assertEqual(self.project.unit_count, 1)
        self.assertEqual(self.building.unit_count, 1)
        action = self.project.action_open_units()
        self.assertEqual(self.env["cs.unit"].search(action["domain"]), self.unit)


@tagged("post_install", "-at_install")
class TestUnitAccess(CsCoreCommon):
    def test_agent_reads_but_cannot_edit_units(self):
        """CORE-ROLE-2: agents read units; only supervisors and up edit them."""
        agent_unit = self.unit.with_user(self.users["agent"])
        self.assertEqual(agent_unit.complete_name, self.unit.complete_name)
        with self.assertRaises(AccessError):
            agent_unit.write({"area": 10})
        with self.assertRaises(AccessError):
            self.env["cs.unit"].with_user(self.users["agent"]).create(
                {"name": "9999", "building_id": self.building.id}
            )
        self.unit.with_user(self.users["supervisor"]).write({"status": "sold"})
        self.assertEqual(self.unit.status, "sold")

    def test_only_admin_deletes_and_configures_projects(self):
        """CORE-ROLE-2: project configuration is for the CS manager/administrator."""
        with self.assertRaises(AccessError):
            self.env["cs.project"].with_user(self.users["supervisor"]).create(
                {"name": "X", "code": "X"}
            )
        spare = self.env["cs.unit"].create(
            {"name": "0909", "building_id": self.building.id}
        )
        with self.assertRaises(AccessError):
            spare.with_user(self.users["manager"]).unlink()

    def test_functional_roles_read_only(self):
        """CORE-ROLE-2: archivist, finance, legal and GM read the location tree only."""
        for role in ("archivist", "finance", "legal", "gm"):
            unit = self.unit.with_user(self.users[role])
            self.assertTrue(unit.complete_name)
            with self.assertRaises(AccessError):
                unit.write({"floor": 4})

    def test_portal_and_public_have_no_access(self):
        """CORE-ROLE-2: portal and public users can't read units or owners' history."""
        public = self.env.ref("base.public_user")
        for user in (self.portal_user, public):
            for model in ("cs.project", "cs.building", "cs.unit", "cs.unit.ownership"):
                with self.assertRaises(AccessError):
                    self.env[model].with_user(user).search([])

    def test_other_company_units_hidden(self):
        """CORE-ROLE-2: units of another company are not visible."""
        other = self.env["res.company"].create({"name": "Other Property Co."})
        project = self.env["cs.project"].create(
            {"name": "Elsewhere", "code": "ELS", "company_id": other.id}
        )
        phase = self.env["cs.project.phase"].create(
            {"name": "P1", "project_id": project.id}
        )
        building = self.env["cs.building"].create({"name": "B9", "phase_id": phase.id})
        unit = self.env["cs.unit"].create({"name": "0101", "building_id": building.id})
        visible = self.env["cs.unit"].with_user(self.users["agent"]).search([])
        self.assertIn(self.unit, visible)
        self.assertNotIn(unit, visible)


@tagged("post_install", "-at_install")
class TestUnitTracking(TransactionCase):
    """Runs with the mail features on (BaseCommon switches tracking off)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        project = cls.env["cs.project"].create({"name": "Tracked", "code": "TRK"})
        phase = cls.env["cs.project.phase"].create(
            {"name": "P1", "project_id": project.id}
        )
        cls.building = cls.env["cs.building"].create(
            {"name": "B1", "phase_id": phase.id}
        )

    def test_status_change_is_tracked(self):
        """CORE-UNIT-1: status changes are tracked in the chatter."""
        unit = self.env["cs.unit"].create(
            {"name": "0501", "building_id": self.building.id}
        )
        self.env.flush_all()
        # changes made in the creating transaction aren't tracked
        self.env.cr.precommit.run()
        unit.status = "sold"
        self.env.flush_all()
        self.env.cr.precommit.run()  # tracking values are written at commit
        tracking = self.env["mail.tracking.value"].search(
            [
                ("mail_message_id.model", "=", "cs.unit"),
                ("mail_message_id.res_id", "=", unit.id),
                ("field_id.name", "=", "status"),
            ]
        )
        self.assertTrue(tracking)
        self.assertEqual(tracking[0].old_value_char, "Unsold")
        self.assertEqual(tracking[0].new_value_char, "Sold")

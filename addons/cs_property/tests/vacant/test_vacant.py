# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import MONDAY, SiteCommon


@tagged("post_install", "-at_install")
class TestVacant(SiteCommon, PdfAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Vacant = cls.env["cs.pm.vacant.unit"]
        cls.leak = cls.env.ref("cs_property.finding_kind_leak")
        cls.leak.team_id = cls.team
        cls.window = cls.env.ref("cs_property.finding_kind_window")
        cls.window.team_id = cls.env["helpdesk.ticket.team"].create(
            {"name": "Security"}
        )

    def test_register_from_unit_status_and_by_hand(self):
        """PM-VAC-1: vacant units enter the register from their status and
        by hand, once; they leave it when no longer vacant."""
        self.units[:2].write({"status": "vacant"})
        created = self.Vacant._cron_sync_from_units()
        self.assertEqual(created.unit_id & self.units, self.units[:2])
        self.assertFalse(self.Vacant._cron_sync_from_units())
        manual = self.Vacant.with_user(self.staff).create(
            {"unit_id": self.units[2].id, "key_holder": "Service centre key box"}
        )
        self.assertEqual(manual.source, "manual")
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
            self.Vacant.create({"unit_id": self.units[2].id})
        self.units[0].status = "occupied"
        self.Vacant._cron_sync_from_units()
        self.assertFalse(created.filtered(lambda v: v.unit_id == self.units[0]).active)
        self.assertTrue(manual.active)

    def test_patrol_finding_opens_one_ticket_for_its_department(self):
        """PM-VAC-1: each finding of a patrol opens one ticket for the
        department of its kind; agents of that team see it."""
        vacant = self.Vacant.create({"unit_id": self.units[3].id})
        patrol = (
            self.env["cs.pm.vacant.patrol"]
            .with_user(self.staff)
            .create(
                {
                    "vacant_unit_id": vacant.id,
                    "date": MONDAY,
                    "time_in": 9.5,
                    "time_out": 9.75,
                    "doors_windows_ok": False,
                    "finding_ids": [
                        (
                            0,
                            0,
                            {
                                "kind_id": self.leak.id,
                                "description": "Water under the sink",
                            },
                        ),
                        (
                            0,
                            0,
                            {
                                "kind_id": self.window.id,
                                "description": "Balcony window open",
                            },
                        ),
                    ],
                }
            )
        )
        patrol.action_done()
        leak, window = patrol.finding_ids
        self.assertEqual(leak.ticket_id.team_id, self.team)
        self.assertEqual(leak.ticket_id.cs_unit_id, self.units[3])
        self.assertEqual(leak.ticket_id.cs_severity, "major")
        self.assertEqual(window.ticket_id.team_id, self.window.team_id)
        self.assertNotEqual(leak.ticket_id, window.ticket_id)
        agent_tickets = (
            self.env["helpdesk.ticket"]
            .with_user(self.agent)
            .search([("id", "in", (leak.ticket_id | window.ticket_id).ids)])
        )
        self.assertEqual(agent_tickets, leak.ticket_id)
        with self.assertRaises(UserError):
            patrol.action_done()
        with self.assertRaises(UserError):
            patrol.write({"note": "changed"})
        with self.assertRaises(AccessError):
            self.env["cs.pm.vacant.patrol"].with_user(self.plain).search([])
        self.assertPdfContains(
            "cs_property.action_report_vacant_patrol",
            patrol,
            "Water under the sink",
            leak.ticket_id.number,
        )
        self.assertPdfContains(
            "cs_property.action_report_vacant_sign_in",
            vacant,
            vacant.unit_id.name,
            self.staff.name,
            "09:30",
        )

    def test_register_pdf(self):
        """PM-VAC-1, PM-KPI-2: the vacant-unit register prints every unit."""
        vacant = self.Vacant.create(
            [
                {"unit_id": self.units[0].id, "key_holder": "Key box 12"},
                {"unit_id": self.units[1].id, "contact_phone": "13800138000"},
            ]
        )
        self.assertPdfContains(
            "cs_property.action_report_vacant_register",
            vacant,
            "Key box 12",
            "13800138000",
        )

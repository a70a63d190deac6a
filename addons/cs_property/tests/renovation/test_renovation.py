# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import timedelta

import openpyxl

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import MONDAY, PNG, SATURDAY, SUNDAY, SiteCommon


@tagged("post_install", "-at_install")
class TestRenovation(SiteCommon, PdfAssertions):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Inspection = cls.env["cs.pm.renovation.inspection"]
        cls.working = cls._in_progress(cls.units[0]) | cls._in_progress(cls.units[1])
        cls.draft = cls._renovation(cls.units[2])
        cls.approved = cls._renovation(cls.units[3])
        cls.approved.with_user(cls.staff).action_submit()
        cls._review(cls.approved, cls.manager)

    def _inspect(self, renovation, day=MONDAY):
        return self.Inspection.with_user(self.staff).create(
            {"renovation_id": renovation.id, "date": day}
        )

    def _major(self, inspection, photo=True):
        return (
            self.env["cs.pm.renovation.violation"]
            .with_user(self.staff)
            .create(
                {
                    "inspection_id": inspection.id,
                    "kind": "load_bearing",
                    "description": "Opening cut in the load-bearing wall",
                    "photo_ids": [(6, 0, self._photo().ids)] if photo else [],
                }
            )
        )

    def test_daily_list_has_exactly_the_units_under_renovation(self):
        """PM-REN-2: every working day each unit under renovation (and only
        those) gets one inspection, assigned to its inspector."""
        other = self.env["cs.pm.renovation"].search(
            [("state", "=", "in_progress"), ("id", "not in", self.working.ids)]
        )
        inspections = self.Inspection._cron_daily_inspections(MONDAY)
        self.assertEqual(inspections.renovation_id, self.working | other)
        self.assertEqual(
            inspections.filtered(
                lambda i: i.renovation_id in self.working
            ).inspector_id,
            self.staff,
        )
        self.assertTrue(inspections.check_ids, "the checklist is copied in")
        self.assertFalse(self.Inspection._cron_daily_inspections(MONDAY))
        self.assertFalse(self.Inspection._cron_daily_inspections(SUNDAY))

    def test_major_violation_needs_photos_and_issues_notice(self):
        """PM-REN-2: a major violation needs photos and produces a
        rectification notice with a deadline and a follow-up; a minor one
        fixed on the spot is only noted."""
        inspection = self._inspect(self.working[0])
        self._major(inspection, photo=False)
        self.env["cs.pm.renovation.violation"].with_user(self.staff).create(
            {
                "inspection_id": inspection.id,
                "kind": "debris",
                "description": "Bags in the corridor",
                "fixed_on_spot": True,
            }
        )
        with self.assertRaises(UserError):
            inspection.with_user(self.staff).action_done()
        inspection.violation_ids.filtered("is_major").photo_ids = self._photo()
        inspection.with_user(self.staff).action_done()
        notice = self.working[0].notice_ids
        self.assertEqual(len(notice), 1)
        self.assertEqual(notice.deadline, MONDAY + timedelta(days=3))
        self.assertEqual(notice.violation_ids.kind, "load_bearing")
        self.assertEqual(notice.activity_ids.user_id, self.staff)
        self.assertEqual(notice.activity_ids.date_deadline, notice.deadline)
        self.assertPdfContains(
            "cs_property.action_report_rectification_notice",
            notice,
            notice.name,
            "Opening cut in the load-bearing wall",
        )
        self.assertPdfContains(
            "cs_property.action_report_renovation_inspection",
            inspection,
            "Bags in the corridor",
            "Load-bearing walls, beams and columns intact",
        )

    def test_reinspection_clears_the_notice(self):
        """PM-REN-2: the notice stays open until a re-inspection finds the
        violations rectified; acceptance waits for it."""
        renovation = self.working[0]
        inspection = self._inspect(renovation)
        self._major(inspection)
        inspection.with_user(self.staff).action_done()
        notice = renovation.notice_ids
        with self.assertRaises(UserError):
            renovation.with_user(self.staff).action_request_completion()
        action = notice.with_user(self.staff).action_reinspect()
        first = self.Inspection.browse(action["res_id"])
        first.with_user(self.staff).action_done()
        self.assertEqual(notice.state, "open")
        second = self.Inspection.browse(
            notice.with_user(self.staff).action_reinspect()["res_id"]
        )
        second.with_user(self.staff).notice_cleared = True
        second.with_user(self.staff).action_done()
        self.assertEqual(notice.state, "cleared")
        self.assertEqual(notice.cleared_date, second.date)
        self.assertFalse(notice.activity_ids)
        renovation.with_user(self.staff).action_request_completion()
        self.assertEqual(renovation.state, "completion")

    def test_acceptance_needs_both_signatures_and_files_the_record(self):
        """PM-REN-4: the acceptance form is signed by owner and contractor;
        then the renovation file goes to the archivist (CORE-REC)."""
        renovation = self.working[1]
        renovation.with_user(self.staff).action_request_completion()
        renovation.with_user(self.staff).write(
            {"owner_signature": PNG, "acceptance_note": "Works match the approval"}
        )
        with self.assertRaises(UserError):
            renovation.with_user(self.staff).action_accept()
        renovation.with_user(self.staff).contractor_signature = PNG
        renovation.with_user(self.staff).action_accept()
        self.assertEqual(renovation.state, "accepted")
        with self.assertRaises(UserError):
            renovation.with_user(self.staff).owner_signature = False
        record = renovation.record_id
        self.assertEqual(
            record.type_id, self.env.ref("cs_core.record_type_renovation_form")
        )
        self.assertEqual(
            (record.res_model, record.res_id), (renovation._name, renovation.id)
        )
        self.assertEqual(record.state, "approved")
        handoff = self.env["cs.record.handoff"].search(
            [("copy_ids", "in", record.copy_ids.ids)]
        )
        self.assertEqual(
            handoff.to_holder_id, self.env.ref("cs_core.holder_department_archives")
        )
        self.assertEqual(handoff.state, "pending")
        self.assertTrue(
            self.env["ir.attachment"].search(
                [("res_model", "=", "cs.record"), ("res_id", "=", record.id)]
            )
        )
        self.assertPdfContains(
            "cs_property.action_report_renovation",
            renovation,
            renovation.name,
            "Works match the approval",
        )
        # Property staff open the filed renovation without records-register rights
        with Form(renovation.with_user(self.staff)) as form:
            self.assertEqual(form.state, "accepted")

    def test_saturday_summary_lists_the_weeks_numbers(self):
        """PM-REN-3: Saturday morning the week's inspections, violations and
        acceptances go to the manager's assistant as an XLSX on an activity."""
        Summary = self.env["cs.pm.renovation.summary"]
        inspection = self._inspect(self.working[0], day=MONDAY + timedelta(days=1))
        self._major(inspection)
        inspection.with_user(self.staff).action_done()
        self._inspect(self.working[1], day=MONDAY - timedelta(days=7))
        self.assertFalse(Summary._cron_weekly_summary(SATURDAY - timedelta(days=1)))
        summary = Summary._cron_weekly_summary(SATURDAY)
        self.assertEqual(summary.date_from, SATURDAY - timedelta(days=6))
        numbers = Summary._cs_weekly_numbers(summary.date_from, summary.date_to)
        self.assertEqual(summary.inspection_count, numbers["inspection_count"])
        self.assertGreaterEqual(summary.inspection_count, 1)
        self.assertGreaterEqual(summary.major_count, 1)
        self.assertGreaterEqual(summary.notice_count, 1)
        activity = summary.activity_ids.filtered(lambda a: a.user_id == self.assistant)
        self.assertEqual(len(activity), 1)
        self.assertNotIn(self.manager, summary.activity_ids.user_id)
        book = openpyxl.load_workbook(io.BytesIO(activity.attachment_ids.raw))
        values = {row[0]: row[1] for row in book.active.iter_rows(values_only=True)}
        self.assertEqual(values["Inspections"], summary.inspection_count)
        self.assertEqual(values["Major Violations"], summary.major_count)
        self.assertEqual(Summary._cron_weekly_summary(SATURDAY), summary)
        Summary.with_user(self.assistant).browse(summary.id).read(["name"])
        with self.assertRaises(AccessError):
            Summary.with_user(self.staff).browse(summary.id).read(["name"])

    def test_saturday_summary_mailed_once_to_the_assistants(self):
        """PM-REN-3: the assistants also receive the summary by e-mail, one
        queued mail with the XLSX per week, never twice for the same week."""
        Summary = self.env["cs.pm.renovation.summary"]
        inspection = self._inspect(self.working[0], day=MONDAY + timedelta(days=1))
        inspection.with_user(self.staff).action_done()
        summary = Summary._cron_weekly_summary(SATURDAY)
        # Besides the activity assignment notices
        domain = [
            ("model", "=", summary._name),
            ("res_id", "=", summary.id),
            ("message_type", "!=", "user_notification"),
        ]
        mail = self.env["mail.mail"].search(domain)
        self.assertEqual(len(mail), 1)
        self.assertEqual(mail.state, "outgoing")
        self.assertIn(self.assistant.partner_id, mail.recipient_ids)
        self.assertNotIn(self.manager.partner_id, mail.recipient_ids)
        self.assertEqual(mail.recipient_ids, summary._cs_assistants().partner_id)
        self.assertIn(str(summary.date_from), mail.subject)
        self.assertEqual(len(mail.attachment_ids), 1)
        self.assertTrue(mail.attachment_ids.name.endswith(".xlsx"))
        book = openpyxl.load_workbook(io.BytesIO(mail.attachment_ids.raw))
        values = {row[0]: row[1] for row in book.active.iter_rows(values_only=True)}
        self.assertEqual(values["Inspections"], summary.inspection_count)
        self.assertEqual(Summary._cron_weekly_summary(SATURDAY), summary)
        self.assertEqual(self.env["mail.mail"].search_count(domain), 1)
        next_week = Summary._cron_weekly_summary(SATURDAY + timedelta(days=7))
        self.assertEqual(
            self.env["mail.mail"].search_count(
                [*domain[:1], ("res_id", "=", next_week.id), domain[2]]
            ),
            1,
        )

    def test_rpc_cannot_skip_approval_or_acceptance(self):
        """PM-REN-1, PM-REN-4: states and approval fields change only through
        the buttons of the role owning the step."""
        Renovation = self.env["cs.pm.renovation"].with_user(self.staff)
        with self.assertRaises(UserError):
            Renovation.create(
                {**self._renovation(self.units[4]).copy_data()[0], "state": "approved"}
            )
        draft = self.draft.with_user(self.staff)
        for vals in (
            {"state": "approved"},
            {"approved_by_id": self.manager.id},
            {"accepted_date": fields.Datetime.now()},
        ):
            with self.assertRaises(UserError):
                draft.write(vals)
        draft.action_submit()
        with self.assertRaises(UserError):
            draft.write({"conditions": "No conditions"})
        with self.assertRaises(UserError):
            draft.validate_tier()
        with self.assertRaises(UserError):
            self.draft.with_user(self.manager).conditions = "Work on weekdays only"
        self.assertEqual(self.draft.state, "submitted")
        with self.assertRaises(UserError):
            self.approved.with_user(self.staff).action_accept()
        with self.assertRaises(UserError):
            self.approved.with_user(self.staff).write({"works": "Knock down walls"})

    def test_access_per_role(self):
        """PM-REN-1: property staff inspect, only the manager approves or
        stops works, others outside property services see nothing."""
        with self.assertRaises(AccessError):
            self.env["cs.pm.renovation"].with_user(self.plain).search([])
        with self.assertRaises(AccessError):
            self.draft.with_user(self.staff).unlink()
        with self.assertRaises(AccessError):
            self.working[0].with_user(self.assistant).action_stop()
        self.working[0].with_user(self.manager).action_stop()
        self.assertEqual(self.working[0].state, "stopped")
        self.assertFalse(
            self.Inspection._cron_daily_inspections(MONDAY).filtered(
                lambda i: i.renovation_id == self.working[0]
            )
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The ten printable forms of the seed (PM-KPI-2), in one place.

The payment and overdue notices print from real bills and ladder steps of a
billing run; ``fees/test_fee_reports.py`` renders them, so here they are only
checked to exist as PDF reports.
"""

from datetime import date, datetime

from odoo import Command
from odoo.tests import tagged

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import CsResidentCase, pm_user

# report XML id -> name of the factory method building its records
FORMS = {
    "cs_property.action_report_fee_payment_notice": None,
    "cs_property.action_report_fee_dunning_notice": None,
    "cs_property.action_report_renovation_inspection": "_form_renovation_inspection",
    "cs_property.action_report_rectification_notice": "_form_violation_notice",
    "cs_property.action_report_renovation": "_form_renovation",
    "cs_property.action_report_cs_complaint_record": "_form_complaint_record",
    "cs_property.action_report_vacant_register": "_form_vacant_register",
    "cs_property.action_report_vacant_sign_in": "_form_vacant_register",
    "cs_property.action_report_vacant_patrol": "_form_vacant_patrol",
    "cs_property.action_report_cs_visit_record": "_form_visit_record",
}


@tagged("post_install", "-at_install")
class TestAllForms(CsResidentCase, PdfAssertions):
    # ------------------------------------------------------------------
    # Factories (one per form)
    # ------------------------------------------------------------------
    def _renovation(self, unit):
        manager = pm_user(self.env, "forms_pm_manager", "manager")
        renovation = self.env["cs.pm.renovation"].create(
            {
                "unit_id": unit.id,
                "owner_id": self.owners[0].id,
                "contractor_id": self.owners[5].id,
                "date_start": date(2026, 11, 23),
                "date_end": date(2026, 12, 31),
                "works": "厨卫翻新",
                "inspector_id": self.staff.id,
            }
        )
        renovation.action_submit()
        # The manager's approval, with conditions, through tier validation
        action = renovation.with_user(manager).validate_tier()
        self.env["comment.wizard"].with_user(manager).with_context(
            **action["context"]
        ).create({"comment": "工作日施工"}).add_comment()
        renovation.action_start()
        return renovation

    def _form_renovation(self):
        return self._renovation(self.households[0].unit_id)

    def _form_renovation_inspection(self):
        renovation = self._renovation(self.households[1].unit_id)
        return self.env["cs.pm.renovation.inspection"].create(
            {"renovation_id": renovation.id, "date": date(2026, 11, 23)}
        )

    def _form_violation_notice(self):
        inspection = self._form_renovation_inspection()
        photo = self.env["ir.attachment"].create(
            {"name": "p.png", "datas": "iVBORw0KGgo=", "mimetype": "image/png"}
        )
        self.env["cs.pm.renovation.violation"].create(
            {
                "inspection_id": inspection.id,
                "kind": "load_bearing",
                "description": "承重墙开洞",
                "photo_ids": [Command.set(photo.ids)],
            }
        )
        inspection.action_done()
        return inspection.renovation_id.notice_ids

    def _form_vacant_register(self):
        # The register and the sign-in sheet print the same vacant unit.
        unit = self.households[4].unit_id
        vacant = self.env["cs.pm.vacant.unit"].search([("unit_id", "=", unit.id)])
        return vacant or self.env["cs.pm.vacant.unit"].create(
            {"unit_id": unit.id, "key_holder": "钥匙箱12"}
        )

    def _form_vacant_patrol(self):
        vacant = self.env["cs.pm.vacant.unit"].create(
            {"unit_id": self.households[5].unit_id.id}
        )
        return self.env["cs.pm.vacant.patrol"].create(
            {"vacant_unit_id": vacant.id, "date": date(2026, 11, 23), "time_in": 9.5}
        )

    def _form_complaint_record(self):
        return self.env["helpdesk.ticket"].create(
            {
                "name": "噪音投诉",
                "description": "<p>夜间施工</p>",
                "cs_kind": "complaint",
                "cs_complaint_category": "neighbour",
                "partner_id": self.owners[0].id,
            }
        )

    def _form_visit_record(self):
        return self.env["cs.visit"].create(
            {"household_id": self.household.id, "date": datetime(2026, 11, 23).date()}
        )

    # ------------------------------------------------------------------
    def test_all_ten_forms_exist_and_render(self):
        """PM-KPI-2: the ten printable forms exist as QWeb PDFs and render."""
        self.assertEqual(len(FORMS), 10)
        for xmlid, factory in FORMS.items():
            with self.subTest(form=xmlid):
                report = self.env.ref(xmlid)
                self.assertEqual(report.report_type, "qweb-pdf")
                if not factory:
                    continue
                records = getattr(self, factory)()
                self.assertEqual(records._name, report.model)
                self.assertPdfContains(xmlid, records, self.env.company.name)

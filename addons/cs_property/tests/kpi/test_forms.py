# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import CsResidentCase


@tagged("post_install", "-at_install")
class TestResidentForms(CsResidentCase, PdfAssertions):
    def test_complaint_record_form(self):
        """PM-KPI-2: the complaint record form prints in Chinese with the
        complaint, its handling and the company header."""
        ticket = self.env["helpdesk.ticket"].create(
            {
                "name": "楼上漏水",
                "description": "<p>卫生间天花板渗水</p>",
                "cs_kind": "complaint",
                "cs_complaint_category": "engineering",
                "cs_unit_id": self.household.unit_id.id,
                "partner_id": self.owners[0].id,
                "cs_solution": "更换楼上防水层",
            }
        )
        self.assertPdfContains(
            "cs_property.action_report_cs_complaint_record",
            ticket,
            "楼上漏水",
            "卫生间天花板渗水",
            "更换楼上防水层",
            "业主1",
            self.env.company.name,
        )

    def test_visit_record(self):
        """PM-KPI-2: the visit/return-visit record prints its visits."""
        visits = (
            self.env["cs.visit"]
            .with_user(self.staff)
            .create(
                [
                    {
                        "household_id": self.households[0].id,
                        "met_with": "王先生",
                        "observation": "燃气阀门正常",
                    },
                    {
                        "household_id": self.households[1].id,
                        "kind": "return",
                        "request": "希望增加健身器材",
                    },
                ]
            )
        )
        self.assertPdfContains(
            "cs_property.action_report_cs_visit_record",
            visits,
            "王先生",
            "燃气阀门正常",
            "希望增加健身器材",
            self.env.company.name,
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from ..common import RecordsCase
from ..pdf_tools import PdfAssertions
from ..zh_cn import load_zh_cn


@tagged("post_install", "-at_install")
class TestReceiptSlipPdf(PdfAssertions, RecordsCase):
    """The receipt slip printed for real (wkhtmltopdf) in Simplified Chinese."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        load_zh_cn(cls.env, ["cs_core"])
        cls.env = cls.env(context=dict(cls.env.context, lang="zh_CN"))
        cls.customer_partner.name = "王建华"
        record = cls.env["cs.record"].create(
            {
                "title": "翠湖花园3栋0301商品房买卖合同",
                "type_id": cls.rtype.id,
                "partner_id": cls.customer_partner.id,
                "copy_ids": [
                    (0, 0, vals) for vals in cls.rtype._prepare_copy_values(cls.cs_dept)
                ],
            }
        )
        cls.handoff = (
            cls.env["cs.record.handoff"]
            .with_user(cls.agent)
            ._cs_propose(record.copy_ids, cls.customer)
        )

    def test_receipt_slip_pdf_in_chinese(self):
        """CORE-REC-4: the receipt slip prints as a PDF with its Chinese
        labels, the customer, the collector and the documents handed over."""
        slip = self.handoff.with_user(self.agent)._cs_create_receipt_slip(
            collector_name="李大伟", collector_id_number="110101199001011234"
        )
        self.assertPdfContains(
            "cs_core.action_report_cs_receipt_slip",
            slip,
            "签收单",
            "领取方：",
            "王建华",
            "李大伟",
            "110101199001011234",
            "翠湖花园3栋0301商品房买卖合同",
            "本人确认已收到上列文本。",
            "领取人签字",
        )

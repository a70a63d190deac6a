# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions
from odoo.addons.cs_core.tests.zh_cn import load_zh_cn

from ..common import RealEstateCommon


@tagged("post_install", "-at_install")
class TestMoveInPdf(PdfAssertions, RealEstateCommon):
    """The move-in notice and slip printed for real (wkhtmltopdf) in Chinese."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        load_zh_cn(cls.env, ["cs_core", "cs_realestate"])
        cls.env = cls.env(context=dict(cls.env.context, lang="zh_CN"))
        cls.owner_a.name = "王建华"
        contract = cls.env["cs.sale.contract"].create(cls._contract_vals())
        contract._cs_transition_write(state="certified")
        contract.with_user(cls.agent).action_notify_finance()
        contract.with_user(cls.finance).action_confirm_full_payment()
        cls.move = (
            cls.env["cs.move.in"]
            .with_user(cls.agent)
            .create({"contract_id": contract.id})
        )
        cls.move.action_send_notice()
        cls.contract = contract

    def test_move_in_notice_pdf(self):
        """RE-MOVE-1: the move-in notice prints as a PDF addressed to the
        owner in Chinese."""
        self.assertPdfContains(
            "cs_realestate.action_report_move_in_notice",
            self.move,
            "入住通知",
            "尊敬的",
            "王建华",
            self.contract.name,
            "财务确认结清房款后方可开具入住通知单。",
        )

    def test_move_in_slip_pdf(self):
        """RE-MOVE-1, RE-MOVE-4: the move-in slip, issued once Finance
        confirmed full payment, prints as a PDF with its Chinese labels."""
        self.move.action_issue_slip()
        self.assertPdfContains(
            "cs_realestate.action_report_move_in_slip",
            self.move,
            "入住通知单",
            "业主",
            "王建华",
            "合同面积（m²）",
            "财务确认全额付款日期",
            self.contract.name,
        )

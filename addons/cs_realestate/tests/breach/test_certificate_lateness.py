# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo.exceptions import UserError

from odoo.addons.cs_core.tests.pdf_tools import PdfAssertions

from ..common import RealEstateCommon


class TestCertificateLateness(PdfAssertions, RealEstateCommon):
    """RE-BR-2: late application for the certificates."""

    def test_clause_flag_set_once(self):
        """RE-BR-2: past the agreed date the clause applies from the next
        day; later runs change nothing; an applicant is never flagged."""
        due = date(2026, 3, 31)
        contract = self._create_contract(certificate_due_date=due)
        applied = self._create_contract(certificate_due_date=due)
        (contract | applied)._cs_set_state("certified")
        applied._cs_transition_write(paid_confirmed=True, survey_state="settled")
        application = (
            self.env["cs.certificate.application"]
            ._cs_as_transition()
            .create({"contract_id": applied.id, "state": "submitted"})
        )
        self.assertEqual(application.state, "submitted")
        job = self.env["cs.sale.contract"]._cron_certificate_lateness
        self.assertFalse(job(today=due) & contract)
        self.assertFalse(contract.certificate_clause_applied)
        late = job(today=due + timedelta(days=5))
        self.assertIn(contract, late)
        self.assertNotIn(applied, late)
        self.assertTrue(contract.certificate_clause_applied)
        self.assertEqual(contract.certificate_clause_date, date(2026, 4, 1))
        job(today=due + timedelta(days=40))
        self.assertEqual(contract.certificate_clause_date, date(2026, 4, 1))
        self.assertEqual(len(contract.breach_ids), 1)
        self.assertEqual(contract.breach_ids.kind, "late_certificate")
        with self.assertRaises(UserError):
            contract.with_user(self.agent).write({"certificate_clause_date": due})
        with self.assertRaises(UserError):
            contract.with_user(self.agent).write({"certificate_clause_applied": False})

    def test_reminder_letter(self):
        """RE-BR-2: the reminder letter names the agreed date, in Chinese."""
        contract = self._create_contract(certificate_due_date=date(2026, 3, 31))
        contract._cs_set_state("certified")
        self.env["cs.sale.contract"]._cron_certificate_lateness(today=date(2026, 4, 10))
        case = contract.breach_ids
        case.with_user(self.agent).action_send_reminder()
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["cs_realestate"], ["zh_CN"])
        contract.partner_id.lang = "zh_CN"
        self.assertPdfContains(
            "cs_realestate.action_report_breach_reminder",
            case,
            "办证提醒函",
            contract.name,
            "2026",
        )
        case.with_user(self.agent).action_settle()
        self.assertEqual(case.state, "settled")

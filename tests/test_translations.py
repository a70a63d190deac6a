# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Every user-visible string of the three add-ons has a Chinese translation."""

import re

import polib

from odoo.tests import TransactionCase
from odoo.tools.misc import file_path
from odoo.tools.translate import CodeTranslations, TranslationModuleReader

MODULES = ("cs_core", "cs_realestate", "cs_property")
HAN = re.compile("[\u4e00-\u9fff]")


class TestChineseTranslations(TransactionCase):
    test_tags = {"standard", "post_install"}
    test_module = "cs_suite"

    def test_zh_cn_po_is_complete(self):
        """Users work in Simplified Chinese: each add-on's i18n/zh_CN.po
        translates every term Odoo exports for it."""
        for module in MODULES:
            po = polib.pofile(file_path(f"{module}/i18n/zh_CN.po"))
            translated = {entry.msgid for entry in po if entry.msgstr.strip()}
            terms = {
                source
                for _module, _type, _name, _res_id, source, _value, _comments in (
                    TranslationModuleReader(self.env.cr, [module])
                )
            }
            missing = sorted(terms - translated)
            self.assertFalse(
                missing, f"{module}: {len(missing)} untranslated, e.g. {missing[:10]}"
            )
            self.assertGreater(len(terms), 5, module)

    def test_code_terms_reach_the_code(self):
        """``self.env._("...")`` finds its Chinese only in an entry marked as
        code (``#: code:...``) that Odoo's loader keeps: a msgid translated
        for a field label alone, or dropped by a stale ``.pot``, stays
        English in messages and XLSX headers."""
        for module in MODULES:
            # What Odoo's own loader finds (it also merges a stale .pot).
            code_translated = set(
                CodeTranslations._get_code_translations(
                    module, "zh_CN", lambda row: row.get("value")
                )
            )
            code_terms = {
                source
                for _module, kind, _name, _res_id, source, _value, _comments in (
                    TranslationModuleReader(self.env.cr, [module])
                )
                if kind == "code"
            }
            missing = sorted(code_terms - code_translated)
            self.assertFalse(
                missing, f"{module}: {len(missing)} code terms, e.g. {missing[:10]}"
            )

    def test_xlsx_headers_in_chinese(self):
        """The XLSX registers print Chinese headers for a Chinese reader."""
        reports = ["report.cs_core.complaint_register_xlsx"]
        if "report.cs_realestate.unpaid_reconciliation_xlsx" in self.env:
            reports.append("report.cs_realestate.unpaid_reconciliation_xlsx")
        for report in reports:
            columns = self.env[report].with_context(lang="zh_CN")._columns()
            for title, *_rest in columns:
                self.assertTrue(HAN.search(title), f"{report}: {title!r}")

    def test_data_records_read_in_chinese(self):
        """Holders, record types and their copies, shift types, tier
        definitions, inspection templates and ticket stages read in Chinese
        once the language is loaded."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search(
            [("name", "in", ("helpdesk_mgmt",) + MODULES)]
        )._update_translations(["zh_CN"])
        zh = self.env(context=dict(self.env.context, lang="zh_CN"))
        for model in (
            "cs.record.holder",
            "cs.record.type",
            "cs.record.type.copy",
            "cs.shift.type",
            "tier.definition",
            "cs.inspection.template",
            "helpdesk.ticket.stage",
        ):
            shipped = zh["ir.model.data"].search(
                [("model", "=", model), ("module", "in", MODULES + ("helpdesk_mgmt",))]
            )
            records = zh[model].browse(shipped.mapped("res_id")).exists()
            if model == "cs.record.type.copy":
                records = zh["cs.record.type"].search([]).copy_template_ids
            for record in records:
                self.assertTrue(
                    HAN.search(record.display_name), f"{model}: {record.display_name!r}"
                )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Every user-visible string of the three add-ons has a Chinese translation."""
import polib

from odoo.tests import TransactionCase
from odoo.tools.misc import file_path
from odoo.tools.translate import TranslationModuleReader

MODULES = ("cs_core", "cs_realestate", "cs_property")


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

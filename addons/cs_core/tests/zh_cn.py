# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Simplified Chinese in a test database.

The suite's test database is installed without languages; tests that check
what a Chinese user reads (printouts, tours) activate ``zh_CN`` and load the
add-ons' own ``i18n/zh_CN.po`` first.
"""


def load_zh_cn(env, modules):
    """Activate zh_CN and load the translations of ``modules`` (names)."""
    env["res.lang"]._activate_lang("zh_CN")
    env["ir.module.module"]._load_module_terms(list(modules), ["zh_CN"], overwrite=True)
    env.invalidate_all()

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""pytest-odoo runs these suite-level tests on a database where the three
add-ons are installed with demo data (see tests/run)."""
collect_ignore_glob = ["perf/*"]

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""pytest-odoo runs these suite-level tests on a database where the three
add-ons are installed with demo data (see tests/run). The outside-in suite
in http/ talks to a live server instead; tests/run starts one and sets
CS_URL for it."""

import os

collect_ignore_glob = ["perf/*"]
if not os.environ.get("CS_URL"):
    collect_ignore_glob.append("http/*")

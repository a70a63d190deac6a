# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Customer Service for Property Management",
    "summary": "Fee billing and overdue escalation, renovation, signage, "
    "residents, visits and surveys, vacant units, community, special services",
    "version": "19.0.1.0.0",
    "category": "Services/Customer Service",
    "website": "https://github.com/cs-suite/cs-addons",
    "author": "CS Suite Authors",
    "maintainers": ["cs-suite"],
    "license": "AGPL-3",
    "development_status": "Beta",
    "application": True,
    "depends": ["cs_core", "account", "queue_job", "partner_statement", "report_xlsx"],
    "data": [
        "security/cs_property_security.xml",
        "security/ir.model.access.csv",
        "security/cs_property_fee_rules.xml",
        "data/cs_fee_data.xml",
        "views/fees/cs_fee_config_views.xml",
        "views/fees/cs_meter_views.xml",
        "views/fees/cs_fee_run_views.xml",
        "views/fees/account_move_views.xml",
        "views/fees/cs_fee_dunning_views.xml",
        "report/cs_fee_reports.xml",
        "views/cs_property_menus.xml",
    ],
    "demo": ["demo/cs_property_users_demo.xml", "demo/cs_fee_demo.xml"],
}

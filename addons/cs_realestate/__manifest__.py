# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Customer Service for Real-Estate Developers",
    "summary": "Sale and subscription contracts, certification, copy "
    "distribution, move-in, certificates, refunds, retention and breach",
    "version": "19.0.1.0.0",
    "category": "Services/Customer Service",
    "website": "https://github.com/cs-suite/cs-addons",
    "author": "CS Suite Authors",
    "maintainers": ["cs-suite"],
    "license": "AGPL-3",
    "development_status": "Beta",
    "application": True,
    "depends": ["cs_core"],
    "data": [
        "security/cs_realestate_security.xml",
        "security/ir.model.access.csv",
        "security/cs_realestate_rules.xml",
        "data/cs_realestate_sequence_data.xml",
        "data/cs_realestate_holder_data.xml",
        "data/cs_realestate_cron_data.xml",
        "data/cs_realestate_automation_data.xml",
        "views/contracts/cs_sale_contract_views.xml",
        "views/contracts/cs_subscription_agreement_views.xml",
        "views/certification/cs_certification_batch_views.xml",
        "views/move_in/cs_move_in_views.xml",
        "views/certificates/cs_certificate_application_views.xml",
        "views/refunds/cs_refund_views.xml",
        "wizards/cs_survey_measure_wizard_views.xml",
        "report/cs_realestate_reports.xml",
        "views/cs_realestate_menus.xml",
        "data/cs_realestate_role_home_data.xml",
    ],
    "demo": [
        "demo/cs_realestate_users_demo.xml",
        "demo/cs_sale_contract_demo.xml",
        "demo/cs_realestate_home_demo.xml",
    ],
    "assets": {
        "web.assets_tests": ["cs_realestate/static/tests/tours/*.js"],
    },
}

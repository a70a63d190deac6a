# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Customer Service Core",
    "summary": "Customer-service centre: roles, property units, tickets, "
    "complaints, records register, duty roster and KPIs",
    "version": "19.0.1.0.0",
    "category": "Services/Customer Service",
    "website": "https://github.com/cs-suite/cs-addons",
    "author": "CS Suite Authors",
    "maintainers": ["cs-suite"],
    "license": "AGPL-3",
    "development_status": "Beta",
    "application": True,
    "depends": [
        "base",
        "mail",
        "portal",
        "sms",
        "resource",
        "base_automation",
        "helpdesk_mgmt",
        "base_tier_validation",
        "report_xlsx",
    ],
    "external_dependencies": {"python": ["xlsxwriter"]},
    "data": [
        "security/cs_core_security.xml",
        "security/ir.model.access.csv",
        "security/cs_core_rules.xml",
        "views/cs_core_menus.xml",
        "views/cs_project_views.xml",
        "views/cs_project_phase_views.xml",
        "views/cs_building_views.xml",
        "views/cs_unit_views.xml",
        "views/cs_unit_ownership_views.xml",
        "views/res_partner_views.xml",
    ],
    "demo": [
        "demo/cs_users_demo.xml",
        "demo/cs_unit_demo.xml",
    ],
}

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
    "depends": ["cs_core", "account", "survey"],
    "data": [
        "security/cs_property_security.xml",
        "security/ir.model.access.csv",
        "security/cs_property_resident_rules.xml",
        "data/cs_property_resident_data.xml",
        "views/residents/cs_household_views.xml",
        "views/visits/cs_visit_views.xml",
        "views/community/cs_community_activity_views.xml",
        "views/services/cs_special_service_views.xml",
        "views/kpi/cs_pm_kpi_report_views.xml",
        "report/cs_property_resident_reports.xml",
        "views/cs_property_menus.xml",
    ],
    "demo": [
        "demo/cs_property_users_demo.xml",
        "demo/cs_property_resident_demo.xml",
    ],
}

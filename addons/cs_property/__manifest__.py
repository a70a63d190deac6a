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
    "depends": ["cs_core"],
    "data": [
        "security/cs_property_security.xml",
        "security/ir.model.access.csv",
        "views/cs_property_menus.xml",
        "data/cs_property_role_home_data.xml",
    ],
    "demo": ["demo/cs_property_users_demo.xml"],
}

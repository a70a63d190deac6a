# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who may do what: role x model x operation, in one place.

``POLICY[model][operation]`` lists the demo logins allowed by the access
rights; every other demo login must be refused. Logins that share a role
are expanded from ``SAME_ROLE``. ``ALWAYS_REFUSED`` lists operations the
access rights grant (OCA base_tier_validation gives every employee
create/write/unlink on reviews) but the model's guards refuse to anyone
calling them directly. Portal users read nothing of ``cs.*`` beyond
``PORTAL_READS``.
"""

CS = ("cs_agent", "cs_supervisor", "cs_manager", "cs_admin")
CS_MGR = ("cs_manager", "cs_admin")
OFFICE = ("cs_archivist", "cs_finance", "cs_legal", "cs_gm")
RE = ("re_sales", "re_clerk")
PM = ("pm_staff", "pm_manager")
EVERYONE_INTERNAL = CS + OFFICE + RE + PM

SAME_ROLE = {
    "cs_agent2": "cs_agent",
    "pm_cashier": "pm_staff",
    "pm_area_manager": "pm_staff",
    "pm_assistant": "pm_staff",
}

POLICY = {
    "cs.agreement": {
        # The marketing side follows the supplementary agreements of its
        # customers' complaint resolution plans.
        "read": CS + OFFICE + RE,
        "create": CS,
        "write": CS + ("cs_finance", "cs_legal", "cs_gm"),
        "unlink": CS_MGR,
    },
    "cs.shift.swap": {"read": CS, "create": CS, "write": CS, "unlink": CS},
    "cs.record.disposal": {
        "read": CS_MGR + ("cs_archivist", "cs_legal", "cs_gm"),
        "create": ("cs_archivist", "cs_admin"),
        "write": CS_MGR + ("cs_archivist",),
        "unlink": ("cs_admin",),
    },
    "cs.record": {
        "read": CS + OFFICE + RE + PM,
        "create": CS + ("cs_archivist", "cs_finance", "cs_legal") + RE,
        "write": CS + ("cs_archivist", "cs_finance", "cs_legal") + RE,
        "unlink": ("cs_admin",),
    },
    "cs.record.copy": {
        "read": CS + OFFICE + RE,
        "create": CS + ("cs_archivist", "cs_finance", "cs_legal") + RE,
        "write": CS + ("cs_archivist", "cs_finance", "cs_legal") + RE,
        "unlink": ("cs_admin",),
    },
    "cs.record.handoff": {
        "read": CS + OFFICE + RE,
        "create": CS + OFFICE + RE,
        "write": CS + OFFICE + RE,
        "unlink": (),
    },
    "cs.receipt.slip": {
        "read": CS + OFFICE + RE + ("portal",),
        "create": CS + ("cs_archivist",),
        "write": CS + ("cs_archivist",),
        "unlink": ("cs_admin",),
    },
    "cs.record.loan": {
        "read": CS + OFFICE + RE,
        "create": CS + OFFICE,
        "write": CS + OFFICE,
        "unlink": (),
    },
    "cs.sale.contract": {
        # Legal and the GM read the contract behind a breach case or a
        # resolution plan they decide on.
        "read": CS + OFFICE + RE,
        "create": ("re_clerk",),
        "write": CS + ("cs_archivist", "cs_finance", "re_clerk"),
        "unlink": ("re_clerk",),
    },
    "cs.sale.contract.payment": {
        "read": CS + OFFICE + RE,
        "create": ("cs_finance", "re_clerk"),
        "write": ("cs_finance", "re_clerk"),
        "unlink": ("re_clerk",),
    },
    "cs.subscription.agreement": {
        "read": CS + ("cs_archivist", "cs_finance") + RE,
        "create": RE,
        "write": ("cs_archivist",) + RE,
        "unlink": ("re_clerk",),
    },
    "cs.refund": {
        "read": CS + OFFICE + RE,
        "create": CS,
        "write": CS + ("cs_finance",),
        "unlink": CS_MGR,
    },
    "cs.move.in": {
        "read": CS + OFFICE + RE + ("portal",),
        "create": CS,
        "write": CS,
        "unlink": CS_MGR,
    },
    "helpdesk.ticket": {
        "read": EVERYONE_INTERNAL + ("portal",),
        "create": CS + PM,
        "write": CS + PM,
        "unlink": CS_MGR,
    },
    "cs.unit": {
        "read": EVERYONE_INTERNAL,
        "create": ("cs_supervisor",) + CS_MGR,
        "write": ("cs_supervisor",) + CS_MGR,
        "unlink": ("cs_admin",),
    },
    "cs.unit.ownership": {
        "read": EVERYONE_INTERNAL,
        "create": ("cs_supervisor",) + CS_MGR,
        "write": ("cs_supervisor",) + CS_MGR,
        "unlink": ("cs_admin",),
    },
    "cs.duty.shift": {
        "read": CS,
        "create": ("cs_supervisor",) + CS_MGR,
        "write": ("cs_supervisor",) + CS_MGR,
        "unlink": ("cs_supervisor",) + CS_MGR,
    },
    "cs.inspection": {
        "read": CS,
        "create": ("cs_supervisor",) + CS_MGR,
        "write": ("cs_supervisor",) + CS_MGR,
        "unlink": ("cs_supervisor",) + CS_MGR,
    },
    "cs.certificate.application": {
        "read": CS + OFFICE + RE,
        "create": CS,
        "write": CS,
        "unlink": CS_MGR,
    },
}

# Granted by the access rights, refused by the guards to every direct call.
ALWAYS_REFUSED = {
    "tier.review": ("create", "write", "unlink"),
}

# The only cs.* models a portal user reads (CORE-ROLE-2), own rows only.
PORTAL_READS = {"cs.receipt.slip", "cs.move.in"}


def allowed(model, operation, login):
    login = SAME_ROLE.get(login, login)
    return login in POLICY[model][operation]

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""CORE-ROLE-1, CORE-ROLE-2: every demo role, over JSON-RPC, gets exactly
the access the policy table (policy.py) gives it."""

from policy import ALWAYS_REFUSED, POLICY, PORTAL_READS, allowed
from rpc_client import DEMO_LOGINS, RpcError, login, report

OPERATIONS = ("read", "create", "write", "unlink")


def test_role_model_operation_matrix():
    mismatches = []
    checked = 0
    for user in DEMO_LOGINS:
        session = login(user)
        for model in POLICY:
            for operation in OPERATIONS:
                granted = session.call_kw(model, "has_access", [[], operation])
                checked += 1
                if granted != allowed(model, operation, user):
                    mismatches.append((user, model, operation, granted))
            # Reading for real: rows come back, or a clean AccessError.
            try:
                session.call_kw(
                    model, "search_read", [[]], {"fields": ["id"], "limit": 3}
                )
                read = True
            except RpcError as exc:
                assert exc.name == "odoo.exceptions.AccessError", exc
                read = False
            if read != allowed(model, "read", user):
                mismatches.append((user, model, "search_read", read))
    report(
        [
            f"policy matrix: {checked} role x model x operation cells checked, "
            f"{len(mismatches)} differ from policy.py"
        ]
    )
    assert not mismatches, mismatches


def test_portal_reads_only_its_own_documents():
    admin = login("admin", "admin")
    models = [
        row["model"]
        for row in admin.call_kw(
            "ir.model",
            "search_read",
            [[("model", "=like", "cs.%"), ("transient", "=", False)]],
            {"fields": ["model"]},
        )
    ]
    portal = login("portal")
    leaks = []
    for model in models:
        for operation in OPERATIONS:
            try:
                granted = portal.call_kw(model, "has_access", [[], operation])
            except RpcError:
                continue  # abstract models have no access rights at all
            expected = operation == "read" and model in PORTAL_READS
            if granted != expected:
                leaks.append((model, operation))
    assert len(models) > 30
    assert not leaks, leaks


def test_review_rows_refused_to_direct_calls():
    """The access rights let every employee write tier.review; the guard
    refuses every direct create, write and unlink, whoever calls."""
    admin = login("admin", "admin")
    agreement = admin.call_kw(
        "cs.agreement",
        "search_read",
        [[("review_ids", "!=", False)]],
        {"fields": ["id"], "limit": 1},
    )[0]["id"]
    bypasses = []
    calls = 0
    for user in DEMO_LOGINS + ("admin",):
        session = login(user, "admin" if user == "admin" else None)
        reviews = (
            session.call_kw(
                "tier.review",
                "search_read",
                [[("model", "=", "cs.agreement"), ("res_id", "=", agreement)]],
                {"fields": ["id", "status"]},
            )
            if user != "portal"
            else []
        )
        attempts = [
            (
                "create",
                [{"model": "cs.agreement", "res_id": agreement, "status": "approved"}],
                {},
            ),
            (
                "create",
                [{"res_id": agreement}],
                {
                    "context": {
                        "default_model": "cs.agreement",
                        "default_status": "approved",
                    }
                },
            ),
        ]
        for review in reviews:
            attempts += [
                ("write", [[review["id"]], {"status": "approved"}], {}),
                ("write", [[review["id"]], {"comment": "rewritten"}], {}),
                ("write", [[review["id"]], {"res_id": agreement + 1}], {}),
                ("unlink", [[review["id"]]], {}),
            ]
        for method, args, kwargs in attempts:
            calls += 1
            try:
                session.call_kw("tier.review", method, args, kwargs)
                bypasses.append((user, method, args))
            except RpcError as exc:
                assert exc.clean, exc
    assert ALWAYS_REFUSED["tier.review"] == ("create", "write", "unlink")
    report([f"review rows: {calls} direct calls, {len(bypasses)} bypasses"])
    assert not bypasses, bypasses

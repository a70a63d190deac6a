# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""CORE-CMP-3, CORE-DUTY-3, CORE-REC-2..7, RE-DOC-1..7, RE-MOVE-1: every
workflow step is refused to the roles that don't own it and to forged
context flags, and the document doesn't move."""

from rpc_client import DEMO_LOGINS, RpcError, login, report

AGENTS = ("cs_agent", "cs_agent2", "cs_supervisor", "cs_manager", "cs_admin")
MANAGERS = ("cs_manager", "cs_admin")

# (model, step, domain of a demo document the step applies to, roles owning it)
STEPS = [
    ("cs.agreement", "action_sign", [("state", "=", "approved")], AGENTS),
    ("cs.agreement", "action_pay", [("state", "=", "signed")], ("cs_finance",)),
    ("cs.agreement", "action_cancel", [("state", "=", "approved")], MANAGERS),
    (
        "cs.agreement",
        "validate_tier",
        [("validation_status", "=", "pending")],
        ("cs_legal", "cs_gm"),
    ),
    (
        "cs.agreement",
        "reject_tier",
        [("validation_status", "=", "pending")],
        ("cs_legal", "cs_gm"),
    ),
    ("cs.shift.swap", "validate_tier", [("state", "=", "to_approve")], MANAGERS),
    (
        "cs.record.disposal",
        "validate_tier",
        [("validation_status", "=", "pending")],
        MANAGERS,
    ),
    ("cs.record", "action_approve", [("state", "=", "draft")], MANAGERS),
    ("cs.record", "action_stamp", [("state", "=", "approved")], ("cs_archivist",)),
    (
        "cs.record",
        "action_file",
        [("state", "in", ("stamped", "certified"))],
        ("cs_archivist",),
    ),
    ("cs.receipt.slip", "action_cancel", [("state", "=", "draft")], MANAGERS),
    ("cs.sale.contract", "action_approve", [("state", "=", "draft")], MANAGERS),
    (
        "cs.sale.contract",
        "action_confirm_full_payment",
        [("paid_confirmed", "=", False), ("state", "not in", ("draft", "cancelled"))],
        ("cs_finance",),
    ),
    (
        "cs.sale.contract",
        "action_stamp",
        [("state", "=", "to_stamp")],
        ("cs_archivist",),
    ),
    ("cs.refund", "action_approve", [("state", "=", "draft")], MANAGERS),
    ("cs.refund", "action_process", [("state", "=", "approved")], ("cs_finance",)),
    (
        "cs.move.in",
        "action_issue_slip",
        [("state", "in", ("draft", "notified"))],
        AGENTS,
    ),
]


def forged_context(model):
    """Every flag name the guards read, sent as plain JSON values."""
    return {
        f"cs_workflow_transition:{model}": True,
        "cs_tier_review_internal": True,
        "skip_validation_check": True,
        "cs_custody_move": True,
        "cs_slip_confirmation": True,
        "cs_set_first_contact": True,
        "cs_swap_apply": True,
        "cs_swap_applying": True,
    }


def snapshot(admin, model, record_id):
    fields = ["state"] if model != "cs.sale.contract" else ["state", "paid_confirmed"]
    if model in ("cs.agreement", "cs.shift.swap", "cs.record.disposal"):
        fields.append("validation_status")
    return admin.call_kw(model, "read", [[record_id], fields])[0]


def test_steps_refused_to_other_roles_and_forged_contexts():
    admin = login("admin", "admin")
    calls = refused = 0
    bypasses, unclean, exercised = [], [], set()
    for model, step, domain, owners in STEPS:
        found = admin.call_kw(model, "search", [domain], {"limit": 1})
        if not found:
            continue
        record_id = found[0]
        exercised.add((model, step))
        before = snapshot(admin, model, record_id)
        for user in DEMO_LOGINS:
            session = login(user)
            contexts = [{}, forged_context(model)] if user not in owners else []
            for context in contexts:
                calls += 1
                try:
                    session.call_button(
                        model, step, [[record_id]], {"context": context}
                    )
                    if snapshot(admin, model, record_id) != before:
                        bypasses.append((user, model, step, context))
                except RpcError as exc:
                    refused += exc.clean
                    if not exc.clean:
                        unclean.append((user, model, step, exc.name))
        # Owners can't skip the step by writing its result with forged flags.
        for user in owners[:1]:
            calls += 1
            try:
                login(user).call_kw(
                    model,
                    "write",
                    [[record_id], {"state": "cancel"}],
                    {"context": forged_context(model)},
                )
                bypasses.append((user, model, "write state", "forged"))
            except RpcError as exc:
                refused += exc.clean
                if not exc.clean:
                    unclean.append((user, model, "write state", exc.name))
        assert snapshot(admin, model, record_id) == before, (model, step)
    report(
        [
            f"workflow steps: {len(exercised)} steps exercised, {calls} calls, "
            f"{refused} refused cleanly, {len(unclean)} server errors, "
            f"{len(bypasses)} bypasses"
        ]
    )
    assert len(exercised) >= 12, exercised
    assert not unclean, unclean
    assert not bypasses, bypasses

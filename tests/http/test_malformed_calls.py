# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Malformed calls to every cs.* model and its buttons get a clean error.

Models, fields and buttons are read from the server (ir.model, fields_get,
form views), so models added later are covered without editing this file.
Every call sends a value the model can't hold; the answer must be a
UserError / ValidationError / AccessError / MissingError, never a server
error, and no call may change the demo data.
"""

import re

from rpc_client import RpcError, login, report

SKIP_FIELDS = {
    "id",
    "display_name",
    "create_uid",
    "create_date",
    "write_uid",
    "write_date",
}
HUGE = "楼" * 400_000

BAD_VALUES = {
    "char": ["bad\x00value", 12345, ["a", "list"], {"a": 1}],
    "text": ["bad\x00value", ["a", "list"], 3.5],
    "html": ["<p>\x00</p>", {"a": 1}],
    "integer": ["abc", 2**40, [1], 1.5],
    "float": ["abc", float("nan"), float("inf"), [1.0]],
    "monetary": ["abc", float("nan"), -float("inf"), {"a": 1}],
    "selection": ["no_such_value", 123, ["draft"]],
    "many2one": ["abc", [1, 2], 2**40, -5, {"id": 1}],
    "many2one_reference": ["abc", 2**40],
    "one2many": ["abc", [[9, 1]], [[6, 0, "x"]], 5],
    "many2many": ["abc", [[9, 1]], [[6, 0, ["x"]]], [[4, 2**40]], 5],
    "date": ["not-a-date", "2026-13-45", {"d": 1}, 20260101],
    "datetime": ["not-a-date", "2026-02-30 25:61:00", [2026]],
    "binary": [{"a": 1}, 12345],
}
BAD_IDS = ["abc", [2**40], [-1], [["x"]], [None], {"id": 1}]


def cs_models(admin):
    rows = admin.call_kw(
        "ir.model",
        "search_read",
        [[("model", "=like", "cs.%"), ("transient", "=", False)]],
        {"fields": ["model"], "order": "model"},
    )
    models = []
    for row in rows:
        try:
            admin.call_kw(row["model"], "search_count", [[]])
        except RpcError:
            continue  # abstract mixins: no table to call
        models.append(row["model"])
    return models + ["helpdesk.ticket"]


def counts(admin, models):
    state = {}
    everything = {"context": {"active_test": False}}
    for model in models:
        fields = admin.call_kw(model, "fields_get", [], {"attributes": ["type"]})
        last = "write_date" if "write_date" in fields else "id"
        state[model] = (
            admin.call_kw(model, "search_count", [[]], everything),
            admin.call_kw(
                model,
                "search_read",
                [[]],
                {"fields": [last], "order": f"{last} desc", "limit": 1, **everything},
            ),
        )
    return state


def buttons(admin, model):
    try:
        views = admin.call_kw(model, "get_views", [[[False, "form"]]], {})
    except RpcError:
        return []
    arch = views["views"]["form"]["arch"]
    names = re.findall(r'<button[^>]*?name="([a-z_]+)"[^>]*?type="object"', arch)
    names += re.findall(r'<button[^>]*?type="object"[^>]*?name="([a-z_]+)"', arch)
    return sorted(set(names))


class Tally:
    def __init__(self):
        self.calls = self.refused = self.accepted = 0
        self.server_errors = []
        self.bypasses = []

    def call(self, session, kind, model, method, args, kwargs=None):
        self.calls += 1
        caller = session.call_button if kind == "button" else session.call_kw
        try:
            caller(model, method, args, kwargs or {})
        except RpcError as exc:
            if exc.clean:
                self.refused += 1
            else:
                self.server_errors.append(
                    (model, method, repr(args)[:120], exc.name, exc.message[:160])
                )
            return
        self.accepted += 1
        self.bypasses.append((model, method, repr(args)[:120]))


def test_malformed_calls_get_clean_errors():
    admin = login("admin", "admin")
    models = cs_models(admin)
    before = counts(admin, models)
    tally = Tally()
    agent = login("cs_agent")
    for model in models:
        fields = admin.call_kw(
            model, "fields_get", [], {"attributes": ["type", "store", "readonly"]}
        )
        some = admin.call_kw(model, "search", [[]], {"limit": 1})
        for name, field in sorted(fields.items()):
            if name in SKIP_FIELDS or not field.get("store"):
                continue
            if name.startswith(("message_", "activity_", "rating_")):
                continue
            values = BAD_VALUES.get(field["type"], [])
            for value in values:
                tally.call(admin, "kw", model, "create", [{name: value}])
                if some:
                    tally.call(admin, "kw", model, "write", [some, {name: value}])
            if field["type"] in ("char", "text") and name in ("name", "note", "title"):
                if some:
                    tally.call(admin, "kw", model, "write", [some, {name: HUGE}])
            if values:
                tally.call(
                    admin,
                    "kw",
                    model,
                    "create",
                    [{}],
                    {"context": {f"default_{name}": values[0]}},
                )
        for method in ("read", "write", "unlink"):
            for bad in BAD_IDS[:3]:
                args = [bad, {}] if method == "write" else [bad]
                tally.call(admin, "kw", model, method, args)
        for method in buttons(admin, model):
            for bad in BAD_IDS:
                tally.call(admin, "button", model, method, [bad])
            tally.call(admin, "button", model, method, [[]])
            if some:
                for extra in ({"x": 1}, "not-a-date", [1, 2]):
                    tally.call(
                        admin, "button", model, method, [some, extra, extra, extra]
                    )
                tally.call(
                    agent if model != "cs.agreement" else login("portal"),
                    "button",
                    model,
                    method,
                    [some, {"bogus": 1}],
                )
                tally.call(admin, "button", model, method, [some], {"bogus_kw": 1})
    after = counts(admin, models)
    changed = [model for model in models if before[model] != after[model]]
    report(
        [
            f"malformed calls: {tally.calls} calls made, "
            f"{tally.refused} refused cleanly, "
            f"{len(tally.server_errors)} server errors, "
            f"{len(tally.bypasses)} bypasses, {len(changed)} models changed",
            *[f"  server error: {row}" for row in tally.server_errors[:60]],
            *[f"  bypass: {row}" for row in tally.bypasses[:30]],
        ]
    )
    assert tally.calls >= 1000
    assert not tally.server_errors
    assert not tally.bypasses
    assert not changed, changed

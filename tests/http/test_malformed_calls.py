# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Malformed calls to every cs.* model and its buttons get a clean error.

Models, fields and buttons are read from the server (ir.model, fields_get,
form views), so models added later are covered without editing this file.
Every call sends a value the model can't hold; the answer must be a
UserError / ValidationError / AccessError / MissingError, never a server
error, and no call may change the demo data.

``test_malformed_searches_get_clean_errors`` does the same for the read side
(search, search_read, search_count, read, read_group, web_search_read,
web_read_group, formatted_read_group, name_search): domains, orders,
groupings, limits, offsets and field lists a web client would never send.
Each case either must be refused or may also be answered normally (a value
of the wrong type that Odoo converts); none may end in a server error.
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


# ---------------------------------------------------------------------------
# Searches, reads and groupings
# ---------------------------------------------------------------------------
NOT_DOMAINS = [
    "abc",
    5,
    {"a": 1},
    [["id"]],
    [("id", "=", 1, 2)],
    [[[["x"]]]],
    ["&"],
    ["|", ("id", "=", 1)],
    ["!"],
    [None],
    [1, 2, 3],
    [("id", "=", [1, [2]])],
    [("id", "=", {"a": 1})],
    ["&", "&", ("id", "=", 1)],
    [("no_such_field", "=", 1)],
    [("id.name", "=", 1)],
    [("id", "bad_op", 1)],
    [("id", "=like", "\x00")],
    [("create_date", "<", "not-a-date")],
    [("id", "any", "x")],
]
MAYBE_DOMAINS = [
    [("id", "=", "abc")],
    [("id", "in", ["a", None])],
    [("id", "in", 5)],
    [("id", "child_of", "x")],
    [("id", "=", 2**40)],
    [("create_date", ">", 5)],
    [("id", "!=", False)],
    [("id", "not in", [])],
]
BAD_ORDERS = [
    "id;drop table res_users",
    "id desc; select 1",
    "no_such desc",
    "id desc,",
    "id asc asc",
    "1",
    "(select 1)",
    "id sideways",
    5,
    ["id"],
    {"id": "asc"},
    "id desc nulls",
    "--",
    "id nulls middle",
]
BAD_LIMITS = [-1, 2**40, "abc", 1.5, [1], {"a": 1}, True]
BAD_OFFSETS = [-5, 2**40, "abc", {"a": 1}, [0], 2.5]
BAD_FIELD_LISTS = [["no_such"], "abc", [5], [["x"]], {"a": 1}, ["id", None]]
BAD_GROUPBYS = [
    ["no_such"],
    "abc",
    [5],
    [["x"]],
    {"a": 1},
    ["id;drop"],
    ["create_date:bogus"],
    ["id:day"],
    [None],
]
BAD_AGGREGATES = [["no_such:sum"], ["id:bogus"], "abc", [5], ["id:sum;drop"]]


class SearchTally:
    def __init__(self):
        self.calls = self.refused = self.answered = 0
        self.server_errors = []
        self.accepted_garbage = []

    def call(self, session, model, method, args, kwargs=None, must_refuse=True):
        self.calls += 1
        try:
            session.call_kw(model, method, args, kwargs or {})
        except RpcError as exc:
            if exc.clean:
                self.refused += 1
            else:
                self.server_errors.append(
                    (
                        session.login,
                        model,
                        method,
                        repr(args)[:100],
                        repr(kwargs)[:80],
                        exc.name,
                        exc.message[:120],
                    )
                )
            return
        self.answered += 1
        if must_refuse:
            self.accepted_garbage.append(
                (model, method, repr(args)[:100], repr(kwargs)[:80])
            )


def field_cases(fields):
    """Domains, orders and groupings built from the model's own fields."""
    domains, orders, groupbys = [], [], []
    stored = [n for n, f in sorted(fields.items()) if f.get("store")]
    computed = [n for n, f in sorted(fields.items()) if not f.get("store")]
    for name in stored[:4]:
        kind = fields[name]["type"]
        domains.append(([(name, "between", 1)], True))
        domains.append(([(name, "=", ["a", ["b"]])], False))
        # Odoo reads "x.y" on relations and properties, and on binary
        # fields kept as attachments it searches the attachment.
        if kind not in ("many2one", "one2many", "many2many", "properties", "binary"):
            domains.append(([(f"{name}.nope", "=", 1)], True))
            groupbys.append(([f"{name}.nope"], True))
        if kind not in ("date", "datetime"):
            groupbys.append(([f"{name}:month"], True))
        orders.append(f"{name} upward")
    for name in computed[:2]:
        # A related field groups like its source; a computed one can't.
        groupbys.append(([name], False))
        orders.append(f"{name}; delete")
    return domains, orders, groupbys


def rotate(cases, calls, offset):
    """Each case once, its method turning with the model: over all models
    every case meets every method without sending all of them each time."""
    for index, case in enumerate(cases):
        calls[(index + offset) % len(calls)](case)


def check_model(tally, session, model, fields, offset):
    spec = {"id": {}}
    domains = [(d, True) for d in NOT_DOMAINS] + [(d, False) for d in MAYBE_DOMAINS]
    field_domains, field_orders, field_groupbys = field_cases(fields)

    def call(method, args, kwargs=None, must=True):
        tally.call(session, model, method, args, kwargs, must)

    rotate(
        domains + field_domains,
        [
            lambda c: call("search", [c[0]], {}, c[1]),
            lambda c: call("search_count", [c[0]], {}, c[1]),
            lambda c: call("search_read", [c[0]], {"fields": ["id"]}, c[1]),
            lambda c: call("web_search_read", [c[0], spec], {}, c[1]),
            lambda c: call("read_group", [c[0], ["id:count"], []], {}, c[1]),
            lambda c: call("web_read_group", [c[0], ["id"]], {}, c[1]),
        ],
        offset,
    )
    rotate(
        BAD_ORDERS + field_orders,
        [
            lambda o: call("search", [[]], {"order": o}),
            lambda o: call("search_read", [[]], {"order": o}),
            lambda o: call("web_search_read", [[], spec], {"order": o}),
            lambda o: call("web_read_group", [[], ["id"]], {"order": o}),
            lambda o: call("read_group", [[], ["id"], ["id"]], {"orderby": o}),
        ],
        offset,
    )
    rotate(
        BAD_LIMITS,
        [
            lambda n: call("search", [[]], {"limit": n}),
            lambda n: call("search_count", [[]], {"limit": n}),
            lambda n: call("web_search_read", [[], spec], {"limit": n}),
            lambda n: call("name_search", [], {"name": "", "limit": n}),
        ],
        offset,
    )
    rotate(
        BAD_OFFSETS,
        [
            lambda n: call("search", [[]], {"offset": n}),
            lambda n: call("search_read", [[]], {"offset": n}),
            lambda n: call("web_read_group", [[], ["id"]], {"offset": n}),
        ],
        offset,
    )
    rotate(
        BAD_FIELD_LISTS,
        [
            lambda f: call("search_read", [[]], {"fields": f, "limit": 1}),
            lambda f: call("read", [[1], f]),
            lambda f: call("web_search_read", [[], {"x": f}]),
            lambda f: call("read_group", [[], f, []]),
        ],
        offset,
    )
    rotate(
        [(g, True) for g in BAD_GROUPBYS] + field_groupbys,
        [
            lambda g: call("read_group", [[], ["id:count"], g[0]], {}, g[1]),
            lambda g: call("web_read_group", [[], g[0]], {}, g[1]),
            lambda g: call("formatted_read_group", [[], g[0]], {}, g[1]),
        ],
        offset,
    )
    rotate(
        BAD_AGGREGATES,
        [
            lambda a: call("formatted_read_group", [[], [], a]),
            lambda a: call("web_read_group", [[], ["id"], a]),
        ],
        offset,
    )
    for name, operator in (
        ("\x00", "ilike"),
        (["x"], "ilike"),
        ("x", "no_op"),
        ("x", 5),
    ):
        call("name_search", [], {"name": name, "operator": operator})


def test_malformed_searches_get_clean_errors():
    admin = login("admin", "admin")
    models = cs_models(admin)
    tally = SearchTally()
    roles = [login(user) for user in ("cs_agent", "re_sales", "pm_staff", "portal")]
    for index, model in enumerate(models):
        fields = admin.call_kw(
            model, "fields_get", [], {"attributes": ["type", "store"]}
        )
        check_model(tally, admin, model, fields, index)
        # A role's record rules join the domain: the same garbage as a user.
        role = roles[index % len(roles)]
        for domain in ("abc", [("no_such_field", "=", 1)], [("id", "bad_op", 1)]):
            tally.call(role, model, "search_read", [domain], {"fields": ["id"]})
        tally.call(
            role,
            model,
            "web_search_read",
            [[], {"id": {}}],
            {"order": BAD_ORDERS[index % len(BAD_ORDERS)]},
        )
    report(
        [
            f"malformed searches: {tally.calls} calls made over {len(models)} models, "
            f"{tally.refused} refused cleanly, {tally.answered} answered normally, "
            f"{len(tally.server_errors)} server errors, "
            f"{len(tally.accepted_garbage)} garbage accepted",
            *[f"  server error: {row}" for row in tally.server_errors[:60]],
            *[f"  garbage accepted: {row}" for row in tally.accepted_garbage[:200]],
        ]
    )
    assert tally.calls >= 1000
    assert not tally.server_errors
    assert not tally.accepted_garbage

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Minimal JSON-RPC client for the outside-in suite.

The server (demo database) is started by ``tests/run``; ``CS_URL`` and
``CS_DB`` name it. Passwords of the demo users are their logins.
"""

import itertools
import json
import os
import sys

import requests

BASE_URL = os.environ.get("CS_URL", "http://127.0.0.1:8069").rstrip("/")
DB = os.environ.get("CS_DB", "")

# What a refusal looks like: an error the user is meant to read.
CLEAN_ERRORS = {
    "odoo.exceptions.UserError",
    "odoo.exceptions.ValidationError",
    "odoo.exceptions.AccessError",
    "odoo.exceptions.MissingError",
    "odoo.exceptions.RedirectWarning",
}

# Every demo login (README), password = login.
DEMO_LOGINS = (
    "cs_agent",
    "cs_agent2",
    "cs_supervisor",
    "cs_manager",
    "cs_archivist",
    "cs_finance",
    "cs_legal",
    "cs_gm",
    "cs_admin",
    "re_sales",
    "re_clerk",
    "pm_staff",
    "pm_cashier",
    "pm_area_manager",
    "pm_assistant",
    "pm_manager",
    "portal",
)

_ids = itertools.count(1)


class RpcError(Exception):
    def __init__(self, name, message, debug=""):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message
        self.debug = debug

    @property
    def clean(self):
        return self.name in CLEAN_ERRORS


class RpcSession:
    def __init__(self, login, password=None):
        self.login = login
        self.http = requests.Session()
        self.uid = self._rpc(
            "/web/session/authenticate",
            {"db": DB, "login": login, "password": password or login},
        )["uid"]

    def _rpc(self, path, params):
        payload = json.dumps(
            {"jsonrpc": "2.0", "method": "call", "id": next(_ids), "params": params}
        )
        response = self.http.post(
            BASE_URL + path,
            data=payload,
            headers={"Content-Type": "application/json"},
            timeout=120,
        )
        response.raise_for_status()
        body = response.json()
        if "error" in body:
            data = body["error"].get("data") or {}
            raise RpcError(
                data.get("name", "unknown"),
                data.get("message", body["error"].get("message", "")),
                data.get("debug", ""),
            )
        return body["result"]

    def call_kw(self, model, method, args, kwargs=None):
        return self._rpc(
            f"/web/dataset/call_kw/{model}.{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def call_button(self, model, method, args, kwargs=None):
        return self._rpc(
            f"/web/dataset/call_button/{model}.{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )


_sessions = {}


def login(user, password=None):
    """A logged-in session for ``user`` (cached per login)."""
    if user not in _sessions:
        _sessions[user] = RpcSession(user, password)
    return _sessions[user]


def report(lines):
    """Print figures past pytest's capture, and keep them for CI."""
    text = "\n".join(lines) + "\n"
    sys.__stdout__.write("\n" + text)
    logdir = os.path.join(os.path.dirname(__file__), "..", "..", ".ci", "logs")
    os.makedirs(logdir, exist_ok=True)
    with open(os.path.join(logdir, "http_summary.txt"), "a", encoding="utf-8") as fh:
        fh.write(text)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Outside-in HTTP tests: plain pytest + requests against a running Odoo.

``tests/run`` starts Odoo once with ``--workers=2`` on the suite's test
database (demo data installed) and runs ``python -m pytest tests/http`` with
``CS_URL`` and ``CS_DB`` set. By hand, against the demo of ``tools/serve``::

    CS_URL=http://localhost:8069 CS_DB=cs_demo python -m pytest tests/http -q -p no:odoo

These tests see only what a browser or an RPC client sees: no ``env``, no
rollback. They create what they need through RPC and leave the rest alone.

Fixtures
--------
``base_url``  the server's root URL, without a trailing slash (``CS_URL``).
``db``        the database name (``CS_DB``).
``login``     ``login(login, password=None)`` -> :class:`OdooSession`, a
              ``requests.Session`` authenticated through JSON-RPC
              ``/web/session/authenticate``; the password defaults to the
              login (the demo users' convention). A refused login fails the
              test. ``login.refused(login, password)`` is True when the
              server refuses those credentials.
``call_kw``   ``call_kw(session, model, method, args=None, kwargs=None)``:
              the ORM call the web client makes (``/web/dataset/call_kw``);
              returns its result or raises :class:`RpcError`. The same call
              is also ``session.call_kw(model, method, args, kwargs)``.
"""

import itertools
import os

import pytest
import requests

TIMEOUT = 120
_ids = itertools.count(1)


class RpcError(Exception):
    """An error answered by Odoo's JSON-RPC; ``name`` is the exception's
    Python class (e.g. ``odoo.exceptions.AccessError``), ``message`` its
    text as the user would read it."""

    def __init__(self, error):
        data = error.get("data") or {}
        self.name = data.get("name", "")
        self.message = data.get("message") or error.get("message", "")
        self.error = error
        super().__init__(f"{self.name}: {self.message}")


class OdooSession(requests.Session):
    """A requests session bound to one Odoo server and database."""

    def __init__(self, base_url, db):
        super().__init__()
        self.base_url = base_url
        self.db = db
        self.uid = None

    def url(self, path):
        return f"{self.base_url}{path}"

    def jsonrpc(self, path, params):
        """POST a JSON-RPC call; the ``result``, or :class:`RpcError`."""
        response = self.post(
            self.url(path),
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "id": next(_ids),
                "params": params,
            },
            timeout=TIMEOUT,
        )
        response.raise_for_status()
        body = response.json()
        if body.get("error"):
            raise RpcError(body["error"])
        return body.get("result")

    def authenticate(self, login, password):
        info = self.jsonrpc(
            "/web/session/authenticate",
            {"db": self.db, "login": login, "password": password},
        )
        self.uid = info["uid"]
        return info

    def call_kw(self, model, method, args=None, kwargs=None):
        return self.jsonrpc(
            f"/web/dataset/call_kw/{model}/{method}",
            {
                "model": model,
                "method": method,
                "args": args or [],
                "kwargs": kwargs or {},
            },
        )


@pytest.fixture(scope="session")
def base_url():
    return os.environ.get("CS_URL", "http://localhost:8069").rstrip("/")


@pytest.fixture(scope="session")
def db():
    return os.environ.get("CS_DB", "cs_demo")


@pytest.fixture
def login(base_url, db):
    sessions = []

    def _login(login, password=None):
        session = OdooSession(base_url, db)
        sessions.append(session)
        try:
            session.authenticate(login, login if password is None else password)
        except RpcError as error:
            pytest.fail(f"login {login!r} refused: {error}")
        return session

    def _refused(login, password):
        session = OdooSession(base_url, db)
        sessions.append(session)
        try:
            session.authenticate(login, password)
        except RpcError:
            return True
        return False

    _login.refused = _refused
    yield _login
    for session in sessions:
        session.close()


@pytest.fixture
def call_kw():
    def _call_kw(session, model, method, args=None, kwargs=None):
        return session.call_kw(model, method, args, kwargs)

    return _call_kw

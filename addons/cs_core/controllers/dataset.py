# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import inspect
import logging

import psycopg2
from psycopg2 import errors

from odoo import http
from odoo.exceptions import UserError, ValidationError
from odoo.http import request
from odoo.service.model import get_public_method

from odoo.addons.web.controllers.dataset import DataSet

from ..models.workflow.base import (
    INT_MAX,
    PARSE_ERRORS,
    QUERY_METHODS,
    cs_input_model,
)

_logger = logging.getLogger(__name__)

# Errors PostgreSQL raises for a value it can't store (bad text for a
# number, out of range, btree row too large, ...): the caller's input.
DATA_ERRORS = (psycopg2.DataError, errors.ProgramLimitExceeded)
# base_tier_validation's buttons, named without the action_ prefix.
TIER_BUTTONS = {
    "request_validation",
    "restart_validation",
    "validate_tier",
    "reject_tier",
}


class CsRpcGuard:
    """Checks a JSON-RPC call to a CS model before running it.

    Odoo browses whatever ``args[0]`` holds and passes the other arguments
    to the method as they come, so ``"abc"`` as an id, a missing argument
    or a button called on no record end in a server error. The call's shape
    is checked first; values PostgreSQL refuses while the call's writes are
    flushed become a ``ValidationError``.
    """

    def __init__(self, env, model, method, args, kwargs):
        self.env = env
        self.model = env[model] if model in env else None
        self.method = method
        self.args = args
        self.kwargs = kwargs

    def _refuse(self, message):
        raise UserError(message)

    def check(self):
        try:
            func = get_public_method(self.model, self.method)
        except Exception:  # noqa: BLE001 -- Odoo raises its own error below
            return
        if not isinstance(self.args, list) or not isinstance(self.kwargs or {}, dict):
            self._refuse(self.env._("The call's arguments are malformed."))
        if not isinstance((self.kwargs or {}).get("context") or {}, dict):
            self._refuse(self.env._("The call's context is malformed."))
        rest = self.args
        if not getattr(func, "_api_model", False):
            if not self.args:
                self._refuse(self.env._("Select the records to act on."))
            ids, rest = self.args[0], self.args[1:]
            self._check_ids(ids)
            if not ids and (
                self.method.startswith(("action_", "button_"))
                or self.method in TIER_BUTTONS
            ):
                self._refuse(self.env._("Select at least one record for this button."))
        kwargs = {k: v for k, v in (self.kwargs or {}).items() if k != "context"}
        try:
            bound = inspect.signature(func).bind(None, *rest, **kwargs)
        except TypeError:
            self._refuse(
                self.env._(
                    "%(method)s was called with the wrong arguments.",
                    method=self.method,
                )
            )
        if self.method in ("create", "write"):
            self._check_values(rest, kwargs)
        if self.method in QUERY_METHODS:
            arguments = dict(list(bound.arguments.items())[1:])
            self.model._cs_check_query(arguments, self.method)

    def _check_values(self, rest, kwargs):
        """Values are checked before any model code reads them (a model's
        own ``create`` may use them before ``base`` does)."""
        values = rest[0] if rest else kwargs.get("vals_list", kwargs.get("vals"))
        model = self.model.with_context(**((self.kwargs or {}).get("context") or {}))
        for vals in values if isinstance(values, list) else [values]:
            model._cs_check_input(vals)
        defaults = model._cs_context_defaults()
        if defaults:
            model._cs_check_input(defaults)

    def _check_ids(self, ids):
        values = ids if isinstance(ids, list) else [ids]
        for value in values:
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or not 0 < value <= INT_MAX
            ):
                self._refuse(self.env._("The records to act on are not valid."))

    def run(self, call):
        if self.model is None or not cs_input_model(self.model):
            return call()
        self.check()
        try:
            result = call()
            self.env.flush_all()
        except DATA_ERRORS as exc:
            _logger.info("Refused malformed input on %s: %s", self.model._name, exc)
            raise ValidationError(
                self.env._(
                    "A value sent is not valid for %(doc)s (wrong type, too long "
                    "or out of range). Correct it and try again.",
                    doc=self.model._description,
                )
            ) from None
        except PARSE_ERRORS as exc:
            if isinstance(exc, ValueError) and "Expected singleton" in str(exc):
                raise UserError(
                    self.env._("This action works on one record at a time.")
                ) from None
            if self.method not in QUERY_METHODS:
                raise
            # What the checks before the call missed (a domain whose parsing
            # depends on the data, e.g. child_of on a model without parent).
            _logger.warning(
                "Refused a malformed search on %s", self.model._name, exc_info=True
            )
            raise self.model._cs_query_error(self.env._("The search")) from None
        return result


class CsDataSet(DataSet):
    @http.route()
    def call_kw(self, model, method, args, kwargs, path=None):
        guard = CsRpcGuard(request.env, model, method, args, kwargs)
        return guard.run(
            lambda: super(CsDataSet, self).call_kw(
                model, method, args, kwargs, path=path
            )
        )

    @http.route()
    def call_button(self, model, method, args, kwargs, path=None):
        guard = CsRpcGuard(request.env, model, method, args, kwargs)
        return guard.run(
            lambda: super(CsDataSet, self).call_button(
                model, method, args, kwargs, path=path
            )
        )

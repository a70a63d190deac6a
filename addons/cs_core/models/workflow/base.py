# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import math
import re

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain
from odoo.orm.models import regex_field_agg, regex_order_part_read_group
from odoo.tools import Query

# PostgreSQL ``integer`` columns (ids, many2one, integer fields).
INT_MAX = 2**31 - 1
# A btree index entry holds at most ~2,700 bytes: up to 3 bytes per
# Chinese character, 800 characters stay clear of it.
INDEXED_TEXT_MAX = 800
# Longer values are a client gone wrong, not a name or a note.
CHAR_MAX = 2000
TEXT_MAX = 100_000
COMMANDS = range(7)
# Read methods whose arguments are checked by ``_cs_check_query``.
QUERY_METHODS = frozenset(
    {
        "search",
        "search_count",
        "search_fetch",
        "search_read",
        "read",
        "web_read",
        "web_search_read",
        "read_group",
        "web_read_group",
        "formatted_read_group",
        "formatted_read_grouping_sets",
        "name_search",
        "web_name_search",
    }
)
# What Odoo raises while it parses a domain, an order or a grouping.
PARSE_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    AssertionError,
)


def cs_input_model(model):
    """Models whose input is checked before it reaches the database."""
    return model._name.startswith("cs.") or model._name == "helpdesk.ticket"


class Base(models.AbstractModel):
    """Malformed values sent to CS models get a clear message.

    Odoo passes most raw values straight to PostgreSQL or to Python code
    (constraints, tracking): a list for a many2one, "abc" for an id, a NUL
    character, an integer past 2^31, a 1 MB name on an indexed column, an
    unknown selection value or a NaN end in a server error. Every value
    written to a CS model, including ``default_*`` context keys, is checked
    here first; buttons check their arguments with ``_cs_check_input``.
    """

    _inherit = "base"

    @api.model
    def _cs_input_error(self, field, reason):
        return ValidationError(
            self.env._(
                "%(field)s: %(reason)s Correct the value and try again.",
                field=field.string if field else "?",
                reason=reason,
            )
        )

    @api.model
    def _cs_check_input(self, vals):
        """Raise ``ValidationError`` for a value ``vals`` can't hold."""
        if not isinstance(vals, dict):
            raise ValidationError(
                self.env._("The values sent are not a set of fields.")
            )
        for name, value in vals.items():
            field = self._fields.get(name) if isinstance(name, str) else None
            if field is None:
                raise ValidationError(
                    self.env._(
                        "%(model)s has no field %(field)s.",
                        model=self._description,
                        field=str(name)[:80],
                    )
                )
            self._cs_check_value(field, value)

    @api.model
    def _cs_check_value(self, field, value):
        if value is False or value is None:
            return
        check = getattr(self, f"_cs_check_{field.type}", None)
        if check:
            check(field, value)

    def _cs_check_id(self, field, value):
        if isinstance(value, models.BaseModel):
            return
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not 0 < value <= INT_MAX
        ):
            raise self._cs_input_error(field, self.env._("this is not a valid record."))

    def _cs_check_int_range(self, field, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._cs_input_error(field, self.env._("a whole number is expected."))
        if not -INT_MAX - 1 <= value <= INT_MAX:
            raise self._cs_input_error(field, self.env._("the number is too large."))

    def _cs_check_many2one(self, field, value):
        self._cs_check_id(field, value)

    def _cs_check_many2one_reference(self, field, value):
        self._cs_check_int_range(field, value)

    def _cs_check_integer(self, field, value):
        self._cs_check_int_range(field, value)

    def _cs_check_float(self, field, value):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._cs_input_error(field, self.env._("a number is expected."))
        if not math.isfinite(value) or abs(value) > 1e15:
            raise self._cs_input_error(field, self.env._("the number is not valid."))

    _cs_check_monetary = _cs_check_float

    def _cs_check_text_value(self, field, value, limit=None):
        if not isinstance(value, str):
            raise self._cs_input_error(field, self.env._("a text is expected."))
        if "\x00" in value:
            raise self._cs_input_error(
                field, self.env._("the text contains a NUL character.")
            )
        if limit and len(value) > limit:
            raise self._cs_input_error(
                field,
                self.env._(
                    "the text is longer than %(limit)s characters.", limit=limit
                ),
            )

    def _cs_check_char(self, field, value):
        indexed = field.index and field.index != "trigram" and not field.translate
        limit = field.size or (INDEXED_TEXT_MAX if indexed else CHAR_MAX)
        self._cs_check_text_value(field, value, limit)

    def _cs_check_text(self, field, value):
        self._cs_check_text_value(field, value, TEXT_MAX)

    def _cs_check_html(self, field, value):
        self._cs_check_text_value(field, value, TEXT_MAX)

    def _cs_check_selection(self, field, value):
        allowed = [key for key, _label in field._description_selection(self.env)]
        if value not in allowed:
            raise self._cs_input_error(
                field, self.env._("this is not one of the choices.")
            )

    def _cs_check_date(self, field, value):
        self._cs_check_when(field, value, fields.Date.to_date)

    def _cs_check_datetime(self, field, value):
        self._cs_check_when(field, value, fields.Datetime.to_datetime)

    def _cs_check_when(self, field, value, convert):
        if isinstance(value, datetime.date | datetime.datetime):
            return
        try:
            if not isinstance(value, str) or "\x00" in value:
                raise ValueError(value)
            convert(value)
        except (ValueError, TypeError, OverflowError):
            raise self._cs_input_error(
                field, self.env._("this is not a valid date.")
            ) from None

    def _cs_check_boolean(self, field, value):
        if not isinstance(value, bool | int):
            raise self._cs_input_error(field, self.env._("yes or no is expected."))

    def _cs_check_binary(self, field, value):
        if not isinstance(value, str | bytes):
            raise self._cs_input_error(field, self.env._("a file is expected."))

    def _cs_check_one2many(self, field, value):
        self._cs_check_commands(field, value)

    def _cs_check_many2many(self, field, value):
        self._cs_check_commands(field, value)

    def _cs_check_commands(self, field, value):
        if isinstance(value, models.BaseModel):
            return
        if not isinstance(value, list | tuple):
            raise self._cs_input_error(
                field, self.env._("a list of records is expected.")
            )
        comodel = self.env[field.comodel_name]
        for command in value:
            if isinstance(command, int) and not isinstance(command, bool):
                self._cs_check_id(field, command)
                continue
            if (
                not isinstance(command, list | tuple)
                or not command
                or command[0] not in COMMANDS
                or isinstance(command[0], bool)
            ):
                raise self._cs_input_error(field, self.env._("the list is malformed."))
            code = command[0]
            if code in (1, 2, 3, 4):
                self._cs_check_id(field, command[1] if len(command) > 1 else None)
            if code in (0, 1) and len(command) > 2 and cs_input_model(comodel):
                comodel._cs_check_input(command[2])
            if code == 6:
                ids = command[2] if len(command) > 2 else None
                if not isinstance(ids, list | tuple):
                    raise self._cs_input_error(
                        field, self.env._("the list is malformed.")
                    )
                for record_id in ids:
                    self._cs_check_id(field, record_id)

    # ------------------------------------------------------------------
    # Searches, reads and groupings
    # ------------------------------------------------------------------
    @api.model
    def _cs_check_query(self, arguments, method=None):
        """Raise ``ValidationError`` for a search or read argument Odoo
        would fail on (unknown field or operator, wrong type, garbage order or
        grouping, negative offset...). ``arguments`` maps the read method's
        parameter names to the values sent; Odoo's own parsers do the work,
        on a query that is never run."""
        for name, value in arguments.items():
            if name == "fields" and method == "read_group":
                name = "read_group_fields"
            if name == "groupby" and method == "web_read_group" and not value:
                raise self._cs_query_error(self.env._("The grouping"))
            check = getattr(self, f"_cs_check_query_{name}", None)
            if check and value not in (None, False):
                check(value)

    def _cs_query_error(self, what):
        return ValidationError(
            self.env._(
                "%(what)s is not valid for %(doc)s. Correct the search and try again.",
                what=what,
                doc=self._description,
            )
        )

    def _cs_check_no_nul(self, value, what, depth=0):
        if depth > 20:
            raise self._cs_query_error(what)
        if isinstance(value, str) and "\x00" in value:
            raise self._cs_query_error(what)
        if isinstance(value, list | tuple):
            for item in value:
                self._cs_check_no_nul(item, what, depth + 1)
        if isinstance(value, dict):
            for item in value.values():
                self._cs_check_no_nul(item, what, depth + 1)

    def _cs_check_query_domain(self, domain, what=None):
        what = what or self.env._("The search condition")
        if not isinstance(domain, list | tuple):
            raise self._cs_query_error(what)
        self._cs_check_no_nul(domain, what)
        try:
            Domain(domain).optimize_full(self)._to_sql(
                self, self._table, self._cs_new_query()
            )
        except PARSE_ERRORS:
            raise self._cs_query_error(what) from None

    def _cs_check_query_having(self, having):
        self._cs_check_query_domain(having, self.env._("The group condition"))

    def _cs_check_query_name(self, name):
        if not isinstance(name, str) or "\x00" in name:
            raise self._cs_query_error(self.env._("The text searched for"))

    def _cs_check_query_operator(self, operator):
        if not isinstance(operator, str):
            raise self._cs_query_error(self.env._("The search operator"))
        self._cs_check_query_domain(
            [("display_name", operator, "x")], self.env._("The search operator")
        )

    def _cs_check_query_count(self, value, what):
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._cs_query_error(what)
        if not 0 <= value <= INT_MAX:
            raise self._cs_query_error(what)

    def _cs_check_query_limit(self, limit):
        self._cs_check_query_count(limit, self.env._("The number of records"))

    def _cs_check_query_count_limit(self, limit):
        self._cs_check_query_limit(limit)

    def _cs_check_query_unfold_read_default_limit(self, limit):
        self._cs_check_query_limit(limit)

    def _cs_check_query_offset(self, offset):
        self._cs_check_query_count(offset, self.env._("The starting record"))

    def _cs_new_query(self):
        return Query(self.env, self._table, self._table_sql)

    def _cs_check_query_order(self, order):
        what = self.env._("The sort order")
        if not isinstance(order, str):
            raise self._cs_query_error(what)
        try:
            self._order_to_sql(order, self._cs_new_query())
        except PARSE_ERRORS:
            raise self._cs_query_error(what) from None

    def _cs_check_query_orderby(self, order):
        """Orders of groupings name groupby or aggregate terms."""
        what = self.env._("The sort order")
        if not isinstance(order, str):
            raise self._cs_query_error(what)
        for part in order.split(","):
            match = regex_order_part_read_group.fullmatch(part)
            if not match or (
                match["field"] not in self._fields and match["field"] != "__count"
            ):
                raise self._cs_query_error(what)

    def _cs_check_query_field_names(self, names):
        what = self.env._("The list of fields")
        if not isinstance(names, list | tuple):
            raise self._cs_query_error(what)
        for name in names:
            if not isinstance(name, str) or name not in self._fields:
                raise self._cs_query_error(what)

    def _cs_check_query_fields(self, names):
        self._cs_check_query_field_names(names)

    def _cs_check_query_read_group_fields(self, names):
        """The aggregates of the legacy ``read_group``."""
        what = self.env._("The list of totals")
        if not isinstance(names, list | tuple):
            raise self._cs_query_error(what)
        for spec in names:
            match = isinstance(spec, str) and regex_field_agg.fullmatch(spec)
            name = match and (match[3] or match[1])
            if not match or (name not in self._fields and name != "__count"):
                raise self._cs_query_error(what)

    def _cs_check_query_specification(self, spec, depth=0):
        what = self.env._("The list of fields")
        if not isinstance(spec, dict) or depth > 5:
            raise self._cs_query_error(what)
        for name, sub in spec.items():
            field = self._fields.get(name)
            if not field or not isinstance(sub, dict):
                raise self._cs_query_error(what)
            if "fields" in sub and field.relational:
                self.env[field.comodel_name]._cs_check_query_specification(
                    sub["fields"], depth + 1
                )

    def _cs_check_query_unfold_read_specification(self, spec):
        self._cs_check_query_specification(spec)

    def _cs_check_query_groupby_read_specification(self, spec):
        if not isinstance(spec, dict):
            raise self._cs_query_error(self.env._("The list of fields"))

    def _cs_check_query_groupby(self, groupby):
        what = self.env._("The grouping")
        groupby = [groupby] if isinstance(groupby, str) else groupby
        if not isinstance(groupby, list | tuple):
            raise self._cs_query_error(what)
        for spec in groupby:
            if not isinstance(spec, str) or not re.fullmatch(r"[\w.:]+", spec):
                raise self._cs_query_error(what)
            try:
                self._read_group_groupby(self._table, spec, self._cs_new_query())
            except PARSE_ERRORS:
                raise self._cs_query_error(what) from None

    def _cs_check_query_grouping_sets(self, grouping_sets):
        if not isinstance(grouping_sets, list | tuple):
            raise self._cs_query_error(self.env._("The grouping"))
        for groupby in grouping_sets:
            self._cs_check_query_groupby(groupby)

    def _cs_check_query_aggregates(self, aggregates):
        what = self.env._("The list of totals")
        if not isinstance(aggregates, list | tuple):
            raise self._cs_query_error(what)
        for spec in aggregates:
            if not isinstance(spec, str):
                raise self._cs_query_error(what)
            try:
                self._read_group_select(spec, self._cs_new_query())
            except PARSE_ERRORS:
                raise self._cs_query_error(what) from None

    # ------------------------------------------------------------------
    # Entry points
    # ------------------------------------------------------------------
    def _cs_context_defaults(self):
        return {
            key[len("default_") :]: value
            for key, value in self.env.context.items()
            if isinstance(key, str)
            and key.startswith("default_")
            and key[len("default_") :] in self._fields
        }

    @api.model_create_multi
    def create(self, vals_list):
        if cs_input_model(self):
            defaults = self._cs_context_defaults()
            if defaults:
                self._cs_check_input(defaults)
            for vals in vals_list:
                self._cs_check_input(vals)
        return super().create(vals_list)

    def write(self, vals):
        if cs_input_model(self):
            self._cs_check_input(vals)
        return super().write(vals)

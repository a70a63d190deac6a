# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import math

from odoo import api, fields, models
from odoo.exceptions import ValidationError

# PostgreSQL ``integer`` columns (ids, many2one, integer fields).
INT_MAX = 2**31 - 1
# A btree index entry holds at most ~2,700 bytes: up to 3 bytes per
# Chinese character, 800 characters stay clear of it.
INDEXED_TEXT_MAX = 800
# Longer values are a client gone wrong, not a name or a note.
CHAR_MAX = 2000
TEXT_MAX = 100_000
COMMANDS = range(7)


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
        if isinstance(value, bool) or not isinstance(value, (int, float)):
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
        if isinstance(value, (datetime.date, datetime.datetime)):
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
        if not isinstance(value, (bool, int)):
            raise self._cs_input_error(field, self.env._("yes or no is expected."))

    def _cs_check_binary(self, field, value):
        if not isinstance(value, (str, bytes)):
            raise self._cs_input_error(field, self.env._("a file is expected."))

    def _cs_check_one2many(self, field, value):
        self._cs_check_commands(field, value)

    def _cs_check_many2many(self, field, value):
        self._cs_check_commands(field, value)

    def _cs_check_commands(self, field, value):
        if isinstance(value, models.BaseModel):
            return
        if not isinstance(value, (list, tuple)):
            raise self._cs_input_error(
                field, self.env._("a list of records is expected.")
            )
        comodel = self.env[field.comodel_name]
        for command in value:
            if isinstance(command, int) and not isinstance(command, bool):
                self._cs_check_id(field, command)
                continue
            if (
                not isinstance(command, (list, tuple))
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
                if not isinstance(ids, (list, tuple)):
                    raise self._cs_input_error(
                        field, self.env._("the list is malformed.")
                    )
                for record_id in ids:
                    self._cs_check_id(field, record_id)

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

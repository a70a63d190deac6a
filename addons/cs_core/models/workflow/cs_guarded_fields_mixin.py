# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import AccessError, UserError

from ...tools import is_trusted, trusted

TRANSITION_KEY = "cs_workflow_transition"


class CsGuardedFieldsMixin(models.AbstractModel):
    """Fields a workflow step sets (who/when, scores, deadlines, links).

    The one way to declare them is ``_cs_guarded_fields``: a new record
    starts with their own default (``default_*`` context keys, which any RPC
    caller sets, are ignored), and only server code acting as a step writes
    them, through ``_cs_as_transition()`` / ``_cs_transition_write()``. The
    flag these set is an object no RPC payload can carry (see
    ``cs_core.tools.trusted_context``). ``cs.workflow.mixin`` builds on this
    for the document's ``state``; models without a state (tickets, duty
    shifts) inherit it directly.
    """

    _name = "cs.guarded.fields.mixin"
    _description = "Step-owned Fields"

    # Additive: the fields of every class in the model's inheritance
    # chain count (an add-on extending a model adds its own).
    _cs_guarded_fields = ()

    @api.model
    def _cs_declared(self, attribute):
        names = []
        for cls in type(self).__mro__:
            for name in cls.__dict__.get(attribute, ()):
                if name in self._fields and name not in names:
                    names.append(name)
        return names

    @api.model
    def _cs_step_fields(self):
        """Every field declared step-owned on this model."""
        return self._cs_declared("_cs_guarded_fields")

    @api.model
    def _cs_copied_fields(self, names):
        """Derived fields in ``names`` nobody sets: related values are read
        from their source (writing one would write the source, as
        superuser) and computed ones from their inputs (a written value
        would stick until the next recomputation)."""
        return [
            name
            for name in names
            if name in self._fields
            and self._fields[name].readonly
            and (
                self._fields[name].related
                or (self._fields[name].compute and not self._fields[name].inverse)
            )
        ]

    def _cs_copied_field_message(self, names):
        return self.env._(
            "%(fields)s are computed or come from the linked document: change "
            "what they are computed from instead.",
            fields=", ".join(self._fields[name].string for name in names),
        )

    def _cs_guarded_field_message(self, field):
        return self.env._(
            "%(field)s changes only through the workflow buttons.",
            field=self._fields[field].string,
        )

    def _cs_own_default(self, field):
        """The field's own default, ignoring ``default_*`` context keys."""
        default = self._fields[field].default
        value = default(self) if callable(default) else default
        if isinstance(value, models.BaseModel):
            value = value.id
        return value or False

    @staticmethod
    def _cs_plain(value):
        if isinstance(value, models.BaseModel):
            return value.id or False
        if isinstance(value, list | tuple) and not value:
            return False
        return value or False

    def _cs_transition_key(self):
        # One flag per model: a transition of one document doesn't open the
        # guarded writes of the other documents it touches.
        return f"{TRANSITION_KEY}:{self._name}"

    def _cs_in_transition(self):
        """Whether the current call is a step made by server code."""
        return is_trusted(self.env, self._cs_transition_key())

    def _cs_as_transition(self):
        """These records (or this model, to create records past their
        first state) acting as a step made by server code: the one way to
        open a guarded write."""
        return trusted(self, self._cs_transition_key())

    def _cs_transition_write(self, **vals):
        """Write ``vals`` as a step: opens the guarded fields."""
        return self._cs_as_transition().write(vals)

    def _cs_check_groups(self, groups, action):
        """Refuse ``action`` unless the user holds one of ``groups`` (XML
        ids): the one way a step checks its group (``AccessError``)."""
        if self.env.su:
            return
        user = self.env.user
        if not any(user.has_group(group) for group in groups):
            raise AccessError(
                self.env._(
                    "You are not allowed to %(action)s on %(doc)s.",
                    action=action,
                    doc=self._description,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        if not self._cs_in_transition():
            defaults = [
                key[len("default_") :]
                for key in self.env.context
                if key.startswith("default_")
            ]
            for vals in vals_list:
                copied = self._cs_copied_fields(list(vals) + defaults)
                if copied:
                    raise UserError(self._cs_copied_field_message(copied))
            for field in self._cs_step_fields():
                initial = self._cs_own_default(field)
                requested = self.env.context.get(f"default_{field}", initial)
                for vals in vals_list:
                    if self._cs_plain(vals.get(field, requested)) != initial:
                        raise UserError(self._cs_guarded_field_message(field))
        return super().create(vals_list)

    def write(self, vals):
        if not self._cs_in_transition():
            for field in self._cs_step_fields():
                if field in vals:
                    raise UserError(self._cs_guarded_field_message(field))
            copied = self._cs_copied_fields(vals)
            if copied:
                raise UserError(self._cs_copied_field_message(copied))
        return super().write(vals)

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import AccessError, UserError

from ...tools import TRUSTED, is_trusted

TRANSITION_KEY = "cs_workflow_transition"


class CsWorkflowMixin(models.AbstractModel):
    """Guarded workflow state for business documents.

    ``state`` changes only through the transition methods, which call
    ``_cs_set_state`` after checking the group owning the step; a plain
    ``write({'state': ...})`` (RPC or ORM) is refused, and a new document
    starts in the default state. The transition flag is an object no RPC
    payload can carry (see ``cs_core.tools.trusted_context``).

    Models inheriting this before ``tier.validation`` get the guard checked
    before base_tier_validation reacts to the state change.
    """

    _name = "cs.workflow.mixin"
    _description = "Guarded Workflow"

    # Fields besides ``state`` that only transitions write (through
    # ``_cs_transition_write``); they start at their default.
    _cs_guarded_fields = ()
    # Fields the user fills in the first state only (what the form shows
    # read-only afterwards).
    _cs_first_state_fields = ()

    # ------------------------------------------------------------------
    # Messages (override to name the model's own rule)
    # ------------------------------------------------------------------
    def _cs_state_locked_message(self):
        return self.env._(
            "The status of %(doc)s can only change through its workflow buttons.",
            doc=self._description,
        )

    def _cs_initial_state_message(self):
        return self.env._("A new %(doc)s starts in its first status.", doc=self._description)

    def _cs_first_state_fields_message(self, fields):
        return self.env._(
            "These fields of %(doc)s can only change in its first status: %(fields)s.",
            doc=self._description,
            fields=", ".join(self._fields[field].string for field in fields),
        )

    def _cs_guarded_field_message(self, field):
        return self.env._(
            "%(field)s changes only through the workflow buttons.",
            field=self._fields[field].string,
        )

    # ------------------------------------------------------------------
    # Guard
    # ------------------------------------------------------------------
    def _cs_initial_state(self):
        return self._cs_own_default("state")

    def _cs_own_default(self, field):
        """The field's own default, ignoring ``default_*`` context keys."""
        default = self._fields[field].default
        return default(self) if callable(default) else default

    def _cs_transition_key(self):
        # One flag per model: a transition of one document doesn't open the
        # guarded writes of the other documents it touches.
        return f"{TRANSITION_KEY}:{self._name}"

    def _cs_in_transition(self):
        """Whether the current call is a transition made by server code."""
        return is_trusted(self.env, self._cs_transition_key())

    @api.model_create_multi
    def create(self, vals_list):
        if not self._cs_in_transition():
            initial = self._cs_initial_state()
            # A ``default_state`` in the context (which any RPC caller sets)
            # would fill in ``state`` after this check.
            requested = self.env.context.get("default_state", initial)
            if any(vals.get("state", requested) != initial for vals in vals_list):
                raise UserError(self._cs_initial_state_message())
            for field in self._cs_guarded_fields:
                initial = self._cs_own_default(field) or False
                requested = self.env.context.get(f"default_{field}", initial)
                if any((vals.get(field, requested) or False) != initial for vals in vals_list):
                    raise UserError(self._cs_guarded_field_message(field))
        return super().create(vals_list)

    def write(self, vals):
        if not self._cs_in_transition():
            if "state" in vals:
                raise UserError(self._cs_state_locked_message())
            for field in self._cs_guarded_fields:
                if field in vals:
                    raise UserError(self._cs_guarded_field_message(field))
            locked = [field for field in self._cs_first_state_fields if field in vals]
            if locked:
                initial = self._cs_initial_state()
                if any(rec.state != initial for rec in self):
                    raise UserError(self._cs_first_state_fields_message(locked))
        return super().write(vals)

    # ------------------------------------------------------------------
    # Transition helpers
    # ------------------------------------------------------------------
    def _cs_as_transition(self):
        """These records (or this model, to create documents past their
        first state) acting as a transition made by server code."""
        return self.with_context(**{self._cs_transition_key(): TRUSTED})

    def _cs_transition_write(self, **vals):
        """Write ``vals`` as a transition: opens the state and any other
        field the model guards with ``_cs_in_transition``."""
        return self._cs_as_transition().write(vals)

    def _cs_set_state(self, state, **vals):
        return self._cs_transition_write(**vals, state=state)

    def _cs_check_groups(self, groups, action):
        """Refuse ``action`` unless the user holds one of ``groups`` (XML ids)."""
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

    def _cs_check_state(self, allowed, action):
        wrong = self.filtered(lambda rec: rec.state not in allowed)
        if wrong:
            raise UserError(
                self.env._(
                    "Cannot %(action)s: %(docs)s is not in the right status.",
                    action=action,
                    docs=", ".join(wrong.mapped("display_name")),
                )
            )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import UserError

from .cs_guarded_fields_mixin import TRANSITION_KEY

__all__ = ["CsWorkflowMixin", "TRANSITION_KEY"]


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
    _inherit = ["cs.guarded.fields.mixin"]
    _description = "Guarded Workflow"

    # Fields besides ``state`` that only transitions write are declared in
    # ``_cs_guarded_fields`` (see ``cs.guarded.fields.mixin``).
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
        return self.env._(
            "A new %(doc)s starts in its first status.", doc=self._description
        )

    def _cs_first_state_fields_message(self, fields):
        return self.env._(
            "These fields of %(doc)s can only change in its first status: %(fields)s.",
            doc=self._description,
            fields=", ".join(self._fields[field].string for field in fields),
        )

    # ------------------------------------------------------------------
    # Guard
    # ------------------------------------------------------------------
    def _cs_initial_state(self):
        default = self._fields["state"].default
        return default(self) if callable(default) else default

    @api.model_create_multi
    def create(self, vals_list):
        if not self._cs_in_transition():
            initial = self._cs_initial_state()
            # A ``default_state`` in the context (which any RPC caller sets)
            # would fill in ``state`` after this check.
            requested = self.env.context.get("default_state", initial)
            if any(vals.get("state", requested) != initial for vals in vals_list):
                raise UserError(self._cs_initial_state_message())
        return super().create(vals_list)

    def write(self, vals):
        if not self._cs_in_transition():
            if "state" in vals:
                raise UserError(self._cs_state_locked_message())
            locked = [
                field
                for field in self._cs_declared("_cs_first_state_fields")
                if field in vals
            ]
            if locked:
                initial = self._cs_initial_state()
                if any(rec.state != initial for rec in self):
                    raise UserError(self._cs_first_state_fields_message(locked))
        return super().write(vals)

    # ------------------------------------------------------------------
    # Transition helpers
    # ------------------------------------------------------------------
    def _cs_set_state(self, state, **vals):
        return self._cs_transition_write(**vals, state=state)

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

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import AccessError, UserError

from ..tools import TRUSTED, is_trusted

TRANSITION_KEY = "cs_workflow_transition"


class CsWorkflowMixin(models.AbstractModel):
    """Guarded workflow state for business documents.

    ``state`` changes only through the transition methods, each of which
    checks the group owning it; a plain ``write({'state': ...})`` (RPC or
    ORM) is refused.
    """

    _name = "cs.workflow.mixin"
    _description = "Guarded Workflow"

    @api.model_create_multi
    def create(self, vals_list):
        default = self._fields["state"].default
        default_state = default(self) if callable(default) else default
        for vals in vals_list:
            if vals.get("state", default_state) != default_state and not is_trusted(
                self.env, TRANSITION_KEY
            ):
                raise UserError(
                    self.env._(
                        "A new %(doc)s starts in its first status.", doc=self._description
                    )
                )
        return super().create(vals_list)

    def write(self, vals):
        if "state" in vals and not is_trusted(self.env, TRANSITION_KEY):
            raise UserError(
                self.env._(
                    "The status of %(doc)s can only change through its workflow buttons.",
                    doc=self._description,
                )
            )
        return super().write(vals)

    def _check_re_groups(self, groups, action):
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

    def _check_re_state(self, allowed, action):
        wrong = self.filtered(lambda rec: rec.state not in allowed)
        if wrong:
            raise UserError(
                self.env._(
                    "Cannot %(action)s: %(docs)s is not in the right status.",
                    action=action,
                    docs=", ".join(wrong.mapped("display_name")),
                )
            )

    def _set_re_state(self, state, **vals):
        vals["state"] = state
        return self.with_context(**{TRANSITION_KEY: TRUSTED}).write(vals)

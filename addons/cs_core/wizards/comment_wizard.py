# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.exceptions import AccessError

from ..models.workflow.cs_tier_guard_mixin import REVIEW_KEY
from ..tools import trusted


class CommentWizard(models.TransientModel):
    """The comment goes on the user's own pending reviews of the wizard's
    document, and nowhere else (the wizard's fields come from the client)."""

    _inherit = "comment.wizard"

    def add_comment(self):
        self.ensure_one()
        if not self.res_model or self.res_model not in self.env:
            raise AccessError(self.env._("This comment has no document to go on."))
        reviews = self.review_ids.sudo()
        foreign = reviews.filtered(
            lambda r: r.model != self.res_model or r.res_id != self.res_id
        )
        not_mine = reviews.filtered(
            lambda r: (
                self.env.user not in r.reviewer_ids
                or r.status not in ("waiting", "pending")
            )
        )
        if foreign or not_mine:
            raise AccessError(
                self.env._(
                    "You can only comment on your own pending reviews of this document."
                )
            )
        return super(CommentWizard, trusted(self, REVIEW_KEY)).add_comment()

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import AccessError

from ...tools import is_trusted
from .cs_tier_guard_mixin import REVIEW_KEY
from .tier_definition import CS_TIER_VALIDATED_MODELS

# Writing these directly would approve or reject without reviewing.
CS_REVIEW_DECISION_FIELDS = {"done_by", "reviewed_date", "definition_id", "sequence"}


class TierReview(models.Model):
    _inherit = "tier.review"

    @api.model_create_multi
    def create(self, vals_list):
        if not is_trusted(self.env, REVIEW_KEY) and any(
            vals.get("model") in CS_TIER_VALIDATED_MODELS for vals in vals_list
        ):
            raise AccessError(
                self.env._(
                    "Reviews are requested with the Request Validation button "
                    "only."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        protected = self.filtered(lambda r: r.model in CS_TIER_VALIDATED_MODELS)
        if protected and not is_trusted(self.env, REVIEW_KEY):
            decision = vals.get("status") not in (None, "pending", "waiting")
            if decision or CS_REVIEW_DECISION_FIELDS & set(vals):
                raise AccessError(
                    self.env._(
                        "Reviews are decided with the Validate and Reject buttons "
                        "only."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_cs_reviews_internal_only(self):
        protected = self.filtered(lambda r: r.model in CS_TIER_VALIDATED_MODELS)
        if protected and not is_trusted(self.env, REVIEW_KEY):
            raise AccessError(
                self.env._(
                    "Reviews are decided with the Validate and Reject buttons "
                    "only."
                )
            )

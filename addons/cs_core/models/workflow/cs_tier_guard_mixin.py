# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from ...tools import trusted

REVIEW_KEY = "cs_tier_review_internal"


class CsTierGuardMixin(models.AbstractModel):
    """Tier reviews of a CS document change only through its validation steps.

    base_tier_validation lets every employee write ``tier.review`` rows, so
    an RPC caller could mark a review approved and skip the approval
    (CORE-CMP-3, CORE-DUTY-3, CORE-REC-7). ``tier.review`` refuses such
    writes for the models listed in ``CS_TIER_VALIDATED_MODELS``; the steps
    below open them for the document's own validation flow. List this mixin
    before ``tier.validation`` in ``_inherit``.
    """

    _name = "cs.tier.guard.mixin"
    _description = "Guarded Tier Reviews"

    def _cs_reviews_open(self):
        return trusted(self, REVIEW_KEY)

    def _validate_tier(self, tiers=False):
        tiers = tiers and trusted(tiers, REVIEW_KEY)
        return super(CsTierGuardMixin, self._cs_reviews_open())._validate_tier(tiers)

    def _rejected_tier(self, tiers=False):
        tiers = tiers and trusted(tiers, REVIEW_KEY)
        return super(CsTierGuardMixin, self._cs_reviews_open())._rejected_tier(tiers)

    def request_validation(self):
        return super(CsTierGuardMixin, self._cs_reviews_open()).request_validation()

    def restart_validation(self):
        return super(CsTierGuardMixin, self._cs_reviews_open()).restart_validation()

    def write(self, vals):
        # base_tier_validation drops the reviews when a document goes back.
        return super(CsTierGuardMixin, self._cs_reviews_open()).write(vals)

    def unlink(self):
        return super(CsTierGuardMixin, self._cs_reviews_open()).unlink()

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Domain
from odoo.tools import SQL

from ...tools import is_trusted, trusted
from .cs_tier_guard_mixin import REVIEW_KEY

DECISION_SEQUENCE = "cs_tier_review_decision_seq"


class TierReview(models.Model):
    """Review rows change only inside their document's validation steps.

    base_tier_validation grants every employee create/write/unlink on
    ``tier.review``: an RPC caller could create an approved row, rewrite a
    decision or move a row to another document. Every change made outside
    the steps that ``cs.tier.guard.mixin`` opens (with a flag no RPC payload
    can carry) is refused, for every model, and ``default_*`` context keys
    never fill in a review.
    """

    _inherit = "tier.review"

    # Order in which decisions were taken, from a database sequence: it
    # never repeats and never goes back, unlike two timestamps to the
    # second, so "Legal before GM" is decided by it (CORE-CMP-3).
    cs_decision_sequence = fields.Integer(
        string="Decision Order", readonly=True, copy=False
    )
    cs_readable = fields.Boolean(
        string="Readable by Me",
        compute="_compute_cs_readable",
        search="_search_cs_readable",
    )

    def init(self):
        res = super().init()
        self.env.cr.execute(
            SQL("CREATE SEQUENCE IF NOT EXISTS %s", SQL.identifier(DECISION_SEQUENCE))
        )
        return res

    @api.model
    def _cs_guarded_models(self):
        """Every document model whose approvals ``cs.tier.guard.mixin``
        guards, in any add-on."""
        mixin = self.env.registry["cs.tier.guard.mixin"]
        return sorted(
            name
            for name, model in self.env.registry.items()
            if issubclass(model, mixin) and not model._abstract
        )

    # ------------------------------------------------------------------
    # Who reads reviews (record rule ``tier_review_cs_readers``)
    # ------------------------------------------------------------------
    def _compute_cs_readable(self):
        readable = self.filtered_domain(self._search_cs_readable("=", True))
        for review in self:
            review.cs_readable = review in readable

    @api.model
    def _search_cs_readable(self, operator, value):
        if operator not in ("=", "in") or value not in (True, [True]):
            return NotImplemented
        user = self.env.user
        guarded = self._cs_guarded_models()
        domain = Domain("model", "not in", guarded)
        domain |= Domain("reviewer_ids", "in", user.ids)
        domain |= Domain("requested_by", "=", user.id)
        for model in guarded:
            groups = self.env[model]._cs_review_reader_groups()
            if any(user.has_group(group) for group in groups):
                domain |= Domain("model", "=", model)
        return domain

    # ------------------------------------------------------------------
    # Guard
    # ------------------------------------------------------------------
    def _cs_refuse_outside_steps(self):
        if not is_trusted(self.env, REVIEW_KEY):
            raise AccessError(
                self.env._(
                    "Reviews change only through the Request Validation, "
                    "Validate and Reject buttons of their document."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._cs_refuse_outside_steps()
        # A ``default_status`` or ``default_done_by`` sent with the request
        # would otherwise fill in the rows the step creates.
        clean = {
            k: v for k, v in self.env.context.items() if not k.startswith("default_")
        }
        return super(TierReview, self.with_env(self.env(context=clean))).create(
            vals_list
        )

    def write(self, vals):
        self._cs_refuse_outside_steps()
        if vals.get("status") in ("approved", "rejected"):
            if vals["status"] == "approved":
                self._cs_check_lower_tiers_approved()
            self.env.cr.execute(SQL("SELECT nextval(%s)", DECISION_SEQUENCE))
            vals = dict(vals, cs_decision_sequence=self.env.cr.fetchone()[0])
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_in_steps(self):
        self._cs_refuse_outside_steps()

    def _cs_check_lower_tiers_approved(self):
        """A tier is approved only after every lower tier of its document."""
        for review in self.sudo():
            earlier = review.search(
                [
                    ("model", "=", review.model),
                    ("res_id", "=", review.res_id),
                    ("sequence", "<", review.sequence),
                    ("status", "!=", "approved"),
                    ("id", "not in", self.ids),
                ],
                limit=1,
            )
            if earlier:
                raise ValidationError(
                    self.env._(
                        "%(tier)s can only be approved after %(earlier)s.",
                        tier=review.name,
                        earlier=earlier.name,
                    )
                )

    # base_tier_validation's own bookkeeping, run outside any document step
    # (the systray count, the reminder job): safe writes, opened here.
    def _update_review_status(self):
        return super(TierReview, trusted(self, REVIEW_KEY))._update_review_status()

    def _send_review_reminder(self):
        return super(TierReview, trusted(self, REVIEW_KEY))._send_review_reminder()

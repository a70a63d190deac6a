# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

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

    # ------------------------------------------------------------------
    # The approval banner, buttons and chatter lines in the centre's terms
    # (提交审批 / 审批通过 / 驳回), translated in this add-on's zh_CN.po:
    # base_tier_validation's own strings are generic ("Operation has been
    # validated") and half untranslated.
    # ------------------------------------------------------------------
    def _add_tier_validation_buttons(self, node, params):
        return self._cs_render_tier_snippet("cs_core.cs_tier_validation_buttons")

    def _add_tier_validation_label(self, node, params):
        return self._cs_render_tier_snippet("cs_core.cs_tier_validation_label")

    def _cs_render_tier_snippet(self, template):
        return etree.fromstring(str(self.env["ir.qweb"]._render(template, {})))

    def _get_to_validate_message_name(self):
        return self.env["ir.model"]._get(self._name).name

    def _get_to_validate_message(self):
        icon = '<i class="fa fa-lg fa-info-circle"></i>'
        pending = self.review_ids.filtered(lambda r: r.status == "pending")[:1]
        if pending and pending.todo_by:
            return self.env._(
                "%(icon)s Waiting for approval by %(todo_by)s",
                icon=icon,
                todo_by=pending.todo_by,
            )
        return self.env._(
            "%(icon)s This %(document)s needs approval",
            icon=icon,
            document=self._get_to_validate_message_name(),
        )

    def _get_validated_message(self):
        if self.validation_status != "validated":
            return ""
        return '<i class="fa fa-thumbs-up"></i> ' + self.env._("Approved")

    def _get_rejected_message(self):
        if self.validation_status != "rejected":
            return ""
        return '<i class="fa fa-thumbs-down"></i> ' + self.env._("Rejected")

    def _notify_accepted_reviews_body(self):
        return self.env._("%(user)s approved.", user=self.env.user.name)

    def _notify_rejected_review_body(self):
        return self.env._("%(user)s rejected.", user=self.env.user.name)

    def _notify_restarted_review_body(self):
        return self.env._("%(user)s restarted the approval.", user=self.env.user.name)

    def _notify_requested_review_body(self, tier_reviews=None):
        return self.env._(
            "Approval requested by %(user)s.", user=self.env.user.display_name
        )

    def _compute_next_review(self):
        for rec in self:
            review = rec.review_ids.sorted("sequence").filtered(
                lambda r: r.status == "pending"
            )[:1]
            rec.next_review = (
                self.env._("Next approver: %(step)s", step=review.name)
                if review
                else False
            )

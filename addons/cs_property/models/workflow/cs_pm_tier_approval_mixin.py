# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.exceptions import UserError, ValidationError

MANAGER = "cs_property.group_pm_manager"


class CsPmTierApprovalMixin(models.AbstractModel):
    """Approval of a site document by the property manager (PM-REN-1,
    PM-SIGN-2), through OCA ``base_tier_validation``.

    Submitting puts the document in ``submitted`` and requests the reviews
    of its tier definitions (data, editable by the administrator); the state
    then follows the validation: ``approved`` once every review is
    validated, ``rejected`` as soon as one is rejected. Reviews change only
    through the guarded steps of ``cs.tier.guard.mixin``.
    """

    _name = "cs.pm.tier.approval.mixin"
    _description = "Property Manager Approval"
    _inherit = ["cs.workflow.mixin", "cs.tier.guard.mixin", "tier.validation"]

    _state_from = ["submitted"]
    _cs_submit_states = ("submitted",)
    _state_to = ["approved"]
    _cancel_state = "rejected"
    _tier_validation_manual_config = False

    def _cs_review_reader_groups(self):
        return ("cs_property.group_pm_assistant",)

    def _get_tier_validation_readonly_domain(self):
        return "validation_status in ('waiting', 'pending')"

    def _allow_to_remove_reviews(self, values):
        # A rejected application keeps the manager's decision and comment.
        return False

    def _cs_request_approval(self):
        """Submit: the document waits for the manager's reviews."""
        self._cs_set_state("submitted")
        self.invalidate_recordset(["need_validation"])
        self.request_validation()
        missing = self.filtered(lambda rec: not rec._cs_all_reviews())
        if missing:
            raise UserError(
                self.env._(
                    "No approval step is configured for %(doc)s: ask the "
                    "administrator to restore its tier definition.",
                    doc=missing[0].display_name,
                )
            )
        return True

    def _validate_tier(self, tiers=False):
        res = super()._validate_tier(tiers)
        self._cs_follow_validation()
        return res

    def _rejected_tier(self, tiers=False):
        res = super()._rejected_tier(tiers)
        self._cs_follow_validation()
        return res

    def _cs_follow_validation(self):
        for rec in self.filtered(lambda r: r.state == "submitted"):
            reviews = rec._cs_all_reviews()
            if rec.validation_status == "validated":
                rec._cs_check_manager_approval(reviews)
                rec.invalidate_recordset(["need_validation"])
                rec._cs_on_approved(reviews)
            elif rec.validation_status == "rejected":
                rec.invalidate_recordset(["need_validation"])
                rec._cs_on_rejected(reviews)

    def _cs_check_manager_approval(self, reviews=None):
        """Independent check that a property manager approved every review:
        the validation status alone is not trusted."""
        for rec in self:
            approved = (reviews or rec._cs_all_reviews()).filtered(
                lambda r, rec=rec: r.res_id == rec.id
            )
            ok = approved and all(
                r.status == "approved" and r.done_by.has_group(MANAGER)
                for r in approved
            )
            if not ok:
                raise ValidationError(
                    self.env._(
                        "%(doc)s needs the approval of the property manager.",
                        doc=rec.display_name,
                    )
                )

    def _cs_on_approved(self, reviews):
        """The manager approved: move on (override per document)."""
        decided = reviews.filtered("done_by").sorted("reviewed_date")[-1:]
        self._cs_set_state("approved", approved_by_id=decided.done_by.id)

    def _cs_on_rejected(self, reviews):
        self._cs_set_state("rejected")

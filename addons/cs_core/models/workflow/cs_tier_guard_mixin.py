# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo import models
from odoo.exceptions import AccessError, UserError

from ...tools import is_trusted, trusted

REVIEW_KEY = "cs_tier_review_internal"


class CsTierGuardMixin(models.AbstractModel):
    """Tier reviews of a CS document change only through its validation steps.

    base_tier_validation lets every employee write ``tier.review`` rows, so
    an RPC caller could mark a review approved and skip the approval
    (CORE-CMP-3, CORE-DUTY-3, CORE-REC-7). ``tier.review`` refuses every
    change made outside the steps below, which open them for the
    document's own validation flow only:

    - a step acts on the document's own reviews (never rows passed in from
      another document, e.g. through ``comment.wizard``), and only on those
      the user may decide now;
    - the document row is locked first, so two concurrent decisions on one
      document are serialised (the second is retried on fresh data);
    - writing ``review_ids`` through the document is refused, whatever the
      context (``skip_validation_check`` included).

    List this mixin before ``tier.validation`` in ``_inherit``.
    """

    _name = "cs.tier.guard.mixin"
    _description = "Guarded Tier Reviews"

    # Who may send a document for approval, and from which states: the one
    # check before ``request_validation`` (empty: anyone who may write it,
    # in any state).
    _cs_submit_groups = ()
    _cs_submit_states = ()

    def _cs_review_reader_groups(self):
        """Groups (XML ids) that read every review of this model besides
        the reviewers and the requester: the document's managers."""
        return ("cs_core.group_cs_manager",)

    def _cs_reviews_open(self):
        return trusted(self, REVIEW_KEY)

    def _cs_lock_for_review(self):
        """Serialise decisions on these documents.

        ``NOWAIT`` fails at once while another transaction decides, and the
        update makes a transaction that read the document before the other
        one committed fail too; both errors are retried by the RPC layer
        (``odoo.service.model.retrying``) on fresh data."""
        if not self.ids:
            return
        self.env.cr.execute(
            f'SELECT id FROM "{self._table}" WHERE id IN %s FOR UPDATE NOWAIT',
            [tuple(self.ids)],
        )
        self.env.cr.execute(
            f'UPDATE "{self._table}" SET write_date = write_date WHERE id IN %s',
            [tuple(self.ids)],
        )

    def _cs_own_tiers(self, tiers):
        """The document's reviews; ``tiers`` must be among them."""
        self.ensure_one()
        reviews = self._cs_all_reviews().with_env(self.env)
        if tiers and tiers - reviews:
            raise AccessError(
                self.env._(
                    "These reviews belong to another document: open that "
                    "document to decide them."
                )
            )
        return reviews

    def _cs_tiers_to_decide(self, tiers):
        reviews = self._cs_own_tiers(tiers)
        sequences = self.sudo()._get_sequences_to_approve(self.env.user)
        mine = reviews.filtered(lambda r: r.sequence in sequences)
        if not mine:
            raise UserError(
                self.env._(
                    "%(doc)s is not waiting for your review now.",
                    doc=self.display_name,
                )
            )
        return trusted(mine, REVIEW_KEY)

    def _cs_with_all_reviews(self, step, *args):
        """Run one of base_tier_validation's steps on every review row.

        The steps walk ``review_ids`` (promote the next tier, notify,
        restart), and the record cache of that field holds whatever the
        first reader's record rule let through, e.g. only Legal's own row.
        The step runs as the same user with the rows read in full, and the
        full list is dropped again so later reads follow the user's rules."""
        docs = self._cs_reviews_open().sudo()
        docs.invalidate_recordset(["review_ids"])
        try:
            return step(docs, *args)
        finally:
            docs.invalidate_recordset(["review_ids"])

    def _validate_tier(self, tiers=False):
        self._cs_lock_for_review()
        tiers = self._cs_tiers_to_decide(tiers)
        return self._cs_with_all_reviews(
            super(CsTierGuardMixin, type(self))._validate_tier, tiers.sudo()
        )

    def _rejected_tier(self, tiers=False):
        self._cs_lock_for_review()
        tiers = self._cs_tiers_to_decide(tiers)
        return self._cs_with_all_reviews(
            super(CsTierGuardMixin, type(self))._rejected_tier, tiers.sudo()
        )

    def request_validation(self):
        self._cs_check_submit()
        self._cs_lock_for_review()
        return super(CsTierGuardMixin, self._cs_reviews_open()).request_validation()

    def _cs_check_submit(self):
        if self._cs_submit_groups:
            self._cs_check_groups(self._cs_submit_groups, self.env._("submit"))
        if self._cs_submit_states:
            self._cs_check_state(self._cs_submit_states, self.env._("submit"))

    def restart_validation(self):
        return self._cs_with_all_reviews(
            super(CsTierGuardMixin, type(self)).restart_validation
        )

    def write(self, vals):
        if "review_ids" in vals and not is_trusted(self.env, REVIEW_KEY):
            raise AccessError(
                self.env._(
                    "Reviews change only through the Request Validation, "
                    "Validate and Reject buttons of their document."
                )
            )
        return super().write(vals)

    def _tier_validation_check_write_remove_reviews(self, vals):
        # base_tier_validation drops the reviews when a document goes back.
        return self._cs_with_all_reviews(
            super(
                CsTierGuardMixin, type(self)
            )._tier_validation_check_write_remove_reviews,
            vals,
        )

    def unlink(self):
        trusted(self._cs_all_reviews(), REVIEW_KEY).unlink()
        return super().unlink()

    def _update_counter(self, review_counter):
        # Promotes the next tier, which the acting reviewer may not read.
        return self._cs_with_all_reviews(
            super(CsTierGuardMixin, type(self))._update_counter, review_counter
        )

    # The document's status, counters and buttons depend on all its
    # reviews, also for users the record rule hides some of them from.
    def _compute_need_validation(self):
        # Within a compute: drop the cached rows without flushing.
        docs = self.sudo()
        docs.invalidate_recordset(["review_ids"], flush=False)
        res = super(CsTierGuardMixin, docs)._compute_need_validation()
        docs.invalidate_recordset(["review_ids"], flush=False)
        return res

    def _cs_all_reviews(self):
        """Every review of these documents, read from the database.

        ``review_ids`` may hold what the user's record rule let the form
        load (only the user's own row, say), and a decision taken on that
        part would let the General Manager approve before Legal."""
        return (
            self.env["tier.review"]
            .sudo()
            .search([("model", "=", self._name), ("res_id", "in", self._origin.ids)])
        )

    def _get_sequences_to_approve(self, user):
        all_reviews = self._cs_all_reviews().filtered(
            lambda r: r.status in ("waiting", "pending")
        )
        return self._cs_sequences_for(all_reviews, user)

    def _cs_sequences_for(self, open_reviews, user):
        mine = open_reviews.filtered(lambda r: user in r.reviewer_ids)
        sequences = mine.filtered(lambda r: not r.approve_sequence).mapped("sequence")
        in_order = mine.filtered("approve_sequence").mapped("sequence")
        if in_order and min(in_order) <= min(open_reviews.mapped("sequence")):
            sequences.append(min(in_order))
        return sequences

    def _compute_can_review(self):
        open_reviews = self._cs_all_reviews().filtered(
            lambda r: r.status in ("waiting", "pending")
        )
        for rec in self:
            reviews = open_reviews.filtered(
                lambda r, rec=rec: r.res_id == rec._origin.id
            )
            rec.can_review = bool(rec._cs_sequences_for(reviews, self.env.user))

    def _compute_validation_status(self):
        # Decisions (promote the document once validated) rest on it: count
        # every review, not the rows the acting user's record rule shows.
        validated, rejected = self._validated_states(), self._rejected_states()
        all_reviews = self._cs_all_reviews()
        for rec in self:
            reviews = all_reviews.filtered(
                lambda r, rec=rec: r.res_id == rec._origin.id
            )
            statuses = set(reviews.mapped("status"))
            if reviews and statuses <= set(validated):
                rec.validation_status = "validated"
            elif statuses & set(rejected):
                rec.validation_status = "rejected"
            elif "pending" in statuses:
                rec.validation_status = "pending"
            elif "waiting" in statuses:
                rec.validation_status = "waiting"
            else:
                rec.validation_status = "no"

    def _compute_reviewer_ids(self):
        docs = self.sudo()
        docs.invalidate_recordset(["review_ids"], flush=False)
        res = super(CsTierGuardMixin, docs)._compute_reviewer_ids()
        docs.invalidate_recordset(["review_ids"], flush=False)
        return res

    def _compute_has_comment(self):
        mine = self._cs_all_reviews().filtered(
            lambda r: r.status in ("waiting", "pending")
            and r.has_comment
            and self.env.user in r.reviewer_ids
        )
        with_comment = set(mine.mapped("res_id"))
        for rec in self:
            rec.has_comment = rec._origin.id in with_comment

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

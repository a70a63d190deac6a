# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ...tools import is_trusted, reader_env, trusted

MAX_SWAPS_PER_MONTH = 3
# Rule b looks for the neighbouring shifts of a person within this window.
NEIGHBOUR_WINDOW_DAYS = 14


class CsShiftSwap(models.Model):
    """A shift swap (换班) with its return shift (还班), CORE-DUTY-3 and -4.

    The requester gives ``shift_out_id`` to the counterpart and works the
    counterpart's ``shift_return_id`` in return. The counterpart consents,
    then the department manager approves through tier validation; approval
    moves both shifts in one transaction.
    """

    _name = "cs.shift.swap"
    _description = "Shift Swap"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "cs.workflow.mixin",
        "cs.tier.guard.mixin",
        "tier.validation",
    ]
    _order = "swap_date desc, id desc"
    # The manager's approval is requested once the counterpart consented.
    _cs_submit_states = ("to_approve",)

    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "cancel"
    _tier_validation_manual_config = False
    # The counterpart consents to, and the manager approves, the reason given.
    _cs_first_state_fields = ("reason",)
    _cs_guarded_fields = ("consent_date", "approval_date")

    name = fields.Char(compute="_compute_name", store=True)
    requester_id = fields.Many2one(
        "res.users",
        required=True,
        default=lambda self: self.env.user,
        index=True,
        tracking=True,
    )
    counterpart_id = fields.Many2one(
        "res.users", required=True, index=True, tracking=True
    )
    shift_out_id = fields.Many2one(
        "cs.duty.shift",
        string="Shift Given",
        required=True,
        ondelete="restrict",
        tracking=True,
        domain="[('user_id', '=', requester_id), ('swap_id', '=', False)]",
        help="The requester's shift that the counterpart will work.",
        check_company=True,
    )
    shift_return_id = fields.Many2one(
        "cs.duty.shift",
        string="Return Shift",
        required=True,
        ondelete="restrict",
        tracking=True,
        domain="[('user_id', '=', counterpart_id), ('swap_id', '=', False)]",
        help="The counterpart's shift that the requester works in return (还班).",
        check_company=True,
    )
    swap_date = fields.Date(
        related="shift_out_id.date", store=True, index=True, string="Swap Date"
    )
    return_date = fields.Date(related="shift_return_id.date", store=True)
    reason = fields.Text()
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("to_consent", "Awaiting Counterpart"),
            ("to_approve", "Awaiting Approval"),
            ("approved", "Approved"),
            ("done", "Fulfilled"),
            ("unfulfilled", "Unfulfilled"),
            ("refused", "Declined by Counterpart"),
            ("rejected", "Rejected"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    consent_date = fields.Datetime(readonly=True, copy=False)
    approval_date = fields.Datetime(readonly=True, copy=False)

    @api.model
    def _active_states(self):
        """States in which a swap counts for the rules and blocks its shifts."""
        return ["draft", "to_consent", "to_approve", "approved", "done", "unfulfilled"]

    @api.depends("requester_id.name", "counterpart_id.name", "swap_date")
    def _compute_name(self):
        for swap in self:
            swap.name = (
                f"{swap.requester_id.name or ''} ⇄ {swap.counterpart_id.name or ''} "
                f"{swap.swap_date or ''}"
            )

    # ------------------------------------------------------------------
    # Guards
    # ------------------------------------------------------------------
    def _cs_state_locked_message(self):
        return self.env._("The state of a shift swap changes only through its buttons.")

    def write(self, vals):
        locked_fields = {
            "requester_id",
            "counterpart_id",
            "shift_out_id",
            "shift_return_id",
        }
        if locked_fields & set(vals) and self.filtered(lambda s: s.state != "draft"):
            raise UserError(
                self.env._("Only a draft shift swap can change its parties or shifts.")
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if self.filtered(lambda s: s.state not in ("draft", "cancel")):
            raise UserError(
                self.env._("Only draft or cancelled shift swaps can be deleted.")
            )

    def _cs_set_state(self, state, **vals):
        # The swap's own transitions decide; base_tier_validation must not
        # refuse them as writes "under validation".
        return super(
            CsShiftSwap, self.with_context(skip_validation_check=True)
        )._cs_set_state(state, **vals)

    # ------------------------------------------------------------------
    # Rules CORE-DUTY-4 a–e
    # ------------------------------------------------------------------
    @api.constrains("requester_id", "counterpart_id", "shift_out_id", "shift_return_id")
    def _check_swap_rules(self):
        for swap in self.filtered(
            lambda s: s.state in ("draft", "to_consent", "to_approve")
        ):
            swap._check_parties()
            swap._check_rule_d_public_holiday()
            swap._check_rule_e_leave()
            swap._check_rule_a_monthly_limit()
            swap._check_rule_b_consecutive()
            swap._check_rule_c_back_to_back()

    def _check_parties(self):
        if self.requester_id == self.counterpart_id:
            raise ValidationError(self.env._("A shift cannot be swapped with oneself."))
        if self.shift_out_id.user_id != self.requester_id:
            raise ValidationError(
                self.env._("The shift given must be one of the requester's shifts.")
            )
        if self.shift_return_id.user_id != self.counterpart_id:
            raise ValidationError(
                self.env._("The return shift must be one of the counterpart's shifts.")
            )
        if (self.shift_out_id.date, self.shift_out_id.shift_type_id) == (
            self.shift_return_id.date,
            self.shift_return_id.shift_type_id,
        ):
            raise ValidationError(
                self.env._("Both shifts are the same shift type on the same day.")
            )
        if (self.shift_out_id | self.shift_return_id).filtered("swap_id"):
            raise ValidationError(
                self.env._("A shift that was already swapped cannot be swapped again.")
            )
        # sudo: the rules count swaps the current agent is not allowed to read.
        busy = self.sudo().search_count(
            [
                ("id", "!=", self.id),
                ("state", "in", ["to_consent", "to_approve"]),
                "|",
                ("shift_out_id", "in", (self.shift_out_id | self.shift_return_id).ids),
                (
                    "shift_return_id",
                    "in",
                    (self.shift_out_id | self.shift_return_id).ids,
                ),
            ]
        )
        if busy:
            raise ValidationError(
                self.env._(
                    "One of these shifts is already part of a pending swap request."
                )
            )

    def _check_rule_a_monthly_limit(self):
        month_start = self.swap_date.replace(day=1)
        month_end = month_start + relativedelta(months=1)
        for person in self.requester_id | self.counterpart_id:
            count = self.sudo().search_count(
                [
                    ("id", "!=", self.id),
                    ("state", "in", self._active_states()),
                    ("swap_date", ">=", month_start),
                    ("swap_date", "<", month_end),
                    "|",
                    ("requester_id", "=", person.id),
                    ("counterpart_id", "=", person.id),
                ]
            )
            if count >= MAX_SWAPS_PER_MONTH:
                raise ValidationError(
                    self.env._(
                        "%(person)s already has %(count)s shift swaps "
                        "in %(month)s; at most %(max)s swaps per person per calendar "
                        "month are allowed.",
                        person=person.name,
                        count=count,
                        month=month_start.strftime("%Y-%m"),
                        max=MAX_SWAPS_PER_MONTH,
                    )
                )

    def _check_rule_b_consecutive(self):
        """A person's swapped shift may not directly follow (or precede) a shift
        of theirs that an earlier swap already moved."""
        swap_shifts = self.shift_out_id | self.shift_return_id
        dates = swap_shifts.mapped("date")
        Shift = self.env["cs.duty.shift"]
        for person in self.requester_id | self.counterpart_id:
            timeline = (
                Shift.search(
                    [
                        "|",
                        ("user_id", "=", person.id),
                        ("original_user_id", "=", person.id),
                        (
                            "date",
                            ">=",
                            min(dates) - timedelta(days=NEIGHBOUR_WINDOW_DAYS),
                        ),
                        (
                            "date",
                            "<=",
                            max(dates) + timedelta(days=NEIGHBOUR_WINDOW_DAYS),
                        ),
                    ]
                )
                | swap_shifts
            ).sorted(lambda s: (s._local_interval()[0], s.id))
            shifts = list(timeline)
            for index, shift in enumerate(shifts):
                if shift not in swap_shifts:
                    continue
                neighbours = shifts[max(index - 1, 0) : index + 2]
                if any(
                    n.swap_id and n.swap_id != self and n not in swap_shifts
                    for n in neighbours
                ):
                    raise ValidationError(
                        self.env._(
                            "No consecutive swaps. The shift of "
                            "%(date)s directly follows or precedes a shift of "
                            "%(person)s that was already swapped.",
                            date=shift.date,
                            person=person.name,
                        )
                    )

    def _check_rule_c_back_to_back(self):
        """After the swap neither person may work two shifts in a row (连班)."""
        min_rest = timedelta(
            hours=float(
                self.env["ir.config_parameter"]
                .sudo()
                .get_param("cs_core.duty_min_rest_hours", "1")
            )
        )
        dates = (self.shift_out_id | self.shift_return_id).mapped("date")
        roster = self.env["cs.duty.shift"].search(
            [
                ("user_id", "in", (self.requester_id | self.counterpart_id).ids),
                ("date", ">=", min(dates) - timedelta(days=2)),
                ("date", "<=", max(dates) + timedelta(days=2)),
            ]
        )
        after_swap = {
            self.requester_id: roster.filtered(lambda s: s.user_id == self.requester_id)
            - self.shift_out_id
            | self.shift_return_id,
            self.counterpart_id: roster.filtered(
                lambda s: s.user_id == self.counterpart_id
            )
            - self.shift_return_id
            | self.shift_out_id,
        }
        for person, shifts in after_swap.items():
            intervals = sorted(s._local_interval() for s in shifts)
            for (_start, prev_end), (next_start, _end) in zip(
                intervals, intervals[1:], strict=False
            ):
                if next_start - prev_end < min_rest:
                    raise ValidationError(
                        self.env._(
                            "After this swap %(person)s would work "
                            "back-to-back shifts (连班) around %(when)s.",
                            person=person.name,
                            when=fields.Datetime.to_string(prev_end),
                        )
                    )

    def _check_rule_d_public_holiday(self):
        calendar = self.company_id.resource_calendar_id
        if not calendar:
            return
        dates = (self.shift_out_id | self.shift_return_id).mapped("date")
        holidays = calendar._cs_public_holiday_dates(min(dates), max(dates))
        for day in dates:
            if day in holidays:
                raise ValidationError(
                    self.env._(
                        "No shift swaps on public holidays "
                        "(%(date)s is a public holiday).",
                        date=day,
                    )
                )

    def _check_rule_e_leave(self):
        on_leave = (self.shift_out_id | self.shift_return_id).filtered("on_leave")
        if on_leave:
            raise ValidationError(
                self.env._(
                    "No leave may be taken on a swap shift or a "
                    "return shift (%(shift)s is marked as leave).",
                    shift=on_leave[0].name,
                )
            )

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _check_user(self, user, what):
        if self.env.user != user and not self.env.user.has_group(
            "cs_core.group_cs_supervisor"
        ):
            raise UserError(what)

    def action_submit(self):
        for swap in self:
            if swap.state != "draft":
                raise UserError(self.env._("Only a draft shift swap can be submitted."))
            swap._check_user(
                swap.requester_id,
                self.env._("Only the requester can submit this shift swap."),
            )
            swap._check_swap_rules()
            swap._cs_set_state("to_consent")
            swap.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=swap.counterpart_id.id,
                summary=reader_env(self, swap.counterpart_id)._(
                    "Consent to the shift swap"
                ),
            )
        return True

    def action_consent(self):
        """Counterpart consent (CORE-DUTY-3); it must come before the manager."""
        for swap in self:
            if swap.state != "to_consent":
                raise UserError(
                    self.env._("This shift swap is not waiting for the counterpart.")
                )
            if self.env.user != swap.counterpart_id:
                raise UserError(
                    self.env._("Only the counterpart can consent to this shift swap.")
                )
            swap._check_swap_rules()
            swap._cs_set_state("to_approve", consent_date=fields.Datetime.now())
            swap.activity_feedback(["mail.mail_activity_data_todo"])
            # need_validation has no dependencies: drop the value cached
            # while the swap was still awaiting consent.
            swap.invalidate_recordset(["need_validation", "review_ids"])
            if swap.need_validation:
                # The swap's requester asks for the approval (and reads the
                # manager's decision), though the counterpart's consent
                # sends it.
                swap.with_user(swap.requester_id).sudo().request_validation()
        return True

    def action_refuse(self):
        for swap in self:
            if swap.state != "to_consent" or self.env.user != swap.counterpart_id:
                raise UserError(
                    self.env._("Only the counterpart can decline this shift swap.")
                )
            swap._cs_set_state("refused")
            swap.activity_unlink(["mail.mail_activity_data_todo"])
        return True

    def action_approve(self):
        """Manager approval when no tier definition applies (fallback)."""
        self._cs_check_groups(
            ["cs_core.group_cs_manager"], self.env._("approve shift swaps")
        )
        for swap in self:
            if swap.state != "to_approve":
                raise UserError(
                    self.env._(
                        "The counterpart must consent before the manager approves."
                    )
                )
            if swap.review_ids and swap.validation_status != "validated":
                raise UserError(self.env._("The approval review is still open."))
            swap._apply_swap()
        return True

    def action_cancel(self):
        for swap in self:
            if swap.state not in ("draft", "to_consent", "to_approve"):
                raise UserError(
                    self.env._("An approved or closed shift swap cannot be cancelled.")
                )
            swap._check_user(
                swap.requester_id,
                self.env._("Only the requester or a supervisor can cancel this swap."),
            )
            swap._cs_set_state("cancel")
            swap.activity_unlink(["mail.mail_activity_data_todo"])
        return True

    def action_draft(self):
        for swap in self:
            if swap.state not in ("cancel", "refused", "rejected"):
                raise UserError(
                    self.env._("Only a closed request can be reset to draft.")
                )
            swap._check_user(
                swap.requester_id,
                self.env._("Only the requester can reset this shift swap."),
            )
            swap._cs_set_state("draft")
        return True

    def _apply_swap(self):
        """Move both shifts in the current transaction: either both people's
        roster changes, or neither does."""
        self.ensure_one()
        shifts = self.shift_out_id | self.shift_return_id
        self.env.cr.execute(
            "SELECT id FROM cs_duty_shift WHERE id IN %s FOR UPDATE",
            [tuple(shifts.ids)],
        )
        self._check_swap_rules()
        self.invalidate_recordset(
            ["need_validation", "review_ids", "validation_status"]
        )
        self._cs_set_state("approved", approval_date=fields.Datetime.now())
        shift_model = trusted(self.env["cs.duty.shift"].sudo(), "cs_swap_apply")
        shift_model.browse(self.shift_out_id.id).write(
            {"user_id": self.counterpart_id.id, "swap_id": self.id}
        )
        shift_model.browse(self.shift_return_id.id).write(
            {"user_id": self.requester_id.id, "swap_id": self.id}
        )
        self._after_swap_applied()

    def _after_swap_applied(self):
        self.message_post(
            body=self.env._(
                "Swap approved: %(counterpart)s works %(out)s, %(requester)s works "
                "%(ret)s.",
                counterpart=self.counterpart_id.name,
                out=self.shift_out_id.name,
                requester=self.requester_id.name,
                ret=self.shift_return_id.name,
            ),
            partner_ids=(self.requester_id | self.counterpart_id).partner_id.ids,
        )

    def _update_fulfilment(self):
        """Close approved swaps once attendance of both shifts is known (4f)."""
        for swap in self.filtered(
            lambda s: s.state in ("approved", "done", "unfulfilled")
        ):
            attendance = set(
                (swap.shift_out_id | swap.shift_return_id).mapped("attendance")
            )
            if "absent" in attendance:
                swap._cs_set_state("unfulfilled")
            elif attendance == {"present"}:
                swap._cs_set_state("done")

    # ------------------------------------------------------------------
    # Tier validation hooks (department manager approval)
    # ------------------------------------------------------------------
    def _validate_tier(self, tiers=False):
        res = super()._validate_tier(tiers)
        if (
            self.state == "to_approve"
            and self.validation_status == "validated"
            and not is_trusted(self.env, "cs_swap_applying")
        ):
            trusted(self, "cs_swap_applying")._apply_swap()
        return res

    def _rejected_tier(self, tiers=False):
        res = super()._rejected_tier(tiers)
        if self.state == "to_approve" and self.validation_status == "rejected":
            self._cs_set_state("rejected")
        return res

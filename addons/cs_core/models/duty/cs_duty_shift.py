# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from ...tools import is_trusted

DEFAULT_TZ = "Asia/Shanghai"


class CsDutyShift(models.Model):
    """One agent on one shift on one day: a line of the duty roster (CORE-DUTY-1)."""

    _name = "cs.duty.shift"
    _description = "Duty Shift"
    _check_company_auto = True
    _inherit = ["mail.thread", "cs.guarded.fields.mixin"]
    # Recorded by the supervisor's Present / Absent buttons.
    _cs_guarded_fields = ("attendance", "absence_user_id")
    _order = "date, start_datetime, user_id"

    name = fields.Char(compute="_compute_name", store=True, precompute=True)
    user_id = fields.Many2one(
        "res.users",
        string="Agent",
        required=True,
        index=True,
        tracking=True,
        domain=lambda self: [
            ("all_group_ids", "in", self.env.ref("cs_core.group_cs_agent").ids)
        ],
    )
    original_user_id = fields.Many2one(
        "res.users",
        string="Planned Agent",
        readonly=True,
        index=True,
        help="The agent the shift was planned for, before any swap.",
    )
    date = fields.Date(required=True, index=True, tracking=True)
    shift_type_id = fields.Many2one(
        "cs.shift.type",
        required=True,
        ondelete="restrict",
        tracking=True,
        check_company=True,
    )
    team_id = fields.Many2one("helpdesk.ticket.team", index=True, check_company=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    color = fields.Integer(related="shift_type_id.color")
    start_datetime = fields.Datetime(
        string="Start",
        compute="_compute_datetimes",
        store=True,
        precompute=True,
        index=True,
    )
    end_datetime = fields.Datetime(
        string="End", compute="_compute_datetimes", store=True, precompute=True
    )
    swap_id = fields.Many2one(
        "cs.shift.swap",
        string="Swapped By",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The approved shift swap that moved this shift to its current agent.",
        check_company=True,
    )
    on_leave = fields.Boolean(
        tracking=True, help="The agent takes leave on this shift."
    )
    leave_note = fields.Char(string="Leave Reason")
    attendance = fields.Selection(
        [("planned", "Planned"), ("present", "Present"), ("absent", "Absent")],
        default="planned",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    absence_user_id = fields.Many2one(
        "res.users",
        string="Absence Recorded For",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The responsible party recorded as absent.",
    )
    is_public_holiday = fields.Boolean(compute="_compute_is_public_holiday")

    _user_date_idx = models.Index("(user_id, date)")
    _uniq_agent_day_type = models.Constraint(
        "UNIQUE(user_id, date, shift_type_id)",
        "An agent can hold a shift type only once per day.",
    )

    @api.depends("user_id.name", "date", "shift_type_id.name")
    def _compute_name(self):
        for shift in self:
            day, kind = shift.date or "", shift.shift_type_id.name or ""
            shift.name = f"{day} {kind} · {shift.user_id.name or ''}"

    @api.depends("user_id.name", "date", "shift_type_id.name")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """The stored ``name`` (for search) holds the shift type in its
        creator's language; the roster shows it in the reader's."""
        for shift in self:
            shift.display_name = (
                f"{shift.date or ''} {shift.shift_type_id.name or ''} · "
                f"{shift.user_id.name or ''}"
            )

    def _tz(self):
        calendar = (
            self.company_id.resource_calendar_id
            or self.env.company.resource_calendar_id
        )
        return pytz.timezone(calendar.tz or DEFAULT_TZ)

    @api.depends(
        "date",
        "shift_type_id.start_hour",
        "shift_type_id.end_hour",
        "company_id.resource_calendar_id.tz",
    )
    def _compute_datetimes(self):
        tz_by_company = {}
        for shift in self:
            if not (shift.date and shift.shift_type_id):
                shift.start_datetime = shift.end_datetime = False
                continue
            if shift.company_id not in tz_by_company:
                tz_by_company[shift.company_id] = shift._tz()
            tz = tz_by_company[shift.company_id]
            start, end = shift._local_interval()
            shift.start_datetime = (
                tz.localize(start).astimezone(pytz.utc).replace(tzinfo=None)
            )
            shift.end_datetime = (
                tz.localize(end).astimezone(pytz.utc).replace(tzinfo=None)
            )

    def _compute_is_public_holiday(self):
        for company, shifts in self.grouped("company_id").items():
            calendar = company.resource_calendar_id
            dates = [d for d in shifts.mapped("date") if d]
            holidays = (
                calendar._cs_public_holiday_dates(min(dates), max(dates))
                if calendar and dates
                else set()
            )
            for shift in shifts:
                shift.is_public_holiday = shift.date in holidays

    def _local_interval(self):
        """Naive local (start, end) of the shift, used by the swap rules."""
        self.ensure_one()
        return self.shift_type_id._local_interval(self.date)

    # ------------------------------------------------------------------
    # CRUD and constraints
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("original_user_id", vals.get("user_id"))
        return super().create(vals_list)

    def write(self, vals):
        if "user_id" in vals and not is_trusted(self.env, "cs_swap_apply"):
            if self.filtered("swap_id"):
                raise UserError(
                    self.env._(
                        "A swapped shift cannot be reassigned by hand; "
                        "cancel or request another swap."
                    )
                )
        return super().write(vals)

    @api.constrains("user_id", "date", "shift_type_id")
    def _check_no_overlap(self):
        """One query for the whole batch, so roster generation stays bounded."""
        self.flush_model(["user_id", "start_datetime", "end_datetime"])
        self.env.cr.execute(
            SQL(
                """
                SELECT a.id FROM cs_duty_shift a
                  JOIN cs_duty_shift b
                    ON b.user_id = a.user_id AND b.id != a.id
                   -- shifts last less than a day: only neighbours can overlap
                   AND b.date BETWEEN a.date - 1 AND a.date + 1
                   AND a.start_datetime < b.end_datetime
                   AND b.start_datetime < a.end_datetime
                 WHERE a.id = ANY(%s)
                 LIMIT 1
                """,
                self.ids,
            )
        )
        row = self.env.cr.fetchone()
        if row:
            shift = self.browse(row[0])
            raise ValidationError(
                self.env._(
                    "%(agent)s already has an overlapping shift on %(date)s.",
                    agent=shift.user_id.name,
                    date=shift.date,
                )
            )

    @api.constrains("on_leave", "swap_id")
    def _check_leave_not_on_swap_shift(self):
        leave_shifts = self.filtered("on_leave")
        if not leave_shifts:
            return
        pending = (
            self.env["cs.shift.swap"]
            .sudo()
            .search(
                [
                    ("state", "in", self.env["cs.shift.swap"]._active_states()),
                    "|",
                    ("shift_out_id", "in", leave_shifts.ids),
                    ("shift_return_id", "in", leave_shifts.ids),
                ]
            )
        )
        swap_shifts = (
            leave_shifts.filtered("swap_id")
            | (pending.shift_out_id | pending.shift_return_id) & leave_shifts
        )
        if swap_shifts:
            raise ValidationError(
                self.env._(
                    "No leave may be taken on a swap shift or a "
                    "return shift (%(shift)s).",
                    shift=swap_shifts[0].name,
                )
            )

    # ------------------------------------------------------------------
    # Attendance (CORE-DUTY-4f)
    # ------------------------------------------------------------------
    def _check_attendance_rights(self):
        self._cs_check_groups(
            ["cs_core.group_cs_supervisor"], self.env._("record shift attendance")
        )

    def action_mark_present(self):
        self._check_attendance_rights()
        self._set_present()
        return True

    def _set_present(self):
        self._cs_as_transition().write(
            {"attendance": "present", "absence_user_id": False}
        )
        self.swap_id._update_fulfilment()

    def action_mark_absent(self):
        self._check_attendance_rights()
        self._set_absent()
        return True

    def _set_absent(self):
        """Nobody worked the shift: the agent holding it (after any swap, the
        party who took it over) is the responsible party recorded as absent."""
        for shift in self:
            shift._cs_as_transition().write(
                {"attendance": "absent", "absence_user_id": shift.user_id.id}
            )
        self.swap_id._update_fulfilment()

    @api.model
    def _cron_record_unfulfilled_swaps(self, grace_hours=2):
        """Swap shifts that ended without anybody checking in become absences
        of the responsible party (CORE-DUTY-4f)."""
        limit = fields.Datetime.now() - timedelta(hours=grace_hours)
        shifts = self.search(
            [
                ("swap_id", "!=", False),
                ("swap_id.state", "=", "approved"),
                ("attendance", "=", "planned"),
                ("on_leave", "=", False),
                ("end_datetime", "<", limit),
            ]
        )
        shifts._set_absent()
        return shifts

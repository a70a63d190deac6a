# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import calendar
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

WEEKDAYS = [
    ("0", "Monday"),
    ("1", "Tuesday"),
    ("2", "Wednesday"),
    ("3", "Thursday"),
    ("4", "Friday"),
    ("5", "Saturday"),
    ("6", "Sunday"),
]


class CsRecurringDuty(models.Model):
    """A duty repeated on a schedule (daily inspection, Saturday weekly report,
    statistics on the 28th–30th, reconciliation on the 12th), which creates
    one activity per occurrence for each responsible user (CORE-ACT-3)."""

    _name = "cs.recurring.duty"
    _description = "Recurring Duty"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "next_date, id"

    name = fields.Char(required=True, translate=True, tracking=True)
    active = fields.Boolean(default=True)
    note = fields.Html(translate=True)
    user_ids = fields.Many2many(
        "res.users", string="Responsible Users", required=True, tracking=True
    )
    activity_type_id = fields.Many2one(
        "mail.activity.type",
        required=True,
        default=lambda self: self.env.ref("mail.mail_activity_data_todo", False),
    )
    recurrence = fields.Selection(
        [("daily", "Daily"), ("weekly", "Weekly"), ("monthly", "Monthly")],
        required=True,
        default="weekly",
        tracking=True,
    )
    weekday = fields.Selection(WEEKDAYS, default="5", string="Day of Week")
    month_day_from = fields.Integer(
        string="From Day", default=1, help="First day of the month of the duty."
    )
    month_day_to = fields.Integer(
        string="To Day",
        default=1,
        help="Last day of the month of the duty: the activity is due then. "
        "Days past the end of a month fall on its last day.",
    )
    start_date = fields.Date(required=True, default=fields.Date.context_today)
    last_date = fields.Date(
        string="Last Generated",
        readonly=True,
        copy=False,
        help="Start date of the last occurrence that produced activities.",
    )
    next_date = fields.Date(
        string="Next Occurrence", compute="_compute_next_date", store=True, index=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )

    @api.constrains("recurrence", "month_day_from", "month_day_to")
    def _check_month_days(self):
        for duty in self.filtered(lambda d: d.recurrence == "monthly"):
            if not 1 <= duty.month_day_from <= duty.month_day_to <= 31:
                raise ValidationError(
                    self.env._("Monthly duty days must satisfy 1 ≤ from ≤ to ≤ 31.")
                )

    @api.constrains("recurrence", "weekday")
    def _check_weekday(self):
        if self.filtered(lambda d: d.recurrence == "weekly" and not d.weekday):
            raise ValidationError(self.env._("A weekly duty needs a day of the week."))

    @api.depends(
        "recurrence",
        "weekday",
        "month_day_from",
        "month_day_to",
        "start_date",
        "last_date",
    )
    def _compute_next_date(self):
        for duty in self:
            if not duty.start_date or not duty.recurrence:
                duty.next_date = False
                continue
            earliest = duty.start_date
            if duty.last_date:
                earliest = max(earliest, duty.last_date + timedelta(days=1))
            duty.next_date = duty._occurrence_on_or_after(earliest)[0]

    @staticmethod
    def _clamp_day(year, month, day):
        return min(day, calendar.monthrange(year, month)[1])

    def _occurrence_on_or_after(self, day):
        """(start, deadline) of the first occurrence starting on or after ``day``."""
        self.ensure_one()
        if self.recurrence == "daily":
            return day, day
        if self.recurrence == "weekly":
            start = day + timedelta(days=(int(self.weekday) - day.weekday()) % 7)
            return start, start
        month = day.replace(day=1)
        while True:
            start = month.replace(
                day=self._clamp_day(month.year, month.month, self.month_day_from)
            )
            if start >= day:
                deadline = month.replace(
                    day=self._clamp_day(month.year, month.month, self.month_day_to)
                )
                return start, deadline
            month += relativedelta(months=1)

    def _generate_activities(self, today):
        """Create the activities of the occurrence due ``today`` at the latest."""
        for duty in self:
            if not duty.next_date or duty.next_date > today:
                continue
            # Catch up without flooding: only the latest occurrence not after today.
            start, deadline = duty._occurrence_on_or_after(duty.next_date)
            following = duty._occurrence_on_or_after(start + timedelta(days=1))
            while following[0] <= today:
                start, deadline = following
                following = duty._occurrence_on_or_after(start + timedelta(days=1))
            for user in duty.user_ids:
                duty.activity_schedule(
                    activity_type_id=duty.activity_type_id.id,
                    date_deadline=deadline,
                    summary=duty.name,
                    note=duty.note,
                    user_id=user.id,
                )
            duty.last_date = start

    @api.model
    def _cron_generate_activities(self):
        today = fields.Date.context_today(self)
        self.search([("next_date", "<=", today)])._generate_activities(today)

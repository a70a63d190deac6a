# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time, timedelta

from odoo import api, fields, models


def float_to_time(hours):
    """Convert a float hour (8.5) into a ``time`` (08:30); 24.0 maps to 00:00."""
    hours = hours % 24
    minutes = round(hours * 60)
    return time(minutes // 60, minutes % 60)


class CsShiftType(models.Model):
    """A kind of duty shift (早班/中班/夜班) with its working hours (CORE-DUTY-1)."""

    _name = "cs.shift.type"
    _description = "Shift Type"
    _order = "sequence, start_hour, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(help="Short code shown in the roster calendar, e.g. M, E, N.")
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    color = fields.Integer()
    company_id = fields.Many2one(
        "res.company", default=lambda self: self.env.company, index=True
    )
    start_hour = fields.Float(string="Start Time", required=True, default=8.0)
    end_hour = fields.Float(string="End Time", required=True, default=16.0)
    crosses_midnight = fields.Boolean(
        compute="_compute_crosses_midnight",
        store=True,
        help="The shift ends on the day after it starts (e.g. a night shift).",
    )
    duration = fields.Float(string="Duration (hours)", compute="_compute_duration")

    _check_start_hour = models.Constraint(
        "CHECK(start_hour >= 0 AND start_hour < 24)",
        "The start time of a shift type must be between 00:00 and 23:59.",
    )
    _check_end_hour = models.Constraint(
        "CHECK(end_hour >= 0 AND end_hour <= 24 AND end_hour != start_hour)",
        "The end time of a shift type must be between 00:00 and 24:00 "
        "and differ from its start time.",
    )

    @api.depends("start_hour", "end_hour")
    def _compute_crosses_midnight(self):
        for shift_type in self:
            shift_type.crosses_midnight = shift_type.end_hour < shift_type.start_hour

    @api.depends("start_hour", "end_hour")
    def _compute_duration(self):
        for shift_type in self:
            duration = shift_type.end_hour - shift_type.start_hour
            shift_type.duration = duration if duration > 0 else duration + 24

    def _local_interval(self, day):
        """Naive local (start, end) datetimes of this shift type on ``day``."""
        self.ensure_one()
        start = datetime.combine(day, float_to_time(self.start_hour))
        return start, start + timedelta(hours=self.duration)

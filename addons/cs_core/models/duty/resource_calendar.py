# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time, timedelta

import pytz

from odoo import models


class ResourceCalendar(models.Model):
    _inherit = "resource.calendar"

    def _cs_public_holiday_dates(self, date_from, date_to):
        """Local dates between ``date_from`` and ``date_to`` (inclusive) that are
        public holidays of this working-time calendar (CORE-DUTY-1, CORE-DUTY-4d).

        Public holidays are calendar leaves without a resource, attached to
        this calendar or to no calendar of the company. One query for any range.
        """
        self.ensure_one()
        tz = pytz.timezone(self.tz or "Asia/Shanghai")
        start_utc = tz.localize(datetime.combine(date_from, time.min)).astimezone(
            pytz.utc
        )
        end_utc = tz.localize(
            datetime.combine(date_to + timedelta(days=1), time.min)
        ).astimezone(pytz.utc)
        leaves = (
            self.env["resource.calendar.leaves"]
            .sudo()
            .search(
                [
                    ("resource_id", "=", False),
                    ("calendar_id", "in", [False, self.id]),
                    ("company_id", "in", [False, self.company_id.id]),
                    ("date_from", "<", end_utc.replace(tzinfo=None)),
                    ("date_to", ">", start_utc.replace(tzinfo=None)),
                ]
            )
        )
        holidays = set()
        for leave in leaves:
            local_from = pytz.utc.localize(leave.date_from).astimezone(tz).date()
            # date_to is the last instant of the holiday: step back one second
            # so a holiday ending at local midnight does not spill over.
            local_to = (
                pytz.utc.localize(leave.date_to - timedelta(seconds=1))
                .astimezone(tz)
                .date()
            )
            day = max(local_from, date_from)
            while day <= min(local_to, date_to):
                holidays.add(day)
                day += timedelta(days=1)
        return holidays

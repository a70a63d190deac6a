# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsMeter(models.Model):
    """A utility meter of a unit (water, electricity, gas)."""

    _name = "cs.meter"
    _description = "Utility Meter"
    _order = "building_id, unit_id, fee_kind_id"
    _check_company_auto = True

    name = fields.Char(string="Meter Number")
    unit_id = fields.Many2one(
        "cs.unit", required=True, ondelete="restrict", index=True, check_company=True
    )
    building_id = fields.Many2one(related="unit_id.building_id", store=True, index=True)
    project_id = fields.Many2one(related="unit_id.project_id", store=True)
    company_id = fields.Many2one(related="unit_id.company_id", store=True)
    fee_kind_id = fields.Many2one(
        "cs.fee.kind",
        required=True,
        ondelete="restrict",
        domain=[("billing_method", "=", "metered")],
    )
    active = fields.Boolean(default=True)
    reading_ids = fields.One2many("cs.meter.reading", "meter_id", string="Readings")
    last_reading_date = fields.Date(compute="_compute_last_reading")
    last_value = fields.Float(
        string="Last Reading", digits=(16, 2), compute="_compute_last_reading"
    )
    new_value = fields.Float(
        string="New Reading",
        digits=(16, 2),
        compute="_compute_new_value",
        inverse="_inverse_new_value",
        help="Type the value read today: it is saved as a new reading.",
    )

    _unit_kind_uniq = models.UniqueIndex(
        "(unit_id, fee_kind_id) WHERE active",
        "A unit has one active meter per utility.",
    )

    @api.depends("unit_id.complete_name", "fee_kind_id.name", "name")
    def _compute_display_name(self):
        for meter in self:
            meter.display_name = " / ".join(
                part
                for part in (
                    meter.unit_id.complete_name,
                    meter.fee_kind_id.name,
                    meter.name,
                )
                if part
            )

    @api.depends("reading_ids.value", "reading_ids.date")
    def _compute_last_reading(self):
        last = self.env["cs.meter.reading"]._last_before(self, None)
        for meter in self:
            reading = last.get(meter.id)
            meter.last_reading_date = reading and reading[0]
            meter.last_value = reading and reading[1]

    def _compute_new_value(self):
        self.new_value = 0.0

    def _inverse_new_value(self):
        date = self.env.context.get("cs_reading_date") or fields.Date.context_today(
            self
        )
        self.env["cs.meter.reading"].create(
            [
                {"meter_id": meter.id, "date": date, "value": meter.new_value}
                for meter in self
                if meter.new_value
            ]
        )


class CsMeterReading(models.Model):
    """A meter reading. A value below the previous reading is refused
    unless the reading records a meter replacement."""

    _name = "cs.meter.reading"
    _description = "Meter Reading"
    _order = "date desc, id desc"
    _check_company_auto = True

    meter_id = fields.Many2one(
        "cs.meter", required=True, ondelete="cascade", index=True, check_company=True
    )
    unit_id = fields.Many2one(related="meter_id.unit_id", store=True, index=True)
    building_id = fields.Many2one(related="meter_id.building_id", store=True)
    fee_kind_id = fields.Many2one(related="meter_id.fee_kind_id", store=True)
    company_id = fields.Many2one(related="meter_id.company_id", store=True)
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    value = fields.Float(digits=(16, 2), required=True)
    reader_id = fields.Many2one(
        "res.users", string="Read By", required=True, default=lambda self: self.env.user
    )
    is_replacement = fields.Boolean(
        string="Meter Replaced",
        help="The meter was replaced: the value is read on the new meter.",
    )
    old_meter_end_value = fields.Float(
        string="Old Meter Final Reading",
        digits=(16, 2),
        help="Final value of the removed meter; its consumption since the "
        "previous reading is billed with this reading.",
    )
    new_meter_start_value = fields.Float(
        string="New Meter Initial Reading", digits=(16, 2)
    )

    _value_positive = models.Constraint(
        "CHECK (value >= 0)", "A meter reading cannot be negative."
    )

    @api.constrains("value", "date", "meter_id", "is_replacement")
    def _check_not_decreasing(self):
        readings = self.env["cs.meter.reading"].search(
            [("meter_id", "in", self.meter_id.ids)], order="meter_id, date, id"
        )
        previous = {}
        for reading in readings:
            before = previous.get(reading.meter_id.id)
            if before and not reading.is_replacement and reading.value < before.value:
                raise ValidationError(
                    self.env._(
                        "The reading %(value)s of %(meter)s on %(date)s is lower "
                        "than the previous reading %(previous)s of %(previous_date)s. "
                        "Mark it as a meter replacement if the meter was changed.",
                        value=reading.value,
                        meter=reading.meter_id.display_name,
                        date=reading.date,
                        previous=before.value,
                        previous_date=before.date,
                    )
                )
            previous[reading.meter_id.id] = reading

    @api.model
    def _last_before(self, meters, date):
        """``{meter_id: (date, value)}`` of each meter's last reading before
        ``date`` (or ever, without a date), in one query."""
        if not meters:
            return {}
        self.flush_model(["meter_id", "date", "value"])
        query = """
            SELECT DISTINCT ON (meter_id) meter_id, date, value
              FROM cs_meter_reading
             WHERE meter_id = ANY(%s) {date_clause}
          ORDER BY meter_id, date DESC, id DESC
        """
        params = [meters.ids]
        date_clause = ""
        if date:
            date_clause = "AND date < %s"
            params.append(date)
        self.env.cr.execute(query.format(date_clause=date_clause), params)
        return {
            meter_id: (rdate, value)
            for meter_id, rdate, value in self.env.cr.fetchall()
        }

    @api.model
    def _consumption(self, meters, date_from, date_to):
        """``{meter_id: quantity}`` used between the last reading before
        ``date_from`` and the last reading up to ``date_to``, for the meters
        read in that range; a meter not read in the range is missing."""
        start = self._last_before(meters, date_from)
        self.flush_model()
        self.env.cr.execute(
            """
            SELECT meter_id, value, is_replacement, old_meter_end_value,
                   new_meter_start_value
              FROM cs_meter_reading
             WHERE meter_id = ANY(%s) AND date >= %s AND date <= %s
          ORDER BY meter_id, date, id
            """,
            [meters.ids, date_from, date_to],
        )
        used = {}
        last = {meter_id: value for meter_id, (_date, value) in start.items()}
        for meter_id, value, replaced, old_end, new_start in self.env.cr.fetchall():
            before = last.get(meter_id)
            if replaced:
                delta = (
                    max((old_end or 0.0) - (before or 0.0), 0.0)
                    + value
                    - (new_start or 0.0)
                )
            else:
                delta = value - before if before is not None else 0.0
            used[meter_id] = used.get(meter_id, 0.0) + delta
            last[meter_id] = value
        return used

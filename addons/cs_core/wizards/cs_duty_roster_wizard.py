# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError


class CsDutyRosterWizard(models.TransientModel):
    """Generate the roster for a date range from a rotating pattern (CORE-DUTY-1).

    Each agent runs through the pattern (one line per day, an empty shift type
    is a day off); with *Stagger* the agents start at successive positions of
    the pattern so that every shift is covered. Public holidays of the company
    working-time calendar can be skipped. Existing shifts are kept.
    """

    _name = "cs.duty.roster.wizard"
    _description = "Roster Generator"

    date_from = fields.Date(required=True, default=fields.Date.context_today)
    date_to = fields.Date(
        required=True,
        default=lambda self: fields.Date.context_today(self) + timedelta(days=29),
    )
    user_ids = fields.Many2many("res.users", string="Agents", required=True)
    team_id = fields.Many2one("helpdesk.ticket.team")
    line_ids = fields.One2many(
        "cs.duty.roster.wizard.line", "wizard_id", string="Pattern", required=True
    )
    stagger = fields.Boolean(
        default=True, help="Start each agent one step later in the pattern."
    )
    skip_public_holidays = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.onchange("team_id")
    def _onchange_team_id(self):
        if self.team_id and not self.user_ids:
            self.user_ids = self.team_id.user_ids

    def _check_generation_allowed(self):
        if not self.env.user.has_group("cs_core.group_cs_supervisor"):
            raise UserError(self.env._("Only a CS supervisor can plan the roster."))
        if self.date_to < self.date_from:
            raise UserError(
                self.env._("The end date must not be before the start date.")
            )
        if not self.line_ids:
            raise UserError(self.env._("Define at least one pattern line."))

    def _prepare_shift_vals(self):
        """Values of the shifts to create: a constant number of queries."""
        self.ensure_one()
        pattern = self.line_ids.sorted("sequence").mapped(
            lambda line: line.shift_type_id.id
        )
        holidays = set()
        calendar = self.company_id.resource_calendar_id
        if self.skip_public_holidays and calendar:
            holidays = calendar._cs_public_holiday_dates(self.date_from, self.date_to)
        existing = {
            (user.id, day)
            for user, day in self.env["cs.duty.shift"]._read_group(
                [
                    ("user_id", "in", self.user_ids.ids),
                    ("date", ">=", self.date_from),
                    ("date", "<=", self.date_to),
                ],
                ["user_id", "date:day"],
            )
        }
        vals_list = []
        days = (self.date_to - self.date_from).days + 1
        for offset in range(days):
            day = self.date_from + timedelta(days=offset)
            if day in holidays:
                continue
            for index, user in enumerate(self.user_ids):
                shift_type_id = pattern[
                    (offset + (index if self.stagger else 0)) % len(pattern)
                ]
                if not shift_type_id or (user.id, day) in existing:
                    continue
                vals_list.append(
                    {
                        "user_id": user.id,
                        "date": day,
                        "shift_type_id": shift_type_id,
                        "team_id": self.team_id.id,
                        "company_id": self.company_id.id,
                    }
                )
        return vals_list

    def action_generate(self):
        self.ensure_one()
        self._check_generation_allowed()
        # Bulk planning: no chatter message or follower per generated shift.
        shifts = (
            self.env["cs.duty.shift"]
            .with_context(
                tracking_disable=True,
                mail_create_nolog=True,
                mail_create_nosubscribe=True,
            )
            .create(self._prepare_shift_vals())
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Generated Shifts"),
            "res_model": "cs.duty.shift",
            "view_mode": "calendar,list,pivot,form",
            "domain": [("id", "in", shifts.ids)],
        }

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.cs_core.tools import is_trusted, trusted

LADDER_JOB_KEY = "cs_fee_ladder_job"
STEP_LEVELS = [
    ("1", "Reminder Notice"),
    ("2", "Deadline Notice"),
    ("3", "Area Manager Visit"),
    ("4", "Assistant Visit"),
    ("5", "Referral to Service Centre and Director"),
]
# Notices are issued when the step is made; visits wait for their outcome.
NOTICE_LEVELS = ("1", "2")
UNPAID = ("not_paid", "partial")


class CsFeeDunningStep(models.Model):
    """One step of the overdue ladder of a bill (PM-FEE-3 a–e).

    Steps are made by the daily overdue job only, one level after the
    other; a notice is issued when made, a visit is open until its outcome
    is recorded, and a recorded step can no longer change.
    """

    _name = "cs.fee.dunning.step"
    _description = "Overdue Step"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _order = "move_id, level"
    _check_company_auto = True
    _cs_guarded_fields = ("move_id", "level", "date", "user_id", "deadline_date")
    _cs_first_state_fields = ("outcome", "reason")

    move_id = fields.Many2one(
        "account.move", string="Bill", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="move_id.company_id", store=True)
    currency_id = fields.Many2one(related="move_id.currency_id")
    partner_id = fields.Many2one(related="move_id.partner_id", string="Owner")
    unit_id = fields.Many2one(related="move_id.cs_unit_id", store=True, string="Unit")
    building_id = fields.Many2one(
        related="move_id.cs_unit_id.building_id", store=True, string="Building"
    )
    area_manager_id = fields.Many2one(
        related="move_id.cs_unit_id.building_id.area_manager_id",
        store=True,
        string="Area Manager",
        index=True,
    )
    amount_residual = fields.Monetary(
        related="move_id.amount_residual", string="Amount Due"
    )
    payment_state = fields.Selection(related="move_id.payment_state")
    level = fields.Selection(STEP_LEVELS, string="Step", required=True, default="1")
    date = fields.Date(required=True, default=fields.Date.context_today)
    user_id = fields.Many2one("res.users", string="Responsible")
    deadline_date = fields.Date(
        string="Payment Deadline",
        help="The deadline given by the deadline notice; "
        "the late fee accrues after it.",
    )
    state = fields.Selection(
        [("open", "Open"), ("done", "Recorded")], default="open", required=True
    )
    outcome = fields.Selection(
        [
            ("issued", "Notice Issued"),
            ("promised", "Promised to Pay"),
            ("paid", "Paid"),
            ("refused", "Refuses to Pay"),
            ("grievance", "Grievance"),
            ("unreachable", "Owner Unreachable"),
            ("referred", "Referred"),
        ]
    )
    reason = fields.Text(string="Reason for Not Paying")
    done_date = fields.Date(string="Recorded On", readonly=True)
    done_by_id = fields.Many2one("res.users", string="Recorded By", readonly=True)
    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Grievance Ticket", readonly=True, copy=False
    )

    _move_level_uniq = models.Constraint(
        "UNIQUE (move_id, level)",
        "Each step of the overdue ladder happens once per bill.",
    )

    @api.depends("move_id.name", "level")
    def _compute_display_name(self):
        labels = dict(self._fields["level"]._description_selection(self.env))
        for step in self:
            step.display_name = f"{step.move_id.name} / {labels.get(step.level)}"

    @api.model_create_multi
    def create(self, vals_list):
        if not is_trusted(self.env, LADDER_JOB_KEY):
            raise UserError(
                self.env._(
                    "Overdue steps are made by the overdue job, one after the other."
                )
            )
        return super().create(vals_list)

    def _cs_notice_text(self):
        """The body of the reminder or deadline notice."""
        self.ensure_one()
        move = self.move_id
        text = self.env._(
            "Our records show that the bill %(bill)s of %(unit)s, due on %(due)s, "
            "still has %(amount)s to pay.",
            bill=move.name,
            unit=self.unit_id.complete_name,
            due=move.invoice_date_due,
            amount=move._cs_amount_text(move.amount_residual),
        )
        if self.deadline_date:
            return (
                text
                + " "
                + self.env._(
                    "Please pay by %(deadline)s. After that date a late fee of "
                    "%(rate)s‰ "
                    "of the overdue amount per day is charged.",
                    deadline=self.deadline_date,
                    rate=move.cs_ladder_kind_id.late_fee_rate,
                )
            )
        return (
            text
            + " "
            + self.env._(
                "Please settle it at the service centre cashier as soon as possible."
            )
        )

    # ------------------------------------------------------------------
    # Recording a visit (PM-FEE-3 c–e)
    # ------------------------------------------------------------------
    def action_record(self):
        """Record the outcome of an open visit step; a grievance becomes a
        helpdesk ticket linked to the step."""
        self._cs_check_groups(
            ["cs_property.group_pm_area_manager"], self.env._("record an overdue visit")
        )
        self._cs_check_state(["open"], self.env._("record"))
        self._cs_record(fields.Date.context_today(self))

    def _cs_record(self, day):
        for step in self:
            if not step.outcome:
                raise UserError(self.env._("Record the outcome of the visit first."))
            if step.outcome == "grievance":
                step._cs_transition_write(ticket_id=step._cs_create_ticket().id)
            step._cs_schedule_next(day)
        self.activity_ids.action_feedback()
        self._cs_set_state("done", done_date=day, done_by_id=self.env.user.id)

    def _cs_create_ticket(self):
        self.ensure_one()
        return (
            self.env["helpdesk.ticket"]
            .sudo()
            .create(
                {
                    "name": self.env._(
                        "Grievance of %(owner)s about %(unit)s (overdue bill %(bill)s)",
                        owner=self.partner_id.name,
                        unit=self.unit_id.complete_name,
                        bill=self.move_id.name,
                    ),
                    "description": self.reason
                    or self.env._("Grievance recorded at an overdue visit."),
                    "partner_id": self.partner_id.id,
                    "cs_unit_id": self.unit_id.id,
                    "cs_kind": "complaint",
                    "cs_complaint_category": "service",
                }
            )
        )

    def _cs_schedule_next(self, day):
        self.ensure_one()
        level = int(self.level)
        next_date = False
        if level < 5:
            days = self.move_id.cs_ladder_kind_id._ladder_days(level + 1)
            next_date = day + relativedelta(days=days)
        self.move_id._cs_ladder_write({"cs_dunning_next_date": next_date})

    # ------------------------------------------------------------------
    # The daily job (PM-FEE-3)
    # ------------------------------------------------------------------
    @api.model
    def _cron_advance_ladder(self, batch_size=1000):
        """Advance the overdue bills whose next step is due (PM-FEE-3), in
        batches; re-triggers itself while bills remain.

        A batch costs the same number of queries whatever its size: the
        steps and their activities are created in one batch each and the
        bills' ladder state is set in one UPDATE per group of identical
        values, not through ``account.move.write``."""
        self = self.sudo()
        today = fields.Date.context_today(self)
        moves = self._cs_due_moves(today, batch_size)
        self._cs_advance(moves, today)
        if len(moves) == batch_size:
            self.env.ref("cs_property.ir_cron_fee_ladder")._trigger()
        return moves

    @api.model
    def _cs_due_moves(self, today, batch_size):
        return self.env["account.move"].search(
            [
                ("cs_dunning_next_date", "<=", today),
                ("state", "=", "posted"),
                ("move_type", "=", "out_invoice"),
                ("payment_state", "in", UNPAID),
                ("cs_dunning_level", "!=", "5"),
            ],
            limit=batch_size,
            order="cs_dunning_next_date, id",
        )

    @api.model
    def _cs_advance(self, moves, today):
        if not moves:
            return self.browse()
        moves.fetch(
            ["cs_dunning_level", "cs_ladder_kind_id", "cs_unit_id", "company_id"]
        )
        vals_list = [self._cs_step_vals(move, today) for move in moves]
        steps = (
            trusted(self, LADDER_JOB_KEY)
            ._cs_as_transition()
            .with_context(
                mail_create_nolog=True,
                mail_create_nosubscribe=True,
                tracking_disable=True,
            )
            .create(vals_list)
        )
        self._cs_update_moves(steps, today)
        steps._cs_plan_activities()
        return steps

    @api.model
    def _cs_step_vals(self, move, today):
        level = str(int(move.cs_dunning_level) + 1)
        building = move.cs_unit_id.building_id
        project = move.cs_unit_id.project_id
        user = {
            "4": project.pm_assistant_id,
            "5": project.pm_director_id,
        }.get(level) or building.area_manager_id
        vals = {
            "move_id": move.id,
            "level": level,
            "date": today,
            "user_id": user.id,
        }
        if level in NOTICE_LEVELS:
            vals.update(state="done", outcome="issued", done_date=today)
        if level == "2":
            vals["deadline_date"] = today + relativedelta(
                days=move.cs_ladder_kind_id.grace_days
            )
        return vals

    @api.model
    def _cs_update_moves(self, steps, today):
        """One UPDATE per (level, next date) group, not per bill."""
        groups = {}
        for step in steps:
            kind = step.move_id.cs_ladder_kind_id
            vals = {"cs_dunning_level": step.level, "cs_dunning_next_date": False}
            if step.level in NOTICE_LEVELS:
                days = kind._ladder_days(int(step.level) + 1)
                vals["cs_dunning_next_date"] = today + relativedelta(days=days)
            if step.level == "2":
                vals["cs_late_fee_from"] = step.deadline_date
            key = tuple(sorted(vals.items()))
            groups.setdefault(key, self.env["account.move"])
            groups[key] |= step.move_id
        for key, moves in groups.items():
            moves._cs_ladder_write(dict(key))

    def _cs_plan_activities(self):
        """The responsible's to-do: deliver the notice or make the visit."""
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        model = self.env["ir.model"]._get_id(self._name)
        labels = dict(self._fields["level"]._description_selection(self.env))
        # Activities name their step one by one: compute the names at once.
        self.mapped("display_name")
        # No e-mail per activity (one per bill, and as many queries): the
        # responsible sees his visits in the activity menu, told once.
        self.env["mail.activity"].sudo().with_context(
            mail_activity_quick_update=True
        ).create(
            [
                {
                    "res_model_id": model,
                    "res_id": step.id,
                    "activity_type_id": activity_type.id,
                    "summary": labels[step.level],
                    "user_id": step.user_id.id,
                    "date_deadline": step.date,
                }
                for step in self
                if step.user_id and step.state == "open"
            ]
        )

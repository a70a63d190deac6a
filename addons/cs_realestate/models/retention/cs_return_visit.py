# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

AGENT = "cs_core.group_cs_agent"
MANAGER = "cs_core.group_cs_manager"
VISIT_KINDS = [
    ("first", "First Visit (after certification)"),
    ("second", "Second Visit (after move-in)"),
]
# Months after the starting date (RE-RET-2).
VISIT_MONTHS = {"first": 1, "second": 3}
VISIT_CHANNELS = [
    ("phone", "Phone"),
    ("visit", "Home Visit"),
    ("walk_in", "Walk-in"),
    ("wechat", "WeChat"),
    ("sms", "SMS"),
    ("email", "E-mail"),
]
# Planned visits shown as due this many days ahead.
DUE_DAYS = 7


class CsReturnVisit(models.Model):
    """Return visit to a buyer (回访, RE-RET-2).

    The first visit is due one month after certification, the second three
    months after the move-in; both are scheduled by the system.
    """

    _name = "cs.return.visit"
    _description = "Return Visit"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _cs_guarded_fields = ("done_date", "ticket_id")
    _cs_first_state_fields = (
        "contract_id",
        "kind",
        "scheduled_date",
        "channel",
        "contact_name",
        "customer_feedback",
    )
    _order = "scheduled_date, id"

    name = fields.Char(compute="_compute_name", store=True)
    contract_id = fields.Many2one(
        "cs.sale.contract", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    partner_id = fields.Many2one(related="contract_id.partner_id", store=True)
    unit_id = fields.Many2one(related="contract_id.unit_id", store=True)
    project_id = fields.Many2one(related="contract_id.project_id", store=True)
    kind = fields.Selection(VISIT_KINDS, required=True, index=True)
    scheduled_date = fields.Date(string="Due Date", required=True, index=True)
    user_id = fields.Many2one(
        "res.users",
        string="Agent",
        index=True,
        tracking=True,
        default=lambda self: self.env.user,
    )
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="planned",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
        index=True,
    )
    done_date = fields.Date(string="Visited On", readonly=True, copy=False)
    channel = fields.Selection(VISIT_CHANNELS, tracking=True)
    contact_name = fields.Char(
        string="Spoke With", help="Who answered for the customer."
    )
    customer_feedback = fields.Text(string="What the Customer Said")
    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Follow-up Ticket", readonly=True, copy=False
    )
    on_time = fields.Boolean(compute="_compute_on_time", store=True)
    deadline_state = fields.Selection(
        [
            ("upcoming", "Upcoming"),
            ("due", "Due"),
            ("overdue", "Overdue"),
            ("closed", "Closed"),
        ],
        compute="_compute_deadline_state",
    )

    _contract_kind_uniq = models.Constraint(
        "UNIQUE (contract_id, kind)", "A contract has one return visit of each kind."
    )

    @api.depends("contract_id.name", "kind")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for visit in self:
            visit.name = "%s / %s" % (
                visit.contract_id.name or "",
                kinds.get(visit.kind, ""),
            )

    @api.depends("done_date", "scheduled_date")
    def _compute_on_time(self):
        for visit in self:
            visit.on_time = (
                bool(visit.done_date) and visit.done_date <= visit.scheduled_date
            )

    @api.depends("state", "scheduled_date")
    def _compute_deadline_state(self):
        today = fields.Date.context_today(self)
        for visit in self:
            if visit.state != "planned":
                visit.deadline_state = "closed"
            elif visit.scheduled_date < today:
                visit.deadline_state = "overdue"
            elif visit.scheduled_date <= today + relativedelta(days=DUE_DAYS):
                visit.deadline_state = "due"
            else:
                visit.deadline_state = "upcoming"

    # ------------------------------------------------------------------
    # Scheduling (RE-RET-2)
    # ------------------------------------------------------------------
    @api.model
    def _cs_visit_date(self, kind, start):
        """``start`` plus the kind's months; the 31st becomes the month end."""
        return start + relativedelta(months=VISIT_MONTHS[kind])

    @api.model
    def _cs_schedule(self, contracts):
        """Create the missing visits of ``contracts`` in one batch.

        A fixed number of queries whatever the number of contracts: one read
        of the existing visits, one of the done move-ins, one batch insert.
        """
        contracts = contracts.filtered("certified_date")
        if not contracts:
            return self.browse()
        existing = {
            (visit.contract_id.id, visit.kind)
            for visit in self.sudo().search_fetch(
                [("contract_id", "in", contracts.ids)], ["contract_id", "kind"]
            )
        }
        moved_in = {}
        for move in (
            self.env["cs.move.in"]
            .sudo()
            .search_fetch(
                [("contract_id", "in", contracts.ids), ("state", "=", "done")],
                ["contract_id", "move_in_date"],
                order="move_in_date",
            )
        ):
            moved_in.setdefault(move.contract_id.id, move.move_in_date)
        vals_list = []
        for contract in contracts:
            starts = {
                "first": contract.certified_date,
                "second": moved_in.get(contract.id),
            }
            for kind, start in starts.items():
                if start and (contract.id, kind) not in existing:
                    vals_list.append(
                        {
                            "contract_id": contract.id,
                            "kind": kind,
                            "scheduled_date": self._cs_visit_date(kind, start),
                            "user_id": contract.user_id.id,
                        }
                    )
        return (
            self.sudo()
            .with_context(
                tracking_disable=True,
                mail_create_nolog=True,
                mail_create_nosubscribe=True,
            )
            .create(vals_list)
        )

    @api.model
    def _cron_schedule_visits(self):
        """Catch up the visits of contracts certified or moved in (RE-RET-2)."""
        contracts = self.env["cs.sale.contract"].search(
            [
                ("certified_date", "!=", False),
                ("state", "!=", "cancelled"),
                "|",
                ("visit_ids", "not any", [("kind", "=", "first")]),
                "&",
                ("move_in_ids", "any", [("state", "=", "done")]),
                ("visit_ids", "not any", [("kind", "=", "second")]),
            ]
        )
        return self._cs_schedule(contracts)

    # ------------------------------------------------------------------
    # Visit log
    # ------------------------------------------------------------------
    def action_done(self):
        """Log the visit: channel and what the customer said are required."""
        self._cs_check_groups([AGENT], self.env._("log return visits"))
        self._cs_check_state(["planned"], self.env._("log the visit"))
        for visit in self:
            if not visit.channel or not visit.customer_feedback:
                raise UserError(
                    self.env._(
                        "Fill in the channel and what the customer said before "
                        "logging %(visit)s.",
                        visit=visit.name,
                    )
                )
        self._cs_set_state("done", done_date=fields.Date.context_today(self))
        self.activity_feedback(["mail.mail_activity_data_call"])
        return True

    def action_cancel(self):
        self._cs_check_groups([MANAGER], self.env._("cancel return visits"))
        self._cs_check_state(["planned"], self.env._("cancel"))
        self._cs_set_state("cancelled")
        return True

    def action_create_ticket(self):
        """Open a follow-up ticket with what the customer raised."""
        self.ensure_one()
        self._cs_check_groups([AGENT], self.env._("open follow-up tickets"))
        if not self.ticket_id:
            ticket = self.env["helpdesk.ticket"].create(
                {
                    "name": self.env._("Return visit follow-up: %(v)s", v=self.name),
                    "description": self.customer_feedback or "",
                    "partner_id": self.partner_id.id,
                    "cs_unit_id": self.unit_id.id,
                    "company_id": self.company_id.id,
                }
            )
            self._cs_transition_write(ticket_id=ticket.id)
        return {
            "type": "ir.actions.act_window",
            "res_model": "helpdesk.ticket",
            "res_id": self.ticket_id.id,
            "view_mode": "form",
        }

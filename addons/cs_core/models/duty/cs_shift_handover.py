# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ...tools import reader_env


class CsShiftHandover(models.Model):
    """Handover log at a shift change (交接班, CORE-DUTY-2).

    接班人未到岗，交班人不得离台: the outgoing agent can close the handover only
    after the incoming agent has acknowledged it.
    """

    _name = "cs.shift.handover"
    _description = "Shift Handover"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _order = "handover_time desc, id desc"
    # What was handed over, and when, is fixed once the outgoing agent hands over.
    _cs_first_state_fields = ("outgoing_shift_id", "incoming_shift_id", "handover_time")
    _cs_guarded_fields = ("acknowledged_date", "supervisor_alerted")

    name = fields.Char(compute="_compute_name", store=True)
    outgoing_shift_id = fields.Many2one(
        "cs.duty.shift",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        check_company=True,
    )
    outgoing_user_id = fields.Many2one(
        related="outgoing_shift_id.user_id", store=True, string="Outgoing Agent"
    )
    incoming_shift_id = fields.Many2one(
        "cs.duty.shift",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        check_company=True,
    )
    incoming_user_id = fields.Many2one(
        related="incoming_shift_id.user_id", store=True, string="Incoming Agent"
    )
    incoming_start = fields.Datetime(
        related="incoming_shift_id.start_datetime",
        store=True,
        string="Incoming Shift Start",
    )
    supervisor_id = fields.Many2one(
        "res.users",
        string="Duty Supervisor",
        compute="_compute_supervisor_id",
        store=True,
        readonly=False,
        required=True,
        help="Alerted once if the handover is still unacknowledged after the "
        "incoming shift has started.",
    )
    company_id = fields.Many2one(
        related="outgoing_shift_id.company_id", store=True, index=True
    )
    handover_time = fields.Datetime(default=fields.Datetime.now, required=True)
    equipment_status = fields.Selection(
        [("ok", "All Normal"), ("issue", "Issues Reported")],
        default="ok",
        required=True,
        tracking=True,
    )
    equipment_notes = fields.Text(string="Equipment Details")
    ticket_ids = fields.Many2many(
        "helpdesk.ticket",
        string="Open Difficult Issues",
        help="Difficult issues still open that the incoming agent must follow.",
        check_company=True,
    )
    staff_changes = fields.Text()
    notes = fields.Html()
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("handed_over", "Awaiting Acknowledgement"),
            ("acknowledged", "Acknowledged"),
            ("closed", "Closed"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    acknowledged_date = fields.Datetime(readonly=True, copy=False)
    supervisor_alerted = fields.Boolean(
        readonly=True,
        copy=False,
        help="Set when the supervisor was alerted, so the alert fires only once.",
    )

    @api.depends("outgoing_shift_id.name", "incoming_user_id.name")
    def _compute_name(self):
        for handover in self:
            handover.name = self.env._(
                "%(shift)s → %(incoming)s",
                shift=handover.outgoing_shift_id.name or "",
                incoming=handover.incoming_user_id.name or "",
            )

    @api.depends(
        "incoming_shift_id.team_id.user_id", "outgoing_shift_id.team_id.user_id"
    )
    def _compute_supervisor_id(self):
        for handover in self:
            if not handover.supervisor_id:
                handover.supervisor_id = (
                    handover.incoming_shift_id.team_id.user_id
                    or handover.outgoing_shift_id.team_id.user_id
                )

    def _cs_state_locked_message(self):
        return self.env._("The state of a handover changes only through its buttons.")

    def write(self, vals):
        if self._cs_in_transition():
            return super().write(vals)
        # Once acknowledged the log is what the incoming agent signed for.
        if set(vals) - {"supervisor_alerted"} and self.filtered(
            lambda h: h.state in ("acknowledged", "closed")
        ):
            raise UserError(self.env._("An acknowledged handover cannot be changed."))
        return super().write(vals)

    def _is_supervisor(self):
        return self.env.user.has_group("cs_core.group_cs_supervisor")

    def action_hand_over(self):
        for handover in self:
            if handover.state != "draft":
                raise UserError(self.env._("This handover was already handed over."))
            if self.env.user != handover.outgoing_user_id and not self._is_supervisor():
                raise UserError(self.env._("Only the outgoing agent can hand over."))
            handover._cs_set_state("handed_over", handover_time=fields.Datetime.now())
            handover.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=handover.incoming_user_id.id,
                summary=reader_env(self, handover.incoming_user_id)._(
                    "Acknowledge the shift handover"
                ),
            )
        return True

    def action_acknowledge(self):
        for handover in self:
            if handover.state != "handed_over":
                raise UserError(
                    self.env._("This handover is not waiting for acknowledgement.")
                )
            if self.env.user != handover.incoming_user_id:
                raise UserError(
                    self.env._("Only the incoming agent can acknowledge the handover.")
                )
            handover._cs_set_state(
                "acknowledged", acknowledged_date=fields.Datetime.now()
            )
            handover.activity_feedback(["mail.mail_activity_data_todo"])
            # The incoming agent is demonstrably on duty.
            handover.incoming_shift_id.sudo()._set_present()
        return True

    def action_close(self):
        for handover in self:
            if handover.state != "acknowledged":
                raise UserError(
                    self.env._(
                        "The handover cannot be closed before the "
                        "incoming agent has acknowledged it "
                        "(接班人未到岗，交班人不得离台)."
                    )
                )
            if self.env.user != handover.outgoing_user_id and not self._is_supervisor():
                raise UserError(
                    self.env._("Only the outgoing agent can close the handover.")
                )
            handover._cs_set_state("closed")
        return True

    @api.model
    def _cron_alert_unacknowledged(self):
        """Alert the supervisor, once, about handovers still unacknowledged
        after the incoming shift started (CORE-DUTY-2)."""
        handovers = self.search(
            [
                ("state", "=", "handed_over"),
                ("supervisor_alerted", "=", False),
                ("incoming_start", "<", fields.Datetime.now()),
            ]
        )
        for handover in handovers:
            handover.activity_schedule(
                "mail.mail_activity_data_warning",
                user_id=handover.supervisor_id.id,
                summary=reader_env(self, handover.supervisor_id)._(
                    "Handover not acknowledged"
                ),
                note=reader_env(self, handover.supervisor_id)._(
                    "%(incoming)s has not acknowledged the handover from %(outgoing)s "
                    "although the shift has started.",
                    incoming=handover.incoming_user_id.name,
                    outgoing=handover.outgoing_user_id.name,
                ),
            )
        handovers._cs_transition_write(supervisor_alerted=True)
        return handovers

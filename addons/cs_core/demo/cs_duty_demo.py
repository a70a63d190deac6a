# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsShiftSwap(models.Model):
    """Demo driver called by ``demo/cs_duty_demo.xml``."""

    _inherit = "cs.shift.swap"

    # ------------------------------------------------------------------
    # Demo data
    # ------------------------------------------------------------------
    @api.model
    def _cs_demo_create_swaps(self, user_ids, manager_id, months):
        """Create one demo swap per state from the generated roster, picking
        shift pairs that satisfy CORE-DUTY-4 (used by demo/cs_duty_demo.xml)."""
        users = self.env["res.users"].browse(user_ids)
        manager = self.env["res.users"].browse(manager_id)
        months = [fields.Date.to_date(month) for month in months]
        plan = {
            # Closed requests first: they stop counting for rule a.
            months[0]: ["rejected", "cancel", "done", "unfulfilled", "approved"],
            months[1]: ["refused", "draft", "to_consent", "to_approve"],
        }
        Shift = self.env["cs.duty.shift"]
        for month_start, states in plan.items():
            month_end = month_start + relativedelta(months=1, days=-1)
            for state in states:
                swap = self._cs_demo_find_swap(Shift, users, month_start, month_end)
                if swap:
                    swap._cs_demo_drive(state, manager)

    def _cs_demo_find_swap(self, shift_model, users, date_from, date_to):
        for requester in users:
            for counterpart in users - requester:
                outs = shift_model.search(
                    [
                        ("user_id", "=", requester.id),
                        ("swap_id", "=", False),
                        ("date", ">=", date_from),
                        ("date", "<=", date_to),
                    ],
                    limit=8,
                )
                returns = shift_model.search(
                    [
                        ("user_id", "=", counterpart.id),
                        ("swap_id", "=", False),
                        ("date", ">=", date_from),
                        ("date", "<=", date_to),
                    ],
                    limit=8,
                )
                for out in outs:
                    for ret in returns:
                        try:
                            with self.env.cr.savepoint():
                                return self.create(
                                    {
                                        "requester_id": requester.id,
                                        "counterpart_id": counterpart.id,
                                        "shift_out_id": out.id,
                                        "shift_return_id": ret.id,
                                        "reason": self.env._("Family matter"),
                                    }
                                )
                        except ValidationError:
                            continue
        return self

    def _cs_demo_drive(self, state, manager):
        if state == "draft":
            return
        self.with_user(self.requester_id).action_submit()
        if state == "cancel":
            self.with_user(self.requester_id).action_cancel()
            return
        if state == "refused":
            self.with_user(self.counterpart_id).action_refuse()
            return
        if state == "to_consent":
            return
        self.with_user(self.counterpart_id).action_consent()
        if state == "to_approve":
            return
        if state == "rejected":
            self.with_user(manager).reject_tier()
            return
        self.with_user(manager).validate_tier()
        if state == "done":
            (self.shift_out_id | self.shift_return_id)._set_present()
        elif state == "unfulfilled":
            self.shift_out_id._set_absent()


class CsShiftHandover(models.Model):
    """Demo driver called by ``demo/cs_duty_demo.xml``."""

    _inherit = "cs.shift.handover"

    @api.model
    def _cs_demo_create_handovers(self, supervisor_id):
        """Demo: today's handovers, one awaiting acknowledgement, one closed."""
        today = fields.Date.context_today(self)
        shifts = self.env["cs.duty.shift"].search(
            [("date", "in", [today, today + timedelta(days=1)])], order="start_datetime"
        )
        pairs = [
            (out, inc)
            for out in shifts
            for inc in shifts
            if inc.user_id != out.user_id and inc.start_datetime >= out.end_datetime
        ][:2]
        for index, (out, inc) in enumerate(pairs):
            handover = self.create(
                {
                    "outgoing_shift_id": out.id,
                    "incoming_shift_id": inc.id,
                    "supervisor_id": supervisor_id,
                    "equipment_status": "issue" if index else "ok",
                    "equipment_notes": self.env._("Headset of seat 3 crackles.")
                    if index
                    else False,
                    "staff_changes": self.env._("One colleague on training leave."),
                }
            )
            handover.with_user(out.user_id).action_hand_over()
            if not index:
                handover.with_user(inc.user_id).action_acknowledge()
                handover.with_user(out.user_id).action_close()

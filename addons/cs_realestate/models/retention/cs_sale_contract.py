# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models

# The sales representative completes the profile within 3 days of certification.
PROFILE_DAYS = 3
SUPERVISOR = "cs_core.group_cs_supervisor"
VISIT_READERS = (
    "cs_core.group_cs_agent,cs_core.group_cs_manager,cs_realestate.group_re_sales"
)


# The contract's rooms (retention, breach) extend it by domain, as the
# records register does; one class per room keeps each rule beside its tests.
# pylint: disable=consider-merging-classes-inherited
class CsSaleContractRetention(models.Model):
    """Customer profile deadline and return visits of a contract (RE-RET-1, -2)."""

    _inherit = "cs.sale.contract"

    # Added to the contract's step-owned fields (declarations add up).
    _cs_guarded_fields = ("profile_deadline", "profile_escalated")

    sales_user_id = fields.Many2one(
        "res.users",
        string="Sales Representative",
        tracking=True,
        index=True,
        help="Creates the customer profile at subscription or signing and "
        "completes it after certification.",
    )
    profile_missing = fields.Char(related="partner_id.cs_profile_missing")
    profile_complete = fields.Boolean(related="partner_id.cs_profile_complete")
    profile_deadline = fields.Date(
        readonly=True,
        copy=False,
        index=True,
        help="Certification date plus 3 days.",
    )
    profile_escalated = fields.Boolean(
        readonly=True,
        copy=False,
        help="The CS supervisor was asked to follow up the late profile.",
    )
    # Readable by the roles that read return visits (Finance opens the
    # contract form too, and must not be refused the whole form).
    visit_ids = fields.One2many(
        "cs.return.visit", "contract_id", string="Return Visits", groups=VISIT_READERS
    )
    visit_count = fields.Integer(compute="_compute_visit_count", groups=VISIT_READERS)

    def _compute_visit_count(self):
        counts = dict(
            self.env["cs.return.visit"]._read_group(
                [("contract_id", "in", self.ids)], ["contract_id"], ["__count"]
            )
        )
        for contract in self:
            contract.visit_count = counts.get(contract, 0)

    @api.model_create_multi
    def create(self, vals_list):
        subscriptions = self.env["cs.subscription.agreement"]
        for vals in vals_list:
            if not vals.get("sales_user_id"):
                subscription = subscriptions.browse(vals.get("subscription_id"))
                vals["sales_user_id"] = subscription.user_id.id or self.env.uid
        return super().create(vals_list)

    def _mark_certified(self, date):
        res = super()._mark_certified(date)
        self._cs_start_profile_deadline(date)
        self.env["cs.return.visit"]._cs_schedule(self)
        return res

    def _cs_start_profile_deadline(self, date):
        """Deadline and to-do for the sales representative (RE-RET-1)."""
        deadline = date + timedelta(days=PROFILE_DAYS)
        self._cs_transition_write(profile_deadline=deadline)
        for contract in self.filtered(lambda c: not c.profile_complete):
            contract.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=deadline,
                user_id=(contract.sales_user_id or self.env.user).id,
                summary=self.env._(
                    "Complete the customer profile: %(missing)s",
                    missing=contract.profile_missing,
                ),
            )

    @api.model
    def _cron_profile_escalation(self, today=None):
        """Late incomplete profiles go to the CS supervisor, once (RE-RET-1)."""
        today = today or fields.Date.context_today(self)
        late = self.search(
            [
                ("profile_deadline", "<", today),
                ("profile_escalated", "=", False),
                ("state", "!=", "cancelled"),
            ]
        ).filtered(lambda c: not c.profile_complete)
        if not late:
            return late
        supervisor = (
            self.env.ref(SUPERVISOR)
            .sudo()
            .all_user_ids.filtered(lambda u: u.active and not u.share)
            .sorted("id")[:1]
        )
        for contract in late:
            contract.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=today,
                user_id=(supervisor or self.env.user).id,
                summary=self.env._(
                    "Customer profile overdue (sales: %(rep)s): %(missing)s",
                    rep=contract.sales_user_id.name or "",
                    missing=contract.profile_missing,
                ),
            )
        late._cs_transition_write(profile_escalated=True)
        return late

    def action_view_visits(self):
        return self._action_related(
            "cs_realestate.action_cs_return_visit", "contract_id"
        )

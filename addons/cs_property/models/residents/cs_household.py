# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models

# Households whose care visits are checked per run of the worklist job
CARE_VISIT_BATCH = 1000


class CsHousehold(models.Model):
    """The household file (住户档案) of a unit in service (PM-RES-1).

    Personal data: only property staff read it (access rights, record rules
    and field groups)."""

    _name = "cs.household"
    _description = "Household File"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "building_id, unit_id"
    _rec_name = "unit_id"
    _check_company_auto = True

    unit_id = fields.Many2one(
        "cs.unit",
        required=True,
        ondelete="restrict",
        index=True,
        tracking=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="unit_id.company_id", store=True)
    building_id = fields.Many2one(
        related="unit_id.building_id", store=True, index=True, string="Building"
    )
    project_id = fields.Many2one(related="unit_id.project_id", store=True)
    owner_ids = fields.Many2many(related="unit_id.owner_ids", string="Current Owners")
    ownership_ids = fields.One2many(
        related="unit_id.ownership_ids", string="Ownership History"
    )
    structure = fields.Selection(related="unit_id.structure")
    layout = fields.Char(related="unit_id.layout")
    area = fields.Float(related="unit_id.area")
    quality_note = fields.Text(
        string="Structure and Quality Notes",
        tracking=True,
        help="Structure changes, known defects and repairs of the unit.",
    )
    member_ids = fields.One2many(
        "cs.household.member", "household_id", string="Members"
    )
    member_count = fields.Integer(compute="_compute_member_count")
    tenancy_ids = fields.One2many(
        "cs.household.tenancy", "household_id", string="Rentals"
    )
    user_id = fields.Many2one(
        "res.users",
        string="Property Staff",
        tracking=True,
        index=True,
        domain=lambda self: [
            ("group_ids", "in", self.env.ref("cs_property.group_pm_staff").id)
        ],
        help="The staff member who visits this household.",
    )
    special_care = fields.Boolean(
        compute="_compute_special_care",
        store=True,
        index=True,
        help="A member is elderly living alone, a child, disabled or sick.",
    )
    visit_interval_days = fields.Integer(
        string="Visit Every (Days)",
        default=30,
        tracking=True,
        help="Proactive visit frequency for special-care households.",
    )
    visit_ids = fields.One2many("cs.visit", "household_id", string="Visits")
    last_visit_date = fields.Date(compute="_compute_last_visit_date", store=True)
    next_visit_date = fields.Date(
        string="Next Visit Due",
        compute="_compute_next_visit_date",
        store=True,
        index=True,
    )
    active = fields.Boolean(default=True)

    _unit_uniq = models.Constraint("UNIQUE (unit_id)", "A unit has one household file.")
    _visit_interval_positive = models.Constraint(
        "CHECK (visit_interval_days > 0)",
        "The visit frequency must be at least one day.",
    )

    @api.depends("member_ids")
    def _compute_member_count(self):
        for household in self:
            household.member_count = len(household.member_ids)

    @api.depends(
        "member_ids.is_elderly_alone",
        "member_ids.is_child",
        "member_ids.is_disabled",
        "member_ids.is_sick",
    )
    def _compute_special_care(self):
        for household in self:
            household.special_care = any(
                member.is_elderly_alone
                or member.is_child
                or member.is_disabled
                or member.is_sick
                for member in household.member_ids
            )

    @api.depends("visit_ids.date")
    def _compute_last_visit_date(self):
        for household in self:
            household.last_visit_date = max(
                household.visit_ids.mapped("date"), default=False
            )

    @api.depends("special_care", "last_visit_date", "visit_interval_days")
    def _compute_next_visit_date(self):
        today = fields.Date.context_today(self)
        for household in self:
            if not household.special_care:
                household.next_visit_date = False
                continue
            start = household.last_visit_date or today
            household.next_visit_date = start + timedelta(
                days=household.visit_interval_days or 0
            )
            if not household.last_visit_date:
                household.next_visit_date = today

    # ------------------------------------------------------------------
    # Care-visit worklist (PM-VIS-1)
    # ------------------------------------------------------------------
    def _cs_visits_due_domain(self, today):
        return [
            ("special_care", "=", True),
            ("next_visit_date", "<=", today),
            ("user_id", "!=", False),
        ]

    @api.model
    def _cron_cs_care_visits_due(self, batch_size=CARE_VISIT_BATCH):
        """Give each staff member an activity for every special-care household
        not visited in time (one open activity per household); a bounded
        batch per run, re-triggered while households remain."""
        today = fields.Date.context_today(self)
        activity_type = self.env.ref("cs_property.mail_act_cs_care_visit")
        due = self.search(
            self._cs_visits_due_domain(today)
            + [
                (
                    "activity_ids",
                    "not any",
                    [("activity_type_id", "=", activity_type.id)],
                )
            ],
            limit=batch_size,
        )
        model_id = self.env["ir.model"]._get_id(self._name)
        # the activities name their household one by one: read the units at once
        due.unit_id.fetch(["complete_name", "name"])
        # the staff member sees the worklist; no assignment e-mail per activity
        activities = self.env["mail.activity"].with_context(
            mail_activity_quick_update=True
        )
        activities.create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": household.id,
                    "activity_type_id": activity_type.id,
                    "user_id": household.user_id.id,
                    "date_deadline": today,
                    "summary": self.env._(
                        "Special-care visit due since %(date)s",
                        date=household.next_visit_date,
                    ),
                }
                for household in due
            ]
        )
        if len(due) == batch_size:
            self.env.ref("cs_property.ir_cron_cs_care_visits_due")._trigger()
        return due

    def _cs_close_care_activities(self):
        activity_type = self.env.ref("cs_property.mail_act_cs_care_visit")
        activities = self.env["mail.activity"].search(
            [
                ("res_model", "=", self._name),
                ("res_id", "in", self.ids),
                ("activity_type_id", "=", activity_type.id),
            ]
        )
        activities.action_feedback(feedback=self.env._("Visited."))

    def action_view_visits(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_property.action_cs_visit"
        )
        action["domain"] = [("household_id", "=", self.id)]
        action["context"] = {"default_household_id": self.id}
        return action

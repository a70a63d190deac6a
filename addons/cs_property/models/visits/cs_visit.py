# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from odoo.addons.cs_core.models.tickets.helpdesk_ticket import CS_SATISFACTION

VISIT_KINDS = [
    ("patrol", "Patrol Visit"),
    ("care", "Special-Care Visit"),
    ("return", "Return Visit"),
]


class CsVisit(models.Model):
    """A visit record (巡访/回访记录) of a household (PM-VIS-1)."""

    _name = "cs.visit"
    _description = "Visit Record"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    household_id = fields.Many2one(
        "cs.household",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    unit_id = fields.Many2one(related="household_id.unit_id", store=True)
    building_id = fields.Many2one(related="household_id.building_id", store=True)
    company_id = fields.Many2one(related="household_id.company_id", store=True)
    kind = fields.Selection(VISIT_KINDS, default="patrol", required=True, tracking=True)
    date = fields.Date(default=fields.Date.context_today, required=True, tracking=True)
    user_id = fields.Many2one(
        "res.users",
        string="Visited By",
        default=lambda self: self.env.user,
        required=True,
    )
    met_with = fields.Char()
    observation = fields.Text(string="Observations")
    request = fields.Text(string="Resident Requests")
    satisfaction = fields.Selection(CS_SATISFACTION)
    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Follow-up Ticket", check_company=True
    )

    @api.depends("household_id", "date", "kind")
    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for visit in self:
            visit.display_name = "%s %s %s" % (
                visit.unit_id.complete_name or "",
                kinds.get(visit.kind, ""),
                visit.date or "",
            )

    @api.model_create_multi
    def create(self, vals_list):
        visits = super().create(vals_list)
        visits.household_id._cs_close_care_activities()
        return visits

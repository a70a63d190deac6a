# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError

STAFF = ("cs_property.group_pm_staff",)


class CsPmVacantPatrol(models.Model):
    """One patrol of a vacant unit: a line of its sign-in sheet and a patrol
    record with its findings (PM-VAC-1)."""

    _name = "cs.pm.vacant.patrol"
    _description = "Vacant-Unit Patrol"
    _inherit = ["mail.thread", "cs.workflow.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    vacant_unit_id = fields.Many2one(
        "cs.pm.vacant.unit",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(related="vacant_unit_id.company_id", store=True)
    unit_id = fields.Many2one(related="vacant_unit_id.unit_id", store=True)
    building_id = fields.Many2one(related="vacant_unit_id.building_id", store=True)
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    time_in = fields.Float()
    time_out = fields.Float()
    user_id = fields.Many2one(
        "res.users",
        string="Patrolled By",
        default=lambda self: self.env.user,
        required=True,
    )
    doors_windows_ok = fields.Boolean(string="Doors and Windows Closed", default=True)
    water_power_ok = fields.Boolean(string="Water and Power Off", default=True)
    finding_ids = fields.One2many(
        "cs.pm.vacant.finding", "patrol_id", string="Findings"
    )
    note = fields.Text()
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Signed In")],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )

    def action_done(self):
        """Sign the patrol in; each finding opens one ticket for the
        department of its kind."""
        self._cs_check_groups(STAFF, self.env._("sign a patrol in"))
        self._cs_check_state(("draft",), self.env._("sign in"))
        self.finding_ids._cs_open_tickets()
        return self._cs_set_state("done")

    def write(self, vals):
        content = {f for f in vals if not f.startswith(("message_", "activity_"))}
        if (
            content
            and not self._cs_in_transition()
            and any(patrol.state == "done" for patrol in self)
        ):
            raise UserError(self.env._("A signed-in patrol cannot be changed."))
        return super().write(vals)


class CsPmVacantFinding(models.Model):
    _name = "cs.pm.vacant.finding"
    _description = "Vacant-Unit Patrol Finding"

    patrol_id = fields.Many2one(
        "cs.pm.vacant.patrol", required=True, ondelete="cascade", index=True
    )
    kind_id = fields.Many2one(
        "cs.pm.finding.kind", string="Finding", required=True, ondelete="restrict"
    )
    description = fields.Text(required=True)
    photo = fields.Image(max_width=1920, max_height=1920)
    ticket_id = fields.Many2one("helpdesk.ticket", readonly=True, copy=False)
    # Property staff have no helpdesk access; they see the ticket's number.
    ticket_number = fields.Char(related="ticket_id.number", string="Ticket Number")

    def write(self, vals):
        if not self.env.su and any(f.patrol_id.state == "done" for f in self):
            raise UserError(self.env._("A signed-in patrol cannot be changed."))
        return super().write(vals)

    def _cs_open_tickets(self):
        todo = self.filtered(lambda f: not f.ticket_id)
        tickets = self.env["cs.pm.finding.kind"]._cs_open_tickets(
            [
                {
                    "name": self.env._(
                        "%(kind)s in vacant unit %(unit)s",
                        kind=finding.kind_id.name,
                        unit=finding.patrol_id.unit_id.display_name,
                    ),
                    "description": finding.description,
                    "team_id": finding.kind_id.team_id.id,
                    "cs_unit_id": finding.patrol_id.unit_id.id,
                    "cs_severity": finding.kind_id.severity,
                    "company_id": finding.patrol_id.company_id.id,
                }
                for finding in todo
            ]
        )
        for finding, ticket in zip(todo, tickets, strict=True):
            finding.sudo().ticket_id = ticket
        return tickets

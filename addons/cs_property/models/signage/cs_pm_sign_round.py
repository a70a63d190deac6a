# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

STAFF = ("cs_property.group_pm_staff",)
SLOTS = [("morning", "Morning Round"), ("afternoon", "Afternoon Round")]
RESULTS = [("ok", "OK"), ("damaged", "Damaged"), ("missing", "Missing")]


class CsPmSignRound(models.Model):
    """A sign check round of one building (or the open areas of a project)
    in the morning or afternoon: signs are checked twice a day (PM-SIGN-3)."""

    _name = "cs.pm.sign.round"
    _description = "Sign Check Round"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _order = "date desc, slot, id"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    slot = fields.Selection(SLOTS, required=True, default="morning")
    project_id = fields.Many2one("cs.project", required=True, check_company=True)
    building_id = fields.Many2one("cs.building")
    user_id = fields.Many2one("res.users", string="Checked By", tracking=True)
    check_ids = fields.One2many("cs.pm.sign.check", "round_id", string="Checks")
    found_sign_ids = fields.One2many(
        "cs.pm.sign", "found_round_id", string="Temporary Signs Found"
    )
    issue_count = fields.Integer(
        string="Damaged or Missing", compute="_compute_issue_count"
    )
    state = fields.Selection(
        [("todo", "To Check"), ("done", "Done")],
        default="todo",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )

    _slot_uniq = models.UniqueIndex(
        "(project_id, COALESCE(building_id, 0), date, slot)",
        "Each building has one round per day and slot.",
    )

    @api.depends("date", "slot", "project_id.name", "building_id.name")
    def _compute_name(self):
        slots = dict(self._fields["slot"]._description_selection(self.env))
        for round_ in self:
            place = round_.building_id.name or round_.project_id.name or ""
            round_.name = f"{round_.date or ''} {slots.get(round_.slot, '')} {place}"

    @api.depends("check_ids.result")
    def _compute_issue_count(self):
        for round_ in self:
            round_.issue_count = len(
                round_.check_ids.filtered(lambda c: c.result != "ok")
            )

    def action_done(self):
        """Close the round: every damaged or missing sign has a photo and
        opens one repair ticket."""
        self._cs_check_groups(STAFF, self.env._("finish a sign round"))
        self._cs_check_state(("todo",), self.env._("finish"))
        issues = self.check_ids.filtered(lambda c: c.result != "ok")
        if issues.filtered(lambda c: not c.photo):
            raise UserError(
                self.env._("Take a photo of every damaged or missing sign.")
            )
        issues._cs_open_tickets()
        return self._cs_set_state("done", user_id=self.env.user.id)

    @api.model
    def _cron_create_rounds(self, slot=None, day=None):
        """Create today's round of ``slot`` for every building with signs in
        use, with one check per sign; idempotent per day and slot."""
        now = fields.Datetime.context_timestamp(self, fields.Datetime.now())
        slot = slot or ("morning" if now.hour < 12 else "afternoon")
        day = day or now.date()
        groups = self.env["cs.pm.sign"]._read_group(
            [("state", "=", "in_use")],
            ["company_id", "project_id", "building_id"],
            ["id:array_agg"],
        )
        existing = {
            (r.project_id.id, r.building_id.id)
            for r in self.search([("date", "=", day), ("slot", "=", slot)])
        }
        todo = [group for group in groups if (group[1].id, group[2].id) not in existing]
        rounds = self.with_context(
            mail_create_nolog=True, tracking_disable=True
        ).create(
            [
                {
                    "company_id": company.id,
                    "project_id": project.id,
                    "building_id": building.id,
                    "date": day,
                    "slot": slot,
                }
                for company, project, building, _ids in todo
            ]
        )
        self.env["cs.pm.sign.check"].create(
            [
                {"round_id": round_.id, "sign_id": sign_id}
                for round_, (*_keys, sign_ids) in zip(rounds, todo, strict=True)
                for sign_id in sign_ids
            ]
        )
        return rounds


class CsPmSignCheck(models.Model):
    _name = "cs.pm.sign.check"
    _description = "Sign Check"
    _order = "round_id, id"

    round_id = fields.Many2one(
        "cs.pm.sign.round", required=True, ondelete="cascade", index=True
    )
    sign_id = fields.Many2one("cs.pm.sign", required=True, index=True)
    category_id = fields.Many2one(related="sign_id.category_id")
    location = fields.Char(related="sign_id.location")
    result = fields.Selection(RESULTS, required=True, default="ok")
    photo = fields.Image(max_width=1920, max_height=1920)
    note = fields.Char()
    ticket_id = fields.Many2one("helpdesk.ticket", readonly=True, copy=False)
    # Property staff have no helpdesk access; they see the ticket's number.
    ticket_number = fields.Char(related="ticket_id.number", string="Ticket Number")

    def write(self, vals):
        if not self.env.su and any(c.round_id.state == "done" for c in self):
            raise UserError(self.env._("A finished round cannot be changed."))
        return super().write(vals)

    def _cs_open_tickets(self):
        results = dict(self._fields["result"]._description_selection(self.env))
        kind = self.env.ref("cs_property.finding_kind_sign_repair")
        todo = self.filtered(lambda c: not c.ticket_id)
        tickets = self.env["cs.pm.finding.kind"]._cs_open_tickets(
            [
                {
                    "name": self.env._(
                        "Sign %(result)s: %(sign)s",
                        result=results[check.result],
                        sign=check.sign_id.name,
                    ),
                    "description": check.note or check.sign_id.location or "",
                    "team_id": kind.team_id.id,
                    "company_id": check.round_id.company_id.id,
                }
                for check in todo
            ]
        )
        for check, ticket in zip(todo, tickets, strict=True):
            check.sudo().ticket_id = ticket
        return tickets

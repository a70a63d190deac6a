# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError


class CsInspection(models.Model):
    """A supervisor's service-standard check of one agent (CORE-DUTY-5).

    The percentage score of confirmed inspections feeds the agent KPI
    (CORE-KPI-1, "inspection score") through ``_cs_agent_scores``.
    """

    _name = "cs.inspection"
    _description = "Service Standard Inspection"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    agent_id = fields.Many2one("res.users", required=True, index=True, tracking=True)
    inspector_id = fields.Many2one(
        "res.users",
        required=True,
        default=lambda self: self.env.user,
        tracking=True,
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    shift_id = fields.Many2one("cs.duty.shift", check_company=True)
    template_id = fields.Many2one(
        "cs.inspection.template", string="Checklist", required=True, check_company=True
    )
    category = fields.Selection(related="template_id.category", store=True)
    line_ids = fields.One2many("cs.inspection.line", "inspection_id", string="Items")
    score = fields.Float(compute="_compute_score", store=True)
    max_score = fields.Float(compute="_compute_score", store=True)
    score_percent = fields.Float(
        string="Score (%)", compute="_compute_score", store=True, aggregator="avg"
    )
    note = fields.Text()
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Confirmed")],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )

    @api.depends("agent_id.name", "template_id.name", "date")
    def _compute_name(self):
        for inspection in self:
            inspection.name = (
                f"{inspection.date or ''} {inspection.template_id.name or ''} · "
                f"{inspection.agent_id.name or ''}"
            )

    @api.depends("line_ids.score", "line_ids.max_score")
    def _compute_score(self):
        for inspection in self:
            inspection.score = sum(inspection.line_ids.mapped("score"))
            inspection.max_score = sum(inspection.line_ids.mapped("max_score"))
            inspection.score_percent = (
                100.0 * inspection.score / inspection.max_score
                if inspection.max_score
                else 0.0
            )

    @api.onchange("template_id")
    def _onchange_template_id(self):
        if self.template_id and not self.line_ids:
            self.line_ids = self._template_line_commands(self.template_id)

    @api.model
    def _template_line_commands(self, template):
        return [
            Command.create(
                {
                    "sequence": line.sequence,
                    "name": line.name,
                    "max_score": line.max_score,
                    "score": line.max_score,
                }
            )
            for line in template.line_ids
        ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("template_id") and not vals.get("line_ids"):
                template = self.env["cs.inspection.template"].browse(
                    vals["template_id"]
                )
                vals["line_ids"] = self._template_line_commands(template)
        return super().create(vals_list)

    def _cs_state_locked_message(self):
        return self.env._("Use the Confirm button to confirm an inspection.")

    def write(self, vals):
        if self.filtered(lambda i: i.state == "done") and set(vals) - {"note", "state"}:
            raise UserError(self.env._("A confirmed inspection cannot be changed."))
        return super().write(vals)

    def action_confirm(self):
        self._cs_check_groups(
            ["cs_core.group_cs_supervisor"], self.env._("confirm inspections")
        )
        if self.filtered(lambda i: not i.line_ids):
            raise UserError(
                self.env._("An inspection needs at least one checklist item.")
            )
        self._cs_set_state("done")
        return True

    @api.model
    def _cs_agent_scores(self, users, date_from, date_to):
        """Average confirmed inspection score (%) per agent: the KPI input."""
        groups = self._read_group(
            [
                ("agent_id", "in", users.ids),
                ("state", "=", "done"),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ],
            ["agent_id"],
            ["score_percent:avg"],
        )
        return {agent: avg for agent, avg in groups}

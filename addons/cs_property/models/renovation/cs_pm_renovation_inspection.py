# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError

STAFF = ("cs_property.group_pm_staff",)


class CsPmRenovationInspection(models.Model):
    """Daily inspection of a unit under renovation (装修巡检表, PM-REN-2)."""

    _name = "cs.pm.renovation.inspection"
    _description = "Renovation Inspection"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    renovation_id = fields.Many2one(
        "cs.pm.renovation",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(
        related="renovation_id.company_id", store=True, index=True
    )
    unit_id = fields.Many2one(related="renovation_id.unit_id", store=True)
    building_id = fields.Many2one(related="renovation_id.building_id", store=True)
    owner_id = fields.Many2one(related="renovation_id.owner_id")
    contractor_id = fields.Many2one(related="renovation_id.contractor_id")
    kind = fields.Selection(
        [("daily", "Daily Inspection"), ("reinspection", "Re-inspection")],
        default="daily",
        required=True,
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    inspector_id = fields.Many2one(
        "res.users", default=lambda self: self.env.user, tracking=True, index=True
    )
    template_id = fields.Many2one(
        "cs.inspection.template",
        string="Checklist",
        domain="[('category', '=', 'renovation')]",
        default=lambda self: self.env.ref(
            "cs_property.inspection_template_renovation", raise_if_not_found=False
        ),
    )
    check_ids = fields.One2many(
        "cs.pm.renovation.check", "inspection_id", string="Checklist Items"
    )
    photo_ids = fields.Many2many(
        "ir.attachment",
        "cs_pm_renovation_inspection_photo_rel",
        "inspection_id",
        "attachment_id",
        string="Photos",
    )
    violation_ids = fields.One2many(
        "cs.pm.renovation.violation", "inspection_id", string="Violations"
    )
    rectify_days = fields.Integer(
        string="Days to Rectify",
        default=3,
        help="Deadline given to the owner by the rectification notice.",
    )
    notice_id = fields.Many2one(
        "cs.pm.rectification.notice",
        string="Re-inspection Of",
        index=True,
        ondelete="cascade",
    )
    notice_cleared = fields.Boolean(
        string="Rectified", help="The re-inspection found the violations rectified."
    )
    note = fields.Text()
    state = fields.Selection(
        [("todo", "To Inspect"), ("done", "Done")],
        default="todo",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )

    _rectify_days_positive = models.Constraint(
        "CHECK(rectify_days >= 0)", "The days to rectify cannot be negative."
    )
    _daily_uniq = models.UniqueIndex(
        "(renovation_id, date) WHERE kind = 'daily'",
        "A unit under renovation is inspected once a day.",
    )

    @api.depends("renovation_id.name", "unit_id.complete_name", "date")
    def _compute_name(self):
        for inspection in self:
            inspection.name = (
                f"{inspection.date or ''} {inspection.unit_id.complete_name or ''}"
            )

    @api.model_create_multi
    def create(self, vals_list):
        default = self.default_get(["template_id"]).get("template_id")
        for vals in vals_list:
            if "template_id" not in vals:
                vals["template_id"] = default
        templates = self.env["cs.inspection.template"].browse(
            {vals["template_id"] for vals in vals_list if vals.get("template_id")}
        )
        items = {
            template.id: template.line_ids.mapped("name") for template in templates
        }
        for vals in vals_list:
            if vals.get("template_id") and not vals.get("check_ids"):
                vals["check_ids"] = [
                    Command.create({"name": name, "sequence": seq})
                    for seq, name in enumerate(items[vals["template_id"]])
                ]
        return super().create(vals_list)

    def write(self, vals):
        content = {f for f in vals if not f.startswith(("message_", "activity_"))}
        if (
            content
            and not self._cs_in_transition()
            and any(inspection.state == "done" for inspection in self)
        ):
            raise UserError(self.env._("A finished inspection cannot be changed."))
        return super().write(vals)

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def action_done(self):
        """Finish the inspection: major violations need photos and produce a
        rectification notice; a re-inspection may clear its notice."""
        self._cs_check_groups(STAFF, self.env._("finish an inspection"))
        self._cs_check_state(("todo",), self.env._("finish"))
        violations = self.violation_ids
        violations._cs_check_photos()
        self._cs_set_state("done")
        self._cs_issue_notices()
        for inspection in self.filtered("notice_id"):
            inspection.notice_id._cs_reinspected(inspection)
        self.activity_feedback(["mail.mail_activity_data_todo"])
        return True

    def _cs_issue_notices(self):
        notices = self.env["cs.pm.rectification.notice"]
        for inspection in self:
            major = inspection.violation_ids.filtered("is_major")
            if major:
                notices |= notices._cs_issue(inspection, major)
        return notices

    # ------------------------------------------------------------------
    # Jobs
    # ------------------------------------------------------------------
    @api.model
    def _cs_is_working_day(self, day):
        calendar = self.env.company.resource_calendar_id
        if not calendar:
            return day.weekday() < 5
        weekdays = set(calendar.attendance_ids.mapped("dayofweek"))
        return str(day.weekday()) in weekdays

    @api.model
    def _cron_daily_inspections(self, day=None):
        """List every unit under renovation for today's inspection and
        assign it (PM-REN-2): one batched create, idempotent per day."""
        day = day or fields.Date.context_today(self)
        if not self._cs_is_working_day(day):
            return self.browse()
        renovations = self.env["cs.pm.renovation"].search(
            [("state", "=", "in_progress")]
        )
        done = set(
            self.search(
                [
                    ("renovation_id", "in", renovations.ids),
                    ("date", "=", day),
                    ("kind", "=", "daily"),
                ]
            ).renovation_id.ids
        )
        template = self.env.ref(
            "cs_property.inspection_template_renovation", raise_if_not_found=False
        )
        staff = self._cs_round_robin_staff()
        vals_list = []
        for index, renovation in enumerate(renovations):
            if renovation.id in done:
                continue
            inspector = renovation.inspector_id or (
                staff[index % len(staff)] if staff else self.env["res.users"]
            )
            vals_list.append(
                {
                    "renovation_id": renovation.id,
                    "date": day,
                    "inspector_id": inspector.id,
                    "template_id": template.id if template else False,
                }
            )
        return self.with_context(mail_create_nolog=True, tracking_disable=True).create(
            vals_list
        )

    @api.model
    def _cs_round_robin_staff(self):
        group = self.env.ref("cs_property.group_pm_staff")
        return group.sudo().all_user_ids.filtered(lambda u: u.active and not u.share)


class CsPmRenovationCheck(models.Model):
    _name = "cs.pm.renovation.check"
    _description = "Renovation Checklist Item"
    _order = "sequence, id"

    inspection_id = fields.Many2one(
        "cs.pm.renovation.inspection", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Item", required=True)
    passed = fields.Boolean(string="Compliant", default=True)
    remark = fields.Char()

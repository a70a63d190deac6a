# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models

STAFF = ("cs_property.group_pm_staff",)


class CsPmRectificationNotice(models.Model):
    """Rectification notice (装修违规整改通知书) given to the owner for major
    violations, followed up until a re-inspection clears it (PM-REN-2)."""

    _name = "cs.pm.rectification.notice"
    _description = "Rectification Notice"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    _order = "id desc"
    _check_company_auto = True
    _cs_guarded_fields = ("cleared_date",)

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    renovation_id = fields.Many2one(
        "cs.pm.renovation",
        required=True,
        index=True,
        readonly=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="renovation_id.company_id", store=True)
    unit_id = fields.Many2one(related="renovation_id.unit_id", store=True)
    owner_id = fields.Many2one(related="renovation_id.owner_id", store=True)
    contractor_id = fields.Many2one(related="renovation_id.contractor_id")
    inspection_id = fields.Many2one(
        "cs.pm.renovation.inspection", string="Found By", readonly=True
    )
    violation_ids = fields.One2many(
        "cs.pm.renovation.violation", "notice_id", string="Violations", readonly=True
    )
    date = fields.Date(string="Issued On", required=True, readonly=True)
    deadline = fields.Date(required=True, tracking=True)
    state = fields.Selection(
        [("open", "Open"), ("cleared", "Cleared")],
        default="open",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    cleared_date = fields.Date(readonly=True, copy=False)
    reinspection_ids = fields.One2many(
        "cs.pm.renovation.inspection", "notice_id", string="Re-inspections"
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.pm.rectification.notice")
                    or "/"
                )
        return super().create(vals_list)

    @api.model
    def _cs_issue(self, inspection, violations):
        """One notice for the major violations of ``inspection``, with its
        deadline and a follow-up activity for the inspector."""
        deadline = inspection.date + timedelta(days=inspection.rectify_days or 0)
        notice = self.create(
            {
                "renovation_id": inspection.renovation_id.id,
                "inspection_id": inspection.id,
                "date": inspection.date,
                "deadline": deadline,
            }
        )
        violations.sudo().write({"notice_id": notice.id})
        notice._cs_follow_up(inspection.inspector_id or self.env.user)
        return notice

    def _cs_follow_up(self, user):
        for notice in self:
            notice.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=notice.deadline,
                user_id=user.id,
                summary=self.env._(
                    "Re-inspect %(unit)s", unit=notice.unit_id.display_name
                ),
            )

    def action_reinspect(self):
        """Open a re-inspection of the unit for this notice."""
        self.ensure_one()
        self._cs_check_groups(STAFF, self.env._("re-inspect a unit"))
        self._cs_check_state(("open",), self.env._("re-inspect"))
        inspection = self.env["cs.pm.renovation.inspection"].create(
            {
                "renovation_id": self.renovation_id.id,
                "kind": "reinspection",
                "notice_id": self.id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": inspection._name,
            "res_id": inspection.id,
            "view_mode": "form",
        }

    def _cs_reinspected(self, inspection):
        """A finished re-inspection clears the notice, or keeps it open with
        a new follow-up."""
        self.ensure_one()
        if inspection.notice_cleared:
            self.activity_feedback(["mail.mail_activity_data_todo"])
            return self._cs_set_state("cleared", cleared_date=inspection.date)
        self.message_post(
            body=self.env._(
                "Re-inspection on %(date)s: not rectified yet.", date=inspection.date
            )
        )
        self.activity_unlink(["mail.mail_activity_data_todo"])
        self._cs_follow_up(inspection.inspector_id or self.env.user)
        return True

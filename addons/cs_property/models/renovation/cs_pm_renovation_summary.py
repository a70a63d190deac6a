# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict
from datetime import timedelta

from odoo import Command, api, fields, models

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CsPmRenovationSummary(models.Model):
    """Weekly renovation & acceptance summary for the manager's assistant,
    made every Saturday morning (PM-REN-3): an activity with the XLSX and
    the same XLSX e-mailed to the assistants."""

    _name = "cs.pm.renovation.summary"
    _description = "Weekly Renovation Summary"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_to desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    date_from = fields.Date(required=True, readonly=True)
    date_to = fields.Date(required=True, readonly=True)
    inspection_count = fields.Integer(string="Inspections", readonly=True)
    minor_count = fields.Integer(string="Minor Violations", readonly=True)
    fixed_count = fields.Integer(string="Fixed on the Spot", readonly=True)
    major_count = fields.Integer(string="Major Violations", readonly=True)
    notice_count = fields.Integer(string="Notices Issued", readonly=True)
    cleared_count = fields.Integer(string="Notices Cleared", readonly=True)
    accepted_count = fields.Integer(string="Acceptances", readonly=True)
    in_progress_count = fields.Integer(string="Under Renovation", readonly=True)

    _week_uniq = models.UniqueIndex(
        "(company_id, date_to)", "The weekly summary is made once a week."
    )

    @api.depends("date_from", "date_to")
    def _compute_name(self):
        for summary in self:
            summary.name = self.env._(
                "Renovation summary %(start)s - %(end)s",
                start=summary.date_from,
                end=summary.date_to,
            )

    @api.model
    def _cs_weekly_numbers(self, date_from, date_to):
        """Inspections, violations and acceptances between the two dates."""
        period = [("date", ">=", date_from), ("date", "<=", date_to)]
        inspections = self.env["cs.pm.renovation.inspection"].search_count(
            period + [("state", "=", "done")]
        )
        violations = defaultdict(int)
        for major, fixed, count in self.env["cs.pm.renovation.violation"]._read_group(
            [
                ("inspection_id.date", ">=", date_from),
                ("inspection_id.date", "<=", date_to),
                ("inspection_id.state", "=", "done"),
            ],
            ["is_major", "fixed_on_spot"],
            ["__count"],
        ):
            violations["major_count" if major else "minor_count"] += count
            if fixed:
                violations["fixed_count"] += count
        notices = self.env["cs.pm.rectification.notice"]
        renovations = self.env["cs.pm.renovation"]
        start = fields.Datetime.to_datetime(date_from)
        end = fields.Datetime.to_datetime(date_to) + timedelta(days=1)
        return {
            "inspection_count": inspections,
            "minor_count": violations["minor_count"],
            "major_count": violations["major_count"],
            "fixed_count": violations["fixed_count"],
            "notice_count": notices.search_count(period),
            "cleared_count": notices.search_count(
                [("cleared_date", ">=", date_from), ("cleared_date", "<=", date_to)]
            ),
            "accepted_count": renovations.search_count(
                [("accepted_date", ">=", start), ("accepted_date", "<", end)]
            ),
            "in_progress_count": renovations.search_count(
                [("state", "=", "in_progress")]
            ),
        }

    @api.model
    def _cron_weekly_summary(self, day=None):
        """Saturday morning: summarise the week, attach the XLSX and give the
        manager's assistants an activity on it."""
        day = day or fields.Date.context_today(self)
        if day.weekday() != 5:
            return self.browse()
        date_from = day - timedelta(days=6)
        summary = self.search(
            [("company_id", "=", self.env.company.id), ("date_to", "=", day)]
        )
        if summary:
            return summary
        summary = self.create(
            {
                "date_from": date_from,
                "date_to": day,
                **self._cs_weekly_numbers(date_from, day),
            }
        )
        summary._cs_send_to_assistants(summary._cs_attach_xlsx())
        return summary

    def _cs_attach_xlsx(self):
        self.ensure_one()
        content, _kind = (
            self.env["ir.actions.report"]
            .sudo()
            ._render_xlsx(
                "cs_property.action_report_renovation_summary_xlsx", self.ids, None
            )
        )
        return self.env["ir.attachment"].create(
            {
                "name": f"{self.name}.xlsx",
                "raw": content,
                "res_model": self._name,
                "res_id": self.id,
                "mimetype": XLSX_MIMETYPE,
            }
        )

    def _cs_assistants(self):
        assistants = self.env.ref("cs_property.group_pm_assistant").all_user_ids
        managers = self.env.ref("cs_property.group_pm_manager").all_user_ids
        return (assistants - managers or assistants).filtered(
            lambda u: u.active and not u.share
        )

    def _cs_send_to_assistants(self, attachment):
        users = self._cs_assistants()
        for user in users:
            activity = self.activity_schedule(
                "mail.mail_activity_data_todo", user_id=user.id, summary=self.name
            )
            activity.attachment_ids = [Command.link(attachment.id)]
        self._cs_mail_to(users, attachment)

    def _cs_mail_to(self, users, attachment):
        """Queue one e-mail with the XLSX to the assistants (mail.mail,
        sent by the mail queue job)."""
        self.ensure_one()
        if not users:
            return self.env["mail.mail"]
        template = self.env.ref("cs_property.mail_template_cs_pm_renovation_summary")
        mail_id = template.send_mail(
            self.id,
            email_values={
                "recipient_ids": [Command.set(users.partner_id.ids)],
                "attachment_ids": [Command.link(attachment.id)],
            },
        )
        return self.env["mail.mail"].browse(mail_id)

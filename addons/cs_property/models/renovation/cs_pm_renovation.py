# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, modules, tools
from odoo.exceptions import UserError

RENOVATION_STATES = [
    ("draft", "Application"),
    ("submitted", "Submitted"),
    ("approved", "Approved"),
    ("in_progress", "In Progress"),
    ("completion", "Completion Requested"),
    ("accepted", "Accepted"),
    ("rejected", "Rejected"),
    ("stopped", "Stopped"),
]
STAFF = ("cs_property.group_pm_staff",)
MANAGER = ("cs_property.group_pm_manager",)
CLOSED_STATES = ("accepted", "rejected", "stopped")


class CsPmRenovation(models.Model):
    """Renovation application of one unit, from approval to acceptance
    (PM-REN-1, PM-REN-4).

    The property manager approves it through tier validation; the comment
    of the approval is the manager's conditions, copied onto the
    application."""

    _name = "cs.pm.renovation"
    _description = "Renovation Application"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "cs.pm.tier.approval.mixin",
        "cs.record.mixin",
    ]
    _order = "id desc"
    _check_company_auto = True
    _cs_guarded_fields = (
        "conditions",
        "approved_by_id",
        "approved_date",
        "accepted_date",
        "record_id",
    )
    _cs_first_state_fields = (
        "unit_id",
        "owner_id",
        "contractor_id",
        "date_start",
        "date_end",
        "works",
    )

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    unit_id = fields.Many2one(
        "cs.unit", required=True, index=True, tracking=True, check_company=True
    )
    building_id = fields.Many2one(related="unit_id.building_id", store=True)
    project_id = fields.Many2one(related="unit_id.project_id", store=True)
    owner_id = fields.Many2one("res.partner", required=True, tracking=True)
    owner_phone = fields.Char(related="owner_id.phone", string="Owner Phone")
    contractor_id = fields.Many2one("res.partner", required=True, tracking=True)
    contractor_manager = fields.Char(string="Site Manager")
    contractor_phone = fields.Char(string="Site Manager Phone")
    worker_names = fields.Text(
        string="Workers", help="Names and ID numbers of the contractor's workers."
    )
    worker_count = fields.Integer(string="Number of Workers")
    date_start = fields.Date(string="Planned Start", required=True)
    date_end = fields.Date(string="Planned End", required=True)
    works = fields.Text(string="Works Described", required=True)
    conditions = fields.Text(
        string="Approval Conditions",
        tracking=True,
        help="Conditions the property manager attaches to the approval.",
    )
    inspector_id = fields.Many2one(
        "res.users",
        tracking=True,
        help="Property staff member who inspects this unit every working day.",
    )
    state = fields.Selection(
        RENOVATION_STATES,
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        group_expand=True,
    )
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    approved_date = fields.Datetime(readonly=True, copy=False)
    engineer_id = fields.Many2one(
        "res.partner",
        string="Engineering Representative",
        help="Member of the engineering team taking part in the acceptance.",
    )
    acceptance_note = fields.Text(string="Acceptance Findings")
    owner_signature = fields.Binary(attachment=True, copy=False)
    contractor_signature = fields.Binary(attachment=True, copy=False)
    accepted_date = fields.Datetime(readonly=True, copy=False)
    record_id = fields.Many2one(
        "cs.record", string="Filed As", readonly=True, copy=False
    )
    inspection_ids = fields.One2many(
        "cs.pm.renovation.inspection", "renovation_id", string="Inspections"
    )
    notice_ids = fields.One2many(
        "cs.pm.rectification.notice", "renovation_id", string="Rectification Notices"
    )
    inspection_count = fields.Integer(compute="_compute_counts")
    open_notice_count = fields.Integer(string="Open Notices", compute="_compute_counts")

    _check_dates = models.Constraint(
        "CHECK(date_end >= date_start)",
        "The planned end of a renovation cannot be before its start.",
    )

    @api.depends("inspection_ids", "notice_ids.state")
    def _compute_counts(self):
        for renovation in self:
            renovation.inspection_count = len(renovation.inspection_ids)
            renovation.open_notice_count = len(
                renovation.notice_ids.filtered(lambda n: n.state == "open")
            )

    @api.onchange("unit_id")
    def _onchange_unit_id(self):
        if self.unit_id.owner_ids and not self.owner_id:
            self.owner_id = self.unit_id.owner_ids[:1]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.pm.renovation") or "/"
                )
        return super().create(vals_list)

    def write(self, vals):
        content = {f for f in vals if not f.startswith(("message_", "activity_"))}
        if not self._cs_in_transition() and content:
            if any(r.state in CLOSED_STATES for r in self):
                raise UserError(
                    self.env._("A closed renovation file cannot be changed.")
                )
        return super().write(vals)

    def _cs_record_default_values(self):
        values = super()._cs_record_default_values()
        values["partner_id"] = self.owner_id.id
        return values

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def action_submit(self):
        """Submit the application to the property manager (PM-REN-1)."""
        self._cs_check_groups(STAFF, self.env._("submit a renovation application"))
        self._cs_check_state(("draft",), self.env._("submit"))
        if self.filtered(lambda r: not r.inspector_id):
            raise UserError(
                self.env._("Assign the inspector before submitting the renovation.")
            )
        self._cs_request_approval()
        for renovation in self:
            renovation._cs_schedule_for_group(
                "cs_property.group_pm_manager",
                self.env._("Approve renovation %(name)s", name=renovation.name),
            )
        return True

    def _cs_on_approved(self, reviews):
        """The manager's review comment is the approval's conditions."""
        self.ensure_one()
        decided = reviews.filtered("done_by").sorted("reviewed_date")[-1:]
        self.activity_feedback(["mail.mail_activity_data_todo"])
        self._cs_set_state(
            "approved",
            approved_by_id=decided.done_by.id,
            approved_date=decided.reviewed_date or fields.Datetime.now(),
            conditions="\n".join(filter(None, reviews.mapped("comment"))) or False,
        )

    def _cs_on_rejected(self, reviews):
        self.activity_unlink(["mail.mail_activity_data_todo"])
        self._cs_set_state("rejected")

    def action_start(self):
        self._cs_check_groups(STAFF, self.env._("start a renovation"))
        self._cs_check_state(("approved",), self.env._("start"))
        self._cs_check_manager_approval()
        return self._cs_set_state("in_progress")

    def action_stop(self):
        self._cs_check_groups(MANAGER, self.env._("stop a renovation"))
        self._cs_check_state(("approved", "in_progress"), self.env._("stop"))
        return self._cs_set_state("stopped")

    def action_request_completion(self):
        self._cs_check_groups(STAFF, self.env._("request the completion acceptance"))
        self._cs_check_state(("in_progress",), self.env._("request acceptance"))
        self._cs_check_no_open_notice()
        return self._cs_set_state("completion")

    def action_accept(self):
        """Both parties signed the acceptance form on screen: accept and file
        the renovation file with the archivist (PM-REN-4, CORE-REC)."""
        self._cs_check_groups(STAFF, self.env._("accept a renovation"))
        self._cs_check_state(("completion",), self.env._("accept"))
        self._cs_check_no_open_notice()
        if self.filtered(lambda r: not (r.owner_signature and r.contractor_signature)):
            raise UserError(
                self.env._(
                    "The owner and the contractor must both sign the acceptance "
                    "form before the renovation is accepted."
                )
            )
        self._cs_set_state("accepted", accepted_date=fields.Datetime.now())
        for renovation in self:
            renovation._cs_transition_write(record_id=renovation._cs_file().id)
        return True

    def _cs_check_no_open_notice(self):
        pending = self.filtered(lambda r: r.open_notice_count)
        if pending:
            raise UserError(
                self.env._(
                    "%(names)s still has open rectification notices; re-inspect "
                    "the unit first.",
                    names=", ".join(pending.mapped("name")),
                )
            )

    def _cs_schedule_for_group(self, group_xmlid, summary):
        users = (
            self.env.ref(group_xmlid)
            .sudo()
            .all_user_ids.filtered(lambda u: u.active and not u.share)
        )
        for user in users[:1]:
            self.activity_schedule(
                "mail.mail_activity_data_todo", user_id=user.id, summary=summary
            )

    def _cs_file(self):
        """Register the accepted renovation file in the records register:
        approved at once, attached PDF, proposed to the archives."""
        self.ensure_one()
        document = self.sudo()
        cs_centre = self.env.ref("cs_core.holder_department_cs")
        record = document._cs_create_record(
            "cs_core.record_type_renovation_form",
            holder=cs_centre,
            title=self.env._(
                "Renovation file %(name)s — %(unit)s",
                name=self.name,
                unit=self.unit_id.display_name,
            ),
        )
        record._cs_set_state(
            "approved",
            approved_date=fields.Datetime.now(),
            approved_by_id=self.env.user.id,
        )
        self._cs_attach_acceptance_pdf(record)
        document._cs_propose_handoff(
            record.copy_ids,
            self.env.ref("cs_core.holder_department_archives"),
            note=self.env._("Accepted renovation file"),
        )
        return record

    def _cs_attach_acceptance_pdf(self, record):
        """Attach the signed acceptance form to its record as first scan."""
        report = self.env["ir.actions.report"].sudo()
        testing = modules.module.current_test or tools.config["test_enable"]
        if report.get_wkhtmltopdf_state() in ("install", "broken") and not testing:
            record.message_post(
                body=self.env._(
                    "The PDF of %(name)s could not be generated (wkhtmltopdf is "
                    "not available); print it from the renovation.",
                    name=self.name,
                )
            )
            return self.env["ir.attachment"]
        content, kind = report._render_qweb_pdf(
            "cs_property.action_report_renovation", self.ids
        )
        return (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": f"{self.name}.{kind}",
                    "raw": content,
                    "res_model": record._name,
                    "res_id": record.id,
                    "mimetype": "application/pdf" if kind == "pdf" else "text/html",
                }
            )
        )

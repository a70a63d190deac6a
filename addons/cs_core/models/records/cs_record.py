# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

RECORD_STATES = [
    ("draft", "Draft"),
    ("approved", "Approved"),
    ("stamped", "Stamped"),
    ("certified", "Certified"),
    ("filed", "Filed"),
    ("archived", "Archived"),
    ("lent", "Lent Out"),
    ("disposed", "Disposed"),
]
# Records in these states are read-only (CORE-REC-2).
LOCKED_STATES = ("archived", "lent", "disposed")
# Fields lending, disposal and Odoo's own mail machinery still write on a
# locked record.
LOCK_EXEMPT_FIELDS = {
    "state",
    "loan_ids",
    "disposal_date",
    "disposal_id",
    "message_main_attachment_id",
}
LOCK_EXEMPT_PREFIXES = ("message_", "activity_")

WORKLIST_ROLES = [("manager", "CS Manager"), ("archivist", "Archivist")]
NEXT_ACTIONS = [
    ("approve", "Approve"),
    ("stamp", "Stamp"),
    ("certify", "Certify"),
    ("file", "File"),
    ("archive", "Archive"),
]
ROLE_GROUPS = {
    "manager": "cs_core.group_cs_manager",
    "archivist": "cs_core.group_cs_archivist",
}


class CsRecord(models.Model):
    """A paper document in the records register (CORE-REC-2)."""

    _name = "cs.record"
    _description = "Record"
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    # Set by the approve, stamp, certify, file, archive and dispose steps.
    _cs_guarded_fields = (
        "approved_date",
        "approved_by_id",
        "stamped_date",
        "stamped_by_id",
        "certified_date",
        "filed_date",
        "filed_by_id",
        "archived_date",
        "disposal_date",
        "disposal_id",
    )
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    title = fields.Char(required=True, tracking=True, translate=True)
    type_id = fields.Many2one(
        "cs.record.type",
        string="Record Type",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
        check_company=True,
    )
    state = fields.Selection(
        RECORD_STATES,
        default="draft",
        required=True,
        tracking=True,
        index=True,
        readonly=True,
        copy=False,
        group_expand=True,
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    partner_id = fields.Many2one("res.partner", index=True, tracking=True)
    unit_id = fields.Many2one("cs.unit", index=True, tracking=True, check_company=True)
    project_id = fields.Many2one(related="unit_id.project_id", store=True, index=True)
    res_model = fields.Char(string="Source Model", index=True, readonly=True)
    res_id = fields.Many2oneReference(
        string="Source ID", model_field="res_model", index=True, readonly=True
    )
    source_ref = fields.Reference(
        selection="_selection_source_model",
        string="Source Document",
        compute="_compute_source_ref",
    )
    tag_ids = fields.Many2many("cs.record.tag", string="Tags")
    description = fields.Html()
    copy_ids = fields.One2many(
        "cs.record.copy", "record_id", string="Copies", copy=False
    )
    copy_count = fields.Integer(compute="_compute_copy_count")
    handoff_ids = fields.Many2many(
        "cs.record.handoff",
        string="Custody Chain",
        compute="_compute_handoff_ids",
    )
    stamping_required = fields.Boolean(related="type_id.stamping_required")
    certification_required = fields.Boolean(related="type_id.certification_required")
    approved_date = fields.Datetime(readonly=True, copy=False)
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    stamped_date = fields.Datetime(readonly=True, copy=False)
    stamped_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    certified_date = fields.Datetime(readonly=True, copy=False)
    filed_date = fields.Datetime(readonly=True, copy=False)
    filed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    archived_date = fields.Date(readonly=True, copy=False, tracking=True)
    retention_until = fields.Date(
        compute="_compute_retention_until",
        store=True,
        index=True,
        help="Date after which the archived record may be disposed of; "
        "empty means kept permanently.",
    )
    scan_ids = fields.One2many("cs.record.scan", "record_id", string="Scans")
    loan_ids = fields.One2many("cs.record.loan", "record_id", string="Loans")
    disposal_id = fields.Many2one(
        "cs.record.disposal",
        readonly=True,
        copy=False,
        index=True,
        check_company=True,
    )
    disposal_date = fields.Date(readonly=True, copy=False)
    awaiting_role = fields.Selection(
        WORKLIST_ROLES,
        compute="_compute_worklist",
        store=True,
        index=True,
        help="Role whose transition the record is waiting for.",
    )
    next_action = fields.Selection(
        NEXT_ACTIONS, compute="_compute_worklist", store=True
    )
    in_my_worklist = fields.Boolean(
        compute="_compute_in_my_worklist", search="_search_in_my_worklist"
    )

    _name_company_uniq = models.Constraint(
        "UNIQUE (name, company_id)", "The record reference must be unique."
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.model
    def _selection_source_model(self):
        return [(m.model, m.name) for m in self.env["ir.model"].sudo().search([])]

    @api.depends("res_model", "res_id")
    def _compute_source_ref(self):
        for record in self:
            if record.res_model and record.res_id and record.res_model in self.env:
                record.source_ref = f"{record.res_model},{record.res_id}"
            else:
                record.source_ref = False

    @api.depends("copy_ids")
    def _compute_copy_count(self):
        for record in self:
            record.copy_count = len(record.copy_ids)

    def _compute_handoff_ids(self):
        handoffs = self.env["cs.record.handoff"].search(
            [("copy_ids.record_id", "in", self.ids)], order="id"
        )
        for record in self:
            record.handoff_ids = handoffs.filtered(
                lambda h, r=record: r in h.copy_ids.record_id
            )

    @api.depends("state", "archived_date", "type_id.retention_years")
    def _compute_retention_until(self):
        for record in self:
            years = record.type_id.retention_years
            if record.archived_date and years:
                record.retention_until = record.archived_date + relativedelta(
                    years=years
                )
            else:
                record.retention_until = False

    @api.depends("state", "type_id.stamping_required", "type_id.certification_required")
    def _compute_worklist(self):
        for record in self:
            action = record._get_next_action()
            record.next_action = action
            if not action:
                record.awaiting_role = False
            else:
                record.awaiting_role = "manager" if action == "approve" else "archivist"

    def _get_next_action(self):
        self.ensure_one()
        if self.state == "draft":
            return "approve"
        if self.state == "filed":
            return "archive"
        if self.state not in ("approved", "stamped", "certified"):
            return False
        if self.state == "approved" and self.type_id.stamping_required:
            return "stamp"
        if self.state != "certified" and self.type_id.certification_required:
            return "certify"
        return "file"

    def _compute_in_my_worklist(self):
        roles = self._get_user_worklist_roles()
        for record in self:
            record.in_my_worklist = record.awaiting_role in roles

    def _search_in_my_worklist(self, operator, value):
        if operator not in ("in", "not in"):
            return NotImplemented
        wanted = (True in value) if operator == "in" else (True not in value)
        domain = Domain("awaiting_role", "in", self._get_user_worklist_roles())
        return domain if wanted else ~domain

    def _get_user_worklist_roles(self):
        return [
            role
            for role, group in ROLE_GROUPS.items()
            if self.env.user.has_group(group)
        ]

    # ------------------------------------------------------------------
    # CRUD and immutability
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/" and vals.get("type_id"):
                rtype = self.env["cs.record.type"].browse(vals["type_id"])
                vals["name"] = rtype._next_reference()
        records = super().create(vals_list)
        if not self.env.context.get("cs_record_no_auto_copies"):
            records.filtered(lambda r: not r.copy_ids)._create_copies_from_type()
        return records

    def _create_copies_from_type(self, holder=None):
        """Create the copies the record type defines, held by ``holder``."""
        copy_vals = []
        for record in self:
            record_holder = (
                holder
                or record.type_id.default_holder_id
                or self.env["cs.record.holder"]._get_for_user(self.env.user)
            )
            for vals in record.type_id._prepare_copy_values(record_holder):
                copy_vals.append(dict(vals, record_id=record.id))
        return self.env["cs.record.copy"].create(copy_vals)

    def _cs_initial_state_message(self):
        return self.env._("A record is always created as a draft.")

    def _cs_state_locked_message(self):
        return self.env._(
            "The state of a record changes only through its workflow buttons."
        )

    def write(self, vals):
        locked_fields = [
            fname
            for fname in vals
            if fname not in LOCK_EXEMPT_FIELDS
            and not fname.startswith(LOCK_EXEMPT_PREFIXES)
        ]
        if locked_fields:
            self._check_not_locked()
        frozen = {"type_id", "company_id", "res_model", "res_id"} & set(vals)
        if frozen and any(record.state != "draft" for record in self):
            raise UserError(
                self.env._(
                    "The type, company and source document of a record are "
                    "fixed once it is approved."
                )
            )
        return super().write(vals)

    def _check_not_locked(self):
        locked = self.filtered(lambda r: r.state in LOCKED_STATES)
        if locked:
            raise UserError(
                self.env._(
                    "Record %(names)s is archived and read-only.",
                    names=", ".join(locked.mapped("name")),
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        if any(record.state != "draft" for record in self):
            raise UserError(
                self.env._(
                    "Only draft records can be deleted; records past approval "
                    "are kept for the custody chain and retention."
                )
            )

    # ------------------------------------------------------------------
    # Workflow (CORE-REC-2)
    # ------------------------------------------------------------------
    def _check_group(self, role, action):
        self._cs_check_groups([ROLE_GROUPS[role]], action)

    def _action_label(self, action):
        return {
            "approve": self.env._("approve records"),
            "stamp": self.env._("stamp records"),
            "certify": self.env._("certify records"),
            "file": self.env._("file records"),
            "archive": self.env._("archive records"),
        }[action]

    def _transition(self, action, new_state, **extra):
        role = "manager" if action == "approve" else "archivist"
        self._check_group(role, self._action_label(action))
        for record in self:
            if record._get_next_action() != action:
                raise UserError(
                    self.env._(
                        "Record %(name)s in state %(state)s cannot be %(action)s now.",
                        name=record.name,
                        state=dict(
                            record._fields["state"]._description_selection(self.env)
                        )[record.state],
                        action=dict(
                            record._fields["next_action"]._description_selection(
                                self.env
                            )
                        )[action],
                    )
                )
        return self._cs_set_state(new_state, **extra)

    def action_approve(self):
        return self._transition(
            "approve",
            "approved",
            approved_date=fields.Datetime.now(),
            approved_by_id=self.env.user.id,
        )

    def action_stamp(self):
        return self._transition(
            "stamp",
            "stamped",
            stamped_date=fields.Datetime.now(),
            stamped_by_id=self.env.user.id,
        )

    def action_certify(self):
        return self._transition(
            "certify", "certified", certified_date=fields.Datetime.now()
        )

    def action_file(self):
        return self._transition(
            "file",
            "filed",
            filed_date=fields.Datetime.now(),
            filed_by_id=self.env.user.id,
        )

    def action_archive_record(self, archived_on=None):
        """Archive; ``archived_on`` back-dates paper archived before the
        register existed (retention counts from it)."""
        self._cs_check_input({"archived_date": archived_on})
        archived_on = archived_on or fields.Date.context_today(self)
        if fields.Date.to_date(archived_on) > fields.Date.context_today(self):
            raise UserError(self.env._("The archive date cannot be in the future."))
        return self._transition("archive", "archived", archived_date=archived_on)

    def action_reset_to_draft(self):
        """CS manager sends an approved (not yet stamped) record back."""
        self._check_group("manager", self.env._("send records back to draft"))
        if any(record.state != "approved" for record in self):
            raise UserError(self.env._("Only approved records can go back to draft."))
        return self._cs_set_state("draft", approved_date=False, approved_by_id=False)

    # ------------------------------------------------------------------
    # UI helpers
    # ------------------------------------------------------------------
    def _cs_set_title(self, title):
        """Write ``title(env)`` in every installed language: titles the
        register generates ("Sale contract HT2026-00013") read in the
        reader's language, not in the language of whoever triggered them."""
        quiet = self.sudo().with_context(tracking_disable=True)
        for code, _name in self.env["res.lang"].get_installed():
            lang_env = self.with_context(lang=code).env
            quiet.with_context(lang=code).title = title(lang_env)

    def action_open_copies(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_record_copy"
        )
        action["domain"] = [("record_id", "=", self.id)]
        action["context"] = {"default_record_id": self.id}
        return action

    def action_create_disposal(self):
        """Start a disposal for the selected records (CORE-REC-7)."""
        return {
            "type": "ir.actions.act_window",
            "res_model": "cs.record.disposal",
            "view_mode": "form",
            "target": "current",
            "context": {"default_record_ids": [fields.Command.set(self.ids)]},
        }

    def action_propose_handoff(self):
        """Open the handoff form for the copies of these records."""
        return self.copy_ids.action_propose_handoff()

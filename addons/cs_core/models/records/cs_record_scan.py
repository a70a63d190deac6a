# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class CsRecordScan(models.Model):
    """A scan or photo of a record; uploading a file under an existing name
    adds a new version and keeps the earlier ones (CORE-REC-5)."""

    _name = "cs.record.scan"
    _description = "Record Scan"
    _check_company_auto = True
    _order = "record_id, name, version desc"

    record_id = fields.Many2one(
        "cs.record",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(related="record_id.company_id", store=True)
    name = fields.Char(
        string="Document", required=True, help="e.g. Signed contract, page 1-12."
    )
    file = fields.Binary(
        string="Scanned File", required=True, attachment=True, copy=False
    )
    file_name = fields.Char()
    version = fields.Integer(readonly=True, default=1, copy=False)
    is_current = fields.Boolean(
        string="Current Version", compute="_compute_is_current", store=True
    )
    uploaded_by_id = fields.Many2one(
        "res.users", default=lambda self: self.env.user, readonly=True
    )
    upload_date = fields.Datetime(default=fields.Datetime.now, readonly=True)
    note = fields.Char()

    @api.depends("record_id.scan_ids.version", "name")
    def _compute_is_current(self):
        for scan in self:
            same = scan.record_id.scan_ids.filtered(lambda s, n=scan.name: s.name == n)
            scan.is_current = scan.version == max(same.mapped("version") or [0])

    @api.model_create_multi
    def create(self, vals_list):
        records = self.env["cs.record"].browse(
            [vals["record_id"] for vals in vals_list if vals.get("record_id")]
        )
        records._check_not_locked()
        for vals in vals_list:
            previous = self.search(
                [
                    ("record_id", "=", vals.get("record_id")),
                    ("name", "=", vals.get("name")),
                ],
                order="version desc",
                limit=1,
            )
            vals["version"] = previous.version + 1 if previous else 1
        scans = super().create(vals_list)
        for scan in scans:
            scan.record_id.message_post(
                body=self.env._(
                    "Scan %(name)s uploaded (version %(version)s).",
                    name=scan.name,
                    version=scan.version,
                )
            )
        return scans

    def write(self, vals):
        if vals.keys() - {"note", "is_current"}:
            raise UserError(
                self.env._(
                    "A scan is never replaced: upload the new file as a new version."
                )
            )
        self.record_id._check_not_locked()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft_records(self):
        if any(scan.record_id.state != "draft" for scan in self):
            raise UserError(
                self.env._("Scans of an approved record are kept with their versions.")
            )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

AGENT = "cs_core.group_cs_agent"


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    cs_plan_ids = fields.One2many(
        "cs.complaint.plan", "ticket_id", string="Resolution Plans"
    )
    cs_plan_count = fields.Integer(
        string="Resolution Plan Count", compute="_compute_cs_plan_count"
    )
    cs_letter_record_id = fields.Many2one(
        "cs.record",
        string="Complaint Letter",
        readonly=True,
        copy=False,
        help="Records-register entry of the complaint letter's original.",
    )

    @api.depends("cs_plan_ids")
    def _compute_cs_plan_count(self):
        for ticket in self:
            ticket.cs_plan_count = len(ticket.cs_plan_ids)

    def action_cs_view_plans(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_realestate.action_cs_complaint_plan"
        )
        action["domain"] = [("ticket_id", "=", self.id)]
        action["context"] = {"default_ticket_id": self.id}
        return action

    def action_cs_file_complaint_letter(self):
        """Register the letter's original and hand it to the archivist
        (RE-CMP-6): the handoff is pending until the archivist confirms."""
        self.ensure_one()
        self._cs_check_groups([AGENT], self.env._("file complaint letters"))
        if self.cs_kind != "complaint":
            raise UserError(self.env._("Only a complaint has a complaint letter."))
        if self.cs_letter_record_id:
            raise UserError(self.env._("The complaint letter is already registered."))
        cs_department = self.env.ref("cs_core.holder_department_cs")
        record_type = self.env.ref("cs_core.record_type_complaint_letter")
        record = self.env["cs.record"].create(
            {
                "type_id": record_type.id,
                "title": self.env._("Complaint letter %(n)s", n=self.number),
                "res_model": self._name,
                "res_id": self.id,
                "partner_id": self.partner_id.id,
                "unit_id": self.cs_unit_id.id,
                "company_id": self.company_id.id,
                "copy_ids": [
                    fields.Command.create(vals)
                    for vals in record_type._prepare_copy_values(cs_department)
                ],
            }
        )
        self.sudo().cs_letter_record_id = record
        self.env["cs.record.handoff"]._cs_propose(
            record.copy_ids,
            self.env.ref("cs_core.holder_department_archives"),
            note=self.env._("Complaint letter original for the customer's file"),
        )
        return record

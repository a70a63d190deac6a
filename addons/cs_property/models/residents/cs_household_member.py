# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

RELATIONS = [
    ("owner", "Owner"),
    ("spouse", "Spouse"),
    ("child", "Child"),
    ("parent", "Parent"),
    ("grandparent", "Grandparent"),
    ("relative", "Other Relative"),
    ("tenant", "Tenant"),
    ("helper", "Domestic Helper"),
    ("other", "Other"),
]
STAFF = "cs_property.group_pm_staff"


class CsHouseholdMember(models.Model):
    """A person living in the unit (PM-RES-1); personal data, tracked."""

    _name = "cs.household.member"
    _description = "Household Member"
    _inherit = ["mail.thread"]
    _order = "household_id, id"

    household_id = fields.Many2one(
        "cs.household", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="household_id.company_id", store=True)
    name = fields.Char(required=True, tracking=True, groups=STAFF)
    partner_id = fields.Many2one("res.partner", string="Contact", groups=STAFF)
    relation = fields.Selection(
        RELATIONS, default="owner", required=True, tracking=True, groups=STAFF
    )
    birth_year = fields.Integer(tracking=True, groups=STAFF)
    phone = fields.Char(tracking=True, groups=STAFF)
    occupation = fields.Char(tracking=True, groups=STAFF)
    employer = fields.Char(tracking=True, groups=STAFF)
    skills = fields.Char(tracking=True, groups=STAFF)
    hobbies = fields.Char(tracking=True, groups=STAFF)
    is_elderly_alone = fields.Boolean(
        string="Elderly Living Alone", tracking=True, groups=STAFF
    )
    is_child = fields.Boolean(string="Child", tracking=True, groups=STAFF)
    is_disabled = fields.Boolean(string="Disabled", tracking=True, groups=STAFF)
    is_sick = fields.Boolean(string="Sick", tracking=True, groups=STAFF)
    care_note = fields.Text(string="Care Notes", tracking=True, groups=STAFF)

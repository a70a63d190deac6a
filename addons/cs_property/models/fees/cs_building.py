# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsBuilding(models.Model):
    _inherit = "cs.building"

    area_manager_id = fields.Many2one(
        "res.users",
        index=True,
        domain=[("share", "=", False)],
        help="Issues the payment and overdue notices of this building and "
        "visits its overdue owners; sees only the buildings assigned to him.",
    )


class CsProject(models.Model):
    _inherit = "cs.project"

    pm_assistant_id = fields.Many2one(
        "res.users",
        string="Manager's Assistant",
        help="Visits the overdue owners the area manager could not settle.",
    )
    pm_director_id = fields.Many2one(
        "res.users",
        string="Office Director",
        help="Receives the overdue cases referred to the service centre.",
    )

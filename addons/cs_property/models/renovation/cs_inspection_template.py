# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsInspectionTemplate(models.Model):
    """Renovation checklists reuse the service-standard checklists."""

    _inherit = "cs.inspection.template"

    category = fields.Selection(
        selection_add=[("renovation", "Renovation")],
        ondelete={"renovation": "cascade"},
    )

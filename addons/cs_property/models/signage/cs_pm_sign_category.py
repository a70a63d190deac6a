# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CsPmSignCategory(models.Model):
    """Sign category: building number, floor, door number… (PM-SIGN-1)."""

    _name = "cs.pm.sign.category"
    _description = "Sign Category"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)


class CsPmSignPlacement(models.Model):
    """Where signs are used: high-rise building, clubhouse… (PM-SIGN-1)."""

    _name = "cs.pm.sign.placement"
    _description = "Sign Placement Object"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    is_temporary = fields.Boolean(
        string="Temporary Signs",
        help="Signs found on patrol and registered as temporary.",
    )

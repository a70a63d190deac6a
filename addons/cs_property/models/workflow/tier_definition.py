# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

# Site documents the property manager approves through tier validation.
CS_PM_TIER_VALIDATED_MODELS = ["cs.pm.renovation", "cs.pm.sign.request"]


class TierDefinition(models.Model):
    _inherit = "tier.definition"

    @api.model
    def _get_tier_validation_model_names(self):
        return super()._get_tier_validation_model_names() + CS_PM_TIER_VALIDATED_MODELS

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .helpdesk_ticket import CS_SEVERITIES, CS_TICKET_KINDS


class CsServiceCommitment(models.Model):
    """Service commitment: how fast a ticket of a kind and severity is
    answered and resolved (CORE-TKT-3, RE-CMP-3)."""

    _name = "cs.service.commitment"
    _description = "Service Commitment"
    _order = "kind, severity, id"

    name = fields.Char(compute="_compute_name", store=True)
    kind = fields.Selection(CS_TICKET_KINDS, required=True)
    severity = fields.Selection(
        CS_SEVERITIES,
        help="Leave empty to apply to every severity of this kind that has "
        "no specific commitment.",
    )
    response_hours = fields.Float(required=True, default=2.0)
    resolution_hours = fields.Float(required=True, default=72.0)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    active = fields.Boolean(default=True)
    note = fields.Text(translate=True)

    _kind_severity_uniq = models.Constraint(
        "UNIQUE NULLS NOT DISTINCT (kind, severity, company_id)",
        "There is already a service commitment for this kind and severity.",
    )
    _hours_positive = models.Constraint(
        "CHECK(response_hours >= 0 AND resolution_hours > 0 "
        "AND response_hours <= resolution_hours)",
        "Hours must be positive and the response must come before the resolution.",
    )

    @api.depends("kind", "severity")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        severities = dict(self._fields["severity"]._description_selection(self.env))
        for rec in self:
            rec.name = "%s / %s" % (
                kinds.get(rec.kind, ""),
                severities.get(rec.severity, self.env._("Any severity")),
            )

    @api.model
    def _get_commitment_map(self, company_ids):
        """Return {(company_id, kind, severity): commitment} for a batch.

        One query for the whole batch; a key with severity ``False`` is the
        kind's fallback."""
        commitments = self.sudo().search([("company_id", "in", list(company_ids))])
        return {(c.company_id.id, c.kind, c.severity): c for c in commitments}

    @api.model
    def _find(self, commitment_map, company_id, kind, severity):
        return commitment_map.get((company_id, kind, severity)) or commitment_map.get(
            (company_id, kind, False)
        )

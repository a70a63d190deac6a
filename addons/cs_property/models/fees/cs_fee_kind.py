# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

FEE_CATEGORIES = [
    ("management", "Property Management Fee"),
    ("water", "Water"),
    ("electricity", "Electricity"),
    ("gas", "Gas"),
    ("special_service", "Special Service"),
    ("late_fee", "Late Fee"),
]


class CsFeeKind(models.Model):
    """A kind of fee billed to owners (PM-FEE-1).

    Carries what the invoice line needs (product, income account), how the
    quantity is measured, the collection target and the overdue ladder's
    timing (PM-FEE-3).
    """

    _name = "cs.fee.kind"
    _description = "Fee Kind"
    _order = "sequence, id"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    category = fields.Selection(FEE_CATEGORIES, required=True, default="management")
    billing_method = fields.Selection(
        [
            ("area", "Per m² of Building Area per Month"),
            ("metered", "Per Metered Quantity"),
            ("fixed", "Fixed Amount"),
        ],
        required=True,
        default="area",
    )
    product_id = fields.Many2one(
        "product.product",
        required=True,
        check_company=True,
        domain=[("type", "=", "service")],
        help="Product of the invoice lines of this fee.",
    )
    income_account_id = fields.Many2one(
        "account.account",
        check_company=True,
        help="Income account of the invoice lines; the product's when empty.",
    )
    target_rate = fields.Float(
        string="Collection Target (%)",
        default=100.0,
        help="Share of the billed amount to collect by the end of the period.",
    )
    # Overdue ladder (PM-FEE-3): days before each step.
    reminder_days = fields.Integer(
        string="Reminder Notice After (days)",
        default=15,
        help="Days after the due date before the reminder notice.",
    )
    deadline_days = fields.Integer(
        string="Deadline Notice After (days)",
        default=15,
        help="Days after the reminder notice before the deadline notice.",
    )
    grace_days = fields.Integer(
        string="Deadline Given (days)",
        default=10,
        help="Days the deadline notice gives; the late fee accrues after them.",
    )
    visit_days = fields.Integer(
        string="Area Manager Visit After (days)",
        default=10,
        help="Days after the deadline notice before the area manager's visit.",
    )
    assistant_days = fields.Integer(
        string="Assistant Visit After (days)",
        default=15,
        help="Days after the area manager's visit before the assistant's visit.",
    )
    referral_days = fields.Integer(
        string="Referral After (days)",
        default=15,
        help="Days after the assistant's visit before the referral to the "
        "service centre and the office director.",
    )
    late_fee_rate = fields.Float(
        string="Late Fee Rate per Day (‰)",
        digits=(12, 4),
        default=0.3,
        help="Per mille of the overdue amount charged per day after the "
        "deadline of the deadline notice.",
    )

    _target_range = models.Constraint(
        "CHECK (target_rate >= 0 AND target_rate <= 100)",
        "A collection target lies between 0 % and 100 %.",
    )
    _days_positive = models.Constraint(
        "CHECK (reminder_days >= 0 AND deadline_days >= 0 AND grace_days >= 0 "
        "AND visit_days >= 0 AND assistant_days >= 0 AND referral_days >= 0 "
        "AND late_fee_rate >= 0)",
        "Ladder days and the late fee rate cannot be negative.",
    )

    def _ladder_days(self, level):
        """Days to wait before ladder step ``level`` (1 = reminder)."""
        self.ensure_one()
        return [
            self.reminder_days,
            self.deadline_days,
            self.visit_days,
            self.assistant_days,
            self.referral_days,
        ][level - 1]

    @api.model
    def _late_fee_kind(self, company):
        return self._cs_kind_of("late_fee", company)

    @api.model
    def _cs_kind_of(self, category, company):
        """The first fee kind of ``category`` in ``company``."""
        return self.search(
            [("category", "=", category), ("company_id", "=", company.id)], limit=1
        )

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

# Usual contract clause: 0.05 % of the late amount per day (日万分之五).
DEFAULT_RATE = 0.05
BREACH_READERS = (
    "cs_core.group_cs_agent,cs_core.group_cs_manager,cs_core.group_cs_finance,"
    "cs_core.group_cs_legal,cs_core.group_cs_gm,cs_realestate.group_re_sales"
)


class CsSaleContractBreach(models.Model):
    """Late payment and late certificate application by the buyer (RE-BR-1, -2)."""

    _inherit = "cs.sale.contract"

    # Added to the contract's step-owned fields (declarations add up).
    _cs_guarded_fields = ("certificate_clause_applied", "certificate_clause_date")

    late_interest_rate = fields.Float(
        string="Late-Payment Rate (% per day)",
        digits=(6, 4),
        default=DEFAULT_RATE,
        tracking=True,
        help="Contractual interest per day on late instalments.",
    )
    late_interest_amount = fields.Monetary(
        string="Late-Payment Interest",
        compute="_compute_late_interest_amount",
        help="Interest due today for the days each instalment was or is late.",
    )
    overdue_amount = fields.Monetary(compute="_compute_late_interest_amount")
    certificate_due_date = fields.Date(
        string="Certificate Application Deadline",
        tracking=True,
        help="Date by which the buyer agreed to apply for the ownership and "
        "land certificates.",
    )
    certificate_clause_applied = fields.Boolean(
        string="Late-Certificate Clause Applies",
        readonly=True,
        copy=False,
        tracking=True,
    )
    certificate_clause_date = fields.Date(
        string="Clause Applies Since", readonly=True, copy=False
    )
    # Readable by the roles that read breach cases (see the visits above).
    breach_ids = fields.One2many(
        "cs.breach", "contract_id", string="Breach Cases", groups=BREACH_READERS
    )
    breach_count = fields.Integer(
        compute="_compute_breach_count", groups=BREACH_READERS
    )

    _late_rate_positive = models.Constraint(
        "CHECK (late_interest_rate >= 0)", "The late-payment rate cannot be negative."
    )

    def write(self, vals):
        if "late_interest_rate" in vals and self.filtered(
            lambda c: c.state not in ("draft", "cancelled")
        ):
            raise UserError(
                self.env._("The terms of an approved contract cannot be changed.")
            )
        return super().write(vals)

    def _compute_late_interest_amount(self):
        today = fields.Date.context_today(self)
        interest = self._cs_late_interest_map(today)
        overdue = self._cs_overdue_map(today)
        for contract in self:
            contract.late_interest_amount = interest.get(contract.id, 0.0)
            contract.overdue_amount = overdue.get(contract.id, 0.0)

    def _compute_breach_count(self):
        counts = dict(
            self.env["cs.breach"]._read_group(
                [("contract_id", "in", self.ids)], ["contract_id"], ["__count"]
            )
        )
        for contract in self:
            contract.breach_count = counts.get(contract, 0)

    def _cs_late_lines(self, as_of):
        return (
            self.env["cs.sale.contract.payment"]
            .sudo()
            .search_fetch(
                [("contract_id", "in", self.ids), ("due_date", "<", as_of)],
                [
                    "contract_id",
                    "due_date",
                    "amount",
                    "paid_amount",
                    "paid_date",
                    "is_paid",
                ],
            )
        )

    def _cs_late_interest_map(self, as_of):
        """{contract id: interest on ``as_of``} for the whole recordset.

        One read of the late instalments whatever the number of contracts.
        """
        result = defaultdict(float)
        ids = [cid for cid in self.ids if cid]
        if not ids:
            return result
        contracts = self.browse(ids)
        rates = {c.id: c.late_interest_rate for c in contracts}
        for line in contracts._cs_late_lines(as_of):
            contract_id = line.contract_id.id
            result[contract_id] += line._cs_late_interest(rates[contract_id], as_of)[1]
        return result

    def _cs_overdue_map(self, as_of):
        result = defaultdict(float)
        ids = [cid for cid in self.ids if cid]
        if not ids:
            return result
        for line in self.browse(ids)._cs_late_lines(as_of):
            if not line.is_paid:
                result[line.contract_id.id] += line.amount - line.paid_amount
        return result

    def action_view_breaches(self):
        return self._action_related("cs_realestate.action_cs_breach", "contract_id")

    def action_view_overdue_instalments(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_realestate.action_cs_overdue_instalments"
        )
        action["domain"] = [
            ("contract_id", "=", self.id),
            ("is_paid", "=", False),
            ("due_date", "<", fields.Date.context_today(self)),
        ]
        return action

    # ------------------------------------------------------------------
    # Jobs
    # ------------------------------------------------------------------
    @api.model
    def _cron_late_payment_cases(self, today=None):
        """Open a late-payment case per contract with an overdue instalment
        and ask its CS responsible to send the reminder letter (RE-BR-1)."""
        today = today or fields.Date.context_today(self)
        lines = self.env["cs.sale.contract.payment"].search_fetch(
            [
                ("is_paid", "=", False),
                ("due_date", "<", today),
                ("contract_id.state", "not in", ("draft", "cancelled")),
            ],
            ["contract_id"],
        )
        contracts = lines.contract_id
        open_cases = self.env["cs.breach"].search_fetch(
            [
                ("contract_id", "in", contracts.ids),
                ("kind", "=", "late_payment"),
                ("state", "=", "open"),
            ],
            ["contract_id"],
        )
        todo = contracts - open_cases.contract_id
        cases = self.env["cs.breach"]._cs_open_cases(todo, "late_payment")
        return cases

    @api.model
    def _cron_certificate_lateness(self, today=None):
        """Past the agreed date without an application, the contract clause
        applies from the next day; set once (RE-BR-2)."""
        today = today or fields.Date.context_today(self)
        late = self.search(
            [
                ("certificate_due_date", "<", today),
                ("certificate_clause_applied", "=", False),
                ("state", "not in", ("draft", "cancelled")),
                (
                    "certificate_ids",
                    "not any",
                    [("state", "in", ("materials", "submitted", "issued"))],
                ),
            ]
        )
        by_date = defaultdict(lambda: self.browse())
        for contract in late:
            by_date[contract.certificate_due_date + timedelta(days=1)] |= contract
        for date, contracts in by_date.items():
            contracts._cs_transition_write(
                certificate_clause_applied=True, certificate_clause_date=date
            )
        self.env["cs.breach"]._cs_open_cases(late, "late_certificate")
        return late

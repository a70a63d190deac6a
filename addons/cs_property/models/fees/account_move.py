# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL
from odoo.tools.float_utils import float_round
from odoo.tools.misc import formatLang

from odoo.addons.cs_core.tools import is_trusted, trusted

FEE_WRITE_KEY = "cs_fee_write"
# Fee fields set by the billing run and the overdue job only.
FEE_GUARDED_FIELDS = (
    "cs_unit_id",
    "cs_fee_period",
    "cs_fee_run_id",
    "cs_ladder_kind_id",
    "cs_dunning_level",
    "cs_dunning_next_date",
    "cs_late_fee_from",
    "cs_late_fee_billed_until",
    "cs_late_fee_origin_id",
)
# The overdue ladder's own state (PM-FEE-3): no accounting meaning, so the
# daily job sets it in batched UPDATEs (``_cs_ladder_write``).
LADDER_FIELDS = ("cs_dunning_level", "cs_dunning_next_date", "cs_late_fee_from")
LADDER_LEVELS = [
    ("0", "Not Started"),
    ("1", "Reminder Notice"),
    ("2", "Deadline Notice"),
    ("3", "Area Manager Visit"),
    ("4", "Assistant Visit"),
    ("5", "Referred to Director"),
]


class AccountMove(models.Model):
    _inherit = "account.move"

    cs_unit_id = fields.Many2one(
        "cs.unit", string="Unit", index=True, readonly=True, copy=False
    )
    cs_building_id = fields.Many2one(
        related="cs_unit_id.building_id", store=True, string="Building", index=True
    )
    cs_area_manager_id = fields.Many2one(
        related="cs_unit_id.building_id.area_manager_id", string="Area Manager"
    )
    cs_fee_period = fields.Date(
        string="Billed Month",
        readonly=True,
        copy=False,
        help="First day of the month a property bill covers.",
    )
    cs_fee_run_id = fields.Many2one(
        "cs.fee.run",
        string="Billing Run",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    cs_ladder_kind_id = fields.Many2one(
        "cs.fee.kind",
        string="Ladder Fee Kind",
        readonly=True,
        copy=False,
        help="The fee kind whose days drive the overdue ladder of this bill.",
    )
    cs_dunning_level = fields.Selection(
        LADDER_LEVELS, string="Overdue Step", default="0", readonly=True, copy=False
    )
    cs_dunning_next_date = fields.Date(
        string="Next Overdue Step On", readonly=True, copy=False, index="btree_not_null"
    )
    cs_dunning_step_ids = fields.One2many(
        "cs.fee.dunning.step", "move_id", string="Overdue Steps", readonly=True
    )
    cs_late_fee_from = fields.Date(
        string="Late Fee From",
        readonly=True,
        copy=False,
        help="The deadline of the deadline notice: the late fee accrues after it.",
    )
    cs_late_fee_billed_until = fields.Date(
        string="Late Fee Billed Until", readonly=True, copy=False
    )
    cs_late_fee_origin_id = fields.Many2one(
        "account.move", string="Late Fee For", readonly=True, copy=False
    )
    cs_late_fee_accrued = fields.Monetary(
        string="Late Fee Accrued",
        compute="_compute_cs_late_fee_accrued",
        help="Late fee accrued since the deadline and not billed yet.",
    )

    _cs_unit_period_uniq = models.UniqueIndex(
        "(cs_unit_id, cs_fee_period) WHERE cs_fee_period IS NOT NULL "
        "AND state != 'cancel'",
        "A unit is billed once per month.",
    )

    @api.depends("amount_residual", "cs_late_fee_from", "cs_late_fee_billed_until")
    def _compute_cs_late_fee_accrued(self):
        today = fields.Date.context_today(self)
        for move in self:
            move.cs_late_fee_accrued = move._cs_late_fee_amount(today)[0]

    def write(self, vals):
        if not is_trusted(self.env, FEE_WRITE_KEY):
            locked = [field for field in FEE_GUARDED_FIELDS if field in vals]
            if locked:
                raise UserError(
                    self.env._(
                        "%(fields)s of a property bill are set by the billing run "
                        "and the overdue job only.",
                        fields=", ".join(
                            self._fields[f]._description_string(self.env)
                            for f in locked
                        ),
                    )
                )
        result = super().write(vals)
        if "state" in vals:
            self._cs_refresh_statistics()
        return result

    def _cs_refresh_statistics(self):
        bills = self.filtered("cs_unit_id")
        if bills:
            self.env["cs.fee.collection.fact"]._cs_refresh_moves(bills.ids)

    @api.model_create_multi
    def create(self, vals_list):
        if not is_trusted(self.env, FEE_WRITE_KEY) and any(
            self._cs_sets_fee_field(vals, field)
            for vals in vals_list
            for field in FEE_GUARDED_FIELDS
        ):
            raise UserError(
                self.env._(
                    "Property bills are created by the billing run or the fee API only."
                )
            )
        return super().create(vals_list)

    @api.model
    def _cs_sets_fee_field(self, vals, field):
        # Entries made through ``_inherits`` (bank statement lines) carry
        # every default of the move, the first overdue step included.
        # "0" is the ladder's "not started" level, the field's default.
        return vals.get(field) not in (None, False, "0")

    def _cs_fee_write(self, vals):
        return trusted(self, FEE_WRITE_KEY).write(vals)

    def _invoice_paid_hook(self):
        res = super()._invoice_paid_hook()
        self.env["cs.special.service"]._cs_mark_paid(self)
        return res

    def _cs_ladder_write(self, vals):
        """Set the ladder state of these bills in one UPDATE (PM-FEE-3).

        ``account.move.write`` re-checks the balance and re-synchronises the
        lines of every bill written, about one query per bill, and flags a
        posted bill as manually modified: wrong for a reminder date, and
        the daily job's cost would grow with the number of overdue bills.
        """
        if not self:
            return
        if not set(vals) <= set(LADDER_FIELDS):
            raise UserError(self.env._("Only the overdue ladder state is set here."))
        names = sorted(vals)
        self.flush_recordset(names)
        self.env.cr.execute(
            SQL(
                "UPDATE account_move SET %s, write_uid = %s, write_date = %s "
                "WHERE id = ANY(%s)",
                SQL(", ").join(
                    SQL("%s = %s", SQL.identifier(name), vals[name] or None)
                    for name in names
                ),
                self.env.uid,
                self.env.cr.now(),
                self.ids,
            )
        )
        self.invalidate_recordset([*names, "write_uid", "write_date"])
        self.modified(names)

    # ------------------------------------------------------------------
    # API for other documents (special services) and the billing run
    # ------------------------------------------------------------------
    @api.model
    def _cs_prepare_fee_invoice(self, unit, partner, lines, invoice_date, **extra):
        """Values of a customer invoice of ``unit`` billed to ``partner``.

        ``lines``: dicts with ``fee_kind`` (a cs.fee.kind), ``name``,
        ``quantity`` and ``price_unit``.
        """
        others = unit.owner_ids - partner
        vals = {
            "move_type": "out_invoice",
            "partner_id": partner.id,
            "company_id": unit.company_id.id or self.env.company.id,
            "invoice_date": invoice_date,
            "cs_unit_id": unit.id,
            "invoice_line_ids": [
                Command.create(self._cs_prepare_fee_line(line)) for line in lines
            ],
        }
        if others:
            vals["narration"] = self.env._(
                "Joint owners: %(owners)s", owners=", ".join(others.mapped("name"))
            )
        vals.update(extra)
        return vals

    @api.model
    def _cs_prepare_fee_line(self, line):
        kind = line["fee_kind"]
        vals = {
            "product_id": kind.product_id.id,
            "name": line["name"],
            "quantity": line.get("quantity", 1.0),
            "price_unit": line["price_unit"],
            "cs_fee_kind_id": kind.id,
            "tax_ids": [
                Command.set(
                    kind.product_id.taxes_id.filtered(
                        lambda tax: tax.company_id == kind.company_id
                    ).ids
                )
            ],
        }
        if kind.income_account_id:
            vals["account_id"] = kind.income_account_id.id
        return vals

    @api.model
    def cs_create_fee_invoice(
        self, unit, lines, partner=None, invoice_date=None, post=True, **extra
    ):
        """Bill ``lines`` to the owner of ``unit`` in one customer invoice.

        The entry point for documents billed outside the monthly run, such
        as special services: ``lines`` are dicts with ``fee_kind``,
        ``name``, ``quantity`` and ``price_unit``; ``extra`` are further
        invoice values (``invoice_origin``).
        """
        partner = partner or unit.owner_ids[:1]
        if not partner:
            raise UserError(
                self.env._(
                    "Unit %(unit)s has no owner to bill.", unit=unit.complete_name
                )
            )
        invoice_date = invoice_date or fields.Date.context_today(self)
        vals = self._cs_prepare_fee_invoice(unit, partner, lines, invoice_date, **extra)
        kind = lines[0]["fee_kind"]
        if kind.category != "late_fee":
            # Overdue special services climb the ladder too; late fees don't.
            vals.update(
                cs_ladder_kind_id=kind.id,
                cs_dunning_next_date=invoice_date + timedelta(days=kind.reminder_days),
            )
        move = trusted(self, FEE_WRITE_KEY).create(vals)
        if post:
            move.action_post()
        return move

    # ------------------------------------------------------------------
    # Printouts: whole sentences, so that a translation can reorder them
    # ------------------------------------------------------------------
    def _cs_amount_text(self, amount):
        return formatLang(self.env, amount, currency_obj=self.currency_id)

    def _cs_notice_salutation(self):
        return self.env._("Dear %(owner)s,", owner=self.partner_id.name)

    def _cs_payment_notice_text(self):
        return self.env._(
            "Please pay the property fees of %(unit)s for %(month)s, %(amount)s in "
            "all, by %(due)s at the service centre cashier.",
            unit=self.cs_unit_id.complete_name,
            month=self.cs_fee_period and self.cs_fee_period.strftime("%Y-%m") or "",
            amount=self._cs_amount_text(self.amount_residual),
            due=self.invoice_date_due,
        )

    # ------------------------------------------------------------------
    # Late fee (PM-FEE-3 b)
    # ------------------------------------------------------------------
    def _cs_late_fee_amount(self, until):
        """(amount, date_from, days) of the late fee accrued by ``until``
        and not billed yet: residual × daily rate × days after the deadline."""
        self.ensure_one()
        if not self.cs_late_fee_from or not self.cs_ladder_kind_id:
            return 0.0, False, 0
        start = max(
            self.cs_late_fee_from,
            (self.cs_late_fee_billed_until or self.cs_late_fee_from),
        )
        days = (until - start).days
        if days <= 0 or self.currency_id.is_zero(self.amount_residual):
            return 0.0, start, 0
        rate = self.cs_ladder_kind_id.late_fee_rate / 1000.0
        amount = float_round(
            self.amount_residual * rate * days,
            precision_rounding=self.currency_id.rounding,
        )
        return amount, start, days

    def action_cs_bill_late_fee(self):
        """Bill the accrued late fee as its own invoice, one per bill."""
        self.env["cs.fee.dunning.step"]._cs_check_groups(
            ["cs_property.group_pm_cashier"], self.env._("bill a late fee")
        )
        today = fields.Date.context_today(self)
        invoices = self.browse()
        for move in self:
            amount, start, days = move._cs_late_fee_amount(today)
            if not amount:
                continue
            invoices |= move._cs_bill_late_fee(amount, start, today, days)
        if not invoices:
            raise UserError(self.env._("No late fee has accrued on these bills."))
        return invoices

    def _cs_bill_late_fee(self, amount, start, until, days):
        kind = self.env["cs.fee.kind"]._late_fee_kind(self.company_id)
        if not kind:
            raise UserError(self.env._("Define a fee kind for late fees first."))
        line = {
            "fee_kind": kind,
            "name": self.env._(
                "Late fee on %(bill)s: %(residual)s overdue × %(rate)s‰ × "
                "%(days)s days (%(start)s to %(until)s)",
                bill=self.name,
                residual=self.amount_residual,
                rate=self.cs_ladder_kind_id.late_fee_rate,
                days=days,
                start=start,
                until=until - timedelta(days=1),
            ),
            "quantity": 1.0,
            "price_unit": amount,
        }
        invoice = self.sudo().cs_create_fee_invoice(
            self.cs_unit_id, [line], partner=self.partner_id, invoice_date=until
        )
        invoice._cs_fee_write({"cs_late_fee_origin_id": self.id})
        self.sudo()._cs_fee_write({"cs_late_fee_billed_until": until})
        return invoice


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    cs_fee_kind_id = fields.Many2one(
        "cs.fee.kind", string="Fee Kind", index="btree_not_null", readonly=True
    )


class AccountPartialReconcile(models.Model):
    """Payments reconciled with property bills refresh their statistics."""

    _inherit = "account.partial.reconcile"

    def _cs_bills(self):
        return (self.debit_move_id | self.credit_move_id).move_id.filtered("cs_unit_id")

    @api.model_create_multi
    def create(self, vals_list):
        partials = super().create(vals_list)
        partials._cs_bills()._cs_refresh_statistics()
        return partials

    def unlink(self):
        bills = self._cs_bills()
        result = super().unlink()
        bills._cs_refresh_statistics()
        # A payment taken off a bill makes its special services unpaid again.
        self.env["cs.special.service"]._cs_mark_unpaid(bills)
        return result

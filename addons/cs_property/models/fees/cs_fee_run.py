# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from dateutil.relativedelta import relativedelta
from psycopg2 import IntegrityError

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError

from odoo.addons.cs_core.tools import trusted

from .account_move import FEE_WRITE_KEY

_logger = logging.getLogger(__name__)

BILLED_STATUSES = ("delivered", "occupied", "vacant", "rented")
RUN_CATEGORIES = ("management", "water", "electricity", "gas")


class CsFeeRun(models.Model):
    """The monthly billing run of a project (PM-FEE-2): a preview per unit,
    then one posted customer invoice per unit and month, made in chunks."""

    _name = "cs.fee.run"
    _description = "Billing Run"
    _inherit = ["mail.thread", "cs.workflow.mixin"]
    _order = "period_date desc, id desc"
    _check_company_auto = True
    _cs_first_state_fields = (
        "period_date",
        "project_id",
        "building_ids",
        "fee_kind_ids",
    )

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    period_date = fields.Date(
        string="Month",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(day=1),
        help="Any day of the billed month.",
    )
    project_id = fields.Many2one("cs.project", required=True, check_company=True)
    building_ids = fields.Many2many(
        "cs.building",
        string="Buildings",
        domain="[('project_id', '=', project_id)]",
        help="Leave empty to bill the whole project.",
    )
    fee_kind_ids = fields.Many2many(
        "cs.fee.kind",
        string="Fee Kinds",
        check_company=True,
        default=lambda self: self.env["cs.fee.kind"].search(
            [
                ("category", "in", RUN_CATEGORIES),
                ("company_id", "=", self.env.company.id),
            ]
        ),
        domain=[("category", "in", RUN_CATEGORIES)],
    )
    invoice_date = fields.Date(default=fields.Date.context_today, required=True)
    due_days = fields.Integer(string="Payment Due in (days)", default=15)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("preview", "Previewed"),
            ("running", "Billing"),
            ("done", "Done"),
        ],
        default="draft",
        required=True,
        tracking=True,
    )
    line_ids = fields.One2many("cs.fee.run.line", "run_id", string="Billing List")
    line_count = fields.Integer(compute="_compute_counts")
    billed_count = fields.Integer(compute="_compute_counts")
    error_count = fields.Integer(compute="_compute_counts")
    missing_count = fields.Integer(string="Missing Readings", compute="_compute_counts")
    progress = fields.Float(compute="_compute_counts")
    amount_total = fields.Monetary(compute="_compute_counts", string="Total")
    move_ids = fields.One2many("account.move", "cs_fee_run_id", string="Invoices")

    @api.depends("period_date", "project_id.name")
    def _compute_name(self):
        for run in self:
            run.name = "%s %s" % (
                run.project_id.name or "",
                run.period_date and run.period_date.strftime("%Y-%m") or "",
            )

    @api.depends("line_ids.state", "line_ids.amount_total")
    def _compute_counts(self):
        groups = self.env["cs.fee.run.line"]._read_group(
            [("run_id", "in", self.ids)],
            ["run_id", "state"],
            ["__count", "amount_total:sum"],
        )
        stats = {}
        for run, state, count, amount in groups:
            entry = stats.setdefault(run.id, {"amount": 0.0, "missing": 0})
            entry[state] = count
            entry["amount"] += amount
        missing = dict(
            self.env["cs.fee.run.line"]._read_group(
                [("run_id", "in", self.ids), ("missing_reading", "=", True)],
                ["run_id"],
                ["__count"],
            )
        )
        for run in self:
            entry = stats.get(run.id, {})
            total = sum(v for k, v in entry.items() if k not in ("amount", "missing"))
            run.line_count = total
            run.billed_count = entry.get("billed", 0)
            run.error_count = entry.get("error", 0)
            run.missing_count = missing.get(run, 0)
            done = total - entry.get("to_bill", 0)
            run.progress = 100.0 * done / total if total else 0.0
            run.amount_total = entry.get("amount", 0.0)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("period_date"):
                vals["period_date"] = fields.Date.to_date(vals["period_date"]).replace(
                    day=1
                )
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("period_date"):
            vals["period_date"] = fields.Date.to_date(vals["period_date"]).replace(
                day=1
            )
        return super().write(vals)

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def action_preview(self):
        self._cs_check_groups(
            ["cs_property.group_pm_cashier"], self.env._("preview a billing run")
        )
        self._cs_check_state(["draft", "preview"], self.env._("preview"))
        self._cs_check_own_buildings()
        for run in self:
            run.line_ids.sudo().unlink()
            run._cs_build_preview()
        self._cs_set_state("preview")

    def action_reset(self):
        self._cs_check_groups(
            ["cs_property.group_pm_cashier"], self.env._("reset a billing run")
        )
        self._cs_check_state(["preview"], self.env._("reset"))
        self.line_ids.sudo().unlink()
        self._cs_set_state("draft")

    def action_confirm(self):
        self._cs_check_groups(
            ["cs_property.group_pm_cashier"], self.env._("confirm a billing run")
        )
        self._cs_check_state(["preview"], self.env._("confirm"))
        self._cs_set_state("running")
        for run in self:
            run._cs_dispatch_chunks()

    def action_retry_errors(self):
        self._cs_check_groups(
            ["cs_property.group_pm_cashier"], self.env._("retry a billing run")
        )
        self._cs_check_state(["done"], self.env._("retry"))
        self.line_ids.sudo().filtered(lambda line: line.state == "error").write(
            {"state": "to_bill", "message": False}
        )
        self._cs_set_state("running")
        for run in self:
            run._cs_dispatch_chunks()

    # ------------------------------------------------------------------
    # Preview
    # ------------------------------------------------------------------
    def _cs_own_buildings_only(self):
        """An area manager below the assistant bills only his own buildings,
        as he sees only their bills (the global rule on ``account.move``);
        an accountant keeps Odoo's rights."""
        user = self.env.user
        return not self.env.su and (
            user.has_group("cs_property.group_pm_area_manager")
            and not user.has_group("cs_property.group_pm_assistant")
            and not user.has_group("account.group_account_readonly")
            and not user.has_group("account.group_account_user")
        )

    def _cs_check_own_buildings(self):
        if not self._cs_own_buildings_only():
            return
        others = self.building_ids.filtered(
            lambda building: building.area_manager_id != self.env.user
        )
        if others:
            raise UserError(
                self.env._(
                    "You bill only the buildings you manage; remove %(buildings)s "
                    "from the run or ask their area manager.",
                    buildings=", ".join(others.mapped("display_name")),
                )
            )

    def _cs_units(self):
        domain = [
            ("project_id", "=", self.project_id.id),
            ("status", "in", BILLED_STATUSES),
        ]
        if self.building_ids:
            domain.append(("building_id", "in", self.building_ids.ids))
        if self._cs_own_buildings_only():
            domain.append(("building_id.area_manager_id", "=", self.env.user.id))
        return self.env["cs.unit"].search(domain, order="building_id, floor, name")

    def _cs_period_end(self):
        return self.period_date + relativedelta(months=1, days=-1)

    def _cs_build_preview(self):
        """Compute every unit's lines in a fixed number of queries."""
        self.ensure_one()
        units = self._cs_units()
        kinds = self.fee_kind_ids.sorted("sequence")
        rate_of = self.env["cs.fee.rate"]._rate_table(
            kinds, self.project_id, self.period_date
        )
        metered = kinds.filtered(lambda k: k.billing_method == "metered")
        meters = self.env["cs.meter"].search(
            [("unit_id", "in", units.ids), ("fee_kind_id", "in", metered.ids)]
        )
        meter_of = {(m.unit_id.id, m.fee_kind_id.id): m for m in meters}
        used = self.env["cs.meter.reading"]._consumption(
            meters, self.period_date, self._cs_period_end()
        )
        billed = self._cs_already_billed(units)
        month = self.period_date.strftime("%Y-%m")
        line_vals = []
        for unit in units:
            items, missing, problems = [], False, []
            for kind in kinds:
                item, issue = self._cs_preview_item(
                    unit, kind, rate_of, meter_of, used, month
                )
                if item:
                    items.append(item)
                if issue == "missing":
                    missing = True
                elif issue:
                    problems.append(issue)
            state, message = "to_bill", False
            if unit.id in billed:
                state, message = "skipped", self.env._("Already billed for this month.")
            elif not unit.owner_ids:
                state, message = "error", self.env._("The unit has no owner.")
            elif not items:
                state, message = "skipped", self.env._("Nothing to bill.")
            if problems and state == "to_bill":
                message = "; ".join(problems)
            line_vals.append(
                {
                    "run_id": self.id,
                    "unit_id": unit.id,
                    "partner_id": unit.owner_ids[:1].id,
                    "state": state,
                    "message": message,
                    "missing_reading": missing,
                    "item_ids": [fields.Command.create(item) for item in items],
                }
            )
        # Billing list lines are written by the run only (users read them).
        self.env["cs.fee.run.line"].sudo().create(line_vals)

    def _cs_preview_item(self, unit, kind, rate_of, meter_of, used, month):
        rate = rate_of(kind, unit)
        if not rate:
            return None, self.env._("No rate for %(kind)s.", kind=kind.name)
        if kind.billing_method == "area":
            quantity = unit.area
        elif kind.billing_method == "fixed":
            quantity = 1.0
        else:
            meter = meter_of.get((unit.id, kind.id))
            if not meter:
                return None, None
            if meter.id not in used:
                return None, "missing"
            quantity = used[meter.id]
        if not quantity:
            return None, None
        return {
            "fee_kind_id": kind.id,
            "name": "%s %s %s" % (kind.name, unit.complete_name, month),
            "quantity": quantity,
            "price_unit": rate.price_unit,
        }, None

    def _cs_already_billed(self, units):
        moves = (
            self.env["account.move"]
            .sudo()
            .search_fetch(
                [
                    ("cs_unit_id", "in", units.ids),
                    ("cs_fee_period", "=", self.period_date),
                    ("state", "!=", "cancel"),
                ],
                ["cs_unit_id"],
            )
        )
        return set(moves.cs_unit_id.ids)

    # ------------------------------------------------------------------
    # Billing in chunks
    # ------------------------------------------------------------------
    def _cs_chunk_size(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("cs_property.fee_chunk_size", 500)
        )

    @api.model
    def _cs_job_runner_available(self):
        """Whether a queue_job runner executes jobs (server-wide module).
        Without one (tests, a single process) the chunks run inline."""
        return (
            "queue_job" in tools.config["server_wide_modules"]
            and not tools.config["test_enable"]
        )

    def _cs_dispatch_chunks(self):
        self.ensure_one()
        lines = self.line_ids.filtered(lambda line: line.state == "to_bill")
        size = self._cs_chunk_size()
        chunks = [lines[i : i + size].ids for i in range(0, len(lines), size)]
        if self._cs_job_runner_available():
            from odoo.addons.queue_job.delay import group

            jobs = [
                self.delayable(
                    description=self.env._("Billing chunk of %s", self.name)
                )._cs_bill_chunk(chunk)
                for chunk in chunks
            ]
            group(*jobs).on_done(self.delayable()._cs_finish()).delay()
            return
        for chunk in chunks:
            self._cs_bill_chunk(chunk)
            # As between two jobs: the next chunk starts from an empty
            # cache (the cache grows with every bill created, and with it
            # the cost of each chunk).
            self.env.flush_all()
            self.env.invalidate_all()
        self._cs_finish()

    def _cs_finish(self):
        self.filtered(lambda run: run.state == "running")._cs_set_state("done")

    def _cs_bill_chunk(self, line_ids):
        """Bill a chunk in one batch; if the batch fails, unit by unit so
        that one failing unit never loses the others."""
        lines = (
            self.env["cs.fee.run.line"]
            .sudo()
            .browse(line_ids)
            .filtered(lambda line: line.state == "to_bill")
        )
        if not lines:
            return
        try:
            with self.env.cr.savepoint():
                self._cs_invoice_lines(lines)
            return
        except (UserError, ValidationError, IntegrityError) as error:
            _logger.info(
                "Billing chunk of %s failed (%s), unit by unit", self.name, error
            )
            self.env.invalidate_all()
        for line in lines:
            try:
                with self.env.cr.savepoint():
                    self._cs_invoice_lines(line)
            except IntegrityError:
                self.env.invalidate_all()
                line.write(
                    {
                        "state": "skipped",
                        "message": self.env._("Already billed for this month."),
                    }
                )
            except (UserError, ValidationError) as error:
                self.env.invalidate_all()
                line.write({"state": "error", "message": str(error)})

    def _cs_invoice_lines(self, lines):
        due = self.invoice_date + relativedelta(days=self.due_days)
        moves_model = trusted(self.env["account.move"], FEE_WRITE_KEY)
        vals_list = [
            moves_model._cs_prepare_fee_invoice(
                line.unit_id,
                line.partner_id,
                [item._cs_invoice_line() for item in line.item_ids],
                self.invoice_date,
                invoice_date_due=due,
                cs_fee_period=self.period_date,
                cs_fee_run_id=self.id,
                cs_ladder_kind_id=line.item_ids[:1].fee_kind_id.id,
                cs_dunning_next_date=due
                + relativedelta(days=line.item_ids[:1].fee_kind_id.reminder_days),
            )
            for line in lines
        ]
        moves = moves_model.create(vals_list)
        moves.action_post()
        for line, move in zip(lines, moves, strict=True):
            line.move_id = move
        lines.write({"state": "billed", "message": False})


class CsFeeRunLine(models.Model):
    """One unit in a billing run's list: what it is billed and how."""

    _name = "cs.fee.run.line"
    _description = "Billing List Line"
    _order = "run_id, id"

    run_id = fields.Many2one(
        "cs.fee.run", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="run_id.company_id", store=True)
    currency_id = fields.Many2one(related="run_id.currency_id")
    unit_id = fields.Many2one("cs.unit", required=True, ondelete="restrict", index=True)
    building_id = fields.Many2one(related="unit_id.building_id", store=True)
    partner_id = fields.Many2one("res.partner", string="Owner")
    item_ids = fields.One2many("cs.fee.run.item", "line_id", string="Lines")
    amount_total = fields.Monetary(compute="_compute_amount_total", store=True)
    missing_reading = fields.Boolean(
        help="A meter of the unit has no reading this month: its consumption "
        "will be billed with the next reading."
    )
    state = fields.Selection(
        [
            ("to_bill", "To Bill"),
            ("billed", "Billed"),
            ("skipped", "Skipped"),
            ("error", "Error"),
        ],
        default="to_bill",
        required=True,
        index=True,
    )
    message = fields.Char()
    move_id = fields.Many2one("account.move", string="Invoice", readonly=True)

    @api.depends("item_ids.amount")
    def _compute_amount_total(self):
        for line in self:
            line.amount_total = sum(line.item_ids.mapped("amount"))


class CsFeeRunItem(models.Model):
    """One fee of a unit in a billing run: becomes one invoice line."""

    _name = "cs.fee.run.item"
    _description = "Billing List Item"
    _order = "line_id, id"

    line_id = fields.Many2one(
        "cs.fee.run.line", required=True, ondelete="cascade", index=True
    )
    currency_id = fields.Many2one(related="line_id.currency_id")
    fee_kind_id = fields.Many2one("cs.fee.kind", required=True, ondelete="restrict")
    name = fields.Char(string="Label", required=True)
    quantity = fields.Float(digits=(16, 2))
    price_unit = fields.Float(digits="Product Price")
    amount = fields.Monetary(compute="_compute_amount", store=True)

    @api.depends("quantity", "price_unit", "currency_id")
    def _compute_amount(self):
        for item in self:
            item.amount = item.currency_id.round(item.quantity * item.price_unit)

    def _cs_invoice_line(self):
        return {
            "fee_kind": self.fee_kind_id,
            "name": self.name,
            "quantity": self.quantity,
            "price_unit": self.price_unit,
        }

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain

from ...tools import is_trusted, reader_env, trusted

HANDOFF_STATES = [
    ("pending", "Pending"),
    ("confirmed", "Confirmed"),
    ("rejected", "Rejected"),
    ("cancelled", "Cancelled"),
]
# Outside parties who sign a receipt slip when they collect (CORE-REC-4).
SLIP_KINDS = ("customer", "bank")


class CsRecordHandoff(models.Model):
    """Movement of copies from one holder to another (CORE-REC-3).

    Pending until the receiving side confirms; only then do the copies
    change holder.
    """

    _name = "cs.record.handoff"
    _description = "Record Handoff"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "cs.workflow.mixin"]
    # Who handed over and confirmed, and when: set by the steps.
    _cs_guarded_fields = (
        "sent_by_id",
        "sent_date",
        "confirmed_by_id",
        "confirmed_date",
    )
    # What moves between whom, and who signed: fixed once closed.
    _cs_first_state_fields = (
        "from_holder_id",
        "to_holder_id",
        "copy_ids",
        "received_by_name",
        "company_id",
    )
    _order = "id desc"

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    from_holder_id = fields.Many2one(
        "cs.record.holder",
        string="From",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    to_holder_id = fields.Many2one(
        "cs.record.holder",
        string="To",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    to_holder_type = fields.Selection(related="to_holder_id.holder_type")
    to_external_kind = fields.Selection(related="to_holder_id.external_kind")
    copy_ids = fields.Many2many(
        "cs.record.copy",
        "cs_record_handoff_copy_rel",
        "handoff_id",
        "copy_id",
        string="Copies",
        required=True,
        check_company=True,
    )
    record_ids = fields.Many2many(
        "cs.record", string="Records", compute="_compute_record_ids"
    )
    state = fields.Selection(
        HANDOFF_STATES,
        default="pending",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
        copy=False,
    )
    sent_by_id = fields.Many2one(
        "res.users",
        string="Handed Over By",
        default=lambda self: self.env.user,
        readonly=True,
        required=True,
    )
    sent_date = fields.Datetime(
        string="Handed Over On", default=fields.Datetime.now, readonly=True
    )
    confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    confirmed_date = fields.Datetime(string="Confirmed On", readonly=True, copy=False)
    received_by_name = fields.Char(
        string="Received By",
        help="Name of the person who physically received the copies.",
    )
    note = fields.Text()
    reject_reason = fields.Text(
        copy=False,
        help="Why the receiver refused the copies; fill it before rejecting.",
    )
    receipt_slip_ids = fields.One2many(
        "cs.receipt.slip", "handoff_id", string="Receipt Slips"
    )
    is_my_receipt = fields.Boolean(
        string="Pending for Me",
        compute="_compute_is_my_receipt",
        search="_search_is_my_receipt",
    )

    @api.depends("copy_ids.record_id")
    def _compute_record_ids(self):
        for handoff in self:
            handoff.record_ids = handoff.copy_ids.record_id

    def _compute_is_my_receipt(self):
        mine = self.filtered_domain(self._my_receipts_domain())
        for handoff in self:
            handoff.is_my_receipt = handoff in mine

    def _search_is_my_receipt(self, operator, value):
        if operator not in ("in", "not in"):
            return NotImplemented
        wanted = (True in value) if operator == "in" else (True not in value)
        domain = self._my_receipts_domain()
        return domain if wanted else ~domain

    @api.model
    def _my_receipts_domain(self, user=None):
        """Pending handoffs addressed to the user or one of its departments.

        The holder lookup is one query whatever the size of the register.
        """
        holders = self.env["cs.record.holder"]._get_user_holders(user)
        return Domain("state", "=", "pending") & Domain(
            "to_holder_id", "in", holders.ids
        )

    @api.model
    def _get_my_pending_receipts(self, user=None):
        return self.search(self._my_receipts_domain(user))

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("from_holder_id", "to_holder_id", "copy_ids", "state")
    def _check_copies_held_by_sender(self):
        for handoff in self.filtered(lambda h: h.state == "pending"):
            if handoff.from_holder_id == handoff.to_holder_id:
                raise ValidationError(
                    self.env._("A handoff must go to another holder.")
                )
            not_held = handoff.copy_ids.filtered(
                lambda c, h=handoff: c.holder_id != h.from_holder_id
            )
            if not_held:
                raise ValidationError(
                    self.env._(
                        "%(holder)s does not hold %(copies)s and cannot hand them off.",
                        holder=handoff.from_holder_id.display_name,
                        copies=", ".join(not_held.mapped("display_name")),
                    )
                )

    @api.constrains("copy_ids", "state")
    def _check_single_pending_handoff(self):
        pending = self.filtered(lambda h: h.state == "pending")
        if not pending:
            return
        self.env.flush_all()
        # Touch the copies so that two transactions proposing the same copy
        # at once conflict (serialization failure, retried by Odoo) instead
        # of both passing the check on their own snapshot.
        self.env.cr.execute(
            """
            UPDATE cs_record_copy SET write_date = write_date
             WHERE id IN (SELECT copy_id FROM cs_record_handoff_copy_rel
                           WHERE handoff_id = ANY(%s))
            """,
            [pending.ids],
        )
        self.env.cr.execute(
            """
            SELECT rel.copy_id
              FROM cs_record_handoff_copy_rel rel
              JOIN cs_record_handoff h ON h.id = rel.handoff_id
             WHERE h.state = 'pending'
               AND rel.copy_id IN (
                   SELECT copy_id FROM cs_record_handoff_copy_rel
                    WHERE handoff_id = ANY(%s))
             GROUP BY rel.copy_id
            HAVING COUNT(*) > 1
            """,
            [pending.ids],
        )
        copy_ids = [row[0] for row in self.env.cr.fetchall()]
        if copy_ids:
            copies = self.env["cs.record.copy"].browse(copy_ids)
            raise ValidationError(
                self.env._(
                    "%(copies)s already has a pending handoff.",
                    copies=", ".join(copies.mapped("display_name")),
                )
            )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("cs.record.handoff") or "/"
                )
            vals["sent_by_id"] = self.env.user.id
        handoffs = super().create(vals_list)
        handoffs._check_sender_rights()
        handoffs._notify_receivers()
        return handoffs

    def _cs_initial_state_message(self):
        return self.env._("A handoff always starts pending.")

    def _cs_state_locked_message(self):
        return self.env._(
            "A handoff is confirmed, rejected or cancelled only with its buttons."
        )

    def write(self, vals):
        custody_fields = {"copy_ids", "from_holder_id", "to_holder_id"}
        if (
            "reject_reason" in vals
            and not self._cs_in_transition()
            and any(h.state != "pending" for h in self)
        ):
            raise UserError(self.env._("A closed handoff cannot be changed."))
        if custody_fields & set(vals) and any(h.state != "pending" for h in self):
            raise UserError(self.env._("A closed handoff cannot be changed."))
        result = super().write(vals)
        if custody_fields & set(vals):
            self._check_sender_rights()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(
            self.env._(
                "Handoffs are the custody chain and cannot be deleted; cancel "
                "it instead."
            )
        )

    # ------------------------------------------------------------------
    # Rights
    # ------------------------------------------------------------------
    def _check_sender_rights(self):
        """The user must act for the sending holder (CORE-REC-3).

        A copy coming back from an outside party is recorded by the
        receiving department instead.
        """
        if self.env.su:
            return
        holder_model = self.env["cs.record.holder"]
        my_holders = holder_model._get_user_holders()
        for handoff in self:
            if handoff.from_holder_id.holder_type == "external":
                acting = handoff.to_holder_id
            else:
                acting = handoff.from_holder_id
            if acting not in my_holders:
                raise UserError(
                    self.env._(
                        "You do not act for %(holder)s and cannot hand off its copies.",
                        holder=acting.display_name,
                    )
                )

    def _check_receiver_rights(self):
        if self.env.su:
            return
        my_holders = self.env["cs.record.holder"]._get_user_holders()
        for handoff in self:
            if handoff.to_holder_id.holder_type == "external":
                # The handing-over side records the outside party's receipt.
                acting = handoff.from_holder_id
            else:
                acting = handoff.to_holder_id
            if acting not in my_holders:
                raise UserError(
                    self.env._(
                        "Only %(holder)s can confirm receipt of %(handoff)s.",
                        holder=acting.display_name,
                        handoff=handoff.name,
                    )
                )

    def _notify_receivers(self):
        """To-do for the receiving employee or the department's responsible."""
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        for handoff in self:
            user = handoff.to_holder_id._get_receiving_user()
            if user:
                handoff.activity_schedule(
                    activity_type_id=activity_type.id,
                    user_id=user.id,
                    summary=reader_env(self, user)._(
                        "Confirm receipt of %(n)s", n=handoff.name
                    ),
                )

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _check_pending(self):
        if any(h.state != "pending" for h in self):
            raise UserError(self.env._("This handoff is no longer pending."))

    def action_confirm(self):
        """Receiver confirms: the copies move to the receiving holder."""
        self._check_pending()
        self._check_receiver_rights()
        from_slip = is_trusted(self.env, "cs_slip_confirmation")
        for handoff in self:
            if handoff.to_holder_id.external_kind in SLIP_KINDS and not from_slip:
                raise UserError(
                    self.env._(
                        "Copies collected by a customer or bank are confirmed "
                        "with a signed receipt slip."
                    )
                )
        for handoff in self:
            handoff.copy_ids._move_to(handoff.to_holder_id)
        self._cs_set_state(
            "confirmed",
            confirmed_by_id=self.env.user.id,
            confirmed_date=fields.Datetime.now(),
        )
        self.activity_ids.action_feedback()
        return True

    def _confirm_from_slip(self):
        return trusted(self, "cs_slip_confirmation").action_confirm()

    def action_reject(self, reason=None):
        self._cs_check_input({"reject_reason": reason})
        self._check_pending()
        self._check_receiver_rights()
        vals = {"reject_reason": reason} if reason else {}
        self._cs_set_state("rejected", **vals)
        self.activity_ids.unlink()
        return True

    def action_cancel(self):
        self._check_pending()
        self._check_sender_rights()
        self._cs_set_state("cancelled")
        self.activity_ids.unlink()
        return True

    def action_open_receipt_slip(self):
        """Open (or start) the receipt slip the collector signs."""
        self.ensure_one()
        slip = self.receipt_slip_ids.filtered(lambda s: s.state != "cancelled")[:1]
        if not slip:
            slip = self._cs_create_receipt_slip()
        return {
            "type": "ir.actions.act_window",
            "res_model": "cs.receipt.slip",
            "res_id": slip.id,
            "view_mode": "form",
        }

    # ------------------------------------------------------------------
    # Public API
    # ------------------------------------------------------------------
    def _cs_create_receipt_slip(self, collector_name=None, **vals):
        """Draft receipt slip for this pending handoff to a customer or bank."""
        self.ensure_one()
        vals.update(
            {
                "handoff_id": self.id,
                "collector_name": collector_name or False,
                "company_id": self.company_id.id,
            }
        )
        return self.env["cs.receipt.slip"].create(vals)

    @api.model
    def _cs_propose(self, copies, to_holder, from_holder=None, note=None, **vals):
        """Propose handing ``copies`` to ``to_holder``; returns a pending handoff.

        ``from_holder`` defaults to the copies' current holder (they must all
        have the same one).
        """
        if not copies:
            raise UserError(self.env._("Select at least one copy to hand off."))
        from_holder = from_holder or copies.holder_id
        if len(from_holder) != 1:
            raise UserError(
                self.env._(
                    "The copies have different holders; hand them off separately."
                )
            )
        vals.update(
            {
                "copy_ids": [fields.Command.set(copies.ids)],
                "from_holder_id": from_holder.id,
                "to_holder_id": to_holder.id,
                "note": note or False,
                "company_id": copies.company_id[:1].id or self.env.company.id,
            }
        )
        return self.create(vals)

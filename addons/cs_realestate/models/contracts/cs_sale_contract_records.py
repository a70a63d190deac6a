# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

MARKETING = "cs_core.holder_department_marketing"
ARCHIVES = "cs_core.holder_department_archives"
CS_DEPT = "cs_core.holder_department_cs"
BUREAU = "cs_core.holder_external_housing_bureau"
PROPERTY = "cs_core.holder_external_property_company"
ARCHIVIST = "cs_core.group_cs_archivist"


class CsSaleContractRecords(models.Model):
    """The paper side of a sale contract in the records register (CORE-REC).

    Every original and copy is a ``cs.record.copy`` moved by handoffs:
    marketing data room → archive (stamping, RE-DOC-2) → housing bureau and
    back (certification, RE-DOC-3) → distribution by payment method
    (RE-DOC-4) confirmed by receipt slips for customer and bank (RE-DOC-8).
    """

    _name = "cs.sale.contract"
    _check_company_auto = True
    _inherit = ["cs.sale.contract", "cs.record.mixin"]
    # The register entry is created by the approval step, never picked by hand.
    _cs_guarded_fields = ("sale_record_id", "mortgage_record_ids")

    sale_record_id = fields.Many2one(
        "cs.record",
        string="Contract Record",
        readonly=True,
        copy=False,
        index=True,
        check_company=True,
    )
    mortgage_record_ids = fields.Many2many(
        "cs.record",
        "cs_sale_contract_mortgage_record_rel",
        "contract_id",
        "record_id",
        string="Mortgage Package",
        readonly=True,
        copy=False,
        check_company=True,
    )
    cs_copy_ids = fields.Many2many(
        "cs.record.copy",
        compute="_compute_cs_copy_ids",
        string="Paper Copies",
        help="Every original and copy of this contract's documents and who holds it "
        "now.",
    )
    handoff_count = fields.Integer(compute="_compute_handoff_stats")
    pending_handoff_count = fields.Integer(compute="_compute_handoff_stats")
    receipt_slip_count = fields.Integer(compute="_compute_handoff_stats")

    def _cs_record_domain(self):
        """Records of the contract and of its certificate applications and
        subscription agreement, each matched on its own model (ids of
        different models must not match each other)."""
        self.ensure_one()
        linked = [(self._name, self.ids)] + self._cs_related_records()
        return Domain.OR(
            Domain("res_model", "=", model) & Domain("res_id", "in", ids)
            for model, ids in linked
            if ids
        )

    def _cs_related_records(self):
        return [
            ("cs.certificate.application", self.certificate_ids.ids),
            ("cs.subscription.agreement", self.subscription_id.ids),
        ]

    def _cs_all_records(self):
        return self.env["cs.record"].search(self._cs_record_domain())

    def _cs_all_handoffs(self):
        records = self._cs_all_records()
        return self.env["cs.record.handoff"].search(
            [("copy_ids", "in", records.copy_ids.ids)]
        )

    def _compute_cs_copy_ids(self):
        for contract in self:
            contract.cs_copy_ids = (
                contract._cs_all_records().copy_ids if contract.id else False
            )

    @api.depends("cs_record_ids")
    def _compute_handoff_stats(self):
        for contract in self:
            if not contract.id:
                contract.handoff_count = contract.pending_handoff_count = 0
                contract.receipt_slip_count = 0
                continue
            handoffs = contract._cs_all_handoffs()
            contract.handoff_count = len(handoffs)
            contract.pending_handoff_count = len(
                handoffs.filtered(lambda h: h.state == "pending")
            )
            contract.receipt_slip_count = len(handoffs.receipt_slip_ids)

    def action_view_handoffs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_record_handoff"
        )
        action["domain"] = [("id", "in", self._cs_all_handoffs().ids)]
        action["context"] = {}
        return action

    def action_view_receipt_slips(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cs_core.action_cs_receipt_slip"
        )
        action["domain"] = [("id", "in", self._cs_all_handoffs().receipt_slip_ids.ids)]
        action["context"] = {}
        return action

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _holder(self, xmlid):
        return self.env.ref(xmlid)

    def _copies(self, party, kind):
        self.ensure_one()
        return self.sale_record_id.copy_ids.filtered(
            lambda c: c.party == party and c.kind == kind
        )

    @api.model
    def _cs_receive_pending(self, records, to_holder):
        """The receiving department confirms what was handed to it."""
        pending = self.env["cs.record.handoff"].search(
            [
                ("state", "=", "pending"),
                ("to_holder_id", "=", to_holder.id),
                ("copy_ids", "in", records.copy_ids.ids),
            ]
        )
        pending.action_confirm()
        return pending

    def _cs_propose_slip_handoff(self, copies, partner, kind, note):
        """Handoff to a customer or bank with its draft receipt slip (RE-DOC-8)."""
        holder = self.env["cs.record.holder"]._get_for_partner(partner, kind)
        handoff = self._cs_propose_handoff(copies, holder, note=note)
        handoff._cs_create_receipt_slip()
        return handoff

    def _cs_record_collection(self, collector_name, signature):
        """Record that the outside parties collected their copies (RE-DOC-4).

        Confirms the pending handoffs to the property company and signs and
        confirms the receipt slips of the customer and the bank (RE-DOC-8).
        """
        handoffs = self.env["cs.record.handoff"]
        for contract in self:
            handoffs |= contract._cs_all_handoffs()
        handoffs = handoffs.filtered(
            lambda h: h.state == "pending" and h.to_holder_id.holder_type == "external"
        )
        handoffs.filtered(
            lambda h: h.to_holder_id.external_kind == "property_company"
        ).action_confirm()
        slips = handoffs.receipt_slip_ids.filtered(lambda s: s.state == "draft")
        slips.write({"collector_name": collector_name, "signature": signature})
        slips.action_confirm()
        return slips

    # ------------------------------------------------------------------
    # Hooks called by the contract workflow
    # ------------------------------------------------------------------
    def _cs_register_approve(self):
        """Register the four copies, held by the marketing data room."""
        for contract in self.filtered(lambda c: not c.sale_record_id):
            record = contract._cs_create_record(
                "cs_core.record_type_sale_contract",
                holder=self._holder(MARKETING),
                # One number for one document: the record is the contract's.
                name=contract.name,
                title=lambda env, name=contract.name: env._(
                    "Sale contract %(name)s", name=name
                ),
            )
            record.action_approve()
            contract._cs_transition_write(sale_record_id=record.id)

    def _cs_register_send_to_stamping(self):
        for contract in self:
            contract._cs_propose_handoff(
                contract.sale_record_id.copy_ids,
                self._holder(ARCHIVES),
                from_holder=self._holder(MARKETING),
                note=self.env._("For stamping"),
            )

    def _cs_register_stamp(self):
        archives = self._holder(ARCHIVES)
        records = self.sale_record_id
        self._cs_receive_pending(records, archives)
        if records.copy_ids.filtered(lambda c: c.holder_id != archives):
            raise UserError(
                self.env._("The archive must hold every copy before stamping.")
            )
        records.action_stamp()

    def _cs_register_cancel(self):
        """A cancelled contract's papers stop travelling: pending handoffs are
        withdrawn."""
        pending = self.env["cs.record.handoff"].search(
            [
                ("state", "=", "pending"),
                ("copy_ids", "in", self.sale_record_id.copy_ids.ids),
            ]
        )
        # The CS manager cancels on behalf of the sending department.
        pending.sudo().action_cancel()

    def _cs_register_certification_out(self):
        """Stamped originals go to the housing bureau with the batch."""
        bureau = self._holder(BUREAU)
        for contract in self:
            handoff = contract.sudo()._cs_propose_handoff(
                contract.sale_record_id.copy_ids,
                bureau,
                from_holder=self._holder(ARCHIVES),
                note=self.env._("Certification at the housing bureau"),
            )
            # Taken by the data clerk to the bureau; recorded on submission.
            handoff.sudo().action_confirm()

    def _cs_register_certify(self):
        """Bureau result: the contract record is certified (RE-DOC-3)."""
        for contract in self:
            contract.sale_record_id.sudo().action_certify()
        self._cs_register_certification_back()

    def _cs_register_certification_back(self):
        """The papers come back from the bureau to the archive (pending receipt)."""
        bureau = self._holder(BUREAU)
        for contract in self:
            copies = contract.sale_record_id.copy_ids.filtered(
                lambda c: c.holder_id == bureau
            )
            if copies:
                contract.sudo()._cs_propose_handoff(
                    copies,
                    self._holder(ARCHIVES),
                    from_holder=bureau,
                    note=self.env._("Back from certification"),
                )

    def _cs_register_distribute(self):
        """Propose the RE-DOC-4 handoffs from the archive."""
        archives = self._holder(ARCHIVES)
        self._cs_receive_pending(self.sale_record_id, archives)
        for contract in self:
            record = contract.sale_record_id
            if record.copy_ids.filtered(lambda c: c.holder_id != archives):
                raise UserError(
                    self.env._(
                        "The archive must hold the certified copies of %(contract)s "
                        "before distribution.",
                        contract=contract.name,
                    )
                )
            record.action_file()
            contract._cs_propose_handoff(
                contract._copies("a", "duplicate"),
                self._holder(PROPERTY),
                note=self.env._("Party A duplicate to the property company"),
            )
            if contract.payment_method == "lump_sum":
                contract._cs_propose_slip_handoff(
                    contract._copies("b", "original")
                    | contract._copies("b", "duplicate"),
                    contract.partner_id,
                    "customer",
                    self.env._("Party B original and duplicate to the customer"),
                )
            else:
                contract._cs_propose_slip_handoff(
                    contract._copies("b", "original"),
                    contract.bank_id,
                    "bank",
                    self.env._("Party B original to the mortgage bank"),
                )
                contract._cs_propose_slip_handoff(
                    contract._copies("b", "duplicate"),
                    contract.partner_id,
                    "customer",
                    self.env._("Party B duplicate to the customer"),
                )

    def _cs_register_archive(self):
        records = self.sale_record_id | self.mortgage_record_ids
        pending = self.env["cs.record.handoff"].search(
            [("state", "=", "pending"), ("copy_ids", "in", records.copy_ids.ids)],
            limit=1,
        )
        if pending:
            raise UserError(
                self.env._(
                    "Handoff %(handoff)s is still pending: every copy must be received "
                    "before the contract is filed.",
                    handoff=pending.name,
                )
            )
        self.sale_record_id.action_archive_record()

    def _cs_register_mortgage_package(self):
        """Mortgage and loan contracts taken by CS to the archivist (RE-DOC-6)."""
        cs_dept = self._holder(CS_DEPT)
        for contract in self:

            def mortgage_title(env, name=contract.name):
                return env._("Mortgage contract %(name)s", name=name)

            def loan_title(env, name=contract.name):
                return env._("Loan contract %(name)s", name=name)

            records = contract._cs_create_record(
                "cs_core.record_type_mortgage_contract",
                holder=cs_dept,
                title=mortgage_title,
            ) | contract._cs_create_record(
                "cs_core.record_type_loan_contract", holder=cs_dept, title=loan_title
            )
            # Approved by the bank and the company with the sale contract itself.
            records.sudo().action_approve()
            contract._cs_propose_handoff(
                records.copy_ids,
                self._holder(ARCHIVES),
                from_holder=cs_dept,
                note=self.env._("Mortgage package for review and stamping"),
            )
            contract._cs_transition_write(
                mortgage_record_ids=[fields.Command.set(records.ids)]
            )

    def _cs_register_stamp_mortgage_package(self):
        records = self.mortgage_record_ids
        self._cs_receive_pending(records, self._holder(ARCHIVES))
        records.action_stamp()

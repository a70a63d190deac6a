# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

ARCHIVES = "cs_core.holder_department_archives"


class CsSubscriptionAgreementRecords(models.Model):
    """Subscription agreement copies in the register (RE-DOC-5).

    The sales representative hands both signed copies to the archivist; after
    stamping the Party B copy goes to the customer on a receipt slip and the
    Party A copy stays in the archive.
    """

    _name = "cs.subscription.agreement"
    _check_company_auto = True
    _inherit = ["cs.subscription.agreement", "cs.record.mixin"]
    # Set by the registration step only (_cs_register_subscription).
    _cs_guarded_fields = ("record_id",)

    record_id = fields.Many2one(
        "cs.record",
        string="Agreement Record",
        readonly=True,
        copy=False,
        check_company=True,
    )

    def _cs_register_subscription(self):
        holder_model = self.env["cs.record.holder"]
        for agreement in self:
            holder = holder_model._get_for_user(self.env.user)
            record = agreement._cs_create_record(
                "cs_core.record_type_subscription_agreement",
                holder=holder,
                name=agreement.name,
                title=lambda env, name=agreement.name: env._(
                    "Subscription agreement %(name)s", name=name
                ),
            )
            agreement._cs_propose_handoff(
                record.copy_ids,
                self.env.ref(ARCHIVES),
                from_holder=holder,
                note=self.env._("Signed agreement for stamping"),
            )
            agreement._cs_transition_write(record_id=record.id)

    def _cs_register_subscription_stamp(self):
        archives = self.env.ref(ARCHIVES)
        records = self.record_id
        self.env["cs.sale.contract"]._cs_receive_pending(records, archives)
        # Signing by the sales representative is the company's approval.
        records.filtered(lambda r: r.state == "draft").sudo().action_approve()
        records.action_stamp()
        holder_model = self.env["cs.record.holder"]
        for agreement in self:
            handoff = agreement._cs_propose_handoff(
                agreement.record_id.copy_ids.filtered(lambda c: c.party == "b"),
                holder_model._get_for_partner(agreement.partner_id, "customer"),
                note=self.env._("Party B copy to the customer"),
            )
            handoff._cs_create_receipt_slip()

# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests.common import TransactionCase, new_test_user

ROLES = ("agent", "supervisor", "manager", "admin", "archivist", "finance", "legal", "gm")


class RecordsCase(TransactionCase):
    """Users of every role and a sale-contract type for register tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.users = {
            role: new_test_user(
                cls.env,
                login=f"rec_{role}",
                groups=f"base.group_user,cs_core.group_cs_{role}",
                name=f"Rec {role}",
            )
            for role in ROLES
        }
        cls.agent = cls.users["agent"]
        cls.manager = cls.users["manager"]
        cls.archivist = cls.users["archivist"]
        cls.Holder = cls.env["cs.record.holder"]
        cls.archives = cls.env.ref("cs_core.holder_department_archives")
        cls.cs_dept = cls.env.ref("cs_core.holder_department_cs")
        cls.bank = cls.Holder._get_for_partner(
            cls.env["res.partner"].create({"name": "Test Bank", "is_company": True}),
            kind="bank",
        )
        cls.customer_partner = cls.env["res.partner"].create({"name": "Buyer Li"})
        cls.customer = cls.Holder._get_for_partner(cls.customer_partner)
        cls.rtype = cls.env["cs.record.type"].create(
            {
                "name": "Test Contract",
                "code": "TC",
                "stamping_required": True,
                "certification_required": True,
                "retention_years": 2,
                "copy_template_ids": [
                    Command.create({"name": "A original", "party": "a"}),
                    Command.create({"name": "B original", "party": "b"}),
                ],
            }
        )

    def _new_record(self, user=None, holder=None, **vals):
        values = {
            "title": "Contract",
            "type_id": self.rtype.id,
            "partner_id": self.customer_partner.id,
        }
        values.update(vals)
        record = self.env["cs.record"].with_user(user or self.agent).create(values)
        if holder:
            record.copy_ids._move_to(holder)
        return record.sudo(False)

    def _walk(self, record, until):
        """Push ``record`` through the workflow up to state ``until``."""
        steps = [
            ("approved", self.manager, "action_approve"),
            ("stamped", self.archivist, "action_stamp"),
            ("certified", self.archivist, "action_certify"),
            ("filed", self.archivist, "action_file"),
            ("archived", self.archivist, "action_archive_record"),
        ]
        for state, user, method in steps:
            getattr(record.with_user(user), method)()
            if state == until:
                break
        return record

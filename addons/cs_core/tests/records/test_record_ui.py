# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import Form, tagged

from ..common import ROLES, RecordsCase

MODELS = (
    "cs.record",
    "cs.record.copy",
    "cs.record.handoff",
    "cs.receipt.slip",
    "cs.record.loan",
    "cs.record.disposal",
)


@tagged("post_install", "-at_install")
class TestRecordUi(RecordsCase):
    def test_views_load_for_every_role(self):
        """CORE-REC-2..7 UI: list, form and search views of the register
        load for every role allowed to read them."""
        for role in ROLES:
            user = self.users[role]
            for model in MODELS:
                Model = self.env[model].with_user(user)
                if not Model.has_access("read"):
                    continue
                views = Model.get_views(
                    [(False, "list"), (False, "form"), (False, "search")]
                )
                self.assertIn("form", views["views"], f"{role} {model}")
        kanban = (
            self.env["cs.record"]
            .with_user(self.archivist)
            .get_views([(False, "kanban"), (False, "pivot"), (False, "graph")])
        )
        self.assertIn(
            "calendar",
            self.env["cs.record.loan"]
            .with_user(self.archivist)
            .get_views([(False, "calendar")])["views"],
        )
        self.assertIn("state", kanban["models"]["cs.record"]["fields"])

    def test_archivist_walks_record_in_form(self):
        """CORE-REC-2, CORE-REC-3: a record registered in the form by an agent
        is walked to archived by the manager and the archivist; its chain is
        on the record."""
        with Form(self.env["cs.record"].with_user(self.agent)) as form:
            form.title = "Sale contract B1-0301"
            form.type_id = self.rtype
            form.partner_id = self.customer_partner
        record = form.record
        self.assertEqual(len(record.copy_ids), 2)
        self.assertEqual(record.state, "draft")
        action = record.with_user(self.agent).action_propose_handoff()
        handoff_form = Form(
            self.env["cs.record.handoff"]
            .with_user(self.agent)
            .with_context(**action["context"])
        )
        handoff_form.to_holder_id = self.archives
        handoff = handoff_form.save()
        self.assertEqual(handoff.copy_ids, record.copy_ids)
        handoff.with_user(self.archivist).action_confirm()
        record.with_user(self.manager).action_approve()
        archivist_record = record.with_user(self.archivist)
        for method in (
            "action_stamp",
            "action_certify",
            "action_file",
            "action_archive_record",
        ):
            getattr(archivist_record, method)()
        self.assertEqual(record.state, "archived")
        self.assertEqual(record.copy_ids.holder_id, self.archives)
        self.assertEqual(archivist_record.handoff_ids, handoff)
        with Form(archivist_record) as locked_form:
            self.assertTrue(locked_form._get_modifier("title", "readonly"))

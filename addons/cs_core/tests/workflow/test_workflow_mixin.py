# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError
from odoo.tests import tagged

from ..common import RecordsCase


@tagged("post_install", "-at_install")
class TestWorkflowMixinCreate(RecordsCase):
    def _values(self, title):
        return {
            "title": title,
            "type_id": self.rtype.id,
            "partner_id": self.customer_partner.id,
        }

    def test_default_state_in_context_does_not_skip_the_workflow(self):
        """CORE-REC-2: a ``default_state`` sent in the context, as any RPC
        client can, does not create a document past its first state; the
        first state itself is accepted."""
        Record = self.env["cs.record"].with_user(self.agent)
        with self.assertRaises(UserError) as caught:
            Record.with_context(default_state="approved").create(self._values("Forged"))
        self.assertIn("always created as a draft", str(caught.exception))
        self.assertFalse(self.env["cs.record"].search([("title", "=", "Forged")]))
        record = Record.with_context(default_state="draft").create(
            self._values("Plain")
        )
        self.assertEqual(record.state, "draft")

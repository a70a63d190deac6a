# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import ValidationError

from ..common import CsTicketCase

# 1x1 transparent PNG
PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
)


class TestComplaintPhoto(CsTicketCase):
    def _complaint(self, category):
        return self._new_ticket(
            user=self.agent,
            cs_kind="complaint",
            cs_complaint_category=category,
            cs_severity="general",
        )

    def _attach(self, ticket, name, mimetype, datas):
        return (
            self.env["ir.attachment"]
            .with_user(self.agent)
            .create(
                {
                    "name": name,
                    "res_model": "helpdesk.ticket",
                    "res_id": ticket.id,
                    "datas": datas,
                    "mimetype": mimetype,
                }
            )
        )

    def test_engineering_complaint_needs_photo(self):
        """CORE-CMP-2, RE-CMP-2: an engineering complaint without an image
        can't be closed, a PDF is not enough; with a photo it can."""
        ticket = self._complaint("engineering")
        with self.assertRaisesRegex(ValidationError, "on-site photo"):
            ticket.with_user(self.agent).write({"stage_id": self.stage_done.id})
        self._attach(
            ticket, "report.pdf", "application/pdf", base64.b64encode(b"%PDF-1.4")
        )
        with self.assertRaises(ValidationError):
            ticket.with_user(self.agent).write({"stage_id": self.stage_done.id})
        self._attach(ticket, "crack.png", "image/png", PNG)
        self.assertEqual(ticket.cs_image_count, 1)
        ticket.with_user(self.agent).write({"stage_id": self.stage_done.id})
        self.assertTrue(ticket.closed)

    def test_design_complaint_close_wizard(self):
        """CORE-CMP-2: the rule also holds through the closing wizard."""
        ticket = self._complaint("design")
        wizard = (
            self.env["cs.ticket.close.wizard"]
            .with_user(self.agent)
            .create({"ticket_id": ticket.id, "satisfaction": "3"})
        )
        with self.assertRaises(ValidationError):
            wizard.action_close()
        self.assertFalse(ticket.closed)

    def test_service_complaint_needs_no_photo(self):
        """CORE-CMP-1: other categories close without a photo."""
        ticket = self._complaint("service")
        ticket.with_user(self.agent).write({"stage_id": self.stage_done.id})
        self.assertTrue(ticket.closed)

    def test_complaint_needs_category(self):
        """CORE-CMP-1: a complaint records its category, so the photo rule
        cannot be bypassed by leaving it empty."""
        with self.assertRaises(ValidationError):
            self._new_ticket(user=self.agent, cs_kind="complaint")
        ticket = self._new_ticket(user=self.agent, cs_kind="inquiry")
        with self.assertRaises(ValidationError):
            ticket.write({"cs_kind": "complaint"})

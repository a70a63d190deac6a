# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""One way to check a step's group: ``_cs_check_groups`` raises
``AccessError`` (CORE-REC-2, CORE-REC-6, CORE-REC-7, CORE-DUTY-4, CORE-DUTY-5).

The checks run before anything else, so an empty recordset is enough to
prove the wrong role is refused and the right one passes the check."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..common import RecordsCase

# model, step, roles holding the step's group, a role without it
STEPS = [
    ("cs.record", "action_approve", "manager", "agent"),
    ("cs.record", "action_stamp", "archivist", "manager"),
    ("cs.record", "action_reset_to_draft", "manager", "archivist"),
    ("cs.record.loan", "action_approve", "archivist", "agent"),
    ("cs.record.loan", "action_lend", "archivist", "manager"),
    ("cs.record.disposal", "action_dispose", "archivist", "manager"),
    ("cs.record.disposal", "action_cancel", "manager", "agent"),
    ("cs.inspection", "action_confirm", "supervisor", "agent"),
    ("cs.duty.shift", "action_mark_present", "supervisor", "agent"),
    ("cs.duty.shift", "action_mark_absent", "supervisor", "agent"),
    ("cs.shift.swap", "action_approve", "manager", "agent"),
]


@tagged("post_install", "-at_install")
class TestStepGroups(RecordsCase):
    def test_wrong_role_gets_access_error(self):
        for model, step, _allowed, refused in STEPS:
            with self.subTest(model=model, step=step):
                records = self.env[model].with_user(self.users[refused])
                with self.assertRaises(AccessError):
                    getattr(records, step)()

    def test_step_role_passes_the_check(self):
        for model, step, allowed, _refused in STEPS:
            with self.subTest(model=model, step=step):
                records = self.env[model].with_user(self.users[allowed])
                # A later check (state, selection) may still refuse the
                # empty call, but not the group check.
                error = self._step_error(records, step)
                self.assertNotIsInstance(
                    error, AccessError, f"{allowed} refused {model}.{step}: {error}"
                )

    @staticmethod
    def _step_error(records, step):
        try:
            getattr(records, step)()
        except UserError as exc:
            return exc
        return None

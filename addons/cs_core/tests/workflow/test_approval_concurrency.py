# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two reviewers deciding one document at once, in two real transactions."""

import uuid

from psycopg2 import errors

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from ...models.workflow.cs_tier_guard_mixin import REVIEW_KEY
from ...tools import trusted
from ..common import cs_user


def decide(env, agreement_id, user_id, comment="OK"):
    """Validate as ``user_id`` through the comment wizard, as the UI does."""
    agreement = env["cs.agreement"].browse(agreement_id).with_user(user_id)
    action = agreement.validate_tier()
    wizard = (
        env["comment.wizard"]
        .with_user(user_id)
        .with_context(**action["context"])
        .create({"comment": comment})
    )
    wizard.add_comment()


@tagged("post_install", "-at_install")
class TestConcurrentApprovals(TransactionCase):
    """CORE-CMP-3: concurrent decisions are serialised on the document row;
    the loser fails with an error the RPC layer retries on fresh data, and
    the document stays consistent (one Legal decision, GM after Legal)."""

    def setUp(self):
        super().setUp()
        tag = uuid.uuid4().hex[:8]
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})

            def user(name, group):
                return cs_user(env, f"{name}_{tag}", groups=group).id

            self.legal1 = user("cc_legal1", "cs_core.group_cs_legal")
            self.legal2 = user("cc_legal2", "cs_core.group_cs_legal")
            self.gm = user("cc_gm", "cs_core.group_cs_gm")
            agent = user("cc_agent", "cs_core.group_cs_agent")
            partner = env["res.partner"].create({"name": f"Concurrent {tag}"})
            agreement = (
                env["cs.agreement"]
                .with_user(agent)
                .create({"partner_id": partner.id, "amount": 1000})
            )
            agreement.request_validation()
            self.agreement_id = agreement.id
            self.user_ids = [self.legal1, self.legal2, self.gm, agent]
            self.partner_id = partner.id
        self.addCleanup(self._cleanup)

    def _cleanup(self):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            agreement = env["cs.agreement"].browse(self.agreement_id)
            trusted(agreement.review_ids, REVIEW_KEY).unlink()
            env.cr.execute("DELETE FROM cs_agreement WHERE id = %s", [agreement.id])
            env["res.users"].browse(self.user_ids).write({"active": False})

    def _reviews(self):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            agreement = env["cs.agreement"].browse(self.agreement_id)
            return [
                (r.sequence, r.status, r.done_by.id, r.cs_decision_sequence)
                for r in agreement.review_ids.sorted("sequence")
            ], agreement.state

    @mute_logger("odoo.sql_db")
    def test_two_legal_counsels_at_once(self):
        """The second decision waits for nothing: it fails at once (lock
        not available); retried after the first committed, it finds the
        tier already decided."""
        cr1, cr2 = self.registry.cursor(), self.registry.cursor()
        try:
            env1 = api.Environment(cr1, SUPERUSER_ID, {})
            env2 = api.Environment(cr2, SUPERUSER_ID, {})
            decide(env1, self.agreement_id, self.legal1)
            with self.assertRaises(errors.LockNotAvailable):
                decide(env2, self.agreement_id, self.legal2)
            cr2.rollback()
            cr1.commit()
            # The RPC layer's retry: same call, fresh transaction.
            env2.invalidate_all()
            with self.assertRaises(UserError):
                decide(env2, self.agreement_id, self.legal2)
            cr2.rollback()
        finally:
            cr1.close()
            cr2.close()
        reviews, state = self._reviews()
        self.assertEqual(reviews[0][1:3], ("approved", self.legal1))
        self.assertEqual(reviews[1][1], "pending")
        self.assertEqual(state, "draft")

    @mute_logger("odoo.sql_db")
    def test_gm_on_a_stale_snapshot(self):
        """The GM's transaction read the document before Legal's approval
        committed: it fails with a serialisation error instead of acting on
        what it saw, and the retry approves after Legal."""
        cr1, cr2 = self.registry.cursor(), self.registry.cursor()
        try:
            env1 = api.Environment(cr1, SUPERUSER_ID, {})
            env2 = api.Environment(cr2, SUPERUSER_ID, {})
            # The GM's snapshot starts here, Legal still pending.
            self.assertFalse(
                env2["cs.agreement"]
                .browse(self.agreement_id)
                .with_user(self.gm)
                .can_review
            )
            decide(env1, self.agreement_id, self.legal1)
            cr1.commit()
            with self.assertRaises(errors.SerializationFailure):
                decide(env2, self.agreement_id, self.gm)
            cr2.rollback()
            env2.invalidate_all()
            decide(env2, self.agreement_id, self.gm)
            cr2.commit()
        finally:
            cr1.close()
            cr2.close()
        reviews, state = self._reviews()
        self.assertEqual([r[1] for r in reviews], ["approved", "approved"])
        self.assertLess(reviews[0][3], reviews[1][3])
        self.assertEqual(state, "approved")

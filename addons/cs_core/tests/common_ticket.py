# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import new_test_user
from odoo.tests.common import TransactionCase


class CsTicketCase(TransactionCase):
    """Users per role, a team and customers, created by the tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))

        def user(login, groups):
            return new_test_user(
                cls.env, login=login, groups=groups, email=f"{login}@example.com"
            )

        cls.agent = user("t3_agent", "cs_core.group_cs_agent")
        cls.agent2 = user("t3_agent2", "cs_core.group_cs_agent")
        cls.supervisor = user("t3_supervisor", "cs_core.group_cs_supervisor")
        cls.manager = user("t3_manager", "cs_core.group_cs_manager")
        cls.legal = user("t3_legal", "cs_core.group_cs_legal")
        cls.gm = user("t3_gm", "cs_core.group_cs_gm")
        cls.finance = user("t3_finance", "cs_core.group_cs_finance")
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "T3 front desk",
                "user_id": cls.supervisor.id,
                "user_ids": [(6, 0, (cls.agent | cls.agent2 | cls.supervisor).ids)],
            }
        )
        cls.team_engineering = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "T3 engineering",
                "user_id": cls.manager.id,
                "user_ids": [(6, 0, (cls.manager | cls.agent2).ids)],
            }
        )
        cls.customer = cls.env["res.partner"].create(
            {"name": "T3 Owner", "email": "owner@example.com", "phone": "+8613800000001"}
        )
        cls.stage_new = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        cls.stage_progress = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_in_progress")
        cls.stage_done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")

    @classmethod
    def _ticket_vals(cls, **vals):
        return dict(
            {
                "name": "Water leak",
                "description": "<p>Leak</p>",
                "team_id": cls.team.id,
                "partner_id": cls.customer.id,
            },
            **vals,
        )

    def _new_ticket(self, user=None, **vals):
        model = self.env["helpdesk.ticket"]
        if user:
            model = model.with_user(user)
        return model.create(self._ticket_vals(**vals))

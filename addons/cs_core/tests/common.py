# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The one shared test fixture of cs_core.

Every test user is made by :func:`cs_user` (role users by
:func:`cs_role_users`): a login names one user, created once per test
transaction and found again by any fixture or test that asks for it. The
classes below add a domain's data on top: :class:`CsCoreCommon` (location
tree, owners, one user per role), :class:`CsTicketCase` (teams, customers),
:class:`RecordsCase` (records register) and :class:`DutyCase` (duty roster).
"""

from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytz

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.tests.common import BaseCommon

ROLE_GROUPS = {
    "agent": "cs_core.group_cs_agent",
    "supervisor": "cs_core.group_cs_supervisor",
    "manager": "cs_core.group_cs_manager",
    "admin": "cs_core.group_cs_admin",
    "archivist": "cs_core.group_cs_archivist",
    "finance": "cs_core.group_cs_finance",
    "legal": "cs_core.group_cs_legal",
    "gm": "cs_core.group_cs_gm",
}
ROLES = (
    "agent",
    "supervisor",
    "manager",
    "admin",
    "archivist",
    "finance",
    "legal",
    "gm",
)


def cs_user(env, login, groups="base.group_user", **values):
    """The user ``login``: created with ``groups`` (comma-separated XML ids)
    and ``values`` the first time, the same record every later time in the
    transaction (a login is unique, so asking twice must not fail)."""
    user = (
        env["res.users"]
        .with_context(active_test=False)
        .search([("login", "=", login)], limit=1)
    )
    if user:
        return user.with_env(env)
    return new_test_user(env, login=login, groups=groups, **values)


def cs_role_users(env, prefix, roles=ROLES, **values):
    """One user per customer-service role: ``{role: user}``, logged in as
    ``<prefix>_<role>``; ``values`` may use ``{role}`` in ``name``."""
    name = values.pop("name", None)
    return {
        role: cs_user(
            env,
            f"{prefix}_{role}",
            f"base.group_user,{ROLE_GROUPS[role]}",
            name=(name or "Test {role}").format(role=role),
            **values,
        )
        for role in roles
    }


class CsCoreCommon(BaseCommon):
    """Location tree and one user per customer-service role."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls.env["cs.project"].create(
            {"name": "Lakeside Garden", "code": "LSG"}
        )
        cls.phase = cls.env["cs.project.phase"].create(
            {
                "name": "Phase 1",
                "project_id": cls.project.id,
                "delivery_kind": "existing",
            }
        )
        cls.building = cls.env["cs.building"].create(
            {"name": "Building 1", "phase_id": cls.phase.id, "floor_count": 18}
        )
        cls.unit = cls.env["cs.unit"].create(
            {"name": "0301", "building_id": cls.building.id, "floor": 3, "area": 98.5}
        )
        cls.owner_a = cls.env["res.partner"].create({"name": "Wang Jianhua"})
        cls.owner_b = cls.env["res.partner"].create({"name": "Li Xiuying"})
        cls.owner_c = cls.env["res.partner"].create({"name": "Zhang Zhiqiang"})
        # The demo makes Chinese the default language of new users; to-dos
        # are written in their assignee's language.
        cls.users = cs_role_users(cls.env, "test_cs", name="Test {role}", lang="en_US")
        cls.portal_user = cs_user(cls.env, "test_cs_portal", "base.group_portal")


class CsTicketCase(TransactionCase):
    """Users per role, a team and customers, created by the tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))

        def user(login, groups):
            return cs_user(cls.env, login, groups, email=f"{login}@example.com")

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
            {
                "name": "T3 Owner",
                "email": "owner@example.com",
                "phone": "+8613800000001",
            }
        )
        cls.stage_new = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        cls.stage_progress = cls.env.ref(
            "helpdesk_mgmt.helpdesk_ticket_stage_in_progress"
        )
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


class RecordsCase(TransactionCase):
    """Users of every role and a sale-contract type for register tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.users = cs_role_users(cls.env, "rec", name="Rec {role}")
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


class DutyCase(TransactionCase):
    """Shared fixtures for the duty roster tests: own users, shift types and
    a future month (January 2031) so that no demo record interferes."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.company = cls.env.company
        cls.calendar = cls.company.resource_calendar_id
        cls.calendar.tz = "Asia/Shanghai"

        def user(login, group):
            return cs_user(
                cls.env,
                login,
                f"cs_core.{group}",
                name=login.replace("_", " ").title(),
                company_id=cls.company.id,
            )

        cls.requester = user("duty_requester", "group_cs_agent")
        cls.counterpart = user("duty_counterpart", "group_cs_agent")
        cls.third_agent = user("duty_third", "group_cs_agent")
        cls.supervisor = user("duty_supervisor", "group_cs_supervisor")
        cls.manager = user("duty_manager", "group_cs_manager")

        ShiftType = cls.env["cs.shift.type"]
        cls.morning = ShiftType.create(
            {"name": "T Morning", "start_hour": 8, "end_hour": 16}
        )
        cls.evening = ShiftType.create(
            {"name": "T Evening", "start_hour": 16, "end_hour": 24}
        )
        cls.night = ShiftType.create(
            {"name": "T Night", "start_hour": 0, "end_hour": 8}
        )
        cls.base_day = date(2031, 1, 1)

    @classmethod
    def day(cls, number, month=1):
        return date(2031, month, number)

    @classmethod
    def shift(cls, user, day, shift_type=None):
        return cls.env["cs.duty.shift"].create(
            {
                "user_id": user.id,
                "date": day,
                "shift_type_id": (shift_type or cls.morning).id,
            }
        )

    def swap_vals(self, shift_out, shift_return):
        return {
            "requester_id": shift_out.user_id.id,
            "counterpart_id": shift_return.user_id.id,
            "shift_out_id": shift_out.id,
            "shift_return_id": shift_return.id,
        }

    def request_swap(self, shift_out, shift_return):
        """Create the swap as its requester, through the access rules."""
        return (
            self.env["cs.shift.swap"]
            .with_user(shift_out.user_id)
            .create(self.swap_vals(shift_out, shift_return))
        )

    def approve(self, swap):
        """Full workflow: submit, counterpart consent, manager validation."""
        swap.with_user(swap.requester_id).action_submit()
        swap.with_user(swap.counterpart_id).action_consent()
        swap.with_user(self.manager).validate_tier()
        return swap

    def add_public_holiday(self, day):
        tz = pytz.timezone(self.calendar.tz)
        start = tz.localize(datetime.combine(day, datetime.min.time()))
        return self.env["resource.calendar.leaves"].create(
            {
                "name": "Public holiday",
                "calendar_id": self.calendar.id,
                "company_id": self.company.id,
                "date_from": start.astimezone(pytz.utc).replace(tzinfo=None),
                "date_to": (start + timedelta(days=1, seconds=-1))
                .astimezone(pytz.utc)
                .replace(tzinfo=None),
            }
        )

    @contextmanager
    def assertRule(self, pattern, exception=ValidationError):
        """Like assertRaisesRegex, but rolled back in a savepoint."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertRegex(str(catcher.exception), pattern)

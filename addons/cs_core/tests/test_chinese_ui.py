# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import html

from odoo import fields
from odoo.tests import tagged

from .common import CsCoreCommon, cs_user


@tagged("post_install", "-at_install")
class TestChineseUi(CsCoreCommon):
    """What a Chinese CS user meets on the suite's screens (issue 12)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search(
            [("name", "in", ("cs_core", "helpdesk_mgmt"))]
        )._update_translations(["zh_CN"])
        cls.zh = cls.env(context=dict(cls.env.context, lang="zh_CN"))

    def test_new_ticket_breadcrumb(self):
        """A ticket being created reads "New Ticket", not "/ - False"."""
        ticket = self.env["helpdesk.ticket"].new({})
        self.assertEqual(ticket.display_name, "New Ticket")
        self.assertEqual(ticket.with_env(self.zh).display_name, "新建工单")

    def test_helpdesk_terms_in_chinese(self):
        """helpdesk_mgmt ships no zh_CN; cs_core's i18n_extra gives its
        labels and stages the glossary's terms."""
        labels = self.zh["helpdesk.ticket"].fields_get(["user_id", "team_id"])
        self.assertEqual(labels["user_id"]["string"], "处理人")
        self.assertEqual(labels["team_id"]["string"], "客服组")
        stage = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        self.assertEqual(stage.with_env(self.zh).name, "新建")

    def test_approval_banner_in_centre_terms(self):
        """CORE-CMP-3: the tier-validation buttons read 提交审批 / 审批通过 /
        驳回, not base_tier_validation's Request Validation / Validate."""
        arch = self.zh["cs.agreement"].get_view(view_type="form")["arch"]
        if isinstance(arch, bytes):
            arch = arch.decode()
        arch = html.unescape(arch)
        for label in ("提交审批", "审批通过", "驳回", "重新审批"):
            self.assertIn(label, arch)
        self.assertNotIn("Request Validation", arch)
        self.assertNotIn("Operation has been", arch)

    def test_access_refusal_is_plain(self):
        """Opening a ticket out of one's reach gives a plain, translated
        refusal instead of Odoo's joke about cookies."""
        ticket = self.env["helpdesk.ticket"].create(
            {"name": "Leak", "description": "x"}
        )
        clerk = cs_user(self.env, login="t12_clerk", groups="base.group_user")
        # New users default to Chinese on the demo database: start in English.
        clerk.lang = "en_US"
        error = self.env["ir.rule"].with_user(clerk)._make_access_error("read", ticket)
        self.assertNotIn("cookies", str(error))
        self.assertIn("belongs to another team", str(error))
        clerk.lang = "zh_CN"
        error = self.env["ir.rule"].with_user(clerk)._make_access_error("read", ticket)
        self.assertIn("其他", str(error))

    def test_cs_admin_tunes_follow_up_rules(self):
        """CORE-DUTY-5: the CS administrator opens and tunes the centre's
        follow-up automation rules, and only those."""
        admin = self.users["admin"]
        self.assertFalse(admin.has_group("base.group_system"))
        rules = self.env["base.automation"].with_user(admin).search([])
        rule = self.env.ref("cs_core.automation_inspection_recheck")
        self.assertIn(rule, rules)
        self.assertTrue(
            all(
                model.startswith("cs.")
                for model in rules.sudo().mapped("model_id.model")
            )
        )
        rule.with_user(admin).trg_date_range = 5
        self.assertEqual(rule.trg_date_range, 5)
        values = rule.with_user(admin).read(
            ["name", "model_id", "trigger", "trg_date_id", "action_server_ids"]
        )[0]
        self.assertEqual(values["model_id"][1], rule.model_id.name)
        rule.action_server_ids.with_user(admin).read(["name", "state"])

    def test_helpdesk_app_hidden_from_cs_roles(self):
        """One customer-service app: OCA's Helpdesk app is for Odoo
        administrators only."""
        oca_app = self.env.ref("helpdesk_mgmt.helpdesk_ticket_main_menu")
        for role in ("agent", "supervisor", "manager", "admin"):
            menus = (
                self.env["ir.ui.menu"].with_user(self.users[role])._visible_menu_ids()
            )
            self.assertNotIn(oca_app.id, menus, role)
            self.assertIn(self.env.ref("cs_core.menu_cs_root").id, menus, role)

    def test_each_role_lands_on_its_worklist(self):
        """A new user lands on the worklist of their most senior role."""
        expected = {
            "cs_core.group_cs_agent": "cs_core.action_cs_my_first_contact_ticket",
            "cs_core.group_cs_supervisor": "cs_core.action_cs_overdue_ticket",
            "cs_core.group_cs_legal": "cs_core.action_cs_agreement_to_review",
            "cs_core.group_cs_archivist": "cs_core.action_cs_record_worklist",
        }
        for index, (group, action) in enumerate(expected.items()):
            user = cs_user(
                self.env, login=f"t12_home_{index}", groups=f"base.group_user,{group}"
            )
            self.assertEqual(user.action_id.id, self.env.ref(action).id, group)

    def test_copy_names_in_reader_language(self):
        """CORE-REC-3: standard copy names are shown in the reader's language,
        and the custody chain shows the copy alone (tags that differ)."""
        record = self.env["cs.record"].create(
            {
                "title": "Sale contract",
                "type_id": self.env.ref("cs_core.record_type_sale_contract").id,
                "copy_ids": [
                    fields.Command.create(
                        {
                            "name": "Party B Duplicate",
                            "kind": "duplicate",
                            "party": "b",
                            "holder_id": self.env.ref(
                                "cs_core.holder_department_archives"
                            ).id,
                        }
                    )
                ],
            }
        )
        copy = record.copy_ids
        self.assertEqual(copy.with_env(self.zh).label, "乙方副本")
        self.assertEqual(
            copy.with_env(self.zh).display_name, f"{record.name} / 乙方副本"
        )
        short = copy.with_env(self.zh).with_context(cs_copy_short_name=True)
        self.assertEqual(short.display_name, "乙方副本")
        type_copies = self.env.ref(
            "cs_core.record_type_sale_contract"
        ).copy_template_ids
        self.assertIn("甲方正本", type_copies.with_env(self.zh).mapped("display_name"))

    def test_roster_shift_name_in_reader_language(self):
        """CORE-DUTY-1: a shift reads with its shift type in the reader's
        language, whoever created it."""
        shift_type = self.env["cs.shift.type"].create(
            {"name": "Dawn Shift", "start_hour": 6.0, "end_hour": 14.0}
        )
        shift_type.update_field_translations("name", {"zh_CN": "早班"})
        agent = self.users["agent"]
        shift = self.env["cs.duty.shift"].create(
            {
                "user_id": agent.id,
                "date": fields.Date.today(),
                "shift_type_id": shift_type.id,
            }
        )
        self.assertIn("早班", shift.with_env(self.zh).display_name)
        self.assertIn("Dawn Shift", shift.display_name)

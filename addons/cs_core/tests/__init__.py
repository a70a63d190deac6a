from .units import test_units
from .roles import test_roles, test_ui_access
from .tickets import (
    test_ticket_deadline,
    test_ticket_first_contact,
    test_ticket_forward_feedback,
    test_ticket_portal,
)
from .complaints import (
    test_agreement,
    test_complaint_photo,
    test_complaint_register_xlsx,
)
from .duty import (
    test_duty_followup,
    test_duty_handover,
    test_duty_roster,
    test_duty_swap_rules,
    test_duty_swap_workflow,
)
from .records import (
    test_receipt_slip,
    test_record_disposal,
    test_record_handoff,
    test_record_lending,
    test_record_performance,
    test_record_ui,
    test_record_workflow,
)
from .workflow import test_forged_context, test_workflow_mixin
from .reports import test_report_pdf
from .tours import test_tours
from . import test_chinese_ui
from .workflow import test_approval_rows
from .workflow import test_role_screens
from .workflow import test_approval_concurrency
from .workflow import test_issue_regressions
from .workflow import test_step_groups

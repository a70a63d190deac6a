/* Copyright 2026 CS Suite Authors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
// Browser tours of the developer's customer service, run by
// cs_realestate/tests/tours/test_tours.py as the real role users in zh_CN.
import {registry} from "@web/core/registry";

const tours = registry.category("web_tour.tours");
// Per step: CI shares two cores with other jobs (Odoo's default is 10 s).
const STEP_TIMEOUT = 30000;

// RE-MOVE-1: Finance confirms that the buyer paid in full
tours.add("cs_realestate_confirm_payment", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {trigger: ".o_form_view .o_breadcrumb .active:contains(HT-TOUR-0001)"},
        {
            trigger:
                ".o_form_view button[name=action_confirm_full_payment]:contains(确认全额付款)",
            run: "click",
        },
        {trigger: ".o_form_view .ribbon:contains(已付清)"},
        {trigger: ".o_form_view:not(:has(button[name=action_confirm_full_payment]))"},
    ],
});

// RE-DOC-3: the marketing data clerk adds the stamped contract to a batch
tours.add("cs_realestate_certification_batch", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {trigger: ".o_form_view .o_form_label:contains(鉴证日期)"},
        {trigger: ".o_form_view .o_field_x2many_list_row_add a", run: "click"},
        {
            trigger:
                ".o_form_view .o_selected_row .o_field_widget[name=contract_id] input",
            run: "edit HT-TOUR-0001",
        },
        {
            trigger: ".o-autocomplete--dropdown-item a:contains(HT-TOUR-0001)",
            run: "click",
        },
        {
            trigger:
                ".o_form_view .o_selected_row .o_field_widget[name=has_buyer_id_copy] input",
            run: "click",
        },
        {
            trigger:
                ".o_form_view .o_selected_row .o_field_widget[name=has_authorization_letter] input",
            run: "click",
        },
        {trigger: ".o_form_button_save", run: "click"},
        {trigger: ".o_form_view .o_data_row:contains(HT-TOUR-0001)"},
        {trigger: ".o_form_view:not(:has(.o_form_button_save:visible))"},
    ],
});

// RE-RET-2: an agent opens the return-visit worklist, logs a visit (channel,
// who answered, what the customer said) and the visit shows as done
tours.add("cs_realestate_log_return_visit", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {trigger: ".o_breadcrumb .active:contains(回访)"},
        {trigger: ".o_searchview .o_facet_value:contains(本周到期)"},
        {trigger: ".o_list_view th:contains(渠道)"},
        {
            trigger:
                ".o_list_view .o_data_row:contains(HT-TOUR-0001) td.o_data_cell:contains(首次回访)",
            run: "click",
        },
        {trigger: ".o_form_view .o_form_label:contains(合同)"},
        {trigger: ".o_form_view .o_form_label:contains(到期日)"},
        {trigger: ".o_form_view .o_form_label:contains(渠道)"},
        {
            trigger:
                ".o_form_view .o_statusbar_status .o_arrow_button_current:contains(计划中)",
        },
        {trigger: ".o_form_view .o_field_widget[name=channel] input", run: "click"},
        {trigger: ".o_select_menu_item:contains(电话)", run: "click"},
        {trigger: ".o_form_view .o_field_widget[name=channel] input:value(电话)"},
        {
            trigger: ".o_form_view .o_field_widget[name=contact_name] input",
            run: "edit 王建华本人",
        },
        {
            trigger:
                ".o_form_view .o_form_sheet .o_horizontal_separator:contains(客户意见)",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=customer_feedback] textarea",
            run: "edit 交房顺利，对物业服务很满意。",
        },
        {
            trigger: ".o_form_view button[name=action_done]:contains(登记回访)",
            run: "click",
        },
        {
            trigger:
                ".o_form_view .o_statusbar_status .o_arrow_button_current:contains(已完成)",
        },
        {trigger: ".o_form_view:not(:has(button[name=action_done]))"},
        {trigger: ".o_form_view .o_form_label:contains(回访日期)"},
        {trigger: ".o_form_view .o_field_widget[name=done_date] span:not(:empty)"},
    ],
});

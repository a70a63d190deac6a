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
            trigger: ".o_form_view button[name=action_confirm_full_payment]:contains(确认全额付款)",
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
            trigger: ".o_form_view .o_selected_row .o_field_widget[name=contract_id] input",
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

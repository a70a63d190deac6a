/* Copyright 2026 CS Suite Authors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
// Browser tours of the customer-service centre, run by
// cs_core/tests/tours/test_tours.py as the real role users in zh_CN.
import {registry} from "@web/core/registry";

const tours = registry.category("web_tour.tours");
// Per step: CI shares two cores with other jobs (Odoo's default is 10 s).
const STEP_TIMEOUT = 30000;

// 1x1 PNG standing in for an on-site photo
const PNG =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

function photo(name) {
    const bytes = Uint8Array.from(atob(PNG), (char) => char.charCodeAt(0));
    return new File([bytes], name, {type: "image/png"});
}

function pickMany2one(field, text) {
    return [
        {
            trigger: `.modal .o_field_widget[name=${field}] input`,
            run: `edit ${text}`,
        },
        {
            trigger: `.o-autocomplete--dropdown-item a:contains(${text})`,
            run: "click",
        },
    ];
}

// CORE-TKT-1, CORE-TKT-4, CORE-CMP-1, CORE-CMP-2
tours.add("cs_core_complaint_forward", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {
            content: "The complaint form is in Chinese",
            trigger: ".o_form_view .o_form_label:contains(首问负责人)",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=name] input",
            run: "edit 3栋0301外墙渗水",
        },
        {
            trigger:
                ".o_form_view .o_field_widget[name=cs_complaint_category] .o_select_menu_toggler",
            run: "click",
        },
        {trigger: ".o_select_menu_item:contains(工程质量)", run: "click"},
        {
            trigger:
                ".o_form_view .o_field_widget[name=description] .odoo-editor-editable",
            run: "editor 卧室外墙雨后渗水，墙皮起鼓。",
        },
        {trigger: ".o_form_button_save", run: "click"},
        {trigger: ".o_breadcrumb .active:contains(3栋0301外墙渗水)"},
        {
            content: "Attach an on-site photo through the chatter",
            trigger: ".o-mail-Chatter input.o-mail-Chatter-fileUploader:not(:visible)",
            run() {
                const files = new DataTransfer();
                files.items.add(photo("外墙渗水.png"));
                this.anchor.files = files.files;
                this.anchor.dispatchEvent(new Event("change", {bubbles: true}));
            },
        },
        {trigger: ".o-mail-AttachmentBox .o-mail-AttachmentContainer"},
        {
            content: "Forward the complaint to the engineering agent",
            trigger:
                ".o_form_view button[name=action_cs_forward]:contains(转交 / 上报)",
            run: "click",
        },
        ...pickMany2one("to_user_id", "Tour Engineer"),
        {
            trigger: ".modal .o_field_widget[name=reason] textarea",
            run: "edit 需要工程部现场查看",
        },
        {trigger: ".modal button[name=action_forward]:contains(转交)", run: "click"},
        {trigger: "body:not(:has(.modal))"},
        {
            content: "The first-contact owner still sees the forwarded complaint",
            trigger: ".o_form_view .nav-link:contains(转交记录)",
            run: "click",
        },
        {
            trigger:
                ".o_form_view .o_field_widget[name=cs_forward_ids] .o_data_row:contains(Tour Engineer)",
        },
        {
            trigger:
                ".o_form_view button[name=action_cs_view_images]:contains(照片):contains(1)",
        },
        {
            trigger:
                ".o_form_view .o_field_widget[name=cs_first_contact_user_id]:contains(Tour Agent)",
        },
    ],
});

// CORE-CMP-3: the General Manager has nothing to approve before Legal
tours.add("cs_core_agreement_gm_waits", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {
            trigger:
                ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(草稿)",
        },
        {
            trigger:
                ".o_form_view .o_form_label:contains(合同条款), .o_form_view .nav-link:contains(合同条款)",
        },
        {
            content: "No approve button for the General Manager yet",
            trigger: ".o_form_view:not(:has(button[name=validate_tier]))",
        },
    ],
});

// CORE-CMP-3: a reviewer (Legal, then the General Manager) approves
tours.add("cs_core_agreement_review", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {trigger: ".o_form_view .nav-link:contains(合同条款)"},
        {trigger: ".o_form_view button[name=validate_tier]", run: "click"},
        {trigger: ".modal .modal-title:contains(审批意见)"},
        {trigger: ".modal button[name=add_comment]", run: "click"},
        {trigger: "body:not(:has(.modal))"},
        {trigger: ".o_form_view:not(:has(button[name=validate_tier]))"},
    ],
});

// CORE-REC-3: the archivist confirms a pending receipt
tours.add("cs_core_handoff_confirm", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {
            trigger:
                ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(待处理)",
        },
        {
            trigger: ".o_form_view button[name=action_confirm]:contains(确认接收)",
            run: "click",
        },
        {
            trigger:
                ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(已确认)",
        },
    ],
});

// CORE-REC-4: the customer signs the receipt slip on the agent's screen
tours.add("cs_core_receipt_slip_sign", {
    timeout: STEP_TIMEOUT,
    steps: () => [
        {trigger: ".o_form_view button[name=action_confirm]:contains(确认领取)"},
        {
            trigger: ".o_form_view .o_field_widget[name=signature] .o_signature",
            run: "click",
        },
        {
            content: "The customer draws a signature on the screen",
            trigger: ".modal canvas.o_web_sign_signature",
            run() {
                const canvas = this.anchor;
                const box = canvas.getBoundingClientRect();
                const fire = (type, x, y, buttons) =>
                    canvas.dispatchEvent(
                        new PointerEvent(type, {
                            bubbles: true,
                            cancelable: true,
                            isPrimary: true,
                            pointerId: 1,
                            pointerType: "mouse",
                            button: 0,
                            buttons,
                            clientX: box.left + x,
                            clientY: box.top + y,
                        })
                    );
                fire("pointerdown", 40, 60, 1);
                for (let step = 1; step <= 20; step++) {
                    fire("pointermove", 40 + step * 12, 60 + (step % 4) * 10, 1);
                }
                fire("pointerup", 280, 70, 0);
            },
        },
        {trigger: ".modal .modal-footer button.btn-primary:enabled", run: "click"},
        {trigger: "body:not(:has(.modal))"},
        {trigger: ".o_form_view .o_field_widget[name=signature] img.o_signature"},
        {trigger: ".o_form_view button[name=action_confirm]", run: "click"},
        {
            trigger:
                ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(已签订)",
        },
    ],
});

from . import cs_fee_billing_list_xlsx

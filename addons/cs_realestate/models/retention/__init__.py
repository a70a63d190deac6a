# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import res_partner
from . import cs_sale_contract
from . import cs_return_visit
from . import cs_move_in
from . import cs_customer_message
from . import cs_customer_message_line

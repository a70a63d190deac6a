# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import cs_sale_contract_payment
from . import cs_sale_contract
from . import cs_breach
from . import cs_agreement

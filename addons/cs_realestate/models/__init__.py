# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import cs_sale_contract
from . import cs_sale_contract_payment
from . import cs_subscription_agreement
from . import cs_certification_batch
from . import cs_certification_batch_line
from . import cs_move_in
from . import cs_certificate_application
from . import cs_refund
from . import cs_sale_contract_records
from . import cs_subscription_agreement_records
from . import cs_certificate_application_records
from . import retention
from . import complaints
from . import breach

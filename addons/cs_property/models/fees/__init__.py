from . import cs_fee_kind
from . import cs_fee_rate
from . import cs_building
from . import cs_meter
from . import account_move
from . import cs_fee_run
from . import cs_fee_dunning_step
from . import cs_fee_collection_report

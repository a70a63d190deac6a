from . import cs_fee_demo

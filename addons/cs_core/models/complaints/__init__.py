from . import cs_agreement

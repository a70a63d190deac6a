from . import fees

from . import renovation
from . import signage
from . import vacant

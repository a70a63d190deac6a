from . import workflow
from . import units
from . import tickets
from . import records
from . import complaints
from . import duty

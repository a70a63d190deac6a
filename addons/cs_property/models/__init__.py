# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import workflow
from . import renovation
from . import signage
from . import vacant
from . import residents
from . import visits
from . import community
from . import services
from . import kpi
from . import fees

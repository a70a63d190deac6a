# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import contracts
from . import certification
from . import move_in
from . import certificates
from . import refunds
from . import retention
from . import complaints
from . import breach

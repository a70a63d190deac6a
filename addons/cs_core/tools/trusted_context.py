# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Context flags that only server code can set.

Transition methods open guarded writes (a workflow state, an owner set
once, a flag set by a job) by putting a flag in the context. A flag whose
value is ``True`` can be forged by any RPC caller, who controls the context.
The value used here is a Python object, which no JSON-RPC or XML-RPC payload
can produce, so ``is_trusted`` holds only for calls made by our own code.
"""

TRUSTED = object()


def trusted(records, *keys):
    """``records`` with the given context flags set by trusted server code."""
    return records.with_context(**dict.fromkeys(keys, TRUSTED))


def is_trusted(env, key):
    """Whether ``key`` was set in the context by trusted server code."""
    return env.context.get(key) is TRUSTED

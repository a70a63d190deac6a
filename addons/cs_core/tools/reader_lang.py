# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def reader_env(records, user):
    """Environment in ``user``'s language.

    A to-do is read by its assignee: write its summary in the assignee's
    language, not in the language of whoever triggered it
    (``reader_env(self, user)._("...")``).
    """
    return records.with_context(lang=user.lang or records.env.lang).env

"""Who may do what: three roles and one rule, used by every write.

    may("editor", "propose")      # True
    may("viewer", "publish")      # False
    require(role, "publish")      # raises NotAllowed unless the role may

Viewers read what is published (no account needed). Editors also add articles and propose
records. Reviewers also publish, edit, reject, retract, merge and revert.
"""

from __future__ import annotations

from typing import Final

from partnerships.errors import DataError

VIEWER: Final = "viewer"
EDITOR: Final = "editor"
REVIEWER: Final = "reviewer"
ROLES: Final = (VIEWER, EDITOR, REVIEWER)  # each may do what the ones before it may

# The least role each action needs.
ACTIONS: Final[dict[str, str]] = {
    "read_public": VIEWER,
    "read_drafts": EDITOR,  # proposed records, the audit trail
    "propose": EDITOR,  # add an article, save proposed records
    "publish": REVIEWER,
    "edit": REVIEWER,
    "reject": REVIEWER,
    "retract": REVIEWER,
    "merge": REVIEWER,
    "unmerge": REVIEWER,
    "revert": REVIEWER,
}


class NotAllowed(DataError, PermissionError):
    """The acting user's role does not allow the action (or nobody is signed in)."""

    def __init__(self, who: str | None, role: str | None, action: str) -> None:
        who_text = who or "nobody signed in"
        super().__init__(f"{who_text} ({role or 'no role'}) may not {action}")
        self.who = who
        self.role = role
        self.action = action


def may(role: str | None, action: str) -> bool:
    """Whether `role` may do `action`. Unknown roles and unknown actions may nothing."""
    need = ACTIONS.get(action)
    if need is None or role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(need)


def require(role: str | None, action: str, *, who: str | None = None) -> None:
    """Raise NotAllowed unless `role` may do `action`."""
    if not may(role, action):
        raise NotAllowed(who, role, action)


def is_staff(role: str | None) -> bool:
    """Editors and reviewers: people who see drafts and history."""
    return may(role, "read_drafts")

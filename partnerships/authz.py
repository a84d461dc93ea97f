"""The server-side check every write makes: the acting user's role, read from the database now.

    role = authorize(conn, who, "publish")   # raises roles.NotAllowed

The caller passes only who is acting (a name, or None); the role is never taken from the caller,
so a forged call with a made-up role, a removed account or nobody signed in is refused.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from partnerships import roles
from partnerships.db import staff_schema


def role_in(conn: Connection, who: str | None) -> str:
    """The role stored for `who` (`viewer` for nobody and for names without an account)."""
    if not who:
        return roles.VIEWER
    users = staff_schema.users
    got = conn.execute(select(users.c.role).where(users.c.name == who)).scalar()
    return got if got in roles.ROLES else roles.VIEWER


def authorize(conn: Connection, who: str | None, action: str) -> str:
    """The role of `who`, if it may do `action`; roles.NotAllowed otherwise."""
    role = role_in(conn, who)
    roles.require(role, action, who=who)
    return role

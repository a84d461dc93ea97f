"""Sign-ins a browser keeps across reloads and new tabs.

    token = open_session(eng, "mina")    # after a good password; the browser keeps the token
    resume(eng, token)                   # "mina" while the sign-in stands, else None
    close(eng, token)                    # signing out ends it on the server too

Only a hash of the token is stored. A kept sign-in ends when it is left alone for IDLE, after
LIFETIME whatever happens, when it is closed, and when the account is given a new password or
removed and made again (its stamp, accounts.session_check, no longer matches).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, insert, or_, select, update

from partnerships import accounts
from partnerships.staff_db import staff_schema, writing

IDLE = timedelta(hours=4)  # left alone this long, a sign-in ends
LIFETIME = timedelta(hours=12)  # ... and after this long whatever happens (a working day)
TOUCH = timedelta(minutes=5)  # how stale `seen_at` may get before a page run writes it again
_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def open_session(eng: Engine, name: str, *, now: datetime | None = None) -> str | None:
    """A new token for `name` (None when there is no such account); sign-ins past their time are
    dropped on the way."""
    now = now or _now()
    checked = accounts.session_check(eng, name)
    if checked is None:
        return None
    token = secrets.token_urlsafe(32)
    t = staff_schema.staff_sessions
    with writing(eng, serial=False) as conn:
        conn.execute(delete(t).where(or_(t.c.seen_at < now - IDLE, t.c.created_at < now - LIFETIME)))
        conn.execute(insert(t).values(token_hash=_hash(token), name=name, stamp=checked[1],
                                      created_at=now, seen_at=now))
    return token


def resume(eng: Engine, token: object, *, now: datetime | None = None, account_checked: bool = False) -> str | None:
    """The account `token` keeps signed in, or None (no such token, past its time, or the account
    changed since); a token that no longer stands is deleted. With `account_checked` the caller has
    just compared the account's stamp itself (a signed-in page run), and it is not read again."""
    if not isinstance(token, str) or not _TOKEN.fullmatch(token):
        return None
    now = now or _now()
    t = staff_schema.staff_sessions
    key = _hash(token)
    with eng.connect() as conn:
        row = conn.execute(select(t).where(t.c.token_hash == key)).first()
    if row is None:
        return None
    seen, made = _aware(row.seen_at), _aware(row.created_at)
    checked = None if account_checked else accounts.session_check(eng, row.name)
    changed = not account_checked and (checked is None or checked[1] != row.stamp)
    if now - seen > IDLE or now - made > LIFETIME or changed:
        close(eng, token)
        return None
    if now - seen > TOUCH:
        with writing(eng, serial=False) as conn:
            conn.execute(update(t).where(t.c.token_hash == key).values(seen_at=now))
    return row.name


def close(eng: Engine, token: object) -> None:
    """End the sign-in `token` keeps (nothing when there is none)."""
    if isinstance(token, str) and _TOKEN.fullmatch(token):
        t = staff_schema.staff_sessions
        with writing(eng, serial=False) as conn:
            conn.execute(delete(t).where(t.c.token_hash == _hash(token)))

"""Local accounts: argon2-hashed passwords in the database, roles, and a sign-in rate limit.

    add_user(eng, "mina", role="reviewer", password="...")
    account = sign_in(eng, "mina", "...")     # SignInRefused / TooManyAttempts otherwise
    role_of(eng, "mina")                      # read again for every write

An account may have no password: it then signs in only through the identity provider
(`st.login`), under the e-mail address the provider gives, which is its name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import Engine, delete, func, insert, select, update

from partnerships import authz, roles
from partnerships.errors import DataError
from partnerships.staff_db import staff_schema, writing

MAX_FAILURES = 5  # failed sign-ins per account name ...
WINDOW = timedelta(minutes=15)  # ... within this window, then refused until the oldest one ages out
MAX_CLIENT_FAILURES = 20  # failed sign-ins from one client address, whatever the names, within WINDOW
_CLIENT = "@client:"  # the attempts table's name for a client's own count
MIN_PASSWORD = 10
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,199}$")

@cache
def _hasher():
    """argon2id with the library's current parameters (imported on first use: a viewer's page
    process never hashes a password)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy() -> str:
    """A hash verified against when the name is unknown (made on first need: argon2id takes
    64 MB while hashing, which every page process paid at import when it was made there)."""
    return _hasher().hash("not a password of anyone")


class AccountError(DataError):
    """An account that cannot be added or changed as asked."""


class SignInRefused(DataError):
    """Wrong name or password (deliberately not saying which)."""


class TooManyAttempts(SignInRefused):
    """Too many failed sign-ins for this name: wait `wait_seconds`."""

    def __init__(self, wait_seconds: int) -> None:
        super().__init__(f"too many failed sign-ins; try again in {wait_seconds} s")
        self.wait_seconds = wait_seconds


@dataclass(frozen=True)
class Account:
    """A staff account as stored (never with its hash)."""

    name: str
    role: str
    has_password: bool


def _now() -> datetime:
    return datetime.now(UTC)


def _check_name(name: str) -> str:
    name = name.strip()
    if not NAME_RE.match(name):
        raise AccountError(f"{name!r} is not a usable account name (letters, digits, . _ @ + -)")
    return name


def _check_role(role: str) -> None:
    if role not in roles.ROLES or role == roles.VIEWER:
        raise AccountError(f"role must be {roles.EDITOR} or {roles.REVIEWER}, not {role!r}")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")


def hash_password(password: str) -> str:
    """The argon2id hash of `password`."""
    return _hasher().hash(password)


def add_user(eng: Engine, name: str, *, role: str, password: str | None = None) -> Account:
    """Create an account. Without a password it signs in only through the identity provider."""
    name = _check_name(name)
    _check_role(role)
    if password is not None:
        _check_password(password)
    users = staff_schema.users
    with writing(eng) as conn:
        if conn.execute(select(users.c.name).where(users.c.name == name)).first():
            raise AccountError(f"an account named {name!r} already exists")
        conn.execute(insert(users).values(name=name, role=role,
                                          password_hash=hash_password(password) if password else None))
    return Account(name, role, password is not None)


def list_users(eng: Engine) -> list[Account]:
    """Every account, by name."""
    users = staff_schema.users
    with eng.connect() as conn:
        rows = conn.execute(select(users.c.name, users.c.role, users.c.password_hash).order_by(users.c.name))
        return [Account(n, r, h is not None) for n, r, h in rows]


def count_users(eng: Engine) -> int:
    """How many accounts exist (none: the app is a read-only atlas)."""
    from partnerships.store import reachable

    with reachable(), eng.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(staff_schema.users)).scalar() or 0)


def set_password(eng: Engine, name: str, password: str) -> None:
    """Give an account a new password (and forget its failed sign-ins)."""
    _check_password(password)
    users = staff_schema.users
    with writing(eng) as conn:
        done = conn.execute(update(users).where(users.c.name == name)
                            .values(password_hash=hash_password(password))).rowcount
        if not done:
            raise AccountError(f"no account named {name!r}")
        conn.execute(delete(staff_schema.sign_in_attempts).where(staff_schema.sign_in_attempts.c.name == name))


def set_role(eng: Engine, name: str, role: str) -> None:
    """Change an account's role."""
    _check_role(role)
    users = staff_schema.users
    with writing(eng) as conn:
        if not conn.execute(update(users).where(users.c.name == name).values(role=role)).rowcount:
            raise AccountError(f"no account named {name!r}")


def remove_user(eng: Engine, name: str) -> None:
    """Delete an account. Its past changes stay in the history under its name."""
    users = staff_schema.users
    with writing(eng) as conn:
        if not conn.execute(delete(users).where(users.c.name == name)).rowcount:
            raise AccountError(f"no account named {name!r}")


def session_check(eng: Engine, name: str) -> tuple[str, str] | None:
    """(role, stamp) of the account now, or None when there is none. The stamp is a fingerprint of
    the account as created and of its password: a session opened on another stamp was opened on an
    account since given a new password, or removed and made again."""
    users = staff_schema.users
    with eng.connect() as conn:
        row = conn.execute(select(users.c.role, users.c.created_at, users.c.password_hash)
                           .where(users.c.name == name)).first()
    if row is None:
        return None
    made = f"{row.created_at}|{row.password_hash or ''}".encode()
    return row.role, hashlib.blake2b(made, digest_size=16).hexdigest()


def role_of(eng: Engine, name: str | None) -> str:
    """The role the database gives `name` now: `viewer` for nobody and for unknown names."""
    with eng.connect() as conn:
        return authz.role_in(conn, name)


def _failures_since(conn, name: str, since: datetime) -> list[datetime]:
    t = staff_schema.sign_in_attempts
    rows = conn.execute(select(t.c.at).where(t.c.name == name, t.c.at >= since, t.c.ok.is_(False))
                        .order_by(t.c.at))
    return [at if at.tzinfo else at.replace(tzinfo=UTC) for (at,) in rows]


def _attempt(eng: Engine, keys: list[tuple[str, int]], now: datetime) -> list[int]:
    """Record an attempt (a failure until its password is checked) under each of `keys` (name or
    client, with its limit), one attempt at a time per key, and return the new rows' ids; or
    TooManyAttempts, recording nothing, when a key already has its limit of failures in WINDOW.
    Recording before checking, one at a time, is what keeps simultaneous guesses within the limit:
    each sees every guess made before it, even those whose password is still being checked."""
    t = staff_schema.sign_in_attempts
    with writing(eng, serial=False) as conn:  # SQLite: the write lock from the start; PostgreSQL: a lock per key
        if conn.dialect.name == "postgresql":
            for key, _ in sorted(keys):
                conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(f"sign-in:{key}"))))
        conn.execute(delete(t).where(t.c.at < now - WINDOW))
        for key, most in keys:
            failures = _failures_since(conn, key, now - WINDOW)
            if len(failures) >= most:
                wait = failures[-most] + WINDOW - now
                raise TooManyAttempts(max(1, int(wait.total_seconds()) + 1))
        return [conn.execute(insert(t).values(name=key, at=now, ok=False).returning(t.c.id)).scalar_one()
                for key, _ in keys]


def sign_in(eng: Engine, name: str, password: str, *, now: datetime | None = None,
            client: str | None = None) -> Account:
    """The account, if `password` is its password and neither the name nor the client is locked out.

    Every attempt is recorded; MAX_FAILURES failures within WINDOW lock the name (whether or not
    it exists, so the lock does not reveal which names exist) until the oldest one ages out, and
    MAX_CLIENT_FAILURES from one `client` address lock that client, whatever names it tries.
    Attempts older than WINDOW are forgotten.
    """
    now = now or _now()
    name = name.strip()
    if not NAME_RE.match(name):  # no account has such a name (a NUL, which PostgreSQL cannot even compare)
        raise SignInRefused("wrong name or password")
    client = re.sub(r"[^\x21-\x7e]", "", str(client)) or None if client else None
    tried = f"#{name}" if name.startswith("@") else name  # no typed name counts as a client's
    keys = [(tried[:200], MAX_FAILURES)] + ([(f"{_CLIENT}{client}"[:200], MAX_CLIENT_FAILURES)] if client else [])
    ids = _attempt(eng, keys, now)  # counted as failures until the password is checked
    users = staff_schema.users
    with eng.connect() as conn:
        row = conn.execute(select(users.c.role, users.c.password_hash).where(users.c.name == name)).first()
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        ok = _hasher().verify(row.password_hash if row and row.password_hash else _dummy(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    ok = ok and row is not None and row.password_hash is not None
    if ok:
        t = staff_schema.sign_in_attempts
        with writing(eng, serial=False) as conn:
            conn.execute(update(t).where(t.c.id == ids[0]).values(ok=True))
            conn.execute(delete(t).where(t.c.id.in_(ids[1:])))  # a client is counted for its failures only
            if _hasher().check_needs_rehash(row.password_hash):
                conn.execute(update(users).where(users.c.name == name)
                             .values(password_hash=hash_password(password)))
    if not ok:
        raise SignInRefused("wrong name or password")
    return Account(name, row.role, True)

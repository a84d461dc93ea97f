"""Local accounts: argon2 hashes in the database, roles, the failed sign-in limit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from partnerships import accounts, staff_db


@pytest.fixture
def eng(database_url):
    """An empty, migrated database on SQLite and on PostgreSQL."""
    return staff_db.engine(database_url)


def test_password_is_stored_as_argon2_hash(eng):
    accounts.add_user(eng, "mina", role="reviewer", password="correct horse battery")
    with eng.connect() as conn:
        stored = conn.execute(select(staff_db.staff_schema.users.c.password_hash)).scalar()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert accounts.sign_in(eng, "mina", "correct horse battery").role == "reviewer"


@pytest.mark.parametrize(("name", "password"), [("mina", "wrong password!"), ("nobody", "correct horse battery")])
def test_wrong_name_or_password_is_refused_alike(eng, name, password):
    accounts.add_user(eng, "mina", role="editor", password="correct horse battery")
    with pytest.raises(accounts.SignInRefused) as got:
        accounts.sign_in(eng, name, password)
    assert str(got.value) == "wrong name or password"


@pytest.mark.parametrize("name", ["mi\x00na", "mi\x1bna", "미나", "mina\u202e"])
def test_a_name_no_account_can_have_is_refused_alike_on_both_engines(eng, name):
    # PostgreSQL cannot hold a NUL: the name once reached the database and raised its error
    accounts.add_user(eng, "mina", role="editor", password="correct horse battery")
    with pytest.raises(accounts.SignInRefused) as got:
        accounts.sign_in(eng, name, "correct horse battery", client="10.0.0.1\x00")
    assert str(got.value) == "wrong name or password"
    assert accounts.sign_in(eng, "mina", "correct horse battery", client="10.0.0.1\x00").role == "editor"


def test_failed_sign_ins_are_rate_limited(eng):
    accounts.add_user(eng, "mina", role="editor", password="correct horse battery")
    t0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for i in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(eng, "mina", f"guess {i:04d} xx", now=t0 + timedelta(seconds=i))
    # the right password is refused too while locked
    with pytest.raises(accounts.TooManyAttempts) as got:
        accounts.sign_in(eng, "mina", "correct horse battery", now=t0 + timedelta(seconds=10))
    assert 0 < got.value.wait_seconds <= accounts.WINDOW.total_seconds()
    later = t0 + accounts.WINDOW + timedelta(seconds=10)
    assert accounts.sign_in(eng, "mina", "correct horse battery", now=later).name == "mina"


def test_unknown_names_lock_too(eng):
    t0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(eng, "ghost", "whatever pass", now=t0)
    with pytest.raises(accounts.TooManyAttempts):
        accounts.sign_in(eng, "ghost", "whatever pass", now=t0)


def test_manage_accounts(eng):
    accounts.add_user(eng, "mina", role="editor", password="correct horse battery")
    accounts.add_user(eng, "jun@city.go.kr", role="reviewer")  # identity provider only
    assert [(a.name, a.role, a.has_password) for a in accounts.list_users(eng)] == [
        ("jun@city.go.kr", "reviewer", False), ("mina", "editor", True)]
    with pytest.raises(accounts.SignInRefused):  # no password: cannot sign in locally
        accounts.sign_in(eng, "jun@city.go.kr", "")
    with pytest.raises(accounts.AccountError):
        accounts.add_user(eng, "mina", role="editor", password="another long one")
    with pytest.raises(accounts.AccountError):
        accounts.add_user(eng, "x", role="admin", password="another long one")
    with pytest.raises(accounts.AccountError):
        accounts.add_user(eng, "y", role="editor", password="short")
    accounts.set_password(eng, "mina", "a brand new secret")
    assert accounts.sign_in(eng, "mina", "a brand new secret").name == "mina"
    accounts.set_role(eng, "mina", "reviewer")
    assert accounts.role_of(eng, "mina") == "reviewer"
    accounts.remove_user(eng, "mina")
    assert accounts.role_of(eng, "mina") == "viewer"
    assert accounts.role_of(eng, None) == "viewer"
    assert accounts.count_users(eng) == 1


def test_importing_accounts_hashes_nothing():
    # argon2id takes 64 MB while hashing: a page process that imports the module (every page
    # does, for the sidebar's sign-in) must not pay it; the stand-in hash for unknown names is
    # made on the first sign-in that needs it (test_wrong_name_or_password_is_refused_alike).
    import subprocess
    import sys

    probe = ("import partnerships.accounts as a; "
             "print(a._dummy.cache_info().currsize, a._dummy().startswith('$argon2id$'))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True"]


def test_one_client_guessing_across_many_names_is_locked_and_old_attempts_are_forgotten(eng):
    from sqlalchemy import func, select

    from partnerships.staff_db import staff_schema

    accounts.add_user(eng, "mina", role="editor", password="correct horse battery")
    t0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for i in range(accounts.MAX_CLIENT_FAILURES):  # a new name each time: no name is locked
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(eng, f"name{i}", "whatever pass", now=t0, client="203.0.113.9")
    with pytest.raises(accounts.TooManyAttempts):
        accounts.sign_in(eng, "mina", "correct horse battery", now=t0, client="203.0.113.9")
    # another client, and a typed name dressed as the client, are not held by that lock
    assert accounts.sign_in(eng, "mina", "correct horse battery", now=t0, client="198.51.100.7").name == "mina"
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(eng, "@client:198.51.100.7", "x pass word", now=t0, client="192.0.2.1")
    assert accounts.sign_in(eng, "mina", "correct horse battery", now=t0, client="198.51.100.7").name == "mina"
    later = t0 + accounts.WINDOW + timedelta(seconds=1)
    assert accounts.sign_in(eng, "mina", "correct horse battery", now=later, client="203.0.113.9").name == "mina"
    with eng.connect() as conn:
        assert conn.execute(select(func.count()).select_from(staff_schema.sign_in_attempts)).scalar() == 1


def test_guesses_sent_at_once_are_held_to_the_limit(eng):
    # Each browser session signs in on its own thread: guesses sent at the same moment must not all
    # pass the count before any of them is recorded.
    import threading

    accounts.add_user(eng, "mina", role="editor", password="correct horse battery")
    n = 16
    start, lock, outcome = threading.Barrier(n), threading.Lock(), []

    def guess(i: int) -> None:
        start.wait()
        try:
            accounts.sign_in(eng, "mina", f"wrong guess {i:04d}", client="203.0.113.9")
            got = "ok"
        except accounts.TooManyAttempts:
            got = "locked"
        except accounts.SignInRefused:
            got = "checked"
        with lock:
            outcome.append(got)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(n)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert outcome.count("checked") == accounts.MAX_FAILURES
    assert outcome.count("locked") == n - accounts.MAX_FAILURES

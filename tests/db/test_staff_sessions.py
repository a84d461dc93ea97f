"""Sign-ins a browser keeps across reloads: only a hash stored, ended by sign-out, idleness, age
and a changed account, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from partnerships import accounts, staff_db, staff_sessions

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def eng(database_url):
    eng = staff_db.engine(database_url)
    accounts.add_user(eng, "mina", role="reviewer", password="correct horse battery")
    return eng


def test_a_kept_sign_in_resumes_and_only_its_hash_is_stored(eng):
    token = staff_sessions.open_session(eng, "mina", now=T0)
    assert staff_sessions.resume(eng, token, now=T0 + timedelta(minutes=30)) == "mina"
    with eng.connect() as conn:
        stored = conn.execute(select(staff_db.staff_schema.staff_sessions.c.token_hash)).scalars().all()
    assert len(stored) == 1 and token not in stored[0]


def test_no_account_no_token(eng):
    assert staff_sessions.open_session(eng, "nobody", now=T0) is None


@pytest.mark.parametrize("sent", [None, 42, "", "x" * 43 + "'", "a" * 42, "a" * 43, "../" * 15])
def test_a_token_it_never_gave_resumes_nothing(eng, sent):
    staff_sessions.open_session(eng, "mina", now=T0)
    assert staff_sessions.resume(eng, sent, now=T0) is None


def test_signing_out_ends_it(eng):
    token = staff_sessions.open_session(eng, "mina", now=T0)
    other = staff_sessions.open_session(eng, "mina", now=T0)
    staff_sessions.close(eng, token)
    assert staff_sessions.resume(eng, token, now=T0) is None
    assert staff_sessions.resume(eng, other, now=T0) == "mina"  # another browser stays signed in


def test_left_idle_it_ends_and_use_keeps_it(eng):
    token = staff_sessions.open_session(eng, "mina", now=T0)
    step = staff_sessions.IDLE - timedelta(minutes=1)
    assert staff_sessions.resume(eng, token, now=T0 + step) == "mina"  # used: seen again
    assert staff_sessions.resume(eng, token, now=T0 + 2 * step) == "mina"
    assert staff_sessions.resume(eng, token, now=T0 + 3 * step + timedelta(minutes=5)) is None
    assert staff_sessions.resume(eng, token, now=T0 + 2 * step) is None  # deleted, not merely refused


def test_it_ends_after_its_lifetime_however_often_used(eng):
    token = staff_sessions.open_session(eng, "mina", now=T0)
    at = T0
    while at < T0 + staff_sessions.LIFETIME - timedelta(hours=1):
        at += timedelta(hours=1)
        assert staff_sessions.resume(eng, token, now=at) == "mina"
    assert staff_sessions.resume(eng, token, now=T0 + staff_sessions.LIFETIME + timedelta(minutes=1)) is None


def test_a_new_password_or_a_remade_account_ends_it(eng):
    token = staff_sessions.open_session(eng, "mina", now=T0)
    accounts.set_password(eng, "mina", "another long password")
    assert staff_sessions.resume(eng, token, now=T0) is None
    token = staff_sessions.open_session(eng, "mina", now=T0)
    accounts.remove_user(eng, "mina")
    accounts.add_user(eng, "mina", role="editor", password="another long password")
    assert staff_sessions.resume(eng, token, now=T0) is None


def test_old_sign_ins_are_swept_when_a_new_one_opens(eng):
    staff_sessions.open_session(eng, "mina", now=T0)
    staff_sessions.open_session(eng, "mina", now=T0 + staff_sessions.LIFETIME + timedelta(hours=1))
    with eng.connect() as conn:
        left = conn.execute(select(staff_db.staff_schema.staff_sessions.c.created_at)).scalars().all()
    assert len(left) == 1


def test_a_page_run_that_compared_the_account_itself_is_not_asked_again(eng):
    token = staff_sessions.open_session(eng, "mina", now=T0)
    accounts.set_password(eng, "mina", "another long password")  # the page's own stamp check ends it
    assert staff_sessions.resume(eng, token, now=T0, account_checked=True) == "mina"
    assert staff_sessions.resume(eng, token, now=T0 + staff_sessions.IDLE * 2, account_checked=True) is None

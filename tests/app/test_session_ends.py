"""A staff session ends when its account changes under it: a new password, or the account removed
and made again for someone else; and when it is left idle for hours (AppTest, sign-in form)."""

from __future__ import annotations

import pytest

from partnerships import accounts, review
from tests.app.test_roles_pages import PASSWORD, _submit, folders, nav_labels, run  # noqa: F401  (folders: a fixture)
from ui.shell import auth

pytestmark = pytest.mark.timeout(300)


def _signed_in(name: str):
    at = run("pages/7_Review.py", None)
    at.sidebar.text_input(key="atlas_sign_in_name").input(name)
    at.sidebar.text_input(key="atlas_sign_in_password").input(PASSWORD)
    _submit(at)
    assert at.session_state[auth.USER_KEY] == name and "Review" in nav_labels(at)
    return at


def _ended(at) -> None:
    assert auth.USER_KEY not in at.session_state and "Review" not in nav_labels(at)
    assert any("You were signed out" in w.value for w in at.sidebar.warning)


def test_a_new_password_ends_the_sessions_opened_with_the_old_one(folders):  # noqa: F811
    at = _signed_in("rita")
    accounts.set_password(folders, "rita", "another long password")  # e.g. after a leak
    at.run()
    _ended(at)
    assert "rv_draft-seoul-odense_publish" not in [b.key for b in at.button]
    assert review.get(folders, "draft-seoul-odense").status == "proposed"


def test_an_account_removed_and_made_again_is_not_the_same_session(folders):  # noqa: F811
    at = _signed_in("rita")
    accounts.remove_user(folders, "rita")
    accounts.add_user(folders, "rita", role="reviewer", password=PASSWORD)  # someone else, same name
    at.run()
    _ended(at)


def test_a_role_change_applies_at_once_and_a_session_left_idle_ends(folders, monkeypatch):  # noqa: F811
    at = _signed_in("rita")
    accounts.set_role(folders, "rita", "editor")
    at.run()
    assert at.session_state[auth.USER_KEY] == "rita" and "Review" not in nav_labels(at)  # still in, as an editor
    at.session_state[auth.SEEN_KEY] = at.session_state[auth.SEEN_KEY] - auth.IDLE_SECONDS - 1
    at.run()
    _ended(at)

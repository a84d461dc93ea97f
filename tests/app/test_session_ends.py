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


def test_a_sign_in_ended_elsewhere_ends_here_but_leaves_the_browsers_cookie_to_the_newer_tab(folders):  # noqa: F811
    from partnerships import staff_sessions
    from ui.shell import kept_cookie

    at = _signed_in("rita")
    token = at.session_state[kept_cookie.TOKEN]
    assert staff_sessions.resume(folders, token) == "rita"  # the browser keeps it
    staff_sessions.close(folders, token)  # another tab signed out (and may have signed in again since)
    at.run()
    assert auth.USER_KEY not in at.session_state
    assert any("signed out in another tab" in w.value for w in at.sidebar.warning)
    assert not at.session_state[kept_cookie.CLEARED]  # this tab does not clear the newer tab's cookie
    again = _signed_in("rita")
    again.sidebar.button(key="atlas_sign_out").click().run()
    assert again.session_state[kept_cookie.CLEARED]  # its own Sign out does

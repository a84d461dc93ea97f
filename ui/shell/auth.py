"""Who is signed in, the sidebar's sign-in box, and the gate a writing page stands behind.

Two sources of accounts:
- local accounts (partnerships.accounts): name and password, checked against an argon2 hash; the
  signed-in name lives in this browser session's state, and a cookie keeps the sign-in for a
  reload or a new tab until it is signed out, left idle or past its time
  (partnerships.staff_sessions, ui/shell/kept_cookie.py);
- Streamlit's OIDC sign-in (`st.login`, `st.user`) when `.streamlit/secrets.toml` has an `[auth]`
  section: the identity provider vouches for the e-mail address, and the account of that name
  (added with `users add EMAIL --role ... --no-password`) gives the role.

The role is read from the database on every run, and each write checks it again on the server
(partnerships.authz): what this module hides is a convenience, not the permission.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass

import streamlit as st

from partnerships import accounts, roles, staff_db, staff_sessions
from partnerships.store import StoreUnavailable, reachable
from ui.shell import kept_cookie
from ui.shell.i18n import CATALOGS, t
from ui.shell.markup import md_escape

USER_KEY = "atlas_user"  # the local account signed in (a name), in this session only
STAMP_KEY = "atlas_user_stamp"  # ... the account's stamp when it signed in (accounts.session_check)
SEEN_KEY = "atlas_user_seen"  # ... when this session last ran a page (monotonic seconds)
ENDED_KEY = "atlas_session_ended"  # the session was ended for the account's sake: said in the form
TRIED_KEY = "atlas_session_tried"  # the kept sign-in's token this session already tried to resume
IDLE_SECONDS = staff_sessions.IDLE.total_seconds()  # a staff session left alone this long is signed out
FORM_KEY = "atlas_sign_in"
DONE = "review_done"  # (action, record title or id) of the last review action, shown once in the staff box


@dataclass(frozen=True)
class SignedIn:
    """The person using this session: a name (None for a viewer), the role the database gives it,
    and how they signed in (`local`, `oidc` or None)."""

    name: str | None
    role: str
    via: str | None

    def may(self, action: str) -> bool:
        """Whether the role allows `action` (partnerships.roles)."""
        return roles.may(self.role, action)


VIEWER = SignedIn(None, roles.VIEWER, None)


def oidc_configured() -> bool:
    """Whether secrets configure an identity provider for `st.login`."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, OSError):
        return False


def _providers() -> list[str]:
    """Named providers (`[auth.NAME]` sections), or [] for the single unnamed one."""
    section = st.secrets.get("auth", {})
    return [k for k, v in section.items() if hasattr(v, "keys")]


def _oidc_name() -> str | None:
    if not oidc_configured():
        return None
    try:
        if not st.user.is_logged_in:
            return None
    except (AttributeError, KeyError):
        return None
    return verified_email(st.user)


def verified_email(claims) -> str | None:
    """The e-mail address the identity provider vouches for; None when it says the address is not
    verified (an account named after an address someone merely typed must not get its role)."""
    email = claims.get("email")
    if not email or claims.get("email_verified") in (False, "false", "False"):
        return None
    return str(email)


def current() -> SignedIn:
    """The signed-in person, with the role stored for them now (a viewer when nobody is)."""
    local = st.session_state.get(USER_KEY) or _resume_kept()
    if local:
        return _local(local)
    name = _oidc_name()
    if not name:
        return VIEWER
    try:
        role = accounts.role_of(staff_db.engine(), name)
    except StoreUnavailable:
        return VIEWER
    return SignedIn(name, role, "oidc")


def _resume_kept() -> str | None:
    """The account the browser's cookie keeps signed in, taken up by this new session (tried once
    per session and token: a viewer's run does not ask the database again)."""
    ss = st.session_state
    token = kept_cookie.token_sent()
    if not token or ss.get(TRIED_KEY) == token:
        return None
    ss[TRIED_KEY] = token
    try:
        eng = staff_db.engine()
        name = staff_sessions.resume(eng, token)
        checked = accounts.session_check(eng, name) if name else None
    except StoreUnavailable:
        return None
    if name is None or checked is None:
        return None
    ss[USER_KEY], ss[STAMP_KEY], ss[SEEN_KEY] = name, checked[1], time.monotonic()
    ss[kept_cookie.TOKEN] = token
    return name


def _local(name: str) -> SignedIn:
    """The local account this session signed in to, while it is the same account with the same
    password and the session was not left idle; else the session ends (a viewer, told why)."""
    ss = st.session_state
    try:
        now = accounts.session_check(staff_db.engine(), name)
    except StoreUnavailable:
        return VIEWER
    idle = time.monotonic() - ss.get(SEEN_KEY, time.monotonic()) > IDLE_SECONDS
    ss.setdefault(STAMP_KEY, now[1] if now else None)  # a session signed in before stamps were kept
    token = ss.get(kept_cookie.TOKEN)
    try:  # signed out in another tab, or past its time: the kept sign-in ends here too (the stamp is
        # compared just above, not read again)
        dropped = bool(token) and staff_sessions.resume(staff_db.engine(), token, account_checked=True) != name
    except StoreUnavailable:
        dropped = False
    if now is None or now[1] != ss[STAMP_KEY] or idle or dropped:
        # the browser's cookie is left as it is: another tab may have signed in again meanwhile
        # and written a new token there (an ended one resumes nothing)
        changed = now is None or now[1] != ss[STAMP_KEY] or idle
        sign_out(clear_cookie=False)
        ss[ENDED_KEY] = "auth_session_ended" if changed else "auth_signed_out_elsewhere"  # (the words why)
        return VIEWER
    ss[SEEN_KEY] = time.monotonic()
    return SignedIn(name, now[0], "local")


def accounts_exist() -> bool:
    """Whether anybody can sign in at all (no accounts and no provider: a read-only atlas)."""
    if oidc_configured():
        return True
    try:
        return accounts.count_users(staff_db.engine()) > 0
    except StoreUnavailable:
        return False


def sign_out(*, clear_cookie: bool = True) -> None:
    """End the session: forget the signed-in account and everything this session had in progress,
    end the sign-in the browser kept, and (`clear_cookie`, the Sign out button) clear its cookie."""
    ss = st.session_state
    via_oidc = ss.get(USER_KEY) is None and _oidc_name() is not None
    token, tried = ss.get(kept_cookie.TOKEN), ss.get(TRIED_KEY)
    if token:
        with contextlib.suppress(StoreUnavailable):  # else it ends on its own when left idle
            staff_sessions.close(staff_db.engine(), token)
    for key in list(ss.keys()):
        del ss[key]
    if token or tried:
        ss[kept_cookie.CLEARED] = clear_cookie
        ss[TRIED_KEY] = tried or token  # the cookie this session started with is not taken up again
    if via_oidc:
        st.logout()


def _try_sign_in(lang: str) -> None:
    name = str(st.session_state.get(f"{FORM_KEY}_name") or "").strip()
    password = str(st.session_state.get(f"{FORM_KEY}_password") or "")
    st.session_state[f"{FORM_KEY}_password"] = ""
    try:
        with reachable():  # another writer holding the lock: one line, not an error screen
            account = accounts.sign_in(staff_db.engine(), name, password, client=_client_address())
    except accounts.TooManyAttempts as exc:
        st.session_state[f"{FORM_KEY}_error"] = t("auth_too_many", lang, minutes=max(1, -(-exc.wait_seconds // 60)))
        return
    except accounts.SignInRefused:
        st.session_state[f"{FORM_KEY}_error"] = t("auth_refused", lang)
        return
    except StoreUnavailable as exc:
        st.session_state[f"{FORM_KEY}_error"] = t("auth_store_down", lang, detail=md_escape(exc))
        return
    st.session_state.pop(f"{FORM_KEY}_error", None)
    st.session_state.pop(ENDED_KEY, None)
    st.session_state[USER_KEY] = account.name
    checked = accounts.session_check(staff_db.engine(), account.name)
    st.session_state[STAMP_KEY] = checked[1] if checked else None
    st.session_state[SEEN_KEY] = time.monotonic()
    with contextlib.suppress(StoreUnavailable):  # else signed in for this tab only
        st.session_state[kept_cookie.TOKEN] = staff_sessions.open_session(staff_db.engine(), account.name)
    st.session_state.pop(kept_cookie.CLEARED, None)


def _client_address() -> str | None:
    """The browser's address as the server sees it (None where Streamlit cannot tell)."""
    try:
        return st.context.ip_address or None
    except (AttributeError, RuntimeError):
        return None


def sidebar_box(lang: str, user: SignedIn) -> None:
    """The sidebar's staff box: who is signed in and a sign-out button, or the sign-in form.

    Drawn only when accounts exist or a provider is configured."""
    kept_cookie.write()
    if user.name is None and not accounts_exist():
        return
    box = st.sidebar.container(border=True, key="atlas_auth_box")
    if user.name is not None:
        box.markdown(t("auth_signed_in", lang, name=md_escape(user.name), role=t(f"role_{user.role}", lang)))
        done = st.session_state.pop(DONE, None)
        if done:
            action = t(f"audit_{done[0]}", lang) if f"audit_{done[0]}" in CATALOGS[lang] else done[0]
            text = t("review_done", lang, action=md_escape(action), rid=md_escape(done[1]))
            box.success(text)
            st.toast(text)  # beside the work too, not only in the sidebar
        if user.role == roles.VIEWER:
            box.caption(t("auth_no_role", lang, name=md_escape(user.name)))
        box.button(t("auth_sign_out", lang), key="atlas_sign_out", on_click=sign_out, width="stretch")
        return
    ended = st.session_state.get(ENDED_KEY)
    with box.expander(t("auth_staff", lang), expanded=bool(st.session_state.get(f"{FORM_KEY}_error") or ended)):
        if ended:
            st.warning(t(ended if isinstance(ended, str) else "auth_session_ended", lang))
        error = st.session_state.get(f"{FORM_KEY}_error")
        if error:
            st.error(error)
        with st.form(FORM_KEY, border=False, clear_on_submit=False):
            st.text_input(t("auth_name", lang), key=f"{FORM_KEY}_name", autocomplete="username")
            st.text_input(t("auth_password", lang), key=f"{FORM_KEY}_password", type="password",
                          autocomplete="current-password")
            st.form_submit_button(t("auth_sign_in", lang), on_click=_try_sign_in, args=(lang,), width="stretch")
        if oidc_configured():
            providers = _providers() or [None]
            for provider in providers:
                label = t("auth_sign_in_with", lang, provider=provider or "SSO")
                if st.button(label, key=f"atlas_oidc_{provider or 'default'}", width="stretch"):
                    if provider:
                        st.login(provider)
                    else:
                        st.login()


def gate(action: str, lang: str, *, message: str) -> SignedIn:
    """The signed-in person if they may do `action`; otherwise a message and the page stops."""
    user = current()
    if not user.may(action):
        st.info(t(message, lang))
        st.stop()
    return user

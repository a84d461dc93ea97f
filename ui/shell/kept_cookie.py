"""The cookie that keeps a staff sign-in across reloads and new tabs (partnerships.staff_sessions).

The server reads it from the request (`st.context.cookies`) when a session starts; a hidden
script-only element writes it while the session is signed in, and clears it once it signed out. The script is
static: the token goes in as data and is written as the cookie's value, nothing else.
"""

from __future__ import annotations

import streamlit as st

from partnerships.staff_sessions import LIFETIME

NAME = "atlas_session"
TOKEN = "atlas_session_token"  # the token this session holds, while it holds one
CLEARED = "atlas_session_cleared"  # this session signed out: the browser's cookie is cleared

_JS = """
export default function({ data }) {
  const token = /^[A-Za-z0-9_-]{43}$/.test(data.token || "") ? data.token : "";
  const secure = location.protocol === "https:" ? "; Secure" : "";
  const age = token ? data.maxAge : 0;
  document.cookie = `${data.name}=${token}; path=/; max-age=${age}; SameSite=Strict${secure}`;
}
"""

_component = st.components.v2.component("atlas_kept_sign_in", js=_JS, isolate_styles=False)


def token_sent() -> str | None:
    """The token the browser sent when this session started, if any."""
    try:
        return st.context.cookies.get(NAME) or None
    except (AttributeError, RuntimeError):
        return None


def write() -> None:
    """Keep the browser's cookie in step with this session: the token it holds, or cleared after
    it signed out. Draws nothing visible, and nothing at all for a viewer who never signed in."""
    token = st.session_state.get(TOKEN)
    if not token and not st.session_state.get(CLEARED):
        return
    with st.sidebar.container(key="atlas_session_hidden_box"):
        # A key of its own for clearing: a new element, so its script runs (a changed `data` alone
        # does not run it again).
        _component(key=f"atlas_session_cookie_{'set' if token else 'clear'}", data={"name": NAME, "token": token or "",
                                                            "maxAge": int(LIFETIME.total_seconds())})

"""Single sign-on through Streamlit's OIDC (`st.login`) in a real Chromium, against a stand-in
identity provider on 127.0.0.1 (tests/oidc_stub.py): the provider vouches for an e-mail address,
the account of that name gives the role; sign-out ends the session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.helpers import ROOT
from tests.helpers.browser import SIDEBAR, idle, new_tab, require_chromium, streamlit_server, wait_for_map
from tests.oidc_stub import CLIENT_ID, CLIENT_SECRET, OIDCStub
from ui.map.palette import LAND

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240)]
EMAIL = "jun@city.go.kr"


@pytest.fixture(scope="module")
def sso_server(tmp_path_factory) -> Iterator[tuple[str, OIDCStub]]:
    """A server whose secrets configure the stand-in provider, and an account for EMAIL
    (a reviewer, with no password: it signs in through the provider only)."""
    require_chromium()
    from partnerships import accounts, store
    from partnerships.db import engine as db_engine

    root = tmp_path_factory.mktemp("sso")
    data = root / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("geocode-cache.json", "atlas.sqlite*"))
    url = f"sqlite:///{data / 'atlas.sqlite'}"
    accounts.add_user(store.engine(url), EMAIL, role="reviewer")
    db_engine.forget(url)
    run_dir = root / "run"
    (run_dir / ".streamlit").mkdir(parents=True)
    shutil.copy(ROOT / ".streamlit" / "config.toml", run_dir / ".streamlit" / "config.toml")
    with OIDCStub(EMAIL) as idp:
        (run_dir / ".streamlit" / "secrets.toml").write_text(
            "[auth]\n"
            'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            'cookie_secret = "a-test-cookie-secret-that-is-long-enough-0123456789"\n'
            f'client_id = "{CLIENT_ID}"\n'
            f'client_secret = "{CLIENT_SECRET}"\n'
            f'server_metadata_url = "{idp.metadata_url}"\n', encoding="utf-8")
        env = {"ATLAS_DATA_DIR": str(data), "ATLAS_SEEDS_DIR": str(ROOT / "seeds"), "ATLAS_DATABASE_URL": ""}
        with streamlit_server(env, cwd=run_dir) as base:
            yield base, idp


def press_until_the_provider_is_asked(pg, idp, *, tries: int = 3) -> None:
    """Press "Sign in with SSO" until the browser has gone to the provider. On a loaded machine a
    press during a rerun now and then starts none (a person presses again); three tries at most."""
    for _ in range(tries):
        idle(pg)
        pg.locator(SIDEBAR).get_by_role("button", name="Sign in with SSO").click()
        for _ in range(40):
            if idp.authorized:
                return
            pg.wait_for_timeout(500)
    raise AssertionError("no press of 'Sign in with SSO' reached the identity provider")


def test_sign_in_through_the_identity_provider_then_out(own_context, sso_server):
    base, idp = sso_server
    pg = new_tab(own_context)
    try:
        pg.goto(base)
        wait_for_map(pg, land=LAND)
        assert pg.locator(f"{SIDEBAR} a", has_text="Review").count() == 0
        idle(pg)  # the map's first rerun (its width) has ended: a click now is not lost in it
        pg.locator(SIDEBAR).get_by_text("Staff sign-in").click()
        press_until_the_provider_is_asked(pg, idp)
        # Streamlit redirects to the provider, which answers at once and sends the browser back.
        pg.locator(SIDEBAR).get_by_text(f"Signed in as {EMAIL}").wait_for(timeout=60_000)
        assert (idp.authorized, idp.tokens_issued) == (1, 1)
        pg.locator(SIDEBAR).get_by_text("(reviewer)").wait_for(timeout=30_000)  # the account's role ...
        pg.locator(f"{SIDEBAR} a", has_text="Review").wait_for(timeout=30_000)  # ... opens the Review page
        pg.locator(f"{SIDEBAR} .st-key-atlas_sign_out button").click()
        pg.locator(SIDEBAR).get_by_text("Staff sign-in").wait_for(timeout=60_000)
        pg.locator(f"{SIDEBAR} a", has_text="Review").wait_for(state="detached", timeout=30_000)
        # Signed out for good: a fresh load of the app is a viewer's (the identity cookie is gone).
        pg.goto(base)
        pg.locator(SIDEBAR).get_by_text("Staff sign-in").wait_for(timeout=60_000)
        assert pg.locator(f"{SIDEBAR} a", has_text="Review").count() == 0
        assert [e for e in pg.console.errors if e.startswith("pageerror")] == []
    finally:
        pg.close()

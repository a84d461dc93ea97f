"""A staff sign-in survives a reload and a new tab in a real Chromium, and signing out ends it in
every tab: the browser keeps a cookie (ui/shell/kept_cookie.py) the server resumes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.browser import SIDEBAR, idle, new_tab, private_server, sign_in, wait_for_map
from ui.map.palette import LAND

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240)]
NAME = "sora"


@pytest.fixture(scope="module")
def kept_server(tmp_path_factory) -> Iterator[str]:
    with private_server(tmp_path_factory.mktemp("kept"), user=NAME, role="editor", seeds=False) as found:
        yield found[0]


def _signed_in(page) -> bool:
    idle(page, timeout=60)
    return page.locator(SIDEBAR).get_by_text(f"Signed in as {NAME}").count() > 0


def test_a_reload_and_a_new_tab_stay_signed_in_until_sign_out(own_context, kept_server):
    first = new_tab(own_context)
    second = None
    try:
        first.goto(kept_server)
        wait_for_map(first, land=LAND)
        sign_in(first, NAME)
        # (written by the page's script once the signed-in run has drawn it: not at once under load)
        first.wait_for_function("() => document.cookie.includes('atlas_session=')", timeout=30_000)
        cookie = [c for c in own_context.cookies() if c["name"] == "atlas_session"]
        assert cookie and cookie[0]["sameSite"] == "Strict" and len(cookie[0]["value"]) == 43
        first.reload()
        wait_for_map(first, land=LAND)
        assert _signed_in(first)
        second = new_tab(own_context)
        second.goto(kept_server)
        wait_for_map(second, land=LAND)
        assert _signed_in(second)
        assert first.locator(SIDEBAR).get_by_role("link", name="Add an article").count() == 1  # an editor's page
        first.locator(SIDEBAR).get_by_role("button", name="Sign out").click()
        first.wait_for_function("() => !document.cookie.includes('atlas_session=')", timeout=30_000)
        first.reload()
        wait_for_map(first, land=LAND)
        assert not _signed_in(first)
        second.locator(SIDEBAR).get_by_role("link", name="Agreements").click()  # the other tab's next run
        second.wait_for_function("() => location.pathname.endsWith('/Agreements')", timeout=30_000)
        second.locator(SIDEBAR).get_by_text(f"Signed in as {NAME}").wait_for(state="detached", timeout=30_000)
        assert not _signed_in(second)
        assert not first.console.errors and not second.console.errors
    finally:
        first.close()
        if second is not None:
            second.close()

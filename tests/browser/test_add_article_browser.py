"""The whole path in a real Chromium, as a reviewer does it: sign in, add an article (a CP949 .txt
upload, evidence marked, titles and summary written), review and publish it, see it on the Map,
retract it, see it gone, revert the retraction, see it back; sign out. The server reads and
writes private copies of data/ and seeds/ (and their database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.helpers.browser import SIDEBAR, fill, idle, new_tab, private_server, sign_in, upload, wait_for_map
from ui.map.palette import LAND

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]
F01 = ROOT / "eval" / "dev" / "f01_incheon_nairobi_press.txt"  # Incheon-Nairobi
NAME = "rita"
RID = "2023-incheon-nairobi-friendship-city"
TITLE = "Incheon and Nairobi become friendship cities"


@pytest.fixture(scope="module")
def review_server(tmp_path_factory) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, data folder, seeds folder) of a server that writes only into temporary copies,
    with one reviewer account."""
    with private_server(tmp_path_factory.mktemp("review-path"), user=NAME, role="reviewer") as found:
        yield found


def go(pg, page_name: str) -> None:
    """Switch page from the sidebar's list (the session, and so the sign-in, is kept)."""
    pg.locator(f"{SIDEBAR} a", has_text=page_name).first.click()


def place_box(pg):
    """The Map's place picker, opened ("Find a place" sends its options only once opened)."""
    box = pg.locator(".st-key-place_pick")
    if not box.is_visible():
        pg.locator(".st-key-place_picker summary").click()
        idle(pg)  # opening it reruns the page, which then sends the options
    box.wait_for(timeout=30_000)
    return box


def open_place(pg, name: str) -> None:
    """Choose `name` in the picker by keyboard and wait until the app has taken the choice (the
    URL names a place): Enter chooses only once the list has highlighted the match, and the
    choice reruns the page."""
    place_box(pg).click()
    pg.keyboard.type(name)
    pg.locator('[role="option"][data-focused="true"]', has_text=name).first.wait_for(timeout=30_000)
    pg.keyboard.press("Enter")  # the first match, as a person choosing by keyboard
    pg.wait_for_function("() => location.search.includes('place=')", timeout=60_000)
    idle(pg)


@pytest.mark.xfail(strict=False, reason=(
    "known intermittent defect: on this path (propose an article, publish it on Review, back to "
    "the Map) the Map's 'Find a place' box sometimes takes the typed 'Nairobi' but opens no list, "
    "although Nairobi is on the map (2 runs of 9 on this machine, on several commits); a "
    "signed-in reviewer switching Map -> Review, Tour or Add article -> Map without saving gets "
    "a working list, and the AppTest of the choice passes"))
def test_reviewer_adds_publishes_retracts_and_reverts(own_context, review_server, tmp_path):
    base, data, seeds = review_server
    article = tmp_path / "incheon_nairobi.txt"
    article.write_bytes(F01.read_text(encoding="utf-8").encode("cp949"))  # as many Korean sites serve it
    pg = new_tab(own_context)
    try:
        pg.goto(base)
        wait_for_map(pg, land=LAND)
        # A viewer is offered neither page that writes.
        assert pg.locator(f"{SIDEBAR} a", has_text="Add an article").count() == 0
        sign_in(pg, NAME)

        # Add the article: upload, read, check the marks, write the texts, propose.
        go(pg, "Add an article")
        pg.get_by_role("tab", name="Upload a file").click()
        upload(pg, "aa_file0", article)  # the key counts the saves: a fresh page has none
        pg.locator(".st-key-aa_read_file button").click()
        agreement = pg.locator("mark.ev-type", has_text="우호협력도시 협약")
        agreement.first.wait_for(timeout=90_000)
        style = agreement.first.evaluate("m => [getComputedStyle(m).backgroundColor, getComputedStyle(m).fontWeight]")
        assert style == ["rgb(255, 201, 120)", "600"]
        title_box = pg.locator('[class*="st-key-aa_"][class*="_0_title_en"] input')
        assert title_box.input_value() == ""  # nothing pre-filled: a person writes it
        pg.locator('[class*="st-key-aa_"][class*="_1_keep"] label').click()  # keep only the friendship city
        save = pg.locator(".st-key-add_article_save button")
        save.filter(has_text="Propose 1 record").wait_for(timeout=30_000)
        fill(pg, "_0_title_en", TITLE)
        fill(pg, "_0_title_ko", "인천–나이로비 우호협력도시 협약")
        fill(pg, "_0_summary_en", "Incheon and Nairobi signed a friendship city agreement at Incheon City Hall.")
        fill(pg, "_0_summary_ko", "인천시와 나이로비시가 우호협력도시 협약을 맺었다.")
        assert save.inner_text() == "Propose 1 record for review"
        save.click()
        pg.get_by_text("Saved 1 proposed record from").wait_for(timeout=30_000)
        # Saved into the server's database (the SQLite file in its data folder), as a proposal.
        from partnerships import store
        from partnerships.db import repo

        eng = store.engine(f"sqlite:///{data / 'atlas.sqlite'}")
        with eng.connect() as conn:
            saved = {name: records for name, records in repo.record_files(conn) if name.startswith("2023-05-17_")}
        ((name, records),) = saved.items()
        assert store.article_text(eng, name.replace(".json", ".txt")) is not None
        assert [r["status"] for r in records] == ["proposed"]
        assert not list((data / "records").glob("2023-05-17_*.json"))  # files come from `dump`

        # Not public yet: the map has no Nairobi.
        go(pg, "Map")
        wait_for_map(pg, land=LAND)
        place_box(pg).click()
        pg.keyboard.type("Nairobi")
        assert pg.get_by_role("option", name="Nairobi").count() == 0
        pg.keyboard.press("Escape")

        # Review and publish.
        go(pg, "Review")
        pg.get_by_text(TITLE).first.wait_for(timeout=30_000)
        pg.locator(f".st-key-rv_{RID}_publish button").click()
        pg.get_by_text(f"publish: {RID}").wait_for(timeout=30_000)

        # On the map, with its panel; then retract it there, with a reason.
        go(pg, "Map")
        wait_for_map(pg, land=LAND)
        open_place(pg, "Nairobi")
        pg.get_by_text(TITLE).first.wait_for(timeout=30_000)
        pg.locator("[data-testid=\"stExpander\"] summary", has_text="Edit or retract").first.click()
        fill(pg, f"rv_{RID}_reason", "published by mistake")
        pg.locator(f".st-key-rv_{RID}_retract button").click()
        pg.get_by_text(f"retract: {RID}").wait_for(timeout=30_000)
        idle(pg)
        pg.get_by_text(TITLE).first.wait_for(state="detached", timeout=30_000)  # gone from the public panel
        assert pg.get_by_text(TITLE).count() == 0

        # Revert the retraction from the Review page's latest changes; the record is back.
        go(pg, "Review")
        fill(pg, "hi_recent_reason", "it was right after all")
        pg.locator('[class*="st-key-hi_recent_revert_"] button').first.click()
        pg.get_by_text(f"revert: {RID}").wait_for(timeout=30_000)
        go(pg, "Map")
        wait_for_map(pg, land=LAND)
        open_place(pg, "Nairobi")
        pg.get_by_text(TITLE).first.wait_for(timeout=30_000)

        # Sign out: the pages that write are gone with the session.
        pg.locator(f"{SIDEBAR} .st-key-atlas_sign_out button").click()
        pg.locator(SIDEBAR).get_by_text("Staff sign-in").wait_for(timeout=30_000)
        pg.locator(f"{SIDEBAR} a", has_text="Review").wait_for(state="detached", timeout=30_000)
        assert pg.console.errors == []
    finally:
        pg.close()

"""Add article page (AppTest): paste or upload, review, edit, save into private data and seeds
folders; duplicates and bad input are refused with a message and change nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from partnerships import accounts, intake, review, store
from partnerships.db import repo
from tests.helpers.apptest import deck_spec, plain, point_ids, private_folders, run_app
from tests.nominatim_stub import NominatimStub, free_port, nominatim_result
from ui.screens import article_review
from ui.shell import data as ui_data
from ui.shell.auth import USER_KEY

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "5_Add_article.py")
TIMEOUT = 120
F01 = ROOT / "eval" / "dev" / "f01_incheon_nairobi_press.txt"  # Incheon-Nairobi
# f01 with its aside of 2019 (history, not proposed) made a trade mission of the same week: two records
ARTICLE = F01.read_text(encoding="utf-8").replace(
    "○ 나이로비는 동아프리카 최대의 경제 도시로, 인천시는 2019년 나이로비에 무역사절단을 파견해 현지 바이어와 "
    "수출상담회를 연 바 있다.", "○ 이에 앞서 인천시 무역사절단은 15일 나이로비에서 현지 바이어와 수출상담회를 열었다.")
SEED0 = ROOT / "seeds" / "000_a437fd8661412f19.txt"  # Seoul-Odense robotics MOU

pytestmark = pytest.mark.timeout(300)
EDITOR, REVIEWER, PASSWORD = "ed", "rita", "a long test password"


@pytest.fixture
def folders(tmp_path, monkeypatch, filled_database) -> tuple[Path, Path]:
    """Private copies of data/ and seeds/ the page reads and writes (ATLAS_DATA_DIR, ATLAS_SEEDS_DIR)."""
    data, seeds = private_folders(tmp_path, monkeypatch, filled_database)
    monkeypatch.delenv("ATLAS_ONLINE_GEOCODING", raising=False)
    monkeypatch.delenv("ATLAS_NOMINATIM_URL", raising=False)
    eng = store.engine()
    accounts.add_user(eng, EDITOR, role="editor", password=PASSWORD)
    accounts.add_user(eng, REVIEWER, role="reviewer", password=PASSWORD)
    return data, seeds


@pytest.fixture(autouse=True)
def repo_untouched():
    """No test here may write into the repository's data/ or seeds/."""
    before = snapshot(ROOT / "data", ROOT / "seeds")
    yield
    assert snapshot(ROOT / "data", ROOT / "seeds") == before


def snapshot(*folders: Path) -> dict[str, bytes]:
    return {str(p.relative_to(f.parent)): p.read_bytes() for f in folders for p in sorted(f.rglob("*"))
            if p.is_file() and p.name != "geocode-cache.json" and not p.name.startswith("atlas.sqlite")}


def stored() -> dict[str, list[dict]]:
    """The records in the page's database, by records file (as `dump` would write them)."""
    with store.open_store().connect() as conn:
        return dict(repo.record_files(conn))


def stored_counts() -> tuple[int, int]:
    """(articles, records) in the page's database."""
    eng = store.open_store()
    return len(store.article_files(eng)), len(store.read_records(eng).records)


def page(lang: str = "en", *, user: str | None = EDITOR) -> AppTest:
    """The page run on its own (not under app.py): its links after a save are plain markdown.
    `user` is signed in (as the sidebar's form does), None for a viewer."""
    at = AppTest.from_file(PAGE, default_timeout=TIMEOUT)
    if lang != "en":
        at.query_params["lang"] = lang
    if user is not None:
        at.session_state[USER_KEY] = user
    return at.run()


def fill(at: AppTest, *records: int) -> AppTest:
    """Write both titles and both summaries of the given records, as a person would."""
    for i in records:
        for field in ("title_en", "title_ko"):
            widget(at, "text_input", f"_{i}_{field}").input(f"{field} {i} written by a person")
        for field in ("summary_en", "summary_ko"):
            widget(at, "text_area", f"_{i}_{field}").input(f"{field} {i} written by a person")
    return at.run()


def paste(at: AppTest, text: str) -> AppTest:
    at.text_area(key="aa_text").input(text)
    return at.button(key="aa_read_text").click().run()


def upload(at: AppTest, name: str, content: bytes) -> AppTest:
    (uploader,) = [u for u in at.file_uploader if u.key and u.key.startswith("aa_file")]
    uploader.set_value((name, content, "text/plain"))
    at.run()
    return at.button(key="aa_read_file").click().run()


def text_of(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader]
    parts += [e.value for kind in ("error", "warning", "info", "success") for e in getattr(at, kind)]
    return plain("\n".join(parts))


def messages(at: AppTest, kind: str) -> str:
    return plain("\n".join(e.value for e in getattr(at, kind)))


def widget(at: AppTest, kind: str, suffix: str):
    """The review widget of one record whose key ends with `suffix` (e.g. `_0_type`)."""
    found = [w for w in getattr(at, kind) if w.key and w.key.startswith("aa_") and w.key.endswith(suffix)]
    assert len(found) == 1, [w.key for w in getattr(at, kind)]
    return found[0]


def article_html(at: AppTest) -> str:
    bodies = [h.value for h in at.html if 'class="aa-article"' in h.value]
    assert len(bodies) == 1
    return bodies[0]


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


# --- the page itself ---

@pytest.mark.parametrize(("lang", "title", "read"), [("en", "Add an article", "Read the article"),
                                                      ("ko", "기사 추가", "기사 읽기")])
def test_page_runs_in_both_languages(folders, lang, title, read):
    at = page(lang)
    assert_no_exception(at)
    assert at.title[0].value == title
    assert at.button(key="aa_read_text").label == read
    assert at.toggle(key="add_article_online").value is False  # online geocoding is off by default


def test_language_switch_changes_the_review(folders):
    at = paste(page(), ARTICLE)
    assert "Proposed records (2)" in text_of(at)
    at.sidebar.radio[0].set_value("ko").run()
    assert_no_exception(at)
    assert "제안된 기록 (2건)" in text_of(at)
    assert at.query_params["lang"] in ("ko", ["ko"])
    assert widget(at, "selectbox", "_0_type").format_func("mou") == "업무협약"


def test_online_default_from_env(folders, monkeypatch):
    monkeypatch.setenv("ATLAS_ONLINE_GEOCODING", "1")
    assert page().toggle(key="add_article_online").value is True


# --- paste, review, edit, save ---

def test_paste_review_edit_save(folders):
    data, seeds = folders
    assert "ke-nairobi" not in point_ids(deck_spec(run_app()))
    at = paste(page(), ARTICLE)
    assert_no_exception(at)
    html = article_html(at)
    # eval/dev/f01_incheon_nairobi_press.txt: the agreement words are marked.
    assert re.search(r'<mark class="ev ev-evidence ev-type"[^>]*>우호협력도시 협약</mark>', html)
    assert '<mark class="ev ev-evidence ev-places" title="ke-nairobi">나이로비시</mark>' in html
    assert widget(at, "selectbox", "_0_type").value == "friendship_city"
    widget(at, "selectbox", "_0_type").set_value("mou").run()
    widget(at, "text_input", "_0_date").input("2023-05").run()
    assert "Year 2023" in text_of(at)
    fill(at, 0, 1)
    widget(at, "text_input", "_url").input("javascript:alert(1)").run()  # a pasted article's address
    at.button(key="add_article_save").click().run()
    assert "The web address must start with http" in messages(at, "error")
    widget(at, "text_input", "_url").input("https://www.incheon.go.kr/news/1").run()
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    stem = f"2023-05-17_{intake.content_hash(ARTICLE)[:8]}"
    assert f"from the article {stem}.txt" in messages(at, "success")
    links = [link.proto.label for link in at.main.get("page_link")] + [m.value for m in at.markdown]
    assert not any(x == "Review" or "(./Review)" in x for x in links)  # an editor does not review
    saved = stored()[f"{stem}.json"]
    assert [(d["type"], d["date"], d["status"]) for d in saved] == [
        ("mou", "2023-05", "proposed"), ("roadshow", "2023-05-15", "proposed")]
    assert saved[0]["title_en"] == "title_en 0 written by a person"
    assert (saved[0]["source"]["publisher"], saved[0]["source"]["published"]) == ("press release", "2023-05-17")
    assert saved[0]["source"]["url"] == "https://www.incheon.go.kr/news/1"
    assert saved[0]["id"] == "2023-incheon-nairobi-mou"
    assert store.article_text(store.open_store(), f"{stem}.txt") == ARTICLE
    result = store.read_records(store.open_store())
    assert result.problems == []
    assert "2023-incheon-nairobi-mou" in {r.id for r in result.records}
    assert not at.html or not any('class="aa-article"' in h.value for h in at.html)  # review closed

    # Proposed is not public: the map shows the new partner only once a reviewer publishes it.
    assert "ke-nairobi" not in point_ids(deck_spec(run_app()))
    review.publish(store.engine(), REVIEWER, "2023-incheon-nairobi-mou", version=1)
    ui_data.changed()  # written outside the page: read the change counter afresh
    assert "ke-nairobi" in point_ids(deck_spec(run_app()))


def test_history_is_not_proposed_and_the_page_says_why(folders):
    # f01 as written: its 2019 trade mission is an aside of a 2023 release ('... 연 바 있다')
    at = paste(page(), F01.read_text(encoding="utf-8"))
    assert "Proposed records (1)" in text_of(at)
    assert "Not proposed, with the reason: roadshow of 2019" in text_of(at)
    assert "told as history in an article of 2023" in text_of(at)


def test_dropping_a_record_saves_the_rest(folders):
    data, _ = folders
    at = paste(page(), ARTICLE)
    widget(at, "checkbox", "_1_keep").uncheck().run()
    fill(at, 0)
    assert at.button(key="add_article_save").label == "Propose 1 record for review"
    # f01: the dropped record's agreement word (무역사절단, a trade mission) is no longer marked.
    assert ">무역사절단</mark>" not in article_html(at) and "무역사절단" in article_html(at)
    at.button(key="add_article_save").click().run()
    files = [name for name in stored() if name.startswith("2023-05-17_")]
    assert len(files) == 1
    assert [d["type"] for d in stored()[files[0]]] == ["friendship_city"]


def test_nothing_kept_cannot_be_saved(folders):
    before = stored_counts()
    at = paste(page(), ARTICLE)
    for i in (0, 1):
        widget(at, "checkbox", f"_{i}_keep").uncheck()
    at.run()
    assert at.button(key="add_article_save").disabled
    assert "No record is kept" in messages(at, "warning")
    assert stored_counts() == before


def test_invalid_edit_is_refused_and_nothing_written(folders):
    before = stored_counts()
    at = paste(page(), ARTICLE)
    widget(at, "multiselect", "_0_sectors").set_value([]).run()
    widget(at, "text_input", "_1_date").input("sometime").run()
    assert "Not a date" in text_of(at)
    fill(at, 0, 1)
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    error = messages(at, "error")
    assert "Nothing was saved: 2 problems" in error
    assert "sectors" in error and "date" in error
    assert stored_counts() == before


def test_upload_cp949_html(folders):
    # eval/dev/f01_incheon_nairobi_press.txt wrapped in an HTML page, saved as CP949
    body = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines() if line.strip())
    page_html = f"<html><head><script>var ad=1;</script></head><body><nav>홈 | 뉴스</nav>{body}</body></html>"
    at = upload(page(), "incheon.html", page_html.encode("cp949"))
    assert_no_exception(at)
    assert "Proposed records (2)" in text_of(at)
    html = article_html(at)
    assert "var ad" not in html and "&lt;p&gt;" not in html
    assert "인천시, 케냐 나이로비와 우호협력도시 협약 체결" in html


# --- refused input: a message, and data/ and seeds/ unchanged ---

# Invented for this test: a Korean weather item with no partnership in it.
WEATHER = ("2024. 5. 2.(목) 서울 지역은 내일 오전부터 비가 내리겠습니다. 기상청은 남부 지방에 최대 80밀리미터의 "
           "비가 올 것으로 내다봤습니다. 비는 주말 오후에 그치겠습니다.")
ENGLISH = ("Seoul and Odense signed a memorandum of understanding on robotics on 13 March 2024 "
           "at the R-24 fair. ") * 5


@pytest.mark.parametrize(
    ("how", "content", "kind", "message"),
    [
        ("paste", "", "error", "The article is empty"),
        ("paste", "   \n  ", "error", "The article is empty"),
        ("paste", ENGLISH, "error", "does not read as a Korean article"),
        ("paste", WEATHER, "info", "No partnership was found"),
        ("upload", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "error", "This is not a text file"),
        ("upload", b"a" * (20 * 2**20), "error", "The article is 20.0 MB; the limit is 2 MB"),
        ("paste", SEED0.read_text(encoding="utf-8"), "error",
         "already in the atlas, with records waiting for review, published or retracted (stored as 000_a437fd8661412f19.txt)"),
        ("paste", "\u3000 \xa0\t\u200b\ufeff\n", "error", "The article is empty"),
        ("paste", SEED0.read_text(encoding="utf-8") * 170, "error", "the limit is 200 KB of text"),
        ("upload", (SEED0.read_text(encoding="utf-8") * 170).encode("utf-8"), "error", "the limit is 200 KB of text"),
    ],
    ids=["empty", "blank", "english", "no-partnership", "binary", "too-large", "duplicate-seed",
         "blank-unicode", "too-long-paste", "too-long-upload"],
)
def test_bad_input_is_refused_with_a_message(folders, how, content, kind, message):
    before = stored_counts()
    at = page()
    at = paste(at, content) if how == "paste" else upload(at, "article.txt", content)
    assert_no_exception(at)
    assert message in messages(at, kind)
    assert "add_article_save" not in {b.key for b in at.button}
    assert stored_counts() == before


def test_a_text_with_more_agreements_than_one_article_holds_is_refused_with_a_message(folders):
    from geo.gazetteer import default_gazetteer
    from partnerships.extract.pipeline import MAX_RECORDS

    cities = [p for p in default_gazetteer() if p.kind == "city" and p.country != "KR" and len(p.name_ko or "") >= 3]
    text = "2019-04-01\n" + "\n".join(f"서울시는 2019년 3월 {i % 28 + 1}일 {p.name_ko}시와 로봇 분야 업무협약을 체결했다."
                                      for i, p in enumerate(cities[:MAX_RECORDS * 3 // 2]))
    before = stored_counts()
    at = paste(page(), text)
    assert_no_exception(at)
    assert f"at most {MAX_RECORDS} are proposed from one article" in messages(at, "error")
    assert "add_article_save" not in {b.key for b in at.button} and stored_counts() == before


def test_bad_input_message_in_korean(folders):
    at = paste(page("ko"), "")
    assert "기사가 비어 있습니다" in messages(at, "error")


def test_same_article_twice_points_to_the_first(folders):
    text = ARTICLE
    at = fill(paste(page(), text), 0, 1)
    at.button(key="add_article_save").click().run()
    stored = [name for name in store.article_files(store.open_store()) if name.startswith("2023-05-17_")]
    assert len(stored) == 1
    before = stored_counts()
    assert at.text_area(key="aa_text").value == ""  # the input starts empty after a save
    at = paste(at, text.replace("\n", "\n\n"))  # the same article, spaced out, in the same session
    assert f"(stored as {stored[0]})" in messages(at, "error") and "seeds/" not in messages(at, "error")
    assert not at.success  # the last save's message is gone
    assert "add_article_save" not in {b.key for b in at.button}
    assert stored_counts() == before


# --- places ---

def test_misspelt_place_offers_closest_names(folders):
    at = paste(page(), ARTICLE)
    widget(at, "text_input", "_0_find").input("오덴스").run()  # 오덴세 (Odense) misspelt
    pick = widget(at, "selectbox", "_0_pick")
    assert pick.label == "Not in the gazetteer. Closest names"
    assert pick.value == "dk-odense"
    at.button(key=[b.key for b in at.button if b.key and b.key.endswith("_0_add")][0]).click().run()
    assert widget(at, "multiselect", "_0_partner").value == ["ke-nairobi", "dk-odense"]
    assert widget(at, "text_input", "_0_find").value == ""


def test_unknown_place_says_so_and_offers_online_lookup_only_when_on(folders):
    data, seeds = folders
    before = snapshot(data, seeds)
    at = paste(page(), ARTICLE)
    widget(at, "text_input", "_0_find").input("Qqxyzzyville").run()
    assert "“Qqxyzzyville” is not in the gazetteer" in messages(at, "warning")
    assert "Turn on “Online geocoding”" in text_of(at)
    assert not [b for b in at.button if b.key and b.key.endswith("_0_lookup")]
    assert snapshot(data, seeds) == before


def _lookup(at: AppTest, name: str) -> AppTest:
    at.toggle(key="add_article_online").set_value(True).run()
    widget(at, "text_input", "_0_find").input(name).run()
    key = [b.key for b in at.button if b.key and b.key.endswith("_0_lookup")][0]
    return at.button(key=key).click().run()


def test_place_found_online_is_stored_on_save(folders, monkeypatch):
    data, seeds = folders
    # seeds/002_322a285842e0d4fc.txt names Hala Point, which GeoNames does not have.
    answers = {"Hala Point": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)]}
    with NominatimStub(answers) as stub:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{stub.domain}")
        assert "th-hala-point" not in point_ids(deck_spec(run_app()))
        at = paste(page(), ARTICLE)
        at = _lookup(at, "Hala Point")
        assert stub.queries == ["Hala Point"]
    assert_no_exception(at)
    assert "Found online: Hala Point, Thailand" in messages(at, "success")
    assert widget(at, "multiselect", "_0_partner").value == ["ke-nairobi", "th-hala-point"]
    assert store.added_places(store.open_store()) == []  # not before saving
    fill(at, 0, 1)
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    assert "New places: th-hala-point" in messages(at, "success")
    (added,) = store.added_places(store.open_store())
    assert (added.id, added.name_en, added.country, added.lat, added.lon) == ("th-hala-point", "Hala Point", "TH",
                                                                             13.7, 100.5)
    records = next(v for k, v in stored().items() if k.startswith("2023-05-17_"))
    assert records[0]["partner_places"] == ["ke-nairobi", "th-hala-point"]
    review.publish(store.engine(), REVIEWER, records[0]["id"], version=1)
    ui_data.changed()
    spec = deck_spec(run_app())
    assert "th-hala-point" in point_ids(spec)


def test_unreachable_geocoder_says_so(folders, monkeypatch):
    data, seeds = folders
    monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens
    at = paste(page(), ARTICLE)
    before = snapshot(data, seeds)
    at = _lookup(at, "Hala Point")
    assert_no_exception(at)
    assert "The geocoding service cannot be reached" in messages(at, "error")
    assert widget(at, "multiselect", "_0_partner").value == ["ke-nairobi"]
    assert snapshot(data, seeds) == before


def test_an_answer_under_another_places_name_adds_nothing_and_says_why(folders, monkeypatch):
    data, seeds = folders
    answers = {"Hala Point": [nominatim_result("Busan, Japan", 34.2, 129.29, address={"country_code": "jp"})]}
    with NominatimStub(answers) as stub:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{stub.domain}")
        at = paste(page(), ARTICLE)
        before = snapshot(data, seeds)
        at = _lookup(at, "Hala Point")
    assert_no_exception(at)
    said = messages(at, "error")
    assert "answer cannot be used" in said and "Busan" in said and "cannot be reached" not in said
    assert widget(at, "multiselect", "_0_partner").value == ["ke-nairobi"]
    assert snapshot(data, seeds) == before


@pytest.mark.parametrize("found", [True, False])
def test_markdown_from_outside_is_shown_as_text(folders, monkeypatch, found):
    # A markdown link typed as the place or sent back by the service became a live link in
    # the message (st.success and st.warning render markdown); a name sent back holding one is
    # now refused as no place's name.
    link = "[Hala Point](http://evil.example)"
    answers = {link: [nominatim_result(f"{link}, Bangkok, Thailand", 13.7, 100.5)] if found else []}
    with NominatimStub(answers) as stub:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{stub.domain}")
        at = paste(page(), ARTICLE)
        at = _lookup(at, link)
        assert stub.queries == [link]
    assert_no_exception(at)
    if found:  # an answer whose name holds a link is refused, and says why, as text
        said = messages(at, "error")
        assert "answer cannot be used" in said and "markup or link syntax" in said
        assert widget(at, "multiselect", "_0_partner").value == ["ke-nairobi"]
        return
    shown = [m.value for m in at.warning]  # the name typed, told back as text
    assert any("evil.example" in plain(m) for m in shown)
    assert not any("](http" in m for m in shown), shown
    assert not any("](http" in b.label for b in at.button)


# an article without any date (no byline, no dateline): the year must come from the person saving
UNDATED = ("대구시, 베트남 다낭시와 관광 업무협약\n"
           "대구시는 13일 시청에서 베트남 다낭시와 관광 교류 확대를 위한 업무협약을 체결했다.\n")


def test_an_undated_article_asks_for_its_date_and_takes_its_year(folders):
    at = fill(paste(page(), UNDATED), 0)
    assert widget(at, "text_input", "_published").value == ""  # not found in the text: asked for
    widget(at, "text_input", "_publisher").input("Daegu Metropolitan City").run()
    at.button(key="add_article_save").click().run()
    assert "publication date as YYYY-MM-DD" in messages(at, "error")  # never saved without it
    widget(at, "text_input", "_published").input("2024-03-14").run()
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    saved = store.read_records(store.open_store()).records
    new = [r for r in saved if r.source.published == "2024-03-14"]
    assert [(r.type, r.year, r.status) for r in new] == [("mou", 2024, "proposed")]
    assert "given on saving" in new[0].date_basis


def test_a_date_the_editor_types_is_said_to_be_the_editors_not_the_readers_no_date_found(folders):
    # Review went on saying 'no year in the text and no publication date found' of a date typed in.
    at = fill(paste(page(), UNDATED), 0)
    widget(at, "text_input", "_publisher").input("Daegu Metropolitan City").run()
    widget(at, "text_input", "_published").input("2024-03-14").run()
    widget(at, "text_input", "_0_date").input("2024-03-13").run()
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    (new,) = [r for r in store.read_records(store.open_store()).records if r.source.published == "2024-03-14"]
    assert (new.date, new.date_basis) == ("2024-03-13", "inferred: date entered by the editor")


def test_a_publication_date_typed_after_reading_dates_the_relative_days(folders):
    """'13일' in an article with no date of its own: once the person types the publication date,
    reading again with it dates the record from it (not only its year, and not 'no date found')."""
    at = paste(page(), UNDATED)
    assert widget(at, "text_input", "_0_date").value == ""
    # an empty date is not "not a date": it says what saving will do with it
    assert "Not a date" not in text_of(at) and "it takes the year of the publication date" in text_of(at)
    assert not [b for b in at.button if b.key and b.key.endswith("_redate")]  # nothing to read again yet
    for impossible in ("0001-01-01", "1900-06-01", "9999-12-31"):  # no reading again with a date no page has
        widget(at, "text_input", "_published").input(impossible).run()
        assert not [b for b in at.button if b.key and b.key.endswith("_redate")]
    widget(at, "text_input", "_published").input("2024-03-15").run()
    redo = [b for b in at.button if b.key and b.key.endswith("_redate")]
    assert [b.label for b in redo] == ["Read again with 2024-03-15"]
    redo[0].click().run()
    assert_no_exception(at)
    assert widget(at, "text_input", "_0_date").value == "2024-03-13"
    assert "publication date" in widget(at, "text_input", "_0_why").value
    assert widget(at, "text_input", "_published").value == "2024-03-15"  # what the person typed stays
    assert not [b for b in at.button if b.key and b.key.endswith("_redate")]
    assert "no longer gives" not in messages(at, "info")  # nothing went: no note of '0 records'


def test_records_a_dated_reading_no_longer_proposes_are_named(folders):
    """Undated, the 1989 sister-city tie of a 35th-anniversary story reads as news; read again with
    the publication date it is background. The page says which record went and why."""
    text = ("대전시, 美 시애틀시와 자매결연 35주년 기념 청소년 교류단 파견\n\n"
            "[대전=연합뉴스] 대전시는 미국 시애틀시와 자매결연 35주년을 맞아 지역 고교생 20명으로 구성된 청소년 "
            "교류단을 현지에 파견했다고 5일 밝혔다.\n\n두 도시는 1989년 자매결연을 맺은 이후 교육·문화·경제 분야에서 "
            "교류를 이어오고 있다.\n\n교류단은 시애틀 현지 고등학교를 방문해 홈스테이와 공동 수업에 참여할 예정이다.\n")
    at = paste(page(), text)
    first = {article_review._agreement(c): c for c in at.session_state[article_review.REVIEW_KEY].candidates}
    widget(at, "text_input", "_published").input("2024-07-05").run()
    [b for b in at.button if b.key and b.key.endswith("_redate")][0].click().run()
    assert_no_exception(at)
    again = {article_review._agreement(c) for c in at.session_state[article_review.REVIEW_KEY].candidates}
    gone = [c for i, c in first.items() if i not in again]
    note = messages(at, "info")
    assert gone and again  # (the youth delegation stays; the 1989 tie goes)
    assert f"no longer gives {len(gone)} of the records" in note
    assert all(c["title_en"].split(":")[0] in note for c in gone)
    widget(at, "text_input", "_publisher").input("Yonhap").run()  # the note stays for this reading
    assert "no longer gives" in messages(at, "info")


def test_a_dated_article_fills_its_date(folders):
    at = paste(page(), ARTICLE)
    assert widget(at, "text_input", "_published").value  # read from the article's own dateline


# --- who may add, and what a person must write ---

def test_a_viewer_sees_no_write_control(folders):
    at = page(user=None)
    assert_no_exception(at)
    assert "Sign in as an editor or reviewer" in messages(at, "info")
    assert not [b for b in at.main.button]  # no read, save or discard button
    assert not at.text_area and not at.file_uploader


def test_a_session_whose_account_was_removed_cannot_save(folders):
    """The page was opened by an editor; the account is removed before Save: the role is read again
    on the click, the page closes and nothing is written."""
    before = stored_counts()
    at = fill(paste(page(), ARTICLE), 0, 1)
    accounts.remove_user(store.engine(), EDITOR)
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    assert "Sign in as an editor or reviewer" in messages(at, "info")
    assert stored_counts() == before


def test_titles_and_summaries_start_empty_and_must_be_written(folders):
    before = stored_counts()
    at = paste(page(), ARTICLE)
    for field in ("title_en", "title_ko"):
        box = widget(at, "text_input", f"_0_{field}")
        assert box.value == "" and box.placeholder  # the extractor's suggestion is only a placeholder
    for field in ("summary_en", "summary_ko"):
        box = widget(at, "text_area", f"_0_{field}")
        assert box.value == "" and box.placeholder  # a summary is suggested too (a paste had none)
    at.button(key="add_article_save").click().run()
    assert "Record 1: write both titles and both summaries" in messages(at, "error")
    assert stored_counts() == before
    # A person may accept the suggestions with a click; they then are the fields' values, except
    # what the person wrote already.
    widget(at, "text_area", "_0_summary_ko").input("사람이 쓴 요약").run()
    suggested = {f: widget(at, kind, f"_0_{f}").placeholder for f, kind in (
        ("title_en", "text_input"), ("title_ko", "text_input"), ("summary_en", "text_area"))}
    at.button(key=[b.key for b in at.button if b.key and b.key.endswith("_0_suggest")][0]).click().run()
    assert {f: widget(at, kind, f"_0_{f}").value for f, kind in (
        ("title_en", "text_input"), ("title_ko", "text_input"), ("summary_en", "text_area"))} == suggested
    assert widget(at, "text_area", "_0_summary_ko").value == "사람이 쓴 요약"
    at.button(key=[b.key for b in at.button if b.key and b.key.endswith("_1_suggest")][0]).click().run()
    at.button(key="add_article_save").click().run()
    assert not messages(at, "error") and stored_counts()[0] == before[0] + 1  # proposed, nothing else written


def test_the_suggested_summary_names_the_publisher_as_corrected(folders):
    at = paste(page(), ARTICLE)
    assert "reported by press release" in widget(at, "text_area", "_0_summary_en").placeholder
    widget(at, "text_input", "_publisher").input("Incheon Metropolitan City").run()
    assert "reported by Incheon Metropolitan City" in widget(at, "text_area", "_0_summary_en").placeholder
    at.button(key=[b.key for b in at.button if b.key and b.key.endswith("_0_suggest")][0]).click().run()
    taken = widget(at, "text_area", "_0_summary_en").value
    assert "reported by Incheon Metropolitan City" in taken and "press release" not in taken


@pytest.mark.parametrize(("field", "value", "message"), [
    ("publisher", "", "Write the publisher"),
    ("published", "", "publication date as YYYY-MM-DD"),
    ("published", "2023-05", "publication date as YYYY-MM-DD"),
    ("published", "0001-01-01", "from 1945 to today"),
    ("published", "9999-12-31", "from 1945 to today"),
])
def test_publisher_and_publication_date_are_required(folders, field, value, message):
    before = stored_counts()
    at = fill(paste(page(), ARTICLE), 0, 1)
    widget(at, "text_input", f"_{field}").input(value).run()
    at.button(key="add_article_save").click().run()
    assert message in messages(at, "error")
    assert stored_counts() == before


def test_a_reviewer_who_saves_is_pointed_to_the_review_page(folders):
    at = fill(paste(page(user=REVIEWER), ARTICLE), 0, 1)
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    assert "Saved 2 proposed records" in messages(at, "success")
    links = [link.proto.label for link in at.main.get("page_link")] + [m.value for m in at.markdown]
    assert any(x == "Review" or "(./Review)" in x for x in links)


def test_the_readers_reason_for_a_date_is_told_in_korean_on_the_korean_page(folders):
    at = paste(page("ko"), ARTICLE)
    why = widget(at, "text_input", "_0_why").value
    assert why and ("relative to" in why or "year of" in why)  # stored as the reader wrote it, in English
    box = widget(at, "checkbox", "_0_stated")  # (a short label: the long one was cut off, trial 25)
    assert box.label == "기사에 날짜 전체가 나옴" and "연도까지" in box.help
    told = [c.value for c in at.caption if "발행일" in c.value or "기준" in c.value]
    assert told, [c.value for c in at.caption]


UNPLACED_PARTNER = ("완주군, 몽골 바양주르흐구와 계절근로자 협약\n"
                    "완주군은 5일 몽골 울란바토르시 바양주르흐구와 계절근로자 업무협약을 체결했다고 6일 밝혔다.\n"
                    "협약에 따라 구는 근로자를 선발하고 군은 숙소와 교육을 맡는다.")


def test_a_record_whose_partner_is_not_in_the_gazetteer_is_offered_for_a_person_to_place(folders):
    at = fill(paste(page(), UNPLACED_PARTNER), 0)
    assert_no_exception(at)
    assert any("바양주르흐구" in w.value and "not in the gazetteer" in w.value for w in at.warning)
    assert widget(at, "multiselect", "_0_partner").value == []
    assert "unplaced" not in widget(at, "text_input", "_0_title_ko").placeholder  # the name as read instead
    widget(at, "text_input", "_published").input("2024-03-06")
    widget(at, "text_input", "_publisher").input("Wanju County").run()
    at.button(key="add_article_save").click().run()
    assert "Record 1: choose its Korean place and its partner" in messages(at, "error")  # never saved without
    widget(at, "text_input", "_0_find").input("Ulaanbaatar").run()
    widget(at, "button", "_0_add").click().run()
    at.button(key="add_article_save").click().run()
    assert_no_exception(at)
    new = [r for r in store.read_records(store.open_store()).records if r.source.published == "2024-03-06"]
    assert [(r.type, r.korean_places, r.partner_places, r.status) for r in new] == [
        ("mou", ("kr-wanju",), ("mn-ulan-bator",), "proposed")]

"""The Sources page with AppTest: the chosen article with its evidence highlighted (escaped), the
records drawn from it with anchors and map links, the article in the URL, filters and language."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest

from partnerships.evidence import sentence_spans
from tests.helpers import ROOT
from tests.helpers.apptest import SOURCES, page_links, plain, run_app, run_page
from ui.screens import sources
from ui.shell.i18n import t

SEEDS = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
ODENSE = "000_a437fd8661412f19.txt"  # Seoul–Odense robotics MOU release
ROADSHOW = "002_322a285842e0d4fc.txt"  # MOLIT smart city roadshow release


def article_html(at) -> str:
    found = [h.proto.body for h in at.get("html") if "atlas-article" in h.proto.body]
    assert len(found) == 1
    return found[0]


def anchors(at) -> list[str]:
    return [s.proto.anchor for s in at.subheader]


def test_first_article_by_default_with_its_records_and_marks(frame):
    at = run_page(SOURCES)
    assert not at.exception
    assert at.selectbox(key="sources_article").value == SEEDS[0]
    assert at.query_params["article"] == SEEDS[0]
    records = frame[frame["source_file"] == SEEDS[0]]
    assert set(anchors(at)) == set(records["id"])
    html = article_html(at)
    for _, r in records.iterrows():
        assert f"ev-{r['id']}" in html, r["id"]
    meta = plain(at.markdown[0].value)
    assert records["publisher"].iloc[0] in meta and str(records["published"].iloc[0]) in meta
    assert t("sources_no_url", "en") in meta


def test_article_from_the_url_and_its_map_links(frame):
    at = run_page(SOURCES, {"article": ROADSHOW, "lang": "ko"})
    assert at.selectbox(key="sources_article").value == ROADSHOW
    assert at.title[0].value == "출처 기사"
    records = frame[frame["source_file"] == ROADSHOW].set_index("id")
    assert set(anchors(at)) == set(records.index)
    # 002: the Bangkok roadshow record; its link narrows the Map to its year and type, arc selected
    heading = next(s for s in at.subheader if s.proto.anchor == "2022-sejong-bangkok-smart-city-roadshow")
    assert heading.value == records.loc["2022-sejong-bangkok-smart-city-roadshow", "title_ko"]
    queries = [parse_qs(link.proto.query_string) for link in page_links(at)]
    assert {"pair": ["kr-sejong,th-bangkok"], "kr": ["kr-sejong"], "type": ["roadshow"], "from": ["2022"],
            "to": ["2022"], "lang": ["ko"]} in queries
    article_link = queries[0]
    assert set(article_link["kr"][0].split(",")) == {p for ids in records["korean_places"] for p in ids}


def test_every_evidence_sentence_is_marked(frame):
    for name in SEEDS:
        at = run_page(SOURCES, {"article": name})
        html = article_html(at)
        for _, r in frame[frame["source_file"] == name].iterrows():
            marked = re.findall(rf'<mark class="ev[^"]*\bev-{r["id"]}\b[^"]*"[^>]*>(.*?)</mark>', html, re.S)
            text = " ".join("".join(marked).replace("<br>", " ").split())
            for sentence in r["evidence"]:
                words = " ".join(sentence.split())
                escaped = words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                assert escaped.replace("'", "&#x27;") in text, (r["id"], sentence[:40])


def test_unknown_article_warns_and_falls_back():
    at = run_page(SOURCES, {"article": "../data/records/000.json"})
    assert not at.exception
    assert "../data/records/000.json" in at.warning[0].value.replace("\\", "")
    assert at.selectbox(key="sources_article").value == SEEDS[0]
    assert at.query_params["article"] == SEEDS[0]


def test_filters_narrow_the_article_list(frame):
    at = run_page(SOURCES, {"kr": "kr-daegu"})
    options = at.selectbox(key="sources_article").options
    expected = sorted(set(frame[frame["korean_places"].map(lambda ids: "kr-daegu" in ids)]["source_file"]))
    assert 0 < len(expected) < len(SEEDS)
    titles = sources.article_titles(frame, "en")
    assert options == [o for o in options if o.split(" — ")[0] in {titles[e] for e in expected}]
    assert len(options) == len(expected)
    assert f"{len(expected)} of {len(SEEDS)}" in " ".join(c.value for c in at.caption)


@pytest.mark.parametrize(("lang", "column"), [("en", "title_en"), ("ko", "title_ko")])
def test_the_article_list_shows_titles_not_file_names(frame, lang, column):
    options = run_page(SOURCES, {"lang": lang}).selectbox(key="sources_article").options
    assert options and not any(o.endswith(".txt") or o.split(" — ")[0].endswith(".txt") for o in options)
    # the newest record is the article's news (000_a437fd8661412f19: the 2024 robotics MOU, not the
    # 2014 friendship tie it tells as history)
    newest = frame[frame["source_file"] == SEEDS[0]].sort_values(["date", "id"])[column].iloc[-1]
    assert options[0].startswith(newest + " — ")
    assert ("로봇" if lang == "ko" else "robotics") in newest


def test_choosing_another_article_updates_url_and_text():
    at = run_page(SOURCES)
    at.selectbox(key="sources_article").select(ROADSHOW).run()
    assert at.query_params["article"] == ROADSHOW
    assert "로드쇼" in article_html(at)  # 002: the roadshow release's own words


def test_article_text_is_escaped():
    html = sources.article_html('<script>alert("x")</script>\n\n\n\n<b>굵게</b> & 끝', sources.article_records(""),
                                "en")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br><br>&lt;b&gt;굵게&lt;/b&gt; &amp; 끝" in html


def test_an_article_without_published_records_is_not_public(seeds_copy):
    """A stored article no reviewer has published anything from (here one with no record at all,
    as an upload that kept none is stored) is neither listed nor opened by its link."""
    name = "999_notice.txt"
    (seeds_copy / name).write_text("세션이 만료되었습니다. 다시 로그인하세요.", encoding="utf-8")
    at = run_page(SOURCES, {"article": name})
    assert not at.exception
    assert name not in at.selectbox(key="sources_article").options
    assert at.query_params.get("article") != name
    assert "세션이 만료" not in article_html(at)


def test_unreadable_article_is_named_as_a_load_problem(seeds_copy):
    name = "998_latin1.txt"
    (seeds_copy / name).write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    at = run_page(SOURCES, {"article": name})
    assert not at.exception
    warning = plain(at.warning[0].value)
    assert name in warning and "not UTF-8" in warning


def test_a_saved_picture_shows_its_caption_once():
    text = ("서울시는 3일 업무협약을 맺었다.\n\n![[호찌민=뉴시스] 협약식 모습 *재판매 금지](https://img.example/a.jpg?rnd=1)\n"
            "[호찌민=뉴시스] 협약식 모습 *재판매 금지\n\n![기념촬영](https://img.example/b.jpg)\n끝.")
    assert sources.tidy(text) == ("서울시는 3일 업무협약을 맺었다.\n\n[호찌민=뉴시스] 협약식 모습 *재판매 금지\n\n"
                                  "기념촬영\n끝.")
    # ... also where the caption as text ends otherwise (a news site hid its e-mail address)
    seed = (ROOT / "seeds" / "003_7cdbec0e616b3126.txt").read_text(encoding="utf-8")
    assert sources.tidy(seed).count("SBA-NATEC 스타트업 해외 액셀러레이팅 고도화 LOI 체결을 마치고") == 1


@pytest.mark.parametrize("name", SEEDS)
def test_tidy_text_keeps_every_quote_findable(frame, name):
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    tidy = sources.tidy(text)
    assert "\n\n\n" not in tidy and len(tidy) <= len(text)
    assert "![" not in tidy and "](http" not in tidy  # a saved picture's Markdown is no text
    unpictured = re.sub(r"^\s*!\[.*\]\(\S*\)\s*$", "", text, flags=re.M)
    assert set(unpictured.split()) <= set(tidy.split()) <= set(text.split()) | set(
        " ".join(re.findall(r"!\[(.*)\]\(", text)).split())
    for _, r in frame[frame["source_file"] == name].iterrows():
        assert len(sentence_spans(tidy, r["evidence"])) >= len(set(r["evidence"])), r["id"]


def test_record_link_opens_its_arc_on_the_map_after_another_was_chosen(frame):
    # The Map first shows Seoul → Odense (000); then, from the Sources page, the Bangkok roadshow
    # record of 002 links back to the Map: its arc and its narrower filters replace the old view.
    at = run_app({"pair": "kr-seoul,dk-odense", "sector": "robotics"})
    assert at.subheader[0].value == plain("Seoul → Odense")
    at.switch_page(SOURCES)
    for key in list(at.query_params):
        del at.query_params[key]
    at.query_params["article"] = ROADSHOW
    at.run()
    link = next(pl for pl in page_links(at) if "pair=" in pl.proto.query_string)
    at.switch_page("app.py")
    for key in list(at.query_params):
        del at.query_params[key]
    for key, values in parse_qs(link.proto.query_string).items():
        at.query_params[key] = values[0]
    at.run()
    assert not at.exception
    src, dst = parse_qs(link.proto.query_string)["pair"][0].split(",")
    assert at.subheader[0].value == plain(f"Sejong → {'Bangkok' if dst == 'th-bangkok' else 'Istanbul'}")
    assert at.multiselect(key="filter_sector").value == []
    assert at.multiselect(key="filter_type").value == [parse_qs(link.proto.query_string)["type"][0]]


def test_the_article_list_is_offered_a_page_at_a_time(monkeypatch):
    # With more articles than a page holds, the selector offers one page (and reads only those
    # articles' records); the page number moves through them; an article from the URL opens on
    # its own page.
    monkeypatch.setattr(sources, "ARTICLES_PAGE", 2)
    at = run_page(SOURCES)
    assert not at.exception
    box = at.selectbox(key=sources.ARTICLE_KEY)
    assert box.value == SEEDS[0] and len(box.options) == 2
    page = at.number_input(key=sources.PAGE_KEY)
    assert page.value == 1 and page.max == -(-len(SEEDS) // 2)
    at = page.set_value(2).run()
    box = at.selectbox(key=sources.ARTICLE_KEY)
    assert box.value == SEEDS[0] and len(box.options) == 3  # page 2, and the chosen article
    at = box.set_value(SEEDS[3]).run()
    assert at.query_params["article"] == [SEEDS[3]] or at.query_params["article"] == SEEDS[3]
    at = run_page(SOURCES, {"article": SEEDS[4]})
    assert at.number_input(key=sources.PAGE_KEY).value == 3
    assert at.selectbox(key=sources.ARTICLE_KEY).value == SEEDS[4]
    assert set(anchors(at))  # its records are listed


def test_sources_never_reads_the_whole_records_table(monkeypatch):
    from partnerships import store

    def refuse(*_a, **_k):
        raise AssertionError("the whole records table was read")

    monkeypatch.setattr(store, "read_records", refuse)
    at = run_page(SOURCES, {"article": ROADSHOW})
    assert not at.exception
    assert "2022-sejong-bangkok-smart-city-roadshow" in anchors(at)



def test_a_spreadsheet_shows_the_public_only_its_published_rows(tmp_path, monkeypatch, filled_database):
    """An editor's sheet: one row published, one rejected, one that failed to import; a viewer sees
    the published row only, and the sheet named by its file."""
    from geo.gazetteer import default_gazetteer
    from partnerships import accounts, review, store
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan
    from tests.app.test_add_article_page import EDITOR, REVIEWER
    from tests.helpers.apptest import private_folders
    from ui.shell import data as ui_data

    private_folders(tmp_path, monkeypatch, filled_database)
    eng = store.engine()
    accounts.add_user(eng, EDITOR, role="editor", password="a long test password")
    accounts.add_user(eng, REVIEWER, role="reviewer", password="a long test password")
    sheet = ("자치단체,국가,상대도시,구분,체결일\n서울특별시,덴마크,오덴세,우호협력,2021-03-02\n"
             "부산광역시,태국,방콕,자매결연,2019-05-07\n대구광역시,몽골,없는도시,우호협력,2020-01-01\n")
    gaz = default_gazetteer()
    result = plan.plan(sheet.encode("utf-8"), "우리과 교류현황.csv").run(sink=DbProposals(eng, EDITOR, gaz), gaz=gaz)
    assert result.added == 2 and len(result.errors) == 1
    by_row = {r.extra["table_row"]["row"]: r.id for r in store.read_records(eng).records
              if (r.extra.get("table_row") or {}).get("file") == "우리과 교류현황.csv"}
    review.publish(eng, REVIEWER, by_row[2], version=1)
    review.reject(eng, REVIEWER, by_row[3], version=1, reason="a duplicate")
    ui_data.changed()
    name = next(n for n in store.article_files(eng) if n.startswith("우리과"))
    at = run_page(SOURCES, {"article": name})
    assert not at.exception
    shown = plain(article_html(at))
    assert "오덴세" in shown and "방콕" not in shown and "없는도시" not in shown
    meta = next(m.value.replace("\\", "") for m in at.markdown if "우리과" in m.value)
    assert "교류현황.csv" in meta and ".txt" not in meta


def test_a_sheets_file_name_on_the_map_card_is_text_not_markup(tmp_path, monkeypatch, filled_database):
    from geo.gazetteer import default_gazetteer
    from partnerships import accounts, review, store
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan
    from tests.app.test_add_article_page import EDITOR, REVIEWER
    from tests.helpers.apptest import private_folders
    from ui.shell import data as ui_data
    from ui.shell.markup import md_escape

    private_folders(tmp_path, monkeypatch, filled_database)
    eng = store.engine()
    accounts.add_user(eng, EDITOR, role="editor", password="a long test password")
    accounts.add_user(eng, REVIEWER, role="reviewer", password="a long test password")
    file = "list :red_circle: www.evil.example $x^2$ `code`.csv"
    gaz = default_gazetteer()
    plan.plan("자치단체,국가,상대도시,구분,체결일\n세종특별자치시,덴마크,Aarhus,우호협력,2021-03-02\n".encode(),
              file).run(sink=DbProposals(eng, EDITOR, gaz), gaz=gaz)
    (rid,) = [r.id for r in store.read_records(eng).records if (r.extra.get("table_row") or {}).get("file") == file]
    review.publish(eng, REVIEWER, rid, version=1)
    ui_data.changed()
    at = run_app({"pair": "kr-sejong,dk-arhus"})
    assert not at.exception
    labels = [e.label for e in at.expander if "row 2" in e.label]
    assert labels and all(md_escape(file) in label for label in labels)


@pytest.mark.parametrize("file", ["a" * 185 + ".csv", "busan\u2028list.csv"])
def test_a_long_or_oddly_named_sheet_still_shows_only_its_published_rows(file):
    import pandas as pd

    from partnerships.tables.rows import stored_name

    lines = [f"{file} · s · columns: 도시 | 상대", f"[{file} · s · row 2] 도시: 부산 | 상대: 방콕",
             f"[{file} · s · row 3] 도시: 부산 | 상대: 비공개 메모"]
    shown = sources.public_text(stored_name(file, "s"), "\n".join(lines) + "\n",
                                pd.DataFrame({"evidence": [[lines[1]]]}))
    assert shown == "\n".join(lines[:2]) + "\n"


def test_a_tables_link_to_one_record_shows_that_record_alone_and_offers_the_rest(frame):
    records = frame[frame["source_file"] == ROADSHOW]
    assert len(records) > 1
    one = records["id"].iloc[-1]
    at = run_page(SOURCES, {"article": ROADSHOW, "record": one})
    assert not at.exception
    assert anchors(at) == [one]
    assert f"ev-{one}" in article_html(at) and all(
        f"ev-{other}" not in article_html(at) for other in records["id"] if other != one)
    assert any(f"One record of the {len(records)}" in c.value for c in at.caption)
    at.button(key="sources_show_all").click().run()
    assert "record" not in at.query_params and set(anchors(at)) == set(records["id"])


def test_a_record_the_source_does_not_hold_is_said_and_all_are_shown(frame):
    records = frame[frame["source_file"] == ROADSHOW]
    at = run_page(SOURCES, {"article": ROADSHOW, "record": "2024-seoul-odense-robotics-mou"})
    assert any("No published record" in w.value for w in at.warning)
    assert set(anchors(at)) == set(records["id"])


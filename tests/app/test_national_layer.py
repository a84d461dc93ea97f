"""The Map and Timeline pages with the national layer on: undated ties are counted and can be left out."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

import pandas as pd
import pytest

from partnerships import national
from partnerships.tables import read
from partnerships.tables.rows import stored_name
from tests.helpers.apptest import deck_spec, run_app, vega
from ui.map.palette import DARK, LIGHT, css
from ui.shell.i18n import publisher_label
from ui.shell.markup import md_escape


@pytest.fixture
def national_on(data_copy, monkeypatch):
    monkeypatch.setenv("ATLAS_NATIONAL_LAYER", "on")
    return data_copy


def _agreements(at) -> int:
    return int(at.metric[0].value.replace(",", ""))


def test_undated_ties_stay_in_a_year_range_until_left_out(national_on):
    at = run_app()
    box = [c for c in at.checkbox if c.key == "filter_undated"]
    assert len(box) == 1 and "141" in box[0].label and box[0].value is True
    everything = _agreements(at)
    assert everything >= 363  # the national layer and the article records
    shown = run_app({"from": "2000", "to": "2010"})
    ranged = _agreements(shown)
    assert ranged < everything
    assert shown.metric[0].delta == "141 of them undated"  # said beside 'Years 2000–2010'
    assert not run_app().metric[0].delta  # (no year range: nothing to tell apart)
    table = run_app({"from": "2000", "to": "2010"}, page="pages/3_Agreements.py")
    assert f"{ranged} of" in table.markdown[0].value and "141 of them undated" in table.markdown[0].value
    dated_only = run_app({"from": "2000", "to": "2010", "undated": "0"})
    assert _agreements(dated_only) == ranged - 141  # a range alone never drops undated ties
    assert not dated_only.metric[0].delta
    assert [c.value for c in dated_only.checkbox if c.key == "filter_undated"] == [False]
    assert dated_only.query_params["undated"] == "0"


def test_only_the_undated_ties_listed_and_linked(national_on):
    at = run_app({"undated": "only"})
    assert _agreements(at) == 141
    assert at.metric[3].value == "No date"  # the years they span: none
    assert [c.value for c in at.checkbox if c.key == "filter_undated_only"] == [True]
    table = run_app({"undated": "only"}, page="pages/3_Agreements.py")
    assert not table.exception
    frame = table.dataframe[0].value
    assert len(frame) == 141  # the list to download
    at = run_app()
    at.checkbox(key="filter_undated_only").check().run()
    assert at.query_params["undated"] == "only" and _agreements(at) == 141


def test_unticking_writes_the_url(national_on):
    at = run_app()
    [box] = [c for c in at.checkbox if c.key == "filter_undated"]
    at = box.uncheck().run()
    assert at.query_params["undated"] == "0"


def test_timeline_says_how_many_have_no_date(national_on):
    at = run_app(page="pages/4_Timeline.py")
    assert any("141" in c.value and "no date" in c.value for c in at.caption)


def test_korean_timeline_says_it_too(national_on):
    at = run_app({"lang": "ko"}, page="pages/4_Timeline.py")
    assert any("141" in c.value and "날짜" in c.value for c in at.caption)


def test_a_bad_undated_value_is_ignored_and_said(national_on):
    at = run_app({"undated": "maybe"})
    assert [c.value for c in at.checkbox if c.key == "filter_undated"] == [True]
    assert any("undated" in c.value for c in at.caption)  # the link's value was ignored, in one line


def _expected(column: str, value: str) -> int:
    """Rows of the table with this value, less the three rows left out (US counties without a state)."""
    import csv

    from tests.db.test_national import TABLE, UNRESOLVED

    with TABLE.open(encoding="utf-8") as fh:
        return sum(1 for n, row in enumerate(csv.DictReader(fh), start=2)
                   if row[column] == value and n not in UNRESOLVED)


@pytest.mark.parametrize("params,column,value", [
    ({"level": "district"}, "korean_level", "district"),
    ({"level": "county"}, "korean_level", "county"),
    ({"level": "province"}, "korean_level", "province"),
    ({"conf": "medium"}, "confidence", "medium"),
])
def test_level_and_confidence_filters_from_the_url(national_on, params, column, value):
    at = run_app(params)
    assert _agreements(at) == _expected(column, value)
    key = next(iter(params))
    assert at.query_params[key] == params[key]  # still in the URL
    said = [c.value for c in at.sidebar.caption if "articles are left out" in c.value]
    assert len(said) == (key == "conf")  # the records read from articles have no grade: said so


def test_the_confidence_filter_says_what_it_grades(national_on):
    [box] = [m for m in run_app().multiselect if m.label == "Confidence of the source"]
    assert "articles have no such grade" in box.help


def test_level_filter_offers_every_level_and_ignores_unknown_ones(national_on):
    at = run_app({"level": "district,nonsense"})
    [box] = [m for m in at.multiselect if m.label == "Korean government level"]
    assert box.options == ["Metropolitan city", "Province", "City", "County", "District"]
    assert box.value == ["district"]
    assert _agreements(at) == _expected("korean_level", "district")


def test_korea_and_japan_is_a_saved_tour_story(national_on):
    at = run_app({"tour": "korea-japan"}, page="pages/2_Tour.py")
    assert not at.exception
    assert [s.value for s in at.selectbox if s.label == "Order"] == ["korea-japan"]
    assert any(">1 of 62<" in m.value for m in at.markdown)  # every Korean tie to Japan (62)
    # the story's name heads the page (and the slide), as text
    assert [x.value for x in at.title] == [md_escape("Korea and Japan: every tie, oldest first")]
    # oldest first: step 1 draws the first tie alone, no later arc before its time
    from tests.helpers.apptest import layer

    spec = deck_spec(at)
    assert len(layer(spec, "arcs")["data"]) == 1 and len(layer(spec, "focus-arcs")["data"]) == 1


def test_korea_and_japan_on_the_map_is_a_link(national_on):
    at = run_app({"country": "JP"})
    assert _agreements(at) == 62
    assert int(at.metric[2].value) == 1  # one partner country
    assert any("42 dated" in c.value and "20 without a date" in c.value for c in at.caption)


def test_undated_ties_left_out_are_still_counted_and_said_to_be(national_on):
    at = run_app({"country": "JP", "undated": "0"})
    assert _agreements(at) == 42
    assert any("20 without a date left out" in c.value for c in at.caption)  # not '0 without a date'


def _korean_ids(spec) -> set[str]:
    from tests.helpers.apptest import layer

    return {p["id"] for p in layer(spec, "places")["data"] if p["id"].startswith("kr-")}


def test_world_view_groups_korea_by_province_and_metropolitan_city(national_on):
    from partnerships.korea_areas import AREAS
    from tests.helpers.apptest import band_points, deck_spec, layer
    from ui.map.zoom_layers import SPLIT_ZOOM

    at = run_app()
    spec = deck_spec(at)
    assert not _korean_ids(spec), "Korea's places are drawn by zoom, not in the places layer"
    ring, dots = layer(spec, "ring"), layer(spec, "ring-dots")
    korean = {p["id"] for p in band_points(dots)}
    assert korean <= set(AREAS) and "kr-gyeonggi-do" in korean and "kr-suwon" not in korean
    assert {p["id"] for p in band_points(ring)} == korean  # each on the ring, clickable
    assert any(a["dst"] == "country-jp" for a in layer(spec, "arcs")["data"])  # arcs to partner countries
    # Zoomed in with the wheel, the browser swaps the ring for every city and district: the ring
    # is shown up to SPLIT_ZOOM, the cities from it on (each a TileLayer with one world tile).
    cities = layer(spec, "cities")
    assert {"kr-suwon", "kr-seoul-gangseo-gu"} <= {p["id"] for p in band_points(cities)}
    assert cities["@@type"] == ring["@@type"] == "TileLayer" and cities["visibleMinZoom"] == SPLIT_ZOOM
    assert ring["visibleMaxZoom"] < SPLIT_ZOOM and dots["visibleMaxZoom"] < SPLIT_ZOOM
    assert "visibleMaxZoom" not in cities
    # A phone's world view is zoomed out below -0.5, where deck.gl loads a TileLayer's one tile only
    # when the layer has an extent (without one, Korea was missing from the map at 390 px).
    for band in (ring, dots, layer(spec, "ring-labels")):
        assert band["extent"][0] <= -180 and band["extent"][2] >= 180, band["id"]
    framed = deck_spec(run_app({"frame": "korea"}))  # the Korea button: every city and district
    assert {"kr-suwon", "kr-seoul-gangseo-gu"} <= _korean_ids(framed)
    assert not [ly for ly in framed["layers"] if ly["id"].startswith(("ring", "cities"))]


@pytest.mark.parametrize("value", ["banana", "korea\u202e"])
def test_an_unknown_frame_in_a_link_is_said_ignored_and_left_out(national_on, value):
    at = run_app({"frame": value})
    assert not at.exception
    assert any("frame" in c.value and "ignored" in c.value for c in at.caption)
    assert "frame" not in at.query_params  # a link copied from the page no longer carries it
    assert [ly for ly in deck_spec(at)["layers"] if ly["id"].startswith("ring")]  # the world view's ring


def test_a_province_tells_the_story_of_its_governments(national_on):
    at = run_app({"place": "kr-gyeonggi-do"})
    assert not at.exception
    members = next(c.value for c in at.caption if "government" in c.value)
    assert "Suwon" in members and "Goyang" in members
    assert at.subheader[0].value == "Gyeonggi Province"


def test_focus_on_a_country_is_in_the_link_and_dims_the_others(national_on):
    from tests.helpers.apptest import deck_spec, layer

    at = run_app({"focus": "JP"})
    assert at.query_params["focus"] == "JP"
    assert [s.value for s in at.selectbox if s.label == "Bring forward"] == ["JP"]
    arcs = layer(deck_spec(at), "arcs")["data"]
    dim = [a for a in arcs if len(a["c"]) > 3 and a["c"][3] < 255]
    assert dim and all(a["dst"] != "country-jp" for a in dim)
    assert {a["dst"] for a in arcs if a not in dim} == {"country-jp"}


def test_korea_and_japan_has_its_years(national_on):
    at = run_app({"country": "JP", "lang": "ko"})
    assert any("한국과 일본" in c.value and "20" in c.value for c in at.caption)  # 20 undated, counted apart
    from tests.helpers.apptest import vega

    spec, bars = vega(at)
    assert bars["n"].sum() == 42 and (bars["year"] > 0).all()  # 62 ties to Japan: 42 dated by year
    # each bar spans its own year, no wider (a band on a number scale drew blocks years wide)
    assert ((bars["end"] - bars["start"]) < 1).all() and spec["encoding"]["x2"]["field"] == "end"
    assert spec["encoding"]["y2"] == {"datum": 0}  # standing on 0 (ranged on x alone, a bar lies down)
    # The height is the bars' own, the axes come on top (a fit autosize squeezed all three into 60 px
    # and left the bars a strip a few pixels high at 1920x1080).
    assert spec["autosize"]["type"] == "fit-x" and spec["height"] >= 60


def test_framed_on_korea_arcs_are_faint_until_a_focus(national_on):
    from tests.helpers.apptest import deck_spec, layer

    def alphas(params):
        arcs = layer(deck_spec(run_app(params)), "arcs")["data"]
        return {(a["src"], a["dst"]): (a["c"][3] if len(a["c"]) > 3 else 255) for a in arcs}

    faint = alphas({"frame": "korea"})
    assert max(faint.values()) < 255
    district = alphas({"frame": "korea", "focus": "kr-seoul-gangseo-gu"})
    assert {k for k, a in district.items() if a == 255} == {k for k in district if k[0] == "kr-seoul-gangseo-gu"}


def test_an_arc_to_a_country_lists_every_tie_behind_it(national_on):
    from tests.helpers.apptest import deck_spec, layer

    at = run_app({"pair": "kr-gyeonggi-do,country-jp"})
    assert at.subheader[0].value == "Gyeonggi Province → Japan"
    [arc] = [a for a in layer(deck_spec(at), "arcs")["data"] if (a["src"], a["dst"]) == ("kr-gyeonggi-do", "country-jp")]
    n = int(arc["tip"].split("·")[-1].split()[0])
    assert n > 1 and f"{n} agreements" in [c.value for c in at.caption]


def test_the_rings_labels_follow_the_dark_theme(national_on):
    # They stayed black on the dark theme's sea (seen at 1280x720 in Korean).
    from tests.helpers.apptest import deck_spec, layer
    from ui.map.palette import DARK

    spec = deck_spec(run_app({"theme": "dark"}))
    labels = layer(spec, "ring-labels")
    assert tuple(labels["getTextColor"][:3]) == DARK.label
    assert tuple(labels["textOutlineColor"][:3]) == DARK.label_halo


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_ties_tour_card_says_where_it_came_from_not_the_raw_row(national_on, lang):
    at = run_app({"tour": "korea-japan", "lang": lang}, page="pages/2_Tour.py")
    assert not at.exception
    card = " ".join(str(el.proto.body) for el in at.get("html") if "tour-card" in str(el.proto.body))
    assert "· row " not in card and "korean_gov_ko" not in card and "source_url" not in card
    assert "ties.csv" not in card and "행. 비고" not in card and "from row" not in card
    # title, date and route tell the tie once; the source line names the table and the site it
    # cites, not the compiler's notes (English prose on a Korean slide)
    assert ("주요 내용" if lang == "ko" else "What was agreed") not in card
    _, src = card.split('class="src">', 1)
    table = pd.read_csv(national.table_path())
    assert not any(html.escape(n) in card for n in table["note"].dropna())
    hosts = {urlsplit(u).hostname.removeprefix("www.") for u in table["source_url"].dropna()}
    assert any(h in src for h in hosts)
    assert html.escape(publisher_label(national.publisher(), lang)) in src


def test_a_ties_panel_shows_its_row_as_columns_and_values(national_on):
    at = run_app({"place": "jp-hagi", "lang": "ko"})
    assert not at.exception
    assert any(e.label.replace("\\", "").startswith("근거: 표 ties.csv의") for e in at.expander)
    table = next(t.value for t in at.table if "값" in t.value.columns)
    names = [str(i).replace("\u200b", "") for i in table.index]  # (a name breaks after its underscores)
    assert "출처 페이지" in names and all(" | " not in v for v in table["값"])  # (source_url, named in Korean)
    assert not any("[ties.csv · ties · row" in m.value for m in at.markdown)


@pytest.mark.parametrize(("lang", "name", "other"), [
    ("ko", "지방자치단체 국제교류 현황", "international exchange ties"),
    ("en", "international exchange ties", "지방자치단체"),
])
def test_the_national_tables_publisher_is_named_in_the_pages_language(national_on, lang, name, other):
    table = national.table_path()
    stored = stored_name(table.name, read.sheet_names(table.read_bytes(), table.name)[0])
    at = run_app({"lang": lang, "article": stored}, page="pages/6_Sources.py")
    assert not at.exception
    assert at.selectbox(key="sources_article").value == stored
    assert any(o.startswith("ties.csv — ") for o in at.selectbox(key="sources_article").options)  # by its name
    shown = " ".join(m.value for m in at.markdown)
    assert name in shown and other not in shown


def test_a_government_inside_a_province_brought_forward_at_world_zoom_lights_its_own_ties(national_on, gazetteer):
    from tests.helpers.apptest import deck_spec, layer

    at = run_app({"focus": "kr-suwon"})
    arcs = layer(deck_spec(at), "arcs")["data"]
    lit = [a for a in arcs if len(a["c"]) == 3 or a["c"][3] == 255]
    dim = [a for a in arcs if a not in lit]
    assert lit and dim  # Suwon's ties stand out, the rest step back
    assert {a["src"] for a in lit} == {"kr-gyeonggi-do"}  # drawn from its province, as Korea is at this zoom
    assert all(not a["dst"].startswith("country-") and gazetteer.get(a["dst"]).country != "KR" for a in lit)


def test_a_note_or_a_why_left_in_english_says_so_on_the_korean_page(national_on):
    at = run_app({"place": "adm1-jp-kanagawa", "lang": "ko"})
    assert not at.exception
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "비고(영문): province" in text and "비고: province" not in text
    seed = run_app({"place": "kr-busan", "lang": "ko"})  # a curated record whose date's why is English prose
    whys = [c.value for c in seed.caption if c.value.startswith("날짜 추정 근거")]
    assert any(w.startswith("날짜 추정 근거(영문):") for w in whys)
    # ... but a why in Korean naming the table's file is not said to be English
    danang = run_app({"place": "vn-da-nang", "lang": "ko"})  # (its two ties in the table give no date)
    undated = [c.value.replace("\\", "") for c in danang.caption if c.value.startswith("날짜 추정 근거")]
    assert undated and all(w.startswith("날짜 추정 근거:") for w in undated), undated


def test_downloads_draw_each_tie_once_with_a_government_brought_forward(national_on, gazetteer):
    from partnerships.query import Filters
    from ui.map import deck, korea_map
    from ui.shell import data as page_data

    run_app({"focus": "kr-suwon"})  # the layer imported into the page's database
    shown = page_data.map_view(Filters(), pair=None, limit=deck.MAX_ARCS)
    focused = korea_map.national_map(shown.points, shown.arcs, gazetteer, focus="kr-suwon", width=900)
    plain = korea_map.national_map(shown.points, shown.arcs, gazetteer, focus=None, width=900)
    assert len(focused.arcs) > len(plain.arcs)  # on the map Suwon's own ties are drawn over its province's
    assert focused.exported_arcs.equals(plain.arcs)  # the files draw each tie once


def test_a_ties_card_names_its_table_and_row_not_the_stored_file(national_on):
    # the card had read 'File ties.csv.ties.txt', the store's own name for the sheet
    from tests.helpers.apptest import page_text

    at = run_app({"place": "us-portland"})  # Ulsan's sister city, a tie of the table only
    text = page_text(at)
    assert "Portland" in text and "Table ties.csv, row" in text
    assert "ties.csv.ties" not in text


def test_a_tables_source_page_lists_a_few_addresses_and_folds_the_rest(national_on):
    # the national table cites hundreds of pages: they no longer stand above the table's text
    table = national.table_path()
    stored = stored_name(table.name, read.sheet_names(table.read_bytes(), table.name)[0])
    at = run_app({"article": stored}, page="pages/6_Sources.py")
    assert not at.exception
    meta = next(m.value for m in at.markdown if m.value.startswith("Publisher"))
    assert meta.count("](") <= 3 and "more" in meta
    folded = next(e for e in at.expander if e.label.startswith("All "))
    assert folded.markdown[0].value.count("](") > 100


@pytest.mark.parametrize(("name", "scheme"), [("light", LIGHT), ("dark", DARK)])
def test_the_countrys_ties_by_year_follow_the_theme(national_on, name, scheme):
    at = run_app({"country": "JP", "theme": name})
    spec, _ = vega(at)
    assert spec["config"]["background"] == "transparent"  # (the dark page showed a white box)
    assert spec["config"]["axis"]["labelColor"] == css(scheme.muted)


def test_files_downloaded_from_the_korean_page_name_the_national_table_in_korean(national_on, gazetteer):
    from partnerships import export
    from partnerships.query import Filters
    from ui.shell import data as page_data
    from ui.shell.i18n import t, with_publishers

    run_app({"lang": "ko"})  # the layer imported into the page's database
    table = pd.concat(list(page_data.record_chunks(Filters())), ignore_index=True)
    rows = export.flat_rows(with_publishers(table, "ko"), gazetteer, lang="ko")
    publishers = {r["publisher"] for r in rows}
    assert t("national_publisher", "ko") in publishers
    assert not any("exchange ties" in p for p in publishers)  # (the table's English name)
    assert "Seoul Metropolitan Government" in publishers  # an article's publisher stays as it was written


def test_a_table_rows_evidence_names_its_columns_and_codes_in_the_pages_language(national_on):
    from ui.shell.i18n import confidence_label, type_label

    at = run_app({"place": "vn-da-nang", "lang": "ko"})
    assert not at.exception
    shown = " ".join(str(tbl.value.to_csv()) for tbl in at.table)
    assert "교류 형태" in shown and "신뢰도" in shown and "tie_type" not in shown
    assert any(type_label(k, "ko") in shown for k in ("sister_city", "friendship_city"))
    assert any(confidence_label(k, "ko").replace(":", "\\:") in shown for k in ("high", "medium"))
    assert "Da Nang" in shown  # the sheet's own words stay as written

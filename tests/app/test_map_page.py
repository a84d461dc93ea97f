"""The Map page, driven with Streamlit's AppTest: filters, URL state, selection, language, bad data."""

from __future__ import annotations

import json
import math
import re

import pandas as pd
import pytest

from geo.mercator import project
from partnerships import aggregate, query
from partnerships.model import TYPES
from partnerships.query import Filters
from tests.helpers.apptest import arc_keys, deck_spec, layer, page_text, plain, point_ids, run_app
from ui.map.deck import FIT_WIDTH, MAP_HEIGHT, PHONE_FIT_WIDTH, PHONE_MAP_HEIGHT, TOOLTIP, fit_view
from ui.map.overview import TEXT_KEY
from ui.map.selection import PICK_KEY, PICKER_KEY
from ui.shell.i18n import type_label

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _expected(frame, gazetteer, filters: Filters):
    view = query.apply(frame, filters)
    return aggregate.matching_partners(aggregate.place_points(view, gazetteer), aggregate.place_arcs(view, gazetteer),
                                       regions=filters.regions, countries=filters.countries, gazetteer=gazetteer)


def expected_arcs(frame, gazetteer, filters: Filters) -> set[tuple[str, str, str]]:
    arcs = _expected(frame, gazetteer, filters)[1]
    return set(zip(arcs["src"], arcs["dst"], arcs["type"], strict=True))


def expected_points(frame, gazetteer, filters: Filters) -> set[str]:
    return set(_expected(frame, gazetteer, filters)[0]["place_id"])


def framed(spec: dict, width: float = FIT_WIDTH, height: float = MAP_HEIGHT) -> bool:
    """Every place drawn lies inside a `width` x `height` map at the starting view."""
    view = spec["initialViewState"]
    cx, cy = project(view["longitude"], view["latitude"], view["zoom"])
    places = layer(spec, "places")["data"]
    inside = [abs(x - cx) <= width / 2 and abs(y - cy) <= height / 2
              for x, y in (project(p["lon"], p["lat"], view["zoom"]) for p in places)]
    return bool(places) and all(inside)


def metric(at, index: int) -> str:
    return at.metric[index].value


def test_page_runs_and_draws_every_record(frame, gazetteer):
    at = run_app()
    assert not at.exception
    assert not at.warning
    spec = deck_spec(at)
    assert arc_keys(spec) == expected_arcs(frame, gazetteer, Filters())
    assert point_ids(spec) == expected_points(frame, gazetteer, Filters())
    assert metric(at, 0) == str(len(frame))
    assert at.query_params == {}


def test_deck_spec_is_offline_small_and_stateful():
    at = run_app()
    raw = at.get("deck_gl_json_chart")[0].proto
    spec = json.loads(raw.json)
    ids = [ly["id"] for ly in spec["layers"]]
    assert len(ids) == len(set(ids)) and all(ids)
    # No online basemap: pydeck's "no provider" sentinel, nothing from CARTO or Mapbox.
    assert spec["mapStyle"] == "__MAP_STYLE__"
    assert not re.search(r"carto|mapbox", raw.json, re.I)
    basemap = layer(spec, "basemap")
    assert basemap["data"] == "app/static/countries-110m.geojson"
    assert len(raw.json) < 60_000, "the basemap must be fetched by URL, not inlined"
    assert framed(spec), "the first view shows every place, the Americas too"
    labels = layer(spec, "labels")
    assert labels["characterSet"] == "auto"
    assert "getColor" not in labels, "Streamlit greys colour accessors during a selection"
    assert "getFillColor" not in basemap and "polygons-fill" in basemap["_subLayerProps"]
    # Only the columns a layer draws (or a selection needs) travel to the browser.
    assert set(layer(spec, "places")["data"][0]) == {"id", "name", "lon", "lat", "r", "fill", "line", "tip"}
    assert json.loads(raw.tooltip)["html"] == TOOLTIP["html"]


FILTER_CASES = [
    ("sector", lambda at: at.multiselect(key="filter_sector").select("robotics"), Filters(sectors=("robotics",))),
    ("years", lambda at: at.slider(key="filter_years").set_range(2019, 2022), Filters(year_min=2019, year_max=2022)),
    ("type", lambda at: at.multiselect(key="filter_type").select("mou"), Filters(types=("mou",))),
    ("korean city", lambda at: at.multiselect(key="filter_kr").select("kr-seoul"), Filters(korean_places=("kr-seoul",))),
    ("region", lambda at: at.multiselect(key="filter_region").select("South-eastern Asia"),
     Filters(regions=("South-eastern Asia",))),
    ("country", lambda at: at.multiselect(key="filter_country").select("TH"), Filters(countries=("TH",))),
    # 오덴세 (Odense) as written in 000_a437fd8661412f19 (Seoul–Odense robotics MOU release)
    ("text ko", lambda at: at.text_input(key="filter_q").input("오덴세"), Filters(text="오덴세")),
    ("text en", lambda at: at.text_input(key="filter_q").input("roadshow"), Filters(text="roadshow")),
]


@pytest.mark.parametrize(("action", "filters"), [c[1:] for c in FILTER_CASES], ids=[c[0] for c in FILTER_CASES])
def test_each_filter_changes_the_map_and_the_url(frame, gazetteer, action, filters):
    at = run_app()
    before = deck_spec(at)
    action(at)
    at.run()
    assert not at.exception
    spec = deck_spec(at)
    want = expected_arcs(frame, gazetteer, filters)
    assert want != arc_keys(before) or expected_points(frame, gazetteer, filters) != point_ids(before)
    assert arc_keys(spec) == want
    assert point_ids(spec) == expected_points(frame, gazetteer, filters)
    assert metric(at, 0) == str(len(query.apply(frame, filters)))
    assert at.query_params == filters.to_params()
    assert framed(spec), "the camera frames what the filter leaves"


def test_partners_across_the_pacific_put_the_pacific_in_the_middle():
    # Busan with Vancouver and Seattle: the Pacific, not Eurasia, lies between them.
    points = pd.DataFrame({"lon": [129.08, -123.12, -122.33], "lat": [35.18, 49.28, 47.61]})
    view = fit_view(points)
    assert 150 < view["longitude"] < 237  # between Korea and North America (-123 + 360)


@pytest.mark.parametrize(("width", "height"), [(FIT_WIDTH, MAP_HEIGHT), (PHONE_FIT_WIDTH, PHONE_MAP_HEIGHT)])
def test_the_whole_data_fits_a_laptop_and_a_phone(width, height, frame, gazetteer):
    points = aggregate.place_points(frame, gazetteer)
    at = run_app()
    spec = deck_spec(at)
    spec["initialViewState"] = {**spec["initialViewState"], **fit_view(points, width=width, height=height)}
    assert framed(spec, width=width, height=height)
    assert spec["initialViewState"]["zoom"] >= math.log2(height / 512)  # deck.gl's lowest zoom


def test_one_korean_city_zooms_to_its_partners():
    whole = deck_spec(run_app())["initialViewState"]["zoom"]
    seoul = deck_spec(run_app({"kr": "kr-seoul"}))
    assert seoul["initialViewState"]["zoom"] > whole and framed(seoul)


def test_fit_brings_the_framing_back_each_time_it_is_pressed():
    at = run_app()
    first = deck_spec(at)["initialViewState"]
    at.button(key="map_fit").click().run()
    second = deck_spec(at)["initialViewState"]
    at.button(key="map_fit").click().run()
    third = deck_spec(at)["initialViewState"]
    # Each press changes the view (Streamlit only moves the map to a changed view), by a hair.
    assert first != second != third
    assert abs(second["zoom"] - first["zoom"]) < 0.01 and framed(deck_spec(at))


def test_type_filter_leaves_no_arc_of_another_type():
    at = run_app()
    at.multiselect(key="filter_type").select("roadshow").run()
    types = {a["type"] for a in layer(deck_spec(at), "arcs")["data"]}
    assert types == {"roadshow"}


RESTORE_CASES = [
    ({"type": "mou,roadshow", "kr": "kr-sejong"}, Filters(types=("mou", "roadshow"), korean_places=("kr-sejong",))),
    ({"from": "2019", "to": "2021", "sector": "robotics"}, Filters(sectors=("robotics",), year_min=2019, year_max=2021)),
    # 방콕 (Bangkok) from 002_322a285842e0d4fc (smart city roadshow in Thailand and Türkiye)
    ({"q": "방콕", "region": "South-eastern Asia"}, Filters(text="방콕", regions=("South-eastern Asia",))),
    ({"country": "DK,TR"}, Filters(countries=("DK", "TR"))),
]


@pytest.mark.parametrize(("params", "filters"), RESTORE_CASES)
def test_url_restores_the_filters(frame, gazetteer, params, filters):
    at = run_app(params)
    assert not at.exception
    assert tuple(at.multiselect(key="filter_type").value) == filters.types
    assert tuple(at.multiselect(key="filter_sector").value) == filters.sectors
    assert tuple(at.multiselect(key="filter_kr").value) == filters.korean_places
    assert tuple(at.multiselect(key="filter_country").value) == filters.countries
    assert at.text_input(key="filter_q").value == filters.text
    lo, hi = int(frame["year"].min()), int(frame["year"].max())
    assert at.slider(key="filter_years").value == (filters.year_min or lo, filters.year_max or hi)
    assert arc_keys(deck_spec(at)) == expected_arcs(frame, gazetteer, filters)
    assert at.query_params == filters.to_params()


@pytest.mark.parametrize(
    "params",
    [{"type": "treaty"}, {"from": "soon"}, {"from": "1900", "to": "2999"}, {"country": "XX"}, {"place": "nowhere"}],
)
def test_junk_in_the_url_is_ignored_and_cleaned(frame, gazetteer, params):
    at = run_app(params)
    assert not at.exception
    assert arc_keys(deck_spec(at)) == expected_arcs(frame, gazetteer, Filters())
    assert at.query_params == {}


def test_clear_filters_resets_widgets_and_url(frame, gazetteer):
    at = run_app({"type": "mou", "q": "robot"})
    assert at.query_params
    at.button(key="filter_clear").click().run()
    assert at.multiselect(key="filter_type").value == [] and at.text_input(key="filter_q").value == ""
    assert at.query_params == {}
    assert arc_keys(deck_spec(at)) == expected_arcs(frame, gazetteer, Filters())


def test_the_place_picker_shows_the_place_chosen_elsewhere():
    at = run_app({"place": "dk-odense"})  # a link, as a click on the map would leave it
    at.session_state[PICKER_KEY] = True
    at.run()
    assert at.selectbox(key=PICK_KEY).value == "dk-odense"
    at.selectbox(key=PICK_KEY).set_value("kr-seoul").run()
    assert at.query_params == {"place": "kr-seoul"}


def test_the_place_finder_labels_each_place_in_both_languages():
    at = run_app()
    at.session_state[PICKER_KEY] = True
    at.run()
    assert "Odense · 오덴세" in at.selectbox(key=PICK_KEY).options  # '오덴세' finds it in the English page


@pytest.mark.parametrize(("typed", "place"), [
    ("오덴세", "dk-odense"),
    ("  Odense ", "dk-odense"),
    ("호치민", "vn-ho-chi-minh-city"),  # another spelling the gazetteer knows (호찌민)
    ("Saigon", "vn-ho-chi-minh-city"),
    ("Thanh Hoa", "adm1-vn-thanh-hoa"),  # no accents: the one label that holds it
    ("Atlantis", None),
    ("오덴\u200b세", "dk-odense"),  # pasted with a zero-width space
    ("\u202eOdense\x00", "dk-odense"),
])
def test_a_name_typed_in_the_place_finder_is_read_in_any_spelling(typed, place, gazetteer):
    from ui.map.selection import typed_places

    ids = ["dk-odense", "vn-ho-chi-minh-city", "adm1-vn-thanh-hoa", "kr-seoul", "kr-seoul-jung-gu", "kr-busan-jung-gu"]
    found = typed_places(typed, ids, gazetteer.find, lambda pid: gazetteer.name_in(pid, "en"))
    assert found == ([place] if place else [])


def test_a_typed_name_several_places_have_lists_them_all(gazetteer):
    from ui.map.selection import typed_places

    ids = ["kr-seoul-jung-gu", "kr-busan-jung-gu", "kr-seoul"]
    assert len(typed_places("Jung-gu", ids, gazetteer.find, lambda pid: gazetteer.name_in(pid, "en"))) == 2
    assert len(typed_places("중구", ids, gazetteer.find, lambda pid: gazetteer.name_in(pid, "ko"))) == 2  # (not all)


def test_choosing_a_place_opens_its_panel(frame):
    at = run_app()
    assert PICK_KEY not in [box.key for box in at.selectbox]  # the picker's options are sent once it is opened
    at.session_state[PICKER_KEY] = True
    at.run()
    at.selectbox(key=PICK_KEY).set_value("dk-odense").run()
    assert not at.exception
    records = aggregate.records_at(frame, "dk-odense")
    text = page_text(at)
    assert "Odense" in [s.value for s in at.subheader]
    for _, row in records.iterrows():
        assert row["title_en"] in text
        assert row["evidence"][0] in text
        assert row["publisher"] in text
        assert row["source_file"] not in text  # the store's name for the file means nothing to a viewer
    assert at.query_params == {"place": "dk-odense"}
    assert layer(deck_spec(at), "focus-place")["data"][0]["r"] > 0


def test_place_in_url_opens_the_panel_in_korean(frame):
    # 2022-sejong-* records come from 002_322a285842e0d4fc (smart city roadshow, 세종 as Korean side)
    at = run_app({"place": "kr-sejong", "lang": "ko"})
    records = aggregate.records_at(frame, "kr-sejong")
    text = page_text(at)
    assert at.subheader[0].value == "세종"
    assert all(title in text for title in records["title_ko"])
    assert "(추정)" in text and "날짜 추정 근거" in text  # inferred dates say so, and why


def test_a_place_filtered_away_closes_the_panel():
    at = run_app({"place": "dk-odense"})
    assert at.subheader
    at.multiselect(key="filter_country").select("TH").run()
    assert not at.subheader
    assert "place" not in at.query_params


def test_pair_in_url_shows_that_pairs_records(frame):
    at = run_app({"pair": "kr-seoul,dk-odense"})
    records = aggregate.records_between(frame, "kr-seoul", "dk-odense")
    text = page_text(at)
    assert at.subheader[0].value == plain("Seoul → Odense")
    assert all(title in text for title in records["title_en"])
    assert len(layer(deck_spec(at), "focus-arcs")["data"]) == len(
        records["type"].unique()
    )


def test_language_switch_changes_labels_and_url():
    at = run_app()
    at.radio(key="lang").set_value("ko").run()
    assert at.title[0].value == "파트너십 아틀라스"
    assert at.multiselect(key="filter_sector").label == "분야"
    names = [d["name"] for d in layer(deck_spec(at), "labels")["data"]]
    assert names and all(HANGUL.search(n) for n in names)
    assert at.query_params == {"lang": "ko"}
    legend = next(h.proto.body for h in at.get("html") if "atlas-legend" in h.proto.body)
    assert type_label("mou", "ko") in legend and TYPES["mou"][0] not in legend
    at.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Partnership Atlas"
    assert at.query_params == {}


def test_legend_lists_only_the_types_on_the_map():
    at = run_app({"type": "mou"})
    legend = next(h.proto.body for h in at.get("html") if "atlas-legend" in h.proto.body)
    assert "MOU" in legend
    assert all(en not in legend for ty, (en, _) in TYPES.items() if ty != "mou")


def test_map_as_text_lists_the_busiest_place(frame, gazetteer):
    at = run_app()
    assert at.expander[0].label == "Map as text" and not at.expander[0].markdown  # made when opened
    at.session_state[TEXT_KEY] = True  # the reader opens it
    at.run()
    points = aggregate.place_points(frame, gazetteer)
    expander = at.expander[0]
    text = plain("\n".join(m.value for m in expander.markdown))
    n = points["count"].iat[0]
    assert f"{points['name_en'].iat[0]} (Korean city): {n} agreement{'' if n == 1 else 's'}" in text


def _bad_type(path):
    records = json.loads(path.read_text(encoding="utf-8"))
    records[0]["type"] = "treaty"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records[0]["id"], "type"


def _no_title(path):
    records = json.loads(path.read_text(encoding="utf-8"))
    del records[-1]["title_ko"]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records[-1]["id"], "title_ko"


def _not_json(path):
    path.write_text("[{", encoding="utf-8")
    return None, None


@pytest.mark.parametrize(
    ("file", "breaks"),
    [
        ("000_a437fd8661412f19.json", _bad_type),  # Seoul–Odense robotics MOU release
        ("003_7cdbec0e616b3126.json", _no_title),  # Newsis: Seoul in Ho Chi Minh City
        ("004_3b3a5901f31adbfd.json", _not_json),  # Daegu energy centre blog post
    ],
)
def test_a_broken_record_is_reported_and_what_was_stored_still_plots(data_copy, gazetteer, file, breaks):
    """The database keeps what it had from the file (a half-saved file must not take published
    records off the map) and the page says what is wrong and where."""
    from partnerships import store

    good = store.records_frame(store.load(data_dir=data_copy, gazetteer=gazetteer).records, gazetteer)
    record_id, field = breaks(data_copy / "records" / file)
    at = run_app()
    assert not at.exception
    assert len(at.warning) == 1
    warning = plain(at.warning[0].value)
    assert file in warning
    if record_id:
        assert record_id in warning and f"field {field}" in warning
    assert metric(at, 0) == str(len(good)) and len(good) > 0
    assert arc_keys(deck_spec(at)) == expected_arcs(good, gazetteer, Filters())


def test_a_partner_region_draws_only_the_matching_partners(gazetteer):
    """The 2018 Daegu robot-cluster alliance has partners on four continents (seeds/003); choosing
    Europe draws its European partners only, and the numbers count only those."""
    parts = {"Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe"}
    at = run_app({"region": "Europe"})
    assert not at.exception
    spec = deck_spec(at)
    partners = {p for p in point_ids(spec) if not p.startswith("kr-")}
    assert partners and {gazetteer.get(p).region for p in partners} <= parts
    assert {gazetteer.get(dst).region for _, dst, _ in arc_keys(spec)} <= parts
    assert "country-my" not in partners and "country-us" not in partners


def test_the_panel_lists_only_the_matching_partners():
    """seeds/003: the Daegu robot-cluster alliance's panel under the Europe filter names its
    European partners (France, Russia, Spain) and none of the others."""
    at = run_app({"region": "Europe", "place": "kr-daegu"})
    assert not at.exception
    (line,) = [x for x in page_text(at).splitlines() if x.strip().startswith("Places:") and "France" in x]
    assert "Spain" in line and "Russia" in line
    assert "Malaysia" not in line and "United States" not in line and "Singapore" not in line


@pytest.mark.parametrize("width", [652, 1091, 1548])  # the map column at 1280, 1920 and 2560 px
def test_a_wide_map_shows_the_world_once(width, frame, gazetteer):
    # Issue 16: framed for an assumed 640 px, a map 1548 px wide showed the world three times.
    # Framed for its real width (ui.map.map_width reports it), the world is at least as wide as the
    # map, and the user cannot zoom out past that (min_zoom).
    view = fit_view(aggregate.place_points(frame, gazetteer), width=width, height=MAP_HEIGHT)
    assert 512 * 2 ** view["zoom"] >= width
    assert 512 * 2 ** view["min_zoom"] >= width
    assert view["min_zoom"] <= view["zoom"]
    narrow = fit_view(aggregate.place_points(frame, gazetteer), width=640, height=MAP_HEIGHT)
    assert width < 700 or view["zoom"] > narrow["zoom"]


def test_typing_in_a_filter_matches_the_letters_as_typed():
    # fuzzy matching had offered the Gyeongsang and Chungcheong provinces for 'Gyeonggi', and the
    # box's Enter then chose all five
    from streamlit.proto.SelectWidgetFilterMode_pb2 import SelectWidgetFilterMode

    at = run_app()
    for key in ("filter_sector", "filter_type", "filter_kr", "filter_region", "filter_country"):
        assert at.multiselect(key=key).proto.filter_mode == SelectWidgetFilterMode.FILTER_MODE_CONTAINS, key

"""The Tour page: steps through records in order, keeps its place in the URL, frames each record."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from partnerships import store
from tests.helpers import ROOT
from tests.helpers.apptest import run_app
from ui.map.deck import wrap_lon
from ui.screens import tour as tour_ui
from ui.screens import tour_builder, tour_settings
from ui.shell.markup import md_escape

PAGE = "pages/2_Tour.py"


def run_tour(params: dict[str, str] | None = None) -> AppTest:
    return run_app(params, page=PAGE)


def spec(at: AppTest) -> dict:
    (chart,) = at.get("deck_gl_json_chart")
    return json.loads(chart.proto.json)


def card(at: AppTest) -> str:
    return " ".join(str(el.proto.body) for el in at.get("html") if "tour-card" in str(el.proto.body))


def test_first_step_is_the_oldest_record(frame):
    at = run_tour()
    assert not at.exception
    oldest = frame.sort_values(["date", "id"]).iloc[0]
    assert html.escape(oldest["title_en"]) in card(at)
    assert f"1 of {len(frame)}" in " ".join(m.value for m in at.markdown)


def test_next_and_previous_move_and_write_the_url(frame):
    at = run_tour()
    at.button(key="tour_next").click().run()
    assert at.query_params["step"] == "2"
    second = frame.sort_values(["date", "id"]).iloc[1]
    assert html.escape(second["title_en"]) in card(at)
    at.button(key="tour_prev").click().run()
    assert at.query_params.get("step", "1") == "1"
    assert at.button(key="tour_prev").disabled  # the first step: no wrapping round to the last
    at.button(key="tour_last").click().run()
    assert at.query_params["step"] == str(len(frame)) and at.button(key="tour_next").disabled
    assert not at.button(key="tour_prev").disabled


def test_step_in_the_url_is_restored_and_frames_the_record(frame, gazetteer):
    ordered = frame.sort_values(["date", "id"]).reset_index(drop=True)
    # 004 (Daegu blog): the export contract to Canada, a single pair far from the home view
    i = ordered.index[ordered["id"] == "2019-daegu-canada-nuclear-robot-contract"][0]
    at = run_tour({"step": str(i + 1)})
    assert html.escape(ordered.loc[i, "title_en"]) in card(at)
    view = spec(at)["initialViewState"]
    assert view["transitionDuration"] == tour_ui.glide(i + 1)
    daegu, canada = gazetteer.get("kr-daegu"), gazetteer.get("country-ca")
    assert min(daegu.lat, canada.lat) < view["latitude"] < max(daegu.lat, canada.lat)
    focus = [ly for ly in spec(at)["layers"] if ly["id"].startswith("focus-arcs")]
    ends = [(a["s"], a["d"]) for a in focus[0]["data"]]
    assert ends == [([pytest.approx(wrap_lon(daegu.lon), abs=0.01), pytest.approx(daegu.lat, abs=0.01)],
                     [pytest.approx(wrap_lon(canada.lon), abs=0.01), pytest.approx(canada.lat, abs=0.01)])]


def test_each_step_changes_the_glide_time_so_every_move_animates():
    at = run_tour()
    times = [spec(at)["initialViewState"]["transitionDuration"]]
    for _ in range(2):
        at.button(key="tour_next").click().run()
        times.append(spec(at)["initialViewState"]["transitionDuration"])
    assert times[0] != times[1] != times[2]
    assert all(abs(t - tour_ui.GLIDE_MS) <= 1 for t in times)


def test_the_records_arcs_keep_their_colour_and_the_others_fade(frame):
    ordered = frame.sort_values(["date", "id"]).reset_index(drop=True)
    # 002 (Sejong roadshows): the Sejong–Istanbul roadshow, with Bangkok and Odense arcs around it
    i = ordered.index[ordered["id"] == "2022-sejong-istanbul-smart-city-roadshow"][0]
    layers = spec(run_tour({"step": str(i + 1)}))["layers"]
    arcs = next(ly for ly in layers if ly["id"].startswith("arcs-"))["data"]
    mine = [a for a in arcs if (a["src"], a["dst"], a["type"]) == ("kr-sejong", "tr-istanbul", "roadshow")]
    others = [a for a in arcs if (a["src"], a["dst"], a["type"]) != ("kr-sejong", "tr-istanbul", "roadshow")]
    assert mine and others
    assert all(len(a["c"]) == 3 for a in mine)
    assert all(len(a["c"]) == 4 and a["c"][3] < 100 for a in others)
    places = next(ly for ly in layers if ly["id"].startswith("places-"))["data"]
    bright = {p["id"] for p in places if len(p["fill"]) == 3}
    assert bright == {"kr-sejong", "tr-istanbul"}


def test_dark_theme_colours_the_tour_map():
    from ui.map.palette import DARK

    layers = spec(run_tour({"theme": "dark"}))["layers"]
    basemap = next(ly for ly in layers if ly["id"] == "basemap")
    assert basemap["_subLayerProps"]["polygons-fill"]["getFillColor"] == list(DARK.land)


def test_domestic_record_zooms_to_its_korean_place(frame, gazetteer):
    ordered = frame.sort_values(["date", "id"]).reset_index(drop=True)
    domestic = ordered.index[(ordered["partner_places"].map(len) == 0) & (ordered["korean_places"].map(len) == 1)][0]
    at = run_tour({"step": str(domestic + 1)})
    view = spec(at)["initialViewState"]
    place = gazetteer.get(ordered.loc[domestic, "korean_places"][0])
    assert (view["latitude"], view["longitude"]) == pytest.approx((place.lat, place.lon), abs=0.01)
    assert not any(ly["id"].startswith("focus-arcs") for ly in spec(at)["layers"])


def test_saved_tour_follows_its_order(frame):
    saved = json.loads((ROOT / "data" / "tours" / "seed-highlights.json").read_text(encoding="utf-8"))
    at = run_tour({"tour": "seed-highlights", "step": "2"})
    second = frame.set_index("id").loc[saved["records"][1]]
    assert html.escape(second["title_en"]) in card(at)
    assert f"2 of {len(saved['records'])}" in " ".join(m.value for m in at.markdown)


def test_current_filters_scope_tours_only_matching_records(frame):
    at = run_tour({"scope": "filtered", "kr": "kr-daegu"})
    n = sum("kr-daegu" in k for k in frame["korean_places"])
    assert f"1 of {n}" in " ".join(m.value for m in at.markdown)
    assert "Daegu" in card(at)


def test_filters_from_the_map_are_what_the_tour_runs_through(frame):
    # A link from the map with a Korean city chosen: the tour starts on those records, unasked.
    at = run_tour({"kr": "kr-daegu"})
    n = sum("kr-daegu" in k for k in frame["korean_places"])
    assert at.session_state[tour_settings.SCOPE] == "filtered" and "scope" not in at.query_params
    # (the step line names what the tour shows: a presenter's 'Korea and Vietnam' needs no file)
    assert f"1 of {n} · Daegu · Oldest first" in " ".join(m.value for m in at.markdown)
    assert "Daegu" in card(at)
    at.radio(key=tour_settings.SCOPE).set_value("all").run()  # every record, when the presenter asks
    line = " ".join(m.value for m in at.markdown)
    assert at.query_params["scope"] == "all" and f"1 of {len(frame)} · Oldest first" in line


def test_a_country_chosen_on_the_map_starts_the_saved_story_told_by_it():
    from partnerships.query import Filters
    from partnerships.tour import TIME_ORDER, Tour, ToursResult

    saved = ToursResult({"korea-japan": Tour("korea-japan", "Korea and Japan", "한국과 일본", (), (("country", "JP"),)),
                         "highlights": Tour("highlights", "Highlights", "주요 장면", ("a", "b"))})
    assert tour_settings.from_the_map(Filters(countries=("JP",)), saved) == ("all", "korea-japan")
    assert tour_settings.from_the_map(Filters(countries=("DK",)), saved) == ("filtered", TIME_ORDER)
    assert tour_settings.from_the_map(Filters(countries=("JP",), sectors=("energy",)), saved) == ("filtered", TIME_ORDER)
    assert tour_settings.from_the_map(Filters(), saved) == ("all", TIME_ORDER)


def test_autoplay_moves_on_when_the_interval_has_passed():
    at = run_tour({"play": "1", "every": "5"})
    assert at.query_params["play"] == "1"
    at.run()
    assert "step" not in at.query_params  # not yet due
    at.session_state[tour_settings.LAST] = 0.0  # long ago
    at.run()
    assert at.query_params["step"] == "2"


def test_presentation_look_hides_the_sidebar_and_is_in_the_url():
    at = run_tour({"present": "1"})
    styles = " ".join(str(el.proto.body) for el in at.get("html"))
    assert 'stSidebar"' in styles and "display:none" in styles
    at.toggle(key=tour_settings.switch_key(at.session_state)).set_value(False).run()
    assert "present" not in at.query_params
    assert 'stSidebarCollapsedControl' not in " ".join(str(el.proto.body) for el in at.get("html"))
    at.toggle(key=tour_settings.switch_key(at.session_state)).set_value(True).run()
    assert at.query_params["present"] == "1"
    at.button(key="tour_exit").click().run()
    assert "present" not in at.query_params
    at.button(key="tour_enter").click().run()  # F5 presses it (a clicker's "start slideshow")
    assert at.query_params["present"] == "1" and at.toggle(key=tour_settings.switch_key(at.session_state)).value


def test_korean_interface_and_card(frame):
    at = run_tour({"lang": "ko"})
    oldest = frame.sort_values(["date", "id"]).iloc[0]
    assert html.escape(oldest["title_ko"]) in card(at)
    assert "다음 ▶" in [b.label for b in at.button]


def test_one_step_singles_out_its_own_record_and_draws_nothing_later(frame):
    # Step 1 is the 2014 Seoul–Odense friendship tie; the same pair later has exchanges, an award
    # and an MOU (Seoul–Odense articles), which must neither light up nor be drawn yet.
    layers = spec(run_tour({"step": "1"}))["layers"]
    arcs = next(ly for ly in layers if ly["id"].startswith("arcs-"))["data"]
    assert [(a["src"], a["dst"], a["type"]) for a in arcs] == [("kr-seoul", "dk-odense", "friendship_city")]
    later = spec(run_tour({"step": "5"}))["layers"]
    arcs = next(ly for ly in later if ly["id"].startswith("arcs-"))["data"]
    seoul_odense = {a["type"]: a for a in arcs if (a["src"], a["dst"]) == ("kr-seoul", "dk-odense")}
    assert set(seoul_odense) == {"friendship_city", "exchange"}  # 2014, 2015 and 2019 so far
    assert len(seoul_odense["exchange"]["c"]) == 3  # step 5 is the 2019 exchange: lit
    assert seoul_odense["friendship_city"]["c"][3] < 100  # the 2014 tie: faded
    focus = next(ly for ly in later if ly["id"].startswith("focus-arcs-"))["data"]
    assert len(focus) == 1


def test_a_saved_order_draws_the_steps_told_so_far_not_the_ones_to_come():
    # the highlights tour: step 1 is Seoul–Odense (2014), step 2 Daegu's robot cluster alliance
    first = spec(run_tour({"tour": "seed-highlights", "step": "1"}))["layers"]
    arcs = next(ly for ly in first if ly["id"].startswith("arcs-"))["data"]
    assert [(a["src"], a["dst"]) for a in arcs] == [("kr-seoul", "dk-odense")]
    second = spec(run_tour({"tour": "seed-highlights", "step": "2"}))["layers"]
    arcs = next(ly for ly in second if ly["id"].startswith("arcs-"))["data"]
    assert ("kr-seoul", "dk-odense") in {(a["src"], a["dst"]) for a in arcs}  # step 1 stays, faded
    assert {a["src"] for a in arcs} == {"kr-seoul", "kr-daegu"}


def test_presentation_look_hides_the_controls_and_esc_leaves_it():
    at = run_tour({"present": "1"})
    css = " ".join(str(el.proto.body) for el in at.get("html"))
    assert ".st-key-tour_settings" in css and ".st-key-tour_next" in css
    before_esc = at._tree.get_widget_states()  # the browser's widget values while presenting
    at.button(key="tour_exit").click().run()
    assert at.session_state[tour_settings.PRESENT] is False
    assert at.toggle(key=tour_settings.switch_key(at.session_state)).value is False
    # A rerun the browser built before Esc's answer reached it still holds the toggle on: it must
    # not bring the presentation back (AppTest's own runner, as `run` uses it, with those values).
    at._run(before_esc)
    assert at.session_state[tour_settings.PRESENT] is False and "present" not in at.query_params


def test_home_and_end_buttons_jump_to_the_ends(frame):
    at = run_tour({"step": "3"})
    at.button(key="tour_last").click().run()
    assert at.query_params["step"] == str(len(frame))
    at.button(key="tour_first").click().run()
    assert "step" not in at.query_params


def test_the_tour_never_reads_the_whole_records_table(monkeypatch):
    # The Tour asks the database for its order and for each step's map and card; reading every
    # record (the table the page used to load) would fail here.
    def refuse(*_a, **_k):
        raise AssertionError("the whole records table was read")

    monkeypatch.setattr(store, "read_records", refuse)
    at = run_app({"step": "3"}, page="pages/2_Tour.py")
    assert not at.exception
    assert at.get("deck_gl_json_chart") and any("tour-card" in h.proto.body for h in at.get("html"))


@pytest.mark.parametrize("pair", [
    [(126.98, 37.57), (10.39, 55.40)],  # 000: Seoul -> Odense
    [(128.60, 35.87), (wrap_lon(-75.70), 45.42)],  # 004: Daegu -> Ottawa, across the Pacific
    [(127.29, 36.48), (127.38, 36.35)],  # two Korean places close together
])
def test_a_step_is_framed_for_the_maps_real_width(pair):
    # Issue 16: the tour framed for 560 px whatever the screen. The map column is about 560 px at
    # 1280x720 and about 1000 px at 1920x1080 (presentation look, no sidebar): each width gets
    # its own camera, every place inside the map and the world never narrower than the map.
    from geo.mercator import TILE, project

    views = {}
    for width in (560, 1000, 1500):
        view = tour_ui.step_view(pair, width=width, height=tour_ui.PRESENT_MAP_HEIGHT)
        assert TILE * 2 ** view["zoom"] >= width and view["min_zoom"] <= view["zoom"]
        cx, cy = project(view["longitude"], view["latitude"], view["zoom"])
        for lon, lat in pair:
            x, y = project(lon, lat, view["zoom"])
            assert abs(x - cx) < width / 2 and abs(y - cy) < tour_ui.PRESENT_MAP_HEIGHT / 2
        views[width] = view
    assert views[560] != views[1500]


@pytest.mark.parametrize(("screen", "map_width"), [((1280, 720), 680), ((1920, 1080), 1064), ((1024, 768), 526)])
def test_presentation_frames_for_no_more_than_the_screen_gives_the_map(screen, map_width):
    # Presenting, the style makes the map as high as the screen under the title (map widths as
    # measured in Chromium); the camera frames for a height within it (84% on 16:9, 61% on 4:3), so no step's place is off
    # the map, and for most of it, so the step fills the screen.
    from ui.screens.presentation import MAP_CLEARANCE

    shown = screen[1] - MAP_CLEARANCE
    assert 0.6 * shown <= tour_ui.present_height(map_width) <= shown


def test_choosing_another_tour_starts_it_at_its_first_step(frame):
    saved = json.loads((ROOT / "data" / "tours" / "seed-highlights.json").read_text(encoding="utf-8"))
    at = run_tour({"step": "7"})
    at.selectbox(key="tour").set_value("seed-highlights").run()
    assert at.query_params.get("step", "1") == "1"
    assert html.escape(frame.set_index("id").loc[saved["records"][0], "title_en"]) in card(at)
    at.button(key="tour_next").click().run()
    at.radio(key="scope").set_value("filtered").run()
    assert at.query_params.get("step", "1") == "1"


def test_a_source_address_python_cannot_split_leaves_the_card_and_the_panel_working(data_copy):
    # 'http://[::1' passes the record's check (http, no space) but urlsplit raises on it
    records_file = data_copy / "records" / "000_a437fd8661412f19.json"
    records = json.loads(records_file.read_text(encoding="utf-8"))
    for r in records:
        r["source"]["url"] = "http://[::1"
    records_file.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    for at in (run_tour({"scope": "all", "kr": "kr-seoul"}), run_app({"place": "dk-odense"})):
        assert not at.exception  # (Seoul's tour starts on, and Odense's panel shows, these records)


def hostile_tours(data: Path) -> str:
    """A saved story with a title in markup and a step whose record does not exist, beside a broken
    file; the story's title."""
    title = "**Bold** :red[red] $x^2$ :material/home:"
    (data / "tours" / "hostile.json").write_text(json.dumps(
        {"title_en": title, "records": ["2024-seoul-odense-robotics-mou", "no-such-" + "x" * 500]}), encoding="utf-8")
    (data / "tours" / "broken.json").write_text("{", encoding="utf-8")
    return title


def test_a_saved_storys_title_is_text_and_a_viewer_reads_one_line_on_its_skipped_steps(data_copy):
    title = hostile_tours(data_copy)
    at = run_tour({"tour": "hostile"})
    assert not at.exception
    assert at.title[0].value == md_escape(title)  # the markup is shown, not applied
    assert not at.warning  # no file's faults for the public, nor another story's
    assert [c.value for c in at.caption if "skipped" in c.value] == ["Steps skipped (their records are not published): 1"]
    at = run_tour({"tour": "hostile", "present": "1"})
    assert not at.warning and not [c for c in at.caption if "skipped" in c.value]  # a slide shows the story


def test_the_presentation_look_draws_labels_and_the_lit_arcs_for_the_room():
    def kinds(at: AppTest) -> dict[str, dict]:
        return {layer["id"].rsplit("-", 1)[0]: layer for layer in spec(at)["layers"]}

    normal, room = kinds(run_tour()), kinds(run_tour({"present": "1"}))
    assert room["labels"]["getSize"] > normal["labels"]["getSize"]
    assert room["focus-arcs"]["getWidth"] != normal["focus-arcs"]["getWidth"]
    assert all(layer.get("visible", True) for kind, layer in normal.items() if kind.startswith("city-names"))
    hidden = [layer for kind, layer in room.items() if kind.startswith("city-names")]
    assert hidden and not any(layer.get("visible", True) for layer in hidden)  # the basemap's names leave


def test_a_tour_of_ones_own_is_picked_on_the_page_kept_in_the_link_and_downloaded(frame):
    at = run_tour()
    pick = at.multiselect(key="tour_own_pick_en")
    assert pick.proto.select_all == 0  # no "Select all": agreements are picked one by one, in order
    from streamlit.proto.SelectWidgetFilterMode_pb2 import SelectWidgetFilterMode

    # typed words match, not fuzzily: 'Osaka' also listed Sakhalin and Astana, and Enter took one (trial 25)
    assert pick.proto.filter_mode == SelectWidgetFilterMode.FILTER_MODE_CONTAINS
    pick.select("2024-seoul-odense-robotics-mou").select("2014-seoul-odense-friendship-city").run()
    assert not at.exception
    assert at.query_params["steps"] == "2024-seoul-odense-robotics-mou,2014-seoul-odense-friendship-city"
    assert at.query_params.get("tour", "own") == "own"  # (a link with picked steps opens on them)
    assert "1 of 2" in " ".join(m.value for m in at.markdown)  # in the order picked, not in time order
    robots = frame.set_index("id").loc["2024-seoul-odense-robotics-mou"]
    assert html.escape(robots["title_en"]) in card(at)
    assert [t.value for t in at.title][0].replace("\\", "") == "Your tour (2)"
    # the link alone brings the same tour back, in a new session
    again = run_tour({"tour": "own", "steps": "2024-seoul-odense-robotics-mou,2014-seoul-odense-friendship-city",
                      "step": "2"})
    first = frame.set_index("id").loc["2014-seoul-odense-friendship-city"]
    assert html.escape(first["title_en"]) in card(again)
    assert len(again.get("download_button")) == 2  # exactly the tour's records, as CSV and Excel


def test_a_link_with_unknown_or_hostile_steps_keeps_only_published_records():
    at = run_tour({"steps": "no-such-record,<script>alert(1)</script>,2014-seoul-odense-friendship-city"})
    assert not at.exception
    assert "1 of 1" in " ".join(m.value for m in at.markdown)
    assert "alert(1)" not in " ".join(str(el.proto.body) for el in at.get("html"))


def test_a_tour_of_ones_own_runs_its_picks_whatever_the_maps_filters_and_says_what_it_left_out(frame):
    at = run_tour({"country": "VN", "steps": "2024-seoul-odense-robotics-mou,draft-or-gone"})
    assert not at.exception
    robots = frame.set_index("id").loc["2024-seoul-odense-robotics-mou"]
    assert html.escape(robots["title_en"]) in card(at)  # Denmark, though the map showed Viet Nam
    assert any("left out" in c.value and c.value.endswith("1") for c in at.caption)


def test_a_link_with_more_steps_than_a_tour_holds_is_not_refused_whole(frame):
    ids = list(frame.sort_values("id")["id"])
    gone = [f"gone-{n}" for n in range(tour_builder.MAX_STEPS + 3 - len(ids))]
    at = run_tour({"steps": ",".join(ids + gone)})  # (a link of 43 steps was ignored whole)
    assert not at.exception
    assert f"1 of {len(ids)}" in " ".join(m.value for m in at.markdown)
    assert any("left out" in c.value and c.value.endswith(f": {len(gone)}") for c in at.caption)


def test_a_tour_of_ones_own_survives_a_rerun_whose_address_lost_its_steps(frame):
    at = run_tour({"steps": "2024-seoul-odense-robotics-mou,2014-seoul-odense-friendship-city", "step": "2"})
    del at.query_params["steps"]  # (the presentation look switched on and off, in a browser)
    at.run()
    assert at.session_state[tour_settings.ORDER] == "own" and "2 of 2" in " ".join(m.value for m in at.markdown)
    assert at.query_params["steps"] == "2024-seoul-odense-robotics-mou,2014-seoul-odense-friendship-city"


def test_the_tour_picker_names_each_agreements_partner_countries_in_the_pages_language(frame):
    odense = frame.set_index("id").loc["2024-seoul-odense-robotics-mou"]
    for lang, denmark in (("en", "Denmark"), ("ko", "덴마크")):
        options = run_tour({"lang": lang}).multiselect(key=f"tour_own_pick_{lang}").options
        robots = [o for o in options if odense["title_" + lang] in o]
        assert robots and all(o.endswith(" · " + denmark) for o in robots), robots  # typing the country finds it

"""Every URL parameter of every page is parsed tolerantly: a bad value is ignored and said so,
and no value makes a page raise."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.apptest import run_app
from ui.shell import page_list

PAGES = [None, *(p.file for p in page_list.PAGES if p is not page_list.MAP)]
# Every parameter any page reads (filters, language and theme are on every page).
PARAMS = ["from", "to", "sector", "type", "kr", "region", "country", "q", "lang", "theme",
          "place", "pair", "step", "every", "tour", "scope", "present", "play", "by", "article", "record"]


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


# The values that raised a traceback (str.isdigit accepts '²'; int() refuses '--1' and 5,000 digits).
@pytest.mark.parametrize("page,key,value", [
    *[(page, key, value) for page in (None, "pages/2_Tour.py", "pages/3_Agreements.py")
      for key, value in (("from", "²"), ("to", "--1"), ("from", "9" * 5000))],
    ("pages/2_Tour.py", "step", "²"), ("pages/2_Tour.py", "every", "²"), ("pages/2_Tour.py", "step", "9" * 5000),
])
def test_unusable_number_is_ignored_and_said(page, key, value):
    at = run_app({key: value}, page=page)
    assert not at.exception, [e.value for e in at.exception]
    assert f"`{key}` value could not be used" in captions(at)


@pytest.mark.parametrize("key,value", [("every", "999"), ("scope", "everything"), ("present", "yes")])
def test_out_of_range_tour_settings_are_ignored(key, value):
    at = run_app({key: value}, page="pages/2_Tour.py")
    assert not at.exception, [e.value for e in at.exception]
    assert f"`{key}` value could not be used" in captions(at)


def test_good_values_are_used_without_a_message():
    at = run_app({"from": "2020", "step": "2", "every": "10"}, page="pages/2_Tour.py")
    assert not at.exception
    assert "could not be used" not in captions(at)
    assert at.query_params["step"] == "2"
    assert at.session_state["every"] == 10


# Arbitrary text, numbers-like text (Unicode digits, signs) and a few long values.
VALUES = (st.text(max_size=40) | st.from_regex(r"[-+]{0,2}[0-9²٣]{1,12}", fullmatch=True)
          | st.sampled_from(["9" * 5000, "a," * 3000, "999", "-1", "0", "kr-seoul," + "x" * 200_000]))


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(page=st.sampled_from(PAGES),
       values=st.dictionaries(st.sampled_from(PARAMS), VALUES, min_size=1, max_size=6))
def test_no_parameter_value_makes_a_page_raise(page, values):
    at = run_app(values, page=page)
    assert not at.exception, (page, values, [e.value for e in at.exception])


@pytest.mark.parametrize("value", ["kr-seoul," + "x" * 200_000, "kr-seoul", "a,b,c"])
def test_unusable_pair_is_ignored_once(value):
    at = run_app({"pair": value})
    assert not at.exception, [e.value for e in at.exception]
    assert captions(at).count("`pair` value could not be used") == 1


@pytest.mark.parametrize("page", [None, "pages/3_Agreements.py"])
def test_a_filter_value_the_data_does_not_offer_is_said_not_silently_dropped(page):
    at = run_app({"kr": "kr-nowhere,kr-seoul", "sector": "nosuch", "type": "mou"}, page=page)
    assert not at.exception, [e.value for e in at.exception]
    said = captions(at)
    assert "`kr` value could not be used" in said and "`sector` value could not be used" in said
    assert "`type` value" not in said
    assert at.session_state["filter_kr"] == ["kr-seoul"]


@pytest.mark.parametrize(("params", "key"), [
    ({"place": "zz-nowhere"}, "place"),
    ({"pair": "kr-seoul,xx-nowhere"}, "pair"),
])
def test_a_linked_place_or_pair_the_map_does_not_show_is_said(params, key):
    at = run_app(params)
    assert not at.exception, [e.value for e in at.exception]
    assert f"`{key}` value could not be used" in captions(at)
    shown = run_app({"place": "kr-seoul"})  # one the map shows: no word of it
    assert "`place` value" not in captions(shown)


@pytest.mark.parametrize(("page", "params", "said"), [
    (None, {"focus": "ZZ"}, "`focus` value could not be used"),  # a country the map does not show
    ("pages/2_Tour.py", {"tour": "no-such-story"}, "`tour` value could not be used"),
    (None, {"from": "2024", "to": "2014"}, "`from` and `to` were the wrong way round"),
    ("pages/2_Tour.py", {"step": "999999"}, "`step` is past the end"),  # (had been pulled back unsaid)
])
def test_a_linked_focus_story_or_year_range_that_cannot_be_used_as_is_is_said(page, params, said):
    from tests.helpers.apptest import run_page

    at = run_app(params) if page is None else run_page(page, params)
    assert not at.exception, [e.value for e in at.exception]
    assert said in captions(at)


@pytest.mark.parametrize("years", [("2030", "2040"), ("1000", "1001")])
def test_a_linked_year_range_with_no_record_shows_every_year_and_says_so(years):
    # ('?from=2030&to=2040' became 2025 with its one record, '?from=1000&to=1001' 1961, unsaid)
    at = run_app({"from": years[0], "to": years[1]})
    assert not at.exception, [e.value for e in at.exception]
    assert "The link's years have no agreements" in captions(at)
    assert "from" not in at.query_params and "to" not in at.query_params  # every year: the whole range
    inside = run_app({"from": "2014", "to": "2040"})  # some years with records: kept, unsaid
    assert "have no agreements" not in captions(inside)


def test_a_linked_step_past_the_end_stays_said_until_the_reader_steps_away():
    from tests.helpers.apptest import run_page

    at = run_page("pages/2_Tour.py", {"step": "999999"})
    assert "`step` is past the end" in captions(at)
    at.run()  # (the map's first visit runs the page again: the note had gone with that run)
    assert "`step` is past the end" in captions(at)
    at.button(key="tour_prev").click().run()
    assert "`step` is past the end" not in captions(at)


def test_a_key_given_twice_is_said_and_the_link_keeps_the_value_used():
    # ('?place=kr-seoul&place=dk-odense' silently used the last and left both in the address)
    at = run_app({"place": ["kr-seoul", "dk-odense"]})
    assert not at.exception, [e.value for e in at.exception]
    assert "`place` more than once" in captions(at)
    assert at.query_params["place"] in ("dk-odense", ["dk-odense"])
    assert at.subheader[0].value == "Odense"

"""The URL parameter parsers: ASCII digits with a length cap, checked choices, bounded lists."""

from __future__ import annotations

import pytest

from partnerships import params
from partnerships.params import BadParam


@pytest.mark.parametrize("raw,value", [("2020", 2020), (" 7 ", 7), ("-3", -3)])
def test_integer_accepts_ascii_digits(raw, value):
    assert params.integer(raw, lo=-10, hi=9999) == value


# '²' and '٣' pass str.isdigit but not int(); '--1' passed `lstrip("-").isdigit()`.
@pytest.mark.parametrize("raw", ["²", "٣", "--1", "+1", "1e3", "", " ", "9" * 5000, "10000", "1_000"])
def test_integer_refuses_anything_else(raw):
    with pytest.raises(BadParam):
        params.integer(raw, lo=0, hi=9999)


def test_choice_flag_text():
    assert params.choice("dark", ("light", "dark")) == "dark"
    with pytest.raises(BadParam):
        params.choice("Dark", ("light", "dark"))
    assert params.flag("1") is True and params.flag("0") is False
    with pytest.raises(BadParam):
        params.flag("yes")
    with pytest.raises(BadParam):
        params.text("x" * (params.MAX_TEXT + 1))
    assert params.text(" a\x00b\r ") == "a b"
    # a line break or tab from a link had ended the Tour's step line and started a code block
    assert params.text("sister\n\n        sister\tx") == "sister sister x"
    # a direction override from a link had turned the rest of an export's subtitle around
    assert params.text("seoul\u202e\u200b txt.exe\u2066\ufeff") == "seoul txt.exe"
    assert params.text("서울\u200d 오덴세") == "서울 오덴세"
    assert params.text("2020\u061c-2021\u2060\u00ad\u180e\U000e0041") == "2020-2021"  # marks that turn or hide


def test_items_are_split_deduplicated_and_bounded():
    assert params.items(["ai,robotics", "ai"]) == ("ai", "robotics")
    with pytest.raises(BadParam):
        params.items(",".join(f"s{i}" for i in range(params.MAX_ITEMS + 1)))
    with pytest.raises(BadParam):
        params.items("x" * (params.MAX_ITEM + 1))


def test_pair_needs_two_ids():
    assert params.pair("kr-seoul,dk-odense") == ("kr-seoul", "dk-odense")
    for raw in ("kr-seoul", "a,b,c", ",b"):
        with pytest.raises(BadParam):
            params.pair(raw)

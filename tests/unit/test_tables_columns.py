"""Guessing the column mapping from Korean or English headers; presets (partnerships.tables.columns)."""

import json

import pytest

from partnerships.errors import DataError
from partnerships.tables import columns
from partnerships.tables.columns import Preset


@pytest.mark.parametrize("labels, expected", [
    # a city office's own list (no Korean-government column)
    (["연번", "국가", "상대 도시 국문", "상대 도시 영문", "자매/우호 구분", "체결일(자)", "분야", "비고"],
     {"country": "국가", "partner_ko": "상대 도시 국문", "partner_en": "상대 도시 영문", "partner": "상대 도시 국문",
      "type": "자매/우호 구분", "date": "체결일(자)", "sector": "분야", "note": "비고"}),
    (["시군", "국가", "도시", "구분", "체결일자", "교류분야", "비고"],
     {"korean_place": "시군", "country": "국가", "partner": "도시", "type": "구분", "date": "체결일자",
      "sector": "교류분야", "note": "비고"}),
    (["자치단체", "국가", "상대 도시(영문)", "자매/우호 구분", "체결일(자)"],
     {"korean_place": "자치단체", "country": "국가", "partner_en": "상대 도시(영문)", "partner": "상대 도시(영문)",
      "type": "자매/우호 구분", "date": "체결일(자)"}),
    (["Korean city", "Country", "City", "Type", "Date", "Sector", "Note"],
     {"korean_place": "Korean city", "country": "Country", "partner": "City", "type": "Type", "date": "Date",
      "sector": "Sector", "note": "Note"}),
    # a team's own sheet: the partner country as 상대국, before the partner city
    (["지자체", "상대국", "상대도시", "협약종류", "체결연도", "메모"],
     {"korean_place": "지자체", "country": "상대국", "partner": "상대도시", "type": "협약종류", "date": "체결연도",
      "note": "메모"}),
    # a desk's sheet: 국내 지자체, 해외 도시, 협정 유형
    (["국내 지자체", "해외 도시", "국가", "협정 유형", "체결일", "분야", "출처"],
     {"korean_place": "국내 지자체", "partner": "해외 도시", "country": "국가", "type": "협정 유형", "date": "체결일",
      "sector": "분야", "url": "출처"}),
    # a sheet with snake_case labels: korean_city is the Korean side, not a partner city
    (["korean_city", "partner_city", "partner_country", "type", "date", "source_url", "evidence"],
     {"korean_place": "korean_city", "partner": "partner_city", "country": "partner_country", "type": "type",
      "date": "date", "url": "source_url"}),
    # an English sheet in other words: counterpart, nation, relationship, since, a reference link
    (["No.", "Local government (KR)", "Counterpart", "Nation", "Relationship", "Since", "Reference", "Remarks"],
     {"korean_place": "Local government (KR)", "partner": "Counterpart", "country": "Nation",
      "type": "Relationship", "date": "Since", "url": "Reference", "note": "Remarks"}),
    # ../shared/data/exchange-ties/ties.csv
    (["korean_gov_ko", "korean_gov_en", "korean_level", "partner_name_en", "partner_name_ko", "partner_admin_en",
      "partner_country_iso2", "tie_type", "date", "source_url", "confidence", "note"],
     {"korean_place": "korean_gov_ko", "partner_en": "partner_name_en", "partner_ko": "partner_name_ko",
      "partner": "partner_name_ko", "admin": "partner_admin_en", "country": "partner_country_iso2",
      "type": "tie_type", "date": "date", "url": "source_url", "note": "note", "confidence": "confidence"}),
])
def test_guess(labels, expected):
    assert columns.guess(labels) == expected


def test_missing_names_what_an_import_needs():
    assert columns.missing({"partner": "도시"}) == ["type", "date", "korean_place"]
    assert columns.missing({"partner": "도시", "type": "구분", "date": "체결일"}, {"korean_place": "수원시"}) == []


def test_preset_round_trip(tmp_path):
    p = Preset("suwon", {"partner": "도시", "date": "체결일"}, fixed={"korean_place": "수원시"},
               types={"협의중": None}, places={"Odence|DK": "dk-odense"})
    path = columns.save_preset(p, data_dir=tmp_path)
    assert path == tmp_path / "presets" / "suwon.json"
    assert columns.load_preset("suwon", data_dir=tmp_path) == p
    assert columns.preset_names(data_dir=tmp_path) == ["suwon"]


@pytest.mark.parametrize("text, fragment", [
    ("{", "not JSON"),
    ('{"name": "x"}', "expected an object"),
    ('{"name": "x", "columns": {"bogus": "a"}}', "unknown keys bogus"),
])
def test_bad_preset_says_why(text, fragment):
    with pytest.raises(DataError, match=fragment):
        Preset.from_json(text)


def test_unknown_preset_lists_the_saved_ones(tmp_path):
    columns.save_preset(Preset("a", {}), data_dir=tmp_path)
    with pytest.raises(DataError, match="presets: a"):
        columns.load_preset("nope", data_dir=tmp_path)


def test_preset_name_is_checked(tmp_path):
    with pytest.raises(DataError, match="preset name"):
        columns.save_preset(Preset("../evil", {}), data_dir=tmp_path)


def test_the_exchange_ties_preset_loads():
    from partnerships import store

    p = columns.load_preset("exchange-ties", data_dir=store.ROOT / "data")
    assert p.columns["date"] == "date" and p.types["exchange_agreement"] == "friendship_city"


def test_a_preset_name_that_looks_like_another_is_refused(tmp_path):
    from partnerships.errors import DataError
    from partnerships.tables.columns import Preset, save_preset

    with pytest.raises(DataError, match="Cyrillic"):
        save_preset(Preset(name="exch\u0430nge-ties", columns={"partner": "x"}), data_dir=tmp_path)
    assert save_preset(Preset(name="우리과-교류", columns={"partner": "x"}), data_dir=tmp_path).is_file()


@pytest.mark.parametrize(("raw", "said"), [
    ({"publisher": 12345}, "publisher"), ({"publisher": None}, "publisher"), ({"undated": "no"}, "undated"),
    ({"header_row": -5}, "header_row"), ({"header_row": True}, "header_row"), ({"fixed": {"type": 3}}, "fixed"),
    ({"note": "a\u202eb"}, "note"), ({"places": ["x"]}, "places"), ({"types": {"MOU": 1}}, "types"),
])
def test_a_hand_written_mappings_values_must_be_of_their_kind(raw, said):
    text = json.dumps({"name": "hand", "columns": {"date": "체결일"}, **raw})
    with pytest.raises(DataError, match=said):
        Preset.from_json(text)

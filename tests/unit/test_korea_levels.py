"""Korean government levels: of a place, and as a filter over the records table."""

from __future__ import annotations

import pytest

from partnerships import query, store
from partnerships.korea import place_level
from partnerships.model import Record


@pytest.mark.parametrize("place_id,level", [
    ("kr-seoul", "metropolitan"), ("kr-sejong", "metropolitan"), ("kr-gyeonggi-do", "province"),
    ("kr-suwon", "city"), ("kr-gangjin-gun", "county"), ("kr-seoul-gangseo-gu", "district"),
    ("jp-tokyo", None),
])
def test_place_level(gazetteer, place_id, level):
    assert place_level(gazetteer.get(place_id)) == level


def _record(rid: str, korean: str, confidence: str | None) -> Record:
    d = {"id": rid, "title_en": "t", "title_ko": "t", "type": "sister_city", "sectors": ["trade"], "date": "2001",
         "year": 2001, "date_basis": "stated", "korean_places": [korean], "partner_places": ["jp-tokyo"],
         "summary_en": "s", "summary_ko": "s", "source": {"file": "f.txt", "publisher": ""}, "evidence": ["e"]}
    if confidence:
        d["confidence"] = confidence
    return Record.from_dict(d)


def test_level_and_confidence_filter_the_table(gazetteer):
    df = store.records_frame([_record("a", "kr-seoul-gangseo-gu", "high"), _record("b", "kr-suwon", "medium"),
                              _record("c", "kr-seoul", None)], gazetteer)
    assert query.apply(df, query.Filters(levels=("district",)))["id"].tolist() == ["a"]
    assert query.apply(df, query.Filters(levels=("city", "metropolitan")))["id"].tolist() == ["b", "c"]
    assert query.apply(df, query.Filters(confidence=("medium",)))["id"].tolist() == ["b"]
    assert query.Filters(levels=("district",), confidence=("high",)).to_params() == {"level": "district",
                                                                                     "conf": "high"}

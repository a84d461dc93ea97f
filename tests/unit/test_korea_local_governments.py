"""Every autonomous district (구) of Seoul and the six metropolitan cities and every county (군)
of Korea is a place of its level in its metropolitan city or province (data/korea_districts.csv,
data/korea_areas.csv; counts of the national boundary data the build reads)."""

from __future__ import annotations

from collections import Counter

from partnerships.korea_areas import area_table

DISTRICTS = {"kr-seoul": 25, "kr-busan": 15, "kr-daegu": 7, "kr-incheon": 8, "kr-gwangju": 5,
             "kr-daejeon": 5, "kr-ulsan": 4}
# Chungbuk: 8 counties and the former Cheongwon-gun (merged into Cheongju in 2014), kept so
# that records naming it still resolve; Daegu's Gunwi-gun is still Gyeongbuk's in the source
COUNTIES = {"kr-busan": 1, "kr-daegu": 1, "kr-incheon": 2, "kr-ulsan": 1, "kr-gyeonggi-do": 3,
            "kr-gangwon-do": 11, "kr-chungcheongbuk-do": 9, "kr-chungcheongnam-do": 7,
            "kr-jeollabuk-do": 8, "kr-jeollanam-do": 17, "kr-gyeongsangbuk-do": 13,
            "kr-gyeongsangnam-do": 10}


def _counts(gazetteer, kind: str) -> Counter:
    areas = area_table()
    return Counter(areas.get(p.id) for p in gazetteer if p.country == "KR" and p.kind == kind)


def test_every_metropolitan_district_is_a_district(gazetteer):
    counts = _counts(gazetteer, "district")
    assert {a: counts[a] for a in DISTRICTS} == DISTRICTS


def test_every_county_is_a_county_of_its_area(gazetteer):
    counts = _counts(gazetteer, "county")
    assert {a: counts[a] for a in COUNTIES} == COUNTIES
    assert sum(counts.values()) == sum(COUNTIES.values())

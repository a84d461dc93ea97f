"""아일랜드 is Ireland, and 'island' in the name of a policy or a declaration. The texts are written
for the tests, on the pattern a blind evaluation set showed."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys


def _partners(text: str, gazetteer) -> list[tuple[str, ...]]:
    return [k[3] for k in record_keys(text, gazetteer, "2019-11-08")]


@pytest.mark.parametrize("name", ["'클린에너지 아일랜드 공동선언문'", "'카본프리 아일랜드 2030' 공동선언문",
                                  "'Green 아일랜드' 공동선언문"])
def test_island_in_a_declarations_name_is_no_ireland(gazetteer, name):
    text = f"제주도는 7일 오키나와현청에서 오키나와현 부지사와 만나 {name}에 서명했다."
    assert _partners(text, gazetteer) == [("adm1-jp-okinawa",)]


@pytest.mark.parametrize("text", ["경기도는 7일 영국과 아일랜드 정부와 업무협약을 체결했다.",
                                  "서울시는 7일 아일랜드 더블린시와 업무협약을 체결했다."])
def test_ireland_named_as_a_country_stays_ireland(gazetteer, text):
    partners = _partners(text, gazetteer)
    assert partners and any(p in ("country-ie", "ie-dublin") for ps in partners for p in ps)

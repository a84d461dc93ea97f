"""General properties of Korean news prose that decide what is a record, each shown on a short
invented article (no sentence here comes from an evaluation set); the comment names the
property."""

from __future__ import annotations

import pytest

from partnerships.extract import extract


def _records(text: str, gazetteer, published: str) -> list[tuple]:
    found = extract(text, gazetteer=gazetteer, published=published).candidates
    return sorted((c["type"], c["year"], tuple(c["korean_places"]), tuple(c["partner_places"]))
                  for c in found)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a fact denied ('... 체결한 사실이 없다'): an official rebuttal reports no agreement
        ("공주시는 페루 쿠스코시와 우호교류 협약을 체결한 사실이 없다고 밝혔다.", "2025-03-04", []),
        ("○ 논산시는 칠레 발파라이소시와 자매결연을 맺은 사실은 없음", "2025-03-04", []),
        # ... while the same words reporting the signing stay a record
        ("공주시는 지난 2일 페루 쿠스코시와 우호교류 협약을 체결했다.", "2025-03-04",
         [("friendship_city", 2025, ("kr-gongju",), ("pe-cusco",))]),
    ],
)
def test_general_prose(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected

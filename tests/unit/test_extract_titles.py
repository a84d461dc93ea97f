"""The titles the reader suggests keep an acronym as written ('MOU') and lower-case a common noun."""

from __future__ import annotations

from partnerships.extract import extract


def _titles(text: str, gazetteer) -> list[str]:
    return [c["title_en"] for c in extract(text, gazetteer=gazetteer, published="2025-06-12").candidates]


def test_an_acronym_is_kept_and_a_common_noun_lower_cased(gazetteer):
    mou = "창원시는 11일 핀란드 탐페레시와 스마트 제조 협력 업무협약(MOU)을 체결했다고 12일 밝혔다."
    assert _titles(mou, gazetteer) == ["Changwon with Tampere: MOU"]
    sister = "김해시는 11일 인도네시아 반둥시와 자매결연을 맺었다고 12일 밝혔다."
    assert _titles(sister, gazetteer) == ["Gimhae with Bandung: sister city"]

"""A signing called off is no tie; Taiwan's counties and China's Yanbian and Binhai are found by
their Korean names (each case written after heldout232, in other words and with other places)."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize("text", [
    # (like ga19: '… 업무협약이 체결식을 하루 앞두고 무산됐다')
    "청주시가 일본 오이타시와 추진하던 관광 교류 업무협약이 일정 문제로 취소됐다고 12일 밝혔다.",
    "포항시와 중국 훈춘시의 우호협력 협약식이 현지 사정으로 연기됐다.",
])
def test_a_signing_called_off_is_no_record(text, gazetteer):
    assert _records(text, gazetteer, "2025-05-12") == []


def test_a_signing_put_off_and_then_made_is_the_tie(gazetteer):
    text = "포항시와 중국 훈춘시의 우호협력 협약식이 한 차례 연기된 끝에 12일 체결됐다."
    assert [t for t, *_ in _records(text, gazetteer, "2025-05-13")] == ["friendship_city"]


@pytest.mark.parametrize(("text", "partner"), [
    ("강릉시는 12일 대만 타이둥현(臺東縣)과 관광 교류 협약을 체결했다.", "adm1-tw-taitung"),
    ("강원도는 12일 중국 옌볜조선족자치주와 우호교류 협약을 맺었다.", "cn-yanbian"),
    ("인천시는 12일 중국 톈진 빈하이신구와 물류 협력 업무협약을 체결했다.", "cn-binhai-new-area"),
])
def test_a_taiwanese_county_and_chinese_areas_are_found_by_their_korean_names(text, partner, gazetteer):
    assert [p for *_, p in _records(text, gazetteer, "2025-05-13")] == [(partner,)]

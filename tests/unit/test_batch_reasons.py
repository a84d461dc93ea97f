"""Why an article of a folder gave no record, as the reader says it, said in Korean on a Korean
page; a reason the page does not know is shown as the reader wrote it."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from ui.screens.batch_upload import no_record_reason


@pytest.mark.parametrize(("text", "korean"), [
    ("영천시는 5일 와인 축제를 열었다. 시는 지역 대학과 와인 산업 인재 양성 업무협약도 체결했다.",
     "협력 문구는 있으나 제안된 기록 없음: 상대 지역이 없는 것 1건"),
    ("부산시는 내년에 베트남 다낭시와 업무협약을 체결할 예정이다.",
     "협력 문구는 있으나 계획·방문·제안·협의로만 서술됨 (체결·개최·개소 보도 없음)"),
    ("부산시는 5일 불꽃축제를 열었다.", "기사에 협력 문구(업무협약, 의향서, 자매결연, 로드쇼 등)가 없음"),
])
def test_the_readers_reason_for_no_record_reads_in_korean(gazetteer, text, korean):
    reason = extract(text, gazetteer=gazetteer, published="2024-10-07").reason
    assert no_record_reason(reason, "ko") == korean
    assert no_record_reason(reason, "en") == reason


def test_a_reason_the_page_does_not_know_reads_as_written():
    odd = "agreements found, none proposed: 2 with a reason added later"
    assert no_record_reason(odd, "ko") == odd
    assert no_record_reason("something else", "ko") == "something else"

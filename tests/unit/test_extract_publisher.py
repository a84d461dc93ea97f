"""Who published the page, read from the shape of its head, and the English summary a proposed
record carries: a plain statement fit to publish, not an instruction to staff."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from partnerships.extract.pipeline import publisher_of


@pytest.mark.parametrize(("head", "expected"), [
    ("부산광역시 보도자료\n\n보도일시 '24. 3. 7.(목) 조간\n", "부산광역시"),  # a release names its issuer
    ("청도군 보도자료\n새마을운동 발상지 청도\n", "청도군"),
    ("2023. 5. 17.(수) 석간용\n\n보도자료\n", "press release"),  # ... or does not
    # ... or its head names it beside the marker or the date
    ("[보도자료] 세종특별자치시, 덴마크 올보르시와 협약\n\n세종특별자치시 | 2025년 3월 6일\n", "세종특별자치시"),
    ("[보도자료] 올보르시와 협약 체결\n\n당진시 | 2025-02-14\n", "당진시"),
    ("강원일보 | 2025-09-22 | 양양=이규호기자\n", "강원일보"),  # a newspaper's head
    ("2024년 08월 29일 (목)  하동뉴스 최○○ 기자\n", "하동뉴스"),
    ("경인일보 › 기획·연재 › 도시외교 현장\n", "경인일보"),
    ("[부산=뉴시스] 김철수 기자 = 부산시는 …\n", "뉴시스"),  # a wire's dateline
    ("시는 뉴스를 전했다.\n", ""),  # no head to read
    # a newspaper's page that says it was written from a release is the newspaper's; a release it is not
    ("강원일보 | 2025-09-22 | 양양=이규호기자\n본문\n이 기사는 강원특별자치도 보도자료를 바탕으로 작성됐다.\n", "강원일보"),
    ("시는 교류를 넓힌다. " * 5 + "\n(군산시청 보도자료 아님)\n", ""),
    ("시는 교류를 넓힌다. " * 5 + "\n※ 본 게시물은 충주시 보도자료를 바탕으로 재구성한 글입니다.\n", "충주시"),
    # a release signed off with its issuer at the end
    ("전주시는 14일 피렌체시와 업무협약을 맺었다.\n\n" + "시는 교류를 넓힌다. " * 40 + "\n(2025년 11월 17일, 전주시청 보도자료)\n",
     "전주시청"),
])
def test_the_publisher_is_read_from_the_head_of_the_page(head, expected):
    assert publisher_of(head) == expected


def test_a_proposed_records_english_summary_states_what_was_reported(gazetteer):
    text = ("부산광역시 보도자료\n"
            "부산시는 지난 5일 베트남 호찌민시와 스마트 항만 협력 업무협약을 체결했다고 7일 밝혔다.\n")
    (found,) = extract(text, gazetteer=gazetteer, published="2024-03-07").candidates
    # (a government publishing under its Korean name is named in English too: 'reported by 창원시' read
    # oddly in an English summary, trial 25)
    assert found["summary_en"] == ("Busan and Ho Chi Minh City: MOU (2024-03-05), reported by Busan (부산광역시) "
                                   "on 2024-03-07.")
    assert "check" not in found["summary_en"]


def test_a_government_publisher_is_named_in_english_in_the_english_summary_and_can_be_corrected(gazetteer):
    from partnerships.extract.records import _publisher_en
    from ui.screens.suggested_texts import as_published_by

    assert _publisher_en("전주시청", gazetteer) == "Jeonju (전주시청)"
    assert _publisher_en("경남신문", gazetteer) == "경남신문"  # a paper keeps its name
    assert _publisher_en("연합뉴스", gazetteer) == "연합뉴스"
    cand = {"source": {"publisher": "창원시"},
            "summary_en": "Changwon and Tampere: MOU (2025-11-11), reported by Changwon (창원시) on 2025-11-12."}
    assert as_published_by(cand, "Changwon City Hall")["summary_en"] == (
        "Changwon and Tampere: MOU (2025-11-11), reported by Changwon City Hall on 2025-11-12.")

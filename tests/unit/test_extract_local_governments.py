"""Who signs: '지방정부' and '주정부' are local and state governments, not Korea's national
government (whose ministries sign from Sejong); a university signs for itself, whichever way its name
is written. The texts are written for the tests, on patterns blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys


def test_local_governments_in_a_headline_are_not_the_national_government(gazetteer):
    # headline, subheading and caption name no Korean government but '지방정부': the signing told
    # with its subject left out ('오후에는 … 맺었다') is not a ministry's
    text = ('환동해 4개 지방정부 "관광으로 하나" 공동선언\n제9회 환동해 관광포럼… 돗토리현과 관광 MOU도\n'
            "공동선언문 서명\n18일 열린 포럼에서 각 지방정부 대표들이 공동선언문에 서명한 뒤 기념촬영을 하고 있다.\n"
            "경북도는 18일 환동해 관광포럼을 열고 일본 돗토리현, 러시아 연해주, 몽골 도르노드아이막 대표들과 관광 협력 "
            "공동선언문에 서명했다고 밝혔다.\n"
            "오후에는 돗토리현과 관광 교류 업무협약을 별도로 맺었다.")
    keys = record_keys(text, gazetteer, "2018-10-19")
    assert ("mou", 2018, ("kr-gyeongsangbuk-do",), ("adm1-jp-tottori",)) in [k[:4] for k in keys]
    assert not any("kr-sejong" in k[2] for k in keys)


def test_a_university_named_with_its_short_name_in_brackets_signs_for_itself(gazetteer):
    text = ("한밭대학교(한밭대)가 베트남 최고 명문대학인 하노이국립대학교와 스마트시티 공동연구 협약을 맺었다.\n"
            "이날 협약식에는 대전시장이 참석해 축사를 했다.")
    assert record_keys(text, gazetteer, "2019-05-22") == []


def test_a_university_by_its_latin_short_name_signs_with_another_for_itself(gazetteer):
    text = ("DGIST는 14일 대구 달성군 DGIST 본부에서 사우디아라비아 킹압둘라 과학기술대학교(KAUST)와 "
            "'로봇 분야 공동연구 업무협약'을 체결했다고 밝혔다.\n"
            "협약식에는 DGIST 총장과 대구시 경제부시장 등 30여 명이 참석했다.")
    assert record_keys(text, gazetteer, "2024-05-15") == []

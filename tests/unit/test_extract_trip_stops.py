"""The reader on the stops of a long trip and on delegations received: capitals named short,
a byline's city, what each clause of a stop signed, what the article says was not signed or not
the government's, and what an agreement only provides for.  Each case is a short invented
article; the comment names the kind of wording it stands for."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # '워싱턴' alone is the capital; '파리에서는' is Paris in an article naming France
        ("경북도 대표단이 미국과 프랑스 순방을 마쳤다.\n"
         "대표단은 3일(현지시간) 워싱턴에서 열린 배터리 박람회에 '경북 배터리관'을 운영했다.\n"
         "마지막 방문지인 파리에서는 7일 도가 주최한 '경북 투자설명회'가 열렸다.", "2025-06-10",
         [("forum", 2025, ("kr-gyeongsangbuk-do",), ("us-washington",)),
          ("roadshow", 2025, ("kr-gyeongsangbuk-do",), ("fr-paris",))]),
        # 'this is the third time … signed': the agreement just told, not another one
        ("경북도는 5일(현지시간) 미국 시카고에서 일리노이주 정부와 배터리 협력 업무협약을 체결했다.\n"
         "미국 주정부와 산업 협력 협약을 맺은 것은 이번이 세 번째다.", "2025-06-10",
         [("mou", 2025, ("kr-gyeongsangbuk-do",), ("adm1-us-illinois",))]),
        # the province by its level alone signs with firms ('도와 … 업체 3곳은'), at an export
        # agreement ceremony ('수출협약식') in the city the sentence before names
        ("순방 마지막 기착지인 멕시코 몬테레이에서는 23일(현지시간) 경북 농식품 수출협약식이 열렸다. "
         "도와 현지 유통기업, 도내 수출업체 3곳은 배 200만 달러어치를 공급하는 수출 계약을 맺었다.",
         "2025-06-26", [("contract", 2025, ("kr-gyeongsangbuk-do",), ("mx-monterrey",))]),
        # a byline on its own line ('포항=김민수 기자') is not the side that signed
        ("경북도, 페루 쿠스코와 관광 업무협약\n포항=김민수 기자\n"
         "경북도는 12일(현지시간) 쿠스코시와 관광 교류 업무협약을 체결했다.", "2025-06-14",
         [("mou", 2025, ("kr-gyeongsangbuk-do",), ("pe-cusco",))]),
        # each clause its own stop: the city where the second clause's signing was is its party
        ("경북도는 미국 순방 결과를 15일 밝혔다.\n도지사가 순방에서 일리노이주와 배터리 협력 의향서를 주고받고, 보스턴에서는 스타트업 협력 협약을 "
         "맺었다.", "2025-06-14",
         [("loi", 2025, ("kr-gyeongsangbuk-do",), ("adm1-us-illinois",)),
          ("mou", 2025, ("kr-gyeongsangbuk-do",), ("us-boston",))]),
        # a courtesy call that signed nothing ('새로운 협약 체결은 없었다')
        ("안동시장은 14일(현지시간) 오사카에서 오사카 부지사를 예방했다. 이날 면담은 기존 사업을 점검하는 "
         "자리로 새로운 협약 체결은 없었다.", "2025-06-16", []),
        # a sister tie signed and proclaimed in one sentence is one tie, dated by the day the
        # sentence before gives ('이날')
        ("순방의 하이라이트는 10일 툴루즈였다. 안동시장과 툴루즈 시장은 이날 툴루즈 시청에서 자매결연 "
         "협정서에 서명하고 두 도시의 자매도시 관계를 공식 선포했다.", "2025-06-16",
         [("sister_city", 2025, ("kr-andong",), ("fr-toulouse",))]),
        # a promotion of medical tourism abroad is a roadshow; the hospitals' own agreements at it
        # are theirs ('병원 4곳은 … 협약을 맺었다')
        ("안동시는 13일 아르헨티나 멘도사에서 시가 주최한 '안동 의료관광 설명회'를 열었다. "
         "설명회를 계기로 안동 병원 4곳은 현지 여행사들과 환자 송출 협약을 따로 맺었다.", "2025-06-16",
         [("roadshow", 2025, ("kr-andong",), ("ar-mendoza",))]),
        # a centre set up by agreement ('설립 협약'): the bare 협약 of a subheading is that one
        ("원주시-이탈리아 투린시, '원주-투린 의료기기 공동연구센터' 설립 협약\n"
         "- 시장, 투린시 부시장 접견…협약 체결 후 공동 기자회견\n"
         "원주시는 11일 시청에서 투린시와 '원주-투린 의료기기 공동연구센터 설립 협약'을 체결했다고 "
         "밝혔다.", "2025-06-12", [("institution", 2025, ("kr-wonju",), ("it-turin",))]),
        # the article says the district was no party to a university's agreement
        ("카잔시 대표단은 이날 오후 관내 대학을 방문해 대학 측과 유학생 교류 업무협약을 맺었다. "
         "이번 협약은 대학과 카잔시가 직접 체결한 것으로, 구는 일정을 주선했을 뿐 협약 당사자로 "
         "참여하지는 않았다.\n서울 동대문구는 러시아 카잔시 부시장 일행을 접견했다.", "2025-06-12", []),
        # a field-limited exchange agreement ('체육 교류 협정서'), said to be no sister or friendship tie
        ("구미시는 14일 시청에서 베트남 다낭시 대표단과 '체육 교류 협정서'에 서명했다.\n"
         "시는 이번 협정이 자매·우호결연과는 별개로 스포츠 분야에 한정한 교류 약속이라고 설명했다.",
         "2025-06-16", [("other_tie", 2025, ("kr-gumi",), ("vn-da-nang",))]),
        # ... and a sister port agreement
        ("여수시는 지난 3일 브라질 산투스시를 방문해 '여수항-산투스항 자매항 협정서'에 서명했다.",
         "2025-06-16", [("other_tie", 2025, ("kr-yeosu",), ("br-santos",))]),
        # talks started to become friendship cities: nothing signed
        ("여수시는 오악사카와 우호교류 관계를 맺기 위해 실무 협의를 시작했다고 14일 밝혔다.",
         "2025-06-16", []),
        # stops told in turn, each with its day ('11일 A 수출상담회를 시작으로 13일 B, 15일 C에서 차례로')
        ("경기도는 무역사절단이 중남미 3개국을 차례로 방문했다고 18일 밝혔다.\n"
         "사절단은 11일 멕시코시티 수출상담회를 시작으로 13일 콜롬비아 보고타, 15일 페루 리마에서 차례로 현지 "
         "바이어들과 1대1 상담회를 가졌다.", "2012-06-18",
         [("roadshow", 2012, ("kr-gyeonggi-do",), ("co-bogota",)),
          ("roadshow", 2012, ("kr-gyeonggi-do",), ("mx-mexico-city",)),
          ("roadshow", 2012, ("kr-gyeonggi-do",), ("pe-lima",))]),
        # a day's consultation in a city's hotel, the next in another city; the firms signing
        # contracts there are named by their home towns in Korea ('화성의 A사가'), no party
        ("경기도는 시장개척단이 자카르타와 호찌민을 차례로 방문했다고 19일 밝혔다.\n"
         "개척단은 13일 자카르타 시내 호텔에서 열린 수출상담회에서 168건의 상담을 벌였고, 15일에는 호찌민에서 "
         "상담회를 열어 144건의 상담을 진행했다.\n"
         "자카르타 상담회에서는 단열재를 만드는 화성의 A사가 현지 건자재 수입업체와 90만 달러 규모의 공급계약을 맺었다.",
         "2018-11-19",
         [("contract", 2018, ("kr-gyeonggi-do",), ("id-jakarta",)),
          ("roadshow", 2018, ("kr-gyeonggi-do",), ("id-jakarta",)),
          ("roadshow", 2018, ("kr-gyeonggi-do",), ("vn-ho-chi-minh-city",))]),
        # what the parties will do under the agreement ('협약에 따라 양측은 … 설명회를 열어')
        ("여수시는 12일 일본 나고야시와 관광 교류 업무협약을 맺었다.\n"
         "협약에 따라 양측은 여행사 팸투어와 관광 설명회를 번갈아 열어 관광객 교차 방문을 늘린다.",
         "2025-06-16", [("mou", 2025, ("kr-yeosu",), ("jp-nagoya",))]),
    ],
)
def test_trip_stop(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


def test_a_plan_in_the_past_tense_does_not_move_the_page_date(gazetteer):
    text = ("[강원일보] 2025-06-03 (화)\n속초시는 지난달 말 나고야시를 방문해 관광 업무협약을 체결했다.\n"
            "양 도시는 2028년 자매결연 30주년 기념행사도 함께 준비하기로 했다.")
    (found,) = extract(text, gazetteer=gazetteer).candidates
    assert found["year"] == 2025


def test_this_day_is_the_day_the_sentence_before_gives(gazetteer):
    text = ("순방의 하이라이트는 10일 툴루즈였다. 안동시장과 툴루즈 시장은 이날 툴루즈 시청에서 자매결연 "
            "협정서에 서명했다.")
    (found,) = extract(text, gazetteer=gazetteer, published="2025-06-16").candidates
    assert found["date"] == "2025-06-10"

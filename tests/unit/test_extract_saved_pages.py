"""The reader on pages people save or copy (several agreements per article, lists of other news
around them).  Each case is a short invented article; the comment names the kind of wording it
stands for."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a signing with the city, then one with a body of that city 'the same afternoon': two
        ("강릉시는 10일(현지시간) 노르웨이 베르겐 시청에서 베르겐시와 '해양관광 협력 업무협약'을 "
         "체결했다고 13일 밝혔다.\n"
         "같은 날 오후에는 베르겐 항만공사와 '크루즈 항만 협력 양해각서'를 체결했다.",
         "2025-06-13", [("mou", 2025, ("kr-gangneung",), ("no-bergen",)),
                        ("mou", 2025, ("kr-gangneung",), ("no-bergen",))]),
        # ... but the city's lede and the detail naming the city's department are one signing
        ("강릉시가 노르웨이 베르겐과 해양관광 분야 업무협약을 체결했다.\n"
         "강릉시는 지난 10일 베르겐 시청에서 베르겐 관광청과 크루즈 교류를 담은 업무협약서에 "
         "서명했다.", "2025-06-13", [("mou", 2025, ("kr-gangneung",), ("no-bergen",))]),
        # a two-syllable city said to be where a body is ('키토에 있는'), in an article naming its country
        ("구미시 대표단이 에콰도르를 찾았다.\n"
         "대표단은 12일 키토에 있는 산프란시스코대학교를 찾아 교육 교류 업무협약을 맺었다.",
         "2025-06-13", [("mou", 2025, ("kr-gumi",), ("ec-quito",))]),
        # ... and a short word that is also a city's name stays a word ('한중 관계': Hanzhong)
        ("구미시는 중국 대표단과 만나 한중 관계에 있는 과제를 논의하고 교류 업무협약을 맺었다.",
         "2025-06-13", [("mou", 2025, ("kr-gumi",), ("country-cn",))]),
        # a headline joining two stories with an ellipsis: each clause its own partner
        # (Kiwi reads 'MOU…오만' as a copula and a particle unless the ellipsis is read as a break)
        ("대구시, 일본 구마모토와 관광 MOU…오만 무스카트와는 물관리 의향서\n"
         "대구시는 10일 구마모토시와 관광 교류 업무협약을 체결했다.", "2025-06-13",
         [("loi", 2025, ("kr-daegu",), ("om-muscat",)), ("mou", 2025, ("kr-daegu",), ("jp-kumamoto",))]),
        # a caption's '협약식' is the ceremony of the memorandum it shows, on the caption's day
        ("▲ 10일 구마모토 시청에서 열린 협약식에서 대구시장과 구마모토시장이 양해각서를 들어 보이고 있다.\n"
         "대구시는 구마모토시와 관광 교류 양해각서를 체결했다.", "2025-06-13",
         [("mou", 2025, ("kr-daegu",), ("jp-kumamoto",))]),
        # a target year ('2030년까지') in the past tense does not move the page's date
        ("입력 2025.06.13 10:21\n대구시는 10일 구마모토시와 관광 교류 업무협약을 체결했다.\n"
         "구마모토시는 2030년까지 관광객 1천만 명 유치를 추진해 왔다.", None,
         [("mou", 2025, ("kr-daegu",), ("jp-kumamoto",))]),
        # what a plan sentence tells in the past form, dated after the page, is still to come
        ("입력 2025.05.22 10:00\n대구시는 21일 허페이시와 우호도시 협정을 체결했다.\n"
         "대표단은 23일 상하이에서 '대구 투자설명회'를 연 뒤 24일 귀국할 예정이다.", None,
         [("friendship_city", 2025, ("kr-daegu",), ("cn-hefei",))]),
        # ... while the same wording dated before the page is done
        ("입력 2025.05.26 10:00\n대구시는 21일 허페이시와 우호도시 협정을 체결했다.\n"
         "대표단은 23일 상하이에서 '대구 투자설명회'를 연 뒤 24일 귀국했다.", None,
         [("friendship_city", 2025, ("kr-daegu",), ("cn-hefei",)),
          ("roadshow", 2025, ("kr-daegu",), ("cn-shanghai",))]),
        # a firm introduced as one, then named alone, signs its own contract, not its city's
        ("김해 부품社 대성정밀, 브라질 업체와 공급계약\n"
         "경남 김해에 본사를 둔 부품 기업 대성정밀이 브라질 업체와 공급계약을 맺었다.\n"
         "대성정밀은 지난 18일(현지시간) 브라질 상파울루에서 현지 업체와 공급계약을 체결했다고 "
         "22일 밝혔다.", "2025-07-22", []),
        # a two-syllable city with its country in brackets after it ('신주(대만)')
        ("청주시가 주도한 반도체 도시 협의체가 12일 출범했다. 창립 회원 도시는 청주와 신주(대만), "
         "쓰쿠바(일본)다.", "2025-06-13",
         [("alliance", 2025, ("kr-cheongju-si",), ("tw-hsinchu", "jp-tsukuba"))]),
        # the agreement a named project is ('… 개선사업' 협약'): a programme, no sum needed
        ("원주시는 지난달 26일 베트남 다낭시청에서 다낭시와 '하천 수질 개선사업' 협약을 맺었다.",
         "2025-07-03", [("program", 2025, ("kr-wonju",), ("vn-da-nang",))]),
        # an ambassador signing acts for the country, whatever city the next sentence names
        ("원주시는 3일 시청에서 주한 케냐 대사와 '마을 식수 개선 사업' 협약을 체결했다.\n"
         "같은 날 시는 나이로비시 대표단과도 관광 교류 업무협약을 맺었다.", "2025-07-04",
         [("mou", 2025, ("kr-wonju",), ("ke-nairobi",)), ("program", 2025, ("kr-wonju",), ("country-ke",))]),
        # a culture week opened abroad is an exchange; a year in a listed clause ('선정되는 등')
        # beside a present ending ('꼽힌다') does not move the page date
        ("기사입력 2025.09.18 오전 9:00\n부산시는 17일(현지시간) 콜롬비아 메데인 시내에서 "
         "'부산 문화주간' 개막식을 열었다.\n"
         "메데인은 2013년 '혁신 도시'에 선정되는 등 도시 재생의 모범 사례로 꼽힌다.", None,
         [("exchange", 2025, ("kr-busan",), ("co-medellin",))]),
        ("기사입력 2025.09.18 오전 9:00\n부산시는 16일 메데인시와 스마트시티 업무협약을 체결했다.\n"
         "메데인은 2013년 '혁신 도시'에 선정되는 등 도시 재생의 모범 사례로 꼽힌다.", None,
         [("mou", 2025, ("kr-busan",), ("co-medellin",))]),
        # a division named by its direction, in the country the text names ('잠비아 남부주')
        ("충청북도는 12일 잠비아 남부주와 농업 협력 업무협약을 체결했다.", "2025-07-22",
         [("mou", 2025, ("kr-chungcheongbuk-do",), ("adm1-zm-southern",))]),
        ("충청북도는 12일 스리랑카 중부주와 관광 협력 업무협약을 체결했다.", "2025-07-22",
         [("mou", 2025, ("kr-chungcheongbuk-do",), ("adm1-lk-central",))]),
        # an anniversary whose headline names the old tie: the tie's history, no record
        ("영천시, 日 자매도시 오타루시와 결연 20주년 기념식\n"
         "영천시는 오타루시 대표단이 방문한 가운데 전날 시민회관에서 자매결연 20주년 기념식을 "
         "열었다고 29일 밝혔다.\n두 도시는 2005년 자매결연을 한 뒤 학생 교류를 이어왔다.",
         "2025-05-29", []),
    ],
)
def test_saved_page(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)

"""The reader on missions abroad and what did not happen: a signing called off, what an
agreement is still to hold, a network's founding paper, a mission's firms and courtesy calls,
events held alongside another, and papers of other kinds.  Each case is a short invented
article; the comment names the kind of wording it stands for."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the partner called the signing off ('체결하기로 한 협약을 취소하겠다는 뜻을 알려 왔다')
        ("여수시는 리옹시가 다음 달 5일 체결하기로 한 협약을 취소하겠다는 뜻을 알려 왔다고 22일 밝혔다.",
         "2025-10-22", []),
        # what the parties agreed to put in an agreement still to be signed
        ("여수시 대표단은 나고야 부시장과 면담했다. 양측은 항공 노선 유치, 청소년 교류 등을 협약에 담는다는 "
         "데 의견을 모았다.", "2025-06-11", []),
        # the founding paper signed at a network's launch is the network, not a second agreement
        ("대구시는 지난 20일 충칭에서 열린 '로봇산업 도시 얼라이언스' 출범식에 참석해 충칭시, 쑤저우시와 "
         "함께 창립 회원 도시로 협약서에 서명했다고 21일 밝혔다.", "2024-11-21",
         [("alliance", 2024, ("kr-daegu",), ("cn-chongqing", "cn-suzhou"))]),
        # a province's trade mission: the firms' contracts are the mission's, wherever the firms
        # are ('청주 오창의 … 업체'); the buyers at its meeting ('상담회에는 …') add nothing
        ("충북도가 꾸린 수출사절단이 카타르 도하에서 성과를 거뒀다.\n"
         "충북도는 지난 12일(현지시간) 카타르 도하에서 수출상담회를 열었다고 13일 밝혔다.\n"
         "상담회에는 카타르와 쿠웨이트, 바레인 등에서 온 바이어 60여 명이 참석했다.\n"
         "이 가운데 청주 오창의 의료기기 업체 A사 등 3곳은 현장에서 카타르 유통업체들과 120만 달러 규모의 "
         "수출 계약을 맺었다.", "2025-05-13",
         [("contract", 2025, ("kr-chungcheongbuk-do",), ("qa-doha",)),
          ("roadshow", 2025, ("kr-chungcheongbuk-do",), ("qa-doha",))]),
        # a roadshow named in English, with one-to-one investment talks
        ("서울시는 11일(현지시간) 두바이에서 'Seoul Startup Investment Roadshow'를 열었다.\n"
         "서울 스타트업 12개사가 투자자들과 1대1 투자 상담을 진행했다.", "2025-02-13",
         [("roadshow", 2025, ("kr-seoul",), ("ae-dubai",))]),
        # a protocol is a formal tie of another kind
        ("서울시는 지난 5일 시청에서 울란바토르시와 '대기질 개선 협력 의정서'에 서명했다.", "2024-09-07",
         [("other_tie", 2024, ("kr-seoul",), ("mn-ulan-bator",))]),
        # a mission that signs is no event of its own; its courtesy calls are none either
        ("인천시 투자유치단이 오늘(3일) 파나마 콜론시에서 관리청과 물류 협력 업무협약을 체결한다.\n"
         "투자유치단은 이에 앞서 2일 파나마시티에서 상공부 차관을 잇달아 면담하고 의견을 나눴다.",
         "2025-03-03", [("mou", 2025, ("kr-incheon",), ("pa-colon",))]),
        # '도가 주최한 …' is the article's province, not a place the paragraph names next
        ("경기도 대표단이 독일 베를린을 찾았다.\n"
         "19일 베를린에서는 도가 주최한 '투자환경 설명회'가 열렸다. 투자자들은 평택·용인 반도체 클러스터의 "
         "투자 여건에 대한 설명을 들었다.", "2025-06-22",
         [("roadshow", 2025, ("kr-gyeonggi-do",), ("de-berlin",))]),
        # a business meeting held alongside a forum is part of the forum
        ("인천시는 28일 베트남 다낭에서 '인천-다낭 관광 포럼'을 공동 개최했다.\n"
         "포럼과 함께 열린 B2B 상담회에서는 인천 여행사 15곳이 현지 여행사와 상담했다.", "2024-08-29",
         [("forum", 2024, ("kr-incheon",), ("vn-da-nang",))]),
    ],
)
def test_mission_wording(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)

"""The reader's general rules for what is not a new record (denied, listed as content, only a
setting, ties kept so far, background with another partner) and for places named once with
context.  Each case is a short invented article; the comment names the kind of wording it
stands for."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a county (군) acts for itself, not its province or a city named later
        ("충남 서천군은 지난 3일 베트남 다낭시와 수산 분야 업무협약을 체결했다.\n"
         "협약식에는 보령시 관계자도 참석했다.", "2025-04-05",
         [("mou", 2025, ("kr-seocheon-gun",), ("vn-da-nang",))]),
        # a denied event: the council did not pass it
        ("영덕군이 추진해 온 베트남 다낭시와의 자매결연이 군의회 문턱을 넘지 못했다.", "2025-04-05", []),
        ("홍성군과 베트남 다낭시의 우호교류 협약 체결이 무산됐다.", "2025-04-05", []),
        # a headline's nominal ending: postponed or cancelled, not signed
        ("홍성군-베트남 다낭시 우호교류 협약식 잠정 연기\n\n"
         "홍성군은 다음 주 열 예정이던 협약식을 미루기로 했다.", "2025-04-05", []),
        ("홍성군·다낭시 우호교류 협약 취소…태풍 피해 탓", "2025-04-05", []),
        # an event word listed as what an agreement holds, or what talks were about
        ("청주시는 지난 3일 베트남 다낭시와 관광 업무협약을 체결했다.\n"
         "협약에는 관광 설명회 개최, 공무원 연수 등이 담겼다.", "2025-04-05",
         [("mou", 2025, ("kr-cheongju-si",), ("vn-da-nang",))]),
        ("청주시 대표단은 베트남 다낭시 관계자와 기업 간 상담회 개최 등을 놓고 의견을 나눴다.",
         "2025-04-05", []),
        # an exhibition named only as the time of something else
        ("청주시는 베트남 다낭시 박람회 기간 현지 바이어와 상담을 진행했다.", "2025-04-05", []),
        # a total reached is no event of its own
        ("청주시는 지난 3일 베트남 다낭시와 자매결연 협정을 맺었다.\n"
         "이로써 청주시의 자매도시는 일본과 중국을 포함해 모두 5곳으로 늘었다.", "2025-04-05",
         [("sister_city", 2025, ("kr-cheongju-si",), ("vn-da-nang",))]),
        ("경상북도는 3일 베트남 하노이에서 통상사무소 개소식을 열었다.\n"
         "도는 이번 개소로 중국 상하이, 일본 오사카를 포함해 총 5곳의 해외사무소를 두게 됐다.",
         "2025-04-05", [("office", 2025, ("kr-gyeongsangbuk-do",), ("vn-hanoi",))]),
        # an agreement named only as what a visit came before
        ("청주시는 지난 3일 베트남 다낭시와 자매결연 협정을 맺었다.\n"
         "방문단은 자매결연에 앞서 지난 1일 하노이에서 교민 간담회를 가졌다.", "2025-04-05",
         [("sister_city", 2025, ("kr-cheongju-si",), ("vn-da-nang",))]),
        # what the partners will do together, listed, is no event of its own
        ("청주시는 지난 3일 베트남 다낭 상공회의소와 업무협약을 체결했다.\n"
         "두 기관은 수출 상담회 공동 개최, 경제 사절단 상호 파견 등에 협력하기로 했다.", "2025-04-05",
         [("mou", 2025, ("kr-cheongju-si",), ("vn-da-nang",))]),
        # a tie kept up, told beside the news, is no event
        ("청주시는 지난 3일 베트남 다낭시와 관광 업무협약을 체결했다.\n"
         "청주시는 일본 나라시와 자매결연 관계를 이어 오는 등 아시아 도시와의 교류를 넓혀 왔다.", "2025-04-05",
         [("mou", 2025, ("kr-cheongju-si",), ("vn-da-nang",))]),
        # ties kept so far are no event
        ("청주시는 그동안 일본과 중국 도시 4곳과 자매·우호 관계를 맺어왔다.", "2025-04-05", []),
        # a past event with another partner, told beside the news, is background ...
        ("청주시는 12일 캐나다 밴쿠버에서 투자유치 설명회를 열었다.\n"
         "시는 지난해 독일 베를린에서 투자유치 설명회를 개최한 바 있다.", "2025-05-13",
         [("roadshow", 2025, ("kr-cheongju-si",), ("ca-vancouver",))]),
        # ... and so is the same partnership's own history, years before the page
        ("청주시는 12일 캐나다 밴쿠버시와 우호협력 협약을 체결했다.\n"
         "시는 2019년 밴쿠버에서 수출상담회를 연 바 있다.", "2025-05-13",
         [("friendship_city", 2025, ("kr-cheongju-si",), ("ca-vancouver",))]),
        # ... even when the article reports nothing newer
        ("청주시는 2019년 일본 가고시마시와 자매결연을 맺은 바 있다.", "2025-05-13", []),
        # a compound that starts like an award word ('수상태양광' is floating solar)
        ("청주시는 지난 3일 베트남 다낭시와 수상태양광 업무협약을 체결했다.\n"
         "대표단은 수상태양광 발전소를 둘러봤다.", "2025-04-05",
         [("mou", 2025, ("kr-cheongju-si",), ("vn-da-nang",))]),
        # a signing aimed at ('체결하는 방향으로') is a plan
        ("양측은 내년 상반기 중 업무협약을 체결하는 방향으로 협의를 이어가기로 했다.\n"
         "청주시는 베트남 다낭시 대표단을 맞았다.", "2025-04-05", []),
        # an exchange word that only qualifies another noun
        ("청주시와 베트남 다낭시는 문화 교류의 통로 역할을 했다.", "2025-04-05", []),
        # two MOUs with two organisations in one sentence
        ("청주시는 15일 베트남 다낭에서 다낭대학교와 관광 업무협약을, 다낭관광청과 교육 "
         "업무협약을 각각 체결했다.", "2025-04-17",
         [("mou", 2025, ("kr-cheongju-si",), ("vn-da-nang",))] * 2),
        # a delegation or a mayor signing for a place is not another organisation
        ("청주시는 14일 다낭시 대표단과 베트남 다낭시 관광 의향서(LOI)에 서명했다.\n"
         "(사진) 14일 청주시청에서 청주시장과 다낭 시장이 의향서에 서명한 뒤 악수하고 있다.",
         "2025-04-14", [("loi", 2025, ("kr-cheongju-si",), ("vn-da-nang",))]),
        # '협약에 따라 양측은': the agreement reported, under the city's name instead of the prefecture's
        ("보령시는 지난 16일 일본 가고시마현과 관광 업무협약을 체결했다.\n"
         "협약에 따라 양측은 가고시마의 관광자원을 서로 홍보하기로 했다.", "2023-11-20",
         [("mou", 2023, ("kr-boryeong",), ("adm1-jp-kagoshima",))]),
        # the wire dateline's city, a mission abroad and an agency's branch are no parties
        ("(창원=뉴스1) 기자 = 경남도는 지난 8일 폴란드 바르샤바에서 유럽사무소 개소식을 열었다.\n"
         "개소식에는 주폴란드 한국대사관, 코트라 바르샤바무역관 관계자가 참석했다.", "2024-05-13",
         [("office", 2024, ("kr-gyeongsangnam-do",), ("pl-warsaw",))]),
        # a division word written apart from its name is the division, not its seat
        ("노원구는 지난 21일 케냐 키수무 카운티 정부와 보건 업무협약을 체결했다.", "2024-11-26",
         [("mou", 2024, ("kr-seoul-nowon-gu",), ("adm1-ke-kisumu",))]),
        # two reports joined in one sentence: each clause has its own sides; the older tie of
        # another Korean city is background
        ("공주시가 일본 나라시와 자매도시가 됐다.\n"
         "나라시는 경주시와 1970년 자매결연을 맺었으며, 공주시는 나라시와 세 번째 자매도시 관계를 "
         "맺게 됐다.", "2024-11-06",
         [("sister_city", 2024, ("kr-gongju",), ("jp-nara-shi",))]),
        # an earlier tie that only describes both parties, the subject of an anniversary event
        ("1988년 자매결연을 맺은 목포시와 후쿠오카시가 오늘 목포에서 35주년 기념식을 열었다.",
         "2023-10-20", []),
        # an older tie with a city of the new partner is background: the city named only to
        # describe the partner ('… 가 속한 …주와') is not the new record's partner
        ("목포시는 지난 9일 미국 텍사스주 정부와 에너지 업무협약을 체결했다.\n"
         "이번 협약은 휴스턴이 속한 텍사스주와 교류를 넓히기 위해 마련됐다.\n"
         "목포시는 2001년 휴스턴시와 자매결연을 맺은 이후 교류를 이어오고 있다.", "2025-03-12",
         [("mou", 2025, ("kr-mokpo",), ("adm1-us-texas",))]),
        # a signing prepared for months and then put off: the preparation is no event
        ("여수시와 베트남 다낭시의 자매결연 협약식이 폭우로 미뤄졌다.\n"
         "두 도시는 지난 3월부터 자매결연 체결을 준비해 왔다.", "2024-09-02", []),
        # a city named only as where the state's building is: the state signed, and the
        # sentences after it borrow the state, not the city
        ("경주시는 18일(현지시간) 보스턴에 있는 매사추세츠주 청사에서 매사추세츠주와 관광 교류 "
         "업무협약을 체결했다고 19일 밝혔다.\n이번 협약에는 관광객 상호 유치와 축제 교류가 담겼다.",
         "2024-04-19", [("mou", 2024, ("kr-gyeongju",), ("adm1-us-massachusetts",))]),
        # '빅토리아 주지사': the governor of Victoria state, not a city called Victoria
        ("경기도는 지난 5일(현지시간) 멜버른에서 빅토리아 주지사와 교육 교류 업무협약을 체결했다고 "
         "7일 밝혔다.", "2024-03-07", [("mou", 2024, ("kr-gyeonggi-do",), ("adm1-au-victoria",))]),
        # an anniversary with nothing new signed: the tie's signing, told as its history, is
        # no record; a new agreement on the anniversary is, the old tie still history
        ("전주시와 프랑스 리옹시가 자매결연 10주년을 맞았다.\n"
         "두 도시는 2014년 5월 자매결연을 맺었다.", "2024-05-20", []),
        ("전주시와 프랑스 리옹시가 자매결연 10주년을 맞았다.\n"
         "두 도시는 2014년 5월 자매결연을 맺었다.\n"
         "전주시는 20일 리옹시와 관광 교류 업무협약을 체결했다.", "2024-05-20",
         [("mou", 2024, ("kr-jeonju",), ("fr-lyon",))]),
        # an MOU with a Korean body: a trip abroad told as the MOU's first project is no party of it
        ("광명시-한국관광공사, 관광 활성화 업무협약\n"
         "광명시는 8일 시청에서 한국관광공사와 관광 활성화 업무협약을 맺었다.\n"
         "두 기관은 관광 상품 개발과 홍보에 힘을 모은다.\n"
         "시는 협약의 첫 사업으로 올해 하반기 일본 오사카에 관내 기업 10곳으로 꾸린 홍보단을 보낼 예정이다.", "2024-04-09", []),
        # a country's ministry is the party: the country is the partner, its capital only where
        ("경북도는 지난 8일(현지시간) 베트남 하노이에서 베트남 기획투자부와 투자협력 업무협약을 "
         "체결했다고 11일 밝혔다.", "2023-12-11", [("mou", 2023, ("kr-gyeongsangbuk-do",), ("country-vn",))]),
        ("충북도는 지난 15일(현지시간) 아스타나에서 충북도지사와 카자흐스탄 보건부 장관이 의료관광 "
         "업무협약을 체결했다고 17일 밝혔다.", "2024-10-17",
         [("mou", 2024, ("kr-chungcheongbuk-do",), ("country-kz",))]),
        # ... but officials of a government who only attend leave the city the party
        ("경북도는 지난 8일(현지시간) 베트남 정부 관계자가 참석한 가운데 다낭시와 관광 업무협약을 "
         "체결했다고 11일 밝혔다.", "2023-12-11", [("mou", 2023, ("kr-gyeongsangbuk-do",), ("vn-da-nang",))]),
        # an event named only as what something else came beside: no second event
        ("안산시는 지난 12일(현지시간) 태국 방콕에서 수출상담회를 열어 관내 기업 10개사와 현지 바이어를 "
         "연결했다고 18일 밝혔다.\n참가 기업들은 상담회 외에도 치앙마이주 관계자들과 간담회를 가졌다.",
         "2024-06-18", [("roadshow", 2024, ("kr-ansan-si",), ("th-bangkok",))]),
        # a firm's own export deal: the city only says where the firm is
        ("경북 구미국가산업단지의 광학부품 기업 ㈜한빛옵틱스가 지난 9일 사우디아라비아 리야드에서 현지 "
         "기업과 500만 달러 규모의 카메라 모듈 공급 계약을 맺었다.", "2024-05-11", []),
        ("▲ 한빛에어로텍 대표(왼쪽)와 필리핀 공군 군수사령관이 16일(현지시간) 마닐라에서 부품 공급 "
         "계약서에 서명하고 있다.\n경남 사천의 항공부품 전문기업 ㈜한빛에어로텍이 필리핀 공군과 3천만 "
         "달러 규모의 정비부품 공급 계약을 맺었다.", "2025-06-18", []),
        # ... but a deal a firm signs on the city's trade mission is the mission's result
        ("구미시 시장개척단은 지난 9일 사우디아라비아 리야드에서 수출상담회를 열었다.\n"
         "이날 구미 기업 ㈜한빛옵틱스가 리야드의 유통업체와 500만 달러 규모의 카메라 모듈 공급 계약을 맺었다.",
         "2024-05-11", [("contract", 2024, ("kr-gumi",), ("sa-riyadh",)),
                        ("roadshow", 2024, ("kr-gumi",), ("sa-riyadh",))]),
        # a photo caption puts the signing in the capital; the government that signed is the party
        ("[사진=시흥시] 지난 23일 케냐 나이로비에서 열린 '농촌 정수시설 구축사업' 착수식에서 참석자들이 "
         "기념촬영을 하고 있다.\n시흥시는 지난 23일 나이로비에서 케냐 정부와 '농촌 정수시설 구축사업' "
         "착수식을 열었다고 27일 밝혔다.", "2024-05-27",
         [("program", 2024, ("kr-siheung-si",), ("country-ke",))]),
        # ... but a ministry in another clause leaves the tie of this one to its city
        ("충북도 대표단이 박닌성과 우호교류 협정을 맺고, 베트남 과학기술부와 연구개발 협력에 합의했다.",
         "2025-03-20", [("friendship_city", 2025, ("kr-chungcheongbuk-do",), ("adm1-vn-bac-ninh",))]),
        # a state named with its abbreviation in brackets before 주 ('브리티시컬럼비아(BC)주')
        ("부산시는 지난 12일 캐나다 브리티시컬럼비아(BC)주 정부와 청정수소 업무협약(MOU)을 체결했다고 "
         "14일 밝혔다.", "2024-09-14",
         [("mou", 2024, ("kr-busan",), ("adm1-ca-british-columbia",))]),
        # the letter of intent referred to again ('의향서에는') in a sentence naming no place is the
        # one already told, not a second one borrowing the city of the trade mission
        ("포항시 대표단은 13일(현지시간) 칠레 산티아고에서 투자유치 로드쇼를 열었다.\n"
         "이어 대표단은 14일(현지시간) 안토파가스타주 청사에서 주지사와 만나 협력 의향서(LOI)에 서명했다.\n"
         "의향서에는 리튬 가공 기술 교류와 기업 진출 지원 등이 담겼다.", "2023-11-16",
         [("loi", 2023, ("kr-pohang",), ("adm1-cl-antofagasta",)),
          ("roadshow", 2023, ("kr-pohang",), ("cl-santiago",))]),
        # a city GeoNames does not spell in Hangul, whose sound two countries share (Parma,
        # Palma): the one in the country the article names
        ("전주시는 지난 23일(현지시간) 이탈리아 순방 중 파르마시와 우호교류 협약을 체결했다고 25일 밝혔다.",
         "2025-10-25", [("friendship_city", 2025, ("kr-jeonju",), ("it-parma",))]),
        # an event only as the topic of a talk or plan
        ("대구시 대표단은 지난 11일 미국 텍사스주 경제개발 담당 관계자와 만나 지역 기업의 현지 공장 설립 "
         "지원 방안을 논의했다.", "2025-03-12", []),
    ],
)
def test_aside(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


def test_a_name_placed_once_is_the_same_place_later(gazetteer):
    # '호주 골드코스트시' is placed by sound with its country; alone later it is the same city
    text = ("부산 해운대구가 호주의 해변 도시 골드코스트시와 손을 잡았다.\n"
            "해운대구는 지난 18일 구청에서 골드코스트시 대표단과 관광 교류 업무협약을 체결했다.")
    assert _records(text, gazetteer, "2025-11-21") == [
        ("mou", 2025, ("kr-busan-haeundae-gu",), ("au-gold-coast",))]


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a city spelt otherwise than the gazetteer (피레우스 for its 피레아스), with its country
        # right before and its city suffix: found by sound, its key shorter than usual
        ("영도구는 20일 그리스 피레우스시와 해양문화 업무협약을 체결했다.", "gr-piraeus"),
        # a city the gazetteer spells in Hangul for another country: the country the article
        # names has a city of that name
        ("서천군, 캐나다와 수산 협력\n서천군은 지난 4일 핼리팩스시와 수산 분야 업무협약을 체결했다.",
         "ca-halifax"),
    ],
)
def test_partner_city_in_the_country_the_article_names(text, partner, gazetteer):
    found = extract(text, gazetteer=gazetteer, published="2025-03-20").candidates
    assert [c["partner_places"] for c in found] == [[partner]]


def test_country_names_include_short_forms(gazetteer):
    names = dict(gazetteer.country_names_ko)
    assert names["호주"] == names["오스트레일리아"] == "AU"


def test_a_country_beside_its_own_city_is_no_party():
    # '일본, 중국의 수소 도시들과 ... 기타큐슈시, 다롄시와': the countries say where the members are
    from partnerships.extract.groups.model import _without_own_countries

    assert _without_own_countries(["country-jp", "country-cn", "jp-kitakyushu", "cn-dalian"]) == [
        "jp-kitakyushu", "cn-dalian"]
    # a country with no place of its own in the list stays a party
    assert _without_own_countries(["country-jp", "cn-dalian", "adm1-us-hawaii"]) == [
        "country-jp", "cn-dalian", "adm1-us-hawaii"]


def test_a_tie_past_the_council_is_not_yet_signed(gazetteer):
    text = ("가평군과 캐나다 앨버타주 캘거리시의 자매결연이 군의회 문턱을 넘었다.\n"
            "군은 오는 10월 캘거리시 대표단을 초청해 협정을 체결할 계획이다.")
    assert _records(text, gazetteer, "2021-07-14") == []


def test_the_tie_an_upgrade_leaves_is_no_record_however_the_headline_quotes_it(gazetteer):
    text = ("청주시, 日 후쿠오카시와 우호도시서 '자매도시'로 격상\n"
            "청주시는 지난 10일 후쿠오카시 영빈관에서 양 시장이 '자매도시 결연 협정서'에 서명했다고 12일 밝혔다.")
    assert _records(text, gazetteer, "2013-09-12") == [("sister_city", 2013, ("kr-cheongju-si",), ("jp-fukuoka",))]


def test_the_tie_an_upgrade_leaves_named_with_the_relationship_is_no_record(gazetteer):
    """'… 우호도시에서 자매도시로 관계를 격상하게 됐다' (heldout139): the friendship tie is the step before."""
    text = ("하동군은 20일 군청에서 유후시 시장과 자매결연 협정서에 서명했다고 21일 밝혔다.\n"
            "하동군의회가 지난달 '일본 유후시 자매결연 동의안'을 가결하면서 이번에 우호도시에서 자매도시로 관계를 "
            "격상하게 됐다.")
    assert _records(text, gazetteer, "2016-10-21") == [("sister_city", 2016, ("kr-hadong",), ("jp-yufu",))]


def test_the_year_of_a_step_before_does_not_date_the_tie_made_this_time(gazetteer):
    text = ("아산시는 지난 10일 카자흐스탄 알마티에서 알마티시와 자매결연 협정서에 서명했다고 19일 밝혔다.\n"
            "두 도시는 2022년 알마티시 대표단의 아산 방문을 계기로 교류를 논의해 왔으며, 지난해 우호교류 의향서를 "
            "교환한 데 이어 이번에 자매결연으로 결실을 맺었다.")
    assert _records(text, gazetteer, "2024-09-19") == [("sister_city", 2024, ("kr-asan",), ("kz-almaty",))]


def test_last_years_events_told_before_a_preview_are_background(gazetteer):
    """A preview whose news is still to come: what came before it ('앞서 … 지난해', '…열기도 했다') is no record."""
    text = ("경남도, 다음달 방콕서 수출상담회\n"
            "경남도는 오는 3월 17일 태국 방콕에서 '2026 경남 수출상담회'를 개최한다고 10일 밝혔다.\n"
            "상담회에는 도내 기업 15곳이 참가할 예정이다.\n"
            "앞서 도는 지난해 9월 중국 상하이에서 수출상담회를 열어 210만 달러 규모의 수출 계약을 이끌어냈다.\n"
            "또 지난해 11월에는 베트남 호찌민에서 판촉전을 열기도 했다.")
    assert _records(text, gazetteer, "2026-02-10") == []
    # ... but a day of the same trip told before the news of last month is that news
    trip = ("경남도는 지난달 27일(현지시간) 사마르칸트 시청에서 사마르칸트시와 관광 협력 업무협약을 체결했다고 "
            "8일 밝혔다.\n앞서 26일에는 수도 타슈켄트에서 도내 기업 12개사가 참가한 수출상담회를 열었다.")
    assert [k[0] for k in _records(trip, gazetteer, "2025-01-08")] == ["mou", "roadshow"]

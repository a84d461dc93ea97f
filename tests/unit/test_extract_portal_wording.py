"""The reader on what heldout26's writer saw: an agreement's Latin initials glued to a Korean
particle ('MOU를'), a city located by a bracket ('가나자와시 (일본 이시카와현)'), an observer at a
founding, a site's name before its menu bar, a ministry with Latin letters or named first with its
country, an official's rank ('제1차관'), and firms as the subject.  Each case is a short invented
article."""

from __future__ import annotations

import pytest

from partnerships.extract import clean, sentences
from partnerships.extract.types import find_types
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize("word", ["MOU를", "MoU를", "LOI를", "MOU도"])
def test_latin_initials_glued_to_a_particle_are_the_agreement(word):
    art = clean.load_article(f"울산시는 지난 13일 애버딘시와 해상풍력 협력 {word} 체결했다.\n\n입력 2024-06-14")
    found = [w.type for s in sentences.split(art) for w in find_types(s)]
    assert found and found[0] in ("mou", "loi")


def test_an_acronym_inside_a_longer_word_is_not_one():
    art = clean.load_article("울산시는 MOUNTAIN 축제와 LOIRE 와인 행사를 열었다.\n\n입력 2024-06-14")
    assert [w for s in sentences.split(art) for w in find_types(s) if w.type in ("mou", "loi")] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 'MOU를 체결했습니다' in a broadcast script, the Korean side told before
        ("울산시 대표단이 유럽을 순방하고 있습니다.\n이어 13일에는 영국 스코틀랜드 애버딘에서 애버딘시의회와 "
         "해상풍력 산업 협력을 위한 MOU를 체결했습니다.", "2024-06-14",
         [("mou", 2024, ("kr-ulsan",), ("gb-aberdeen",))]),
        # members located by a bracket: the cities, not their prefecture or province; an observer
        # at the founding is no member
        ("순천시는 오늘(18일) 아시아 정원도시 네트워크 창립총회를 열고 회원 도시들과 창립 협약서에 서명했다.\n"
         "창립 회원 도시(3개)는 다음과 같다.\n  ▲ 순천시 (대한민국)\n  ▲ 가나자와시 (일본 이시카와현)\n"
         "  ▲ 청두시 (중국 쓰촨성)\n"
         "대만 타이베이시는 옵서버 자격으로 창립총회에 참석했으며, 정회원 가입 여부는 내년 총회에서 결정한다.",
         "2025-04-18", [("alliance", 2025, ("kr-suncheon",), ("jp-kanazawa", "cn-chengdu"))]),
        # a ministry whose name holds Latin letters; the site's name before its menu names no side
        ("대구일일신문  ≡ 전체메뉴   대구 | 경북 | 정치 | 경제 | 사회 | 문화\n\n대구시, 르완다서 ICT혁신부와 LOI 교환\n\n"
         "대구시는 지난 18일 르완다 수도 키갈리를 방문했다.\n이튿날인 19일에는 르완다 ICT혁신부와 "
         "'스마트시티 협력 의향서(LOI)'를 교환했다.", "2025-03-21",
         [("loi", 2025, ("kr-daegu",), ("country-rw",))]),
        # the ministry introduced with its country, then named alone as the party
        ("충북도 대표단이 베트남 과학기술부와 연구개발 협력에 합의했다.\n충북지사는 19일 하노이 "
         "과학기술부 청사에서 과학기술부 장관과 만나 '반도체 연구개발 협력 업무협약(MOU)'을 맺었다.",
         "2025-11-20", [("mou", 2025, ("kr-chungcheongbuk-do",), ("country-vn",))]),
        # one signing told twice, the second time with the official's rank ('제1차관과')
        ("경북도는 우즈베키스탄 보건부와 의료 협력 양해각서(MOU)를 체결했다고 13일 밝혔다.\n대표단은 이날 "
         "타슈켄트로 이동해 우즈베키스탄 보건부 제1차관과 원격의료 시범사업 등을 담은 MOU를 맺었다.",
         "2024-06-13", [("mou", 2024, ("kr-gyeongsangbuk-do",), ("country-uz",))]),
    ],
)
def test_what_the_writer_of_portal_pages_saw(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


@pytest.mark.parametrize("subject", ["구미의 한 농기계 부품업체는", "대전 기업 3곳과 독일 기업들이"])
def test_firms_as_the_subject_sign_for_themselves(subject, gazetteer):
    text = (f"경북도 시장개척단은 알마티에서 수출상담회를 열어 현지 바이어와 상담을 진행했다.\n"
            f"{subject} 알마티 유통사와 공급 MOU를 맺기도 했다.")
    assert [k for k in _records(text, gazetteer, "2026-06-16") if k[0] == "mou"] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a caption naming the MOU and showing its paper ('협약서를 들어 보이고'): one signing
        ("(사진) 서울시장과 방콕 주지사가 20일 서울시청에서 열린 '서울-방콕 스마트도시 협력 MOU' 체결식에서 "
         "협약서를 들어 보이고 있다.\n서울시는 20일 방콕시와 스마트도시 협력 업무협약(MOU)을 체결했다고 밝혔다.",
         "2024-11-20", [("mou", 2024, ("kr-seoul",), ("th-bangkok",))]),
        # chambers of commerce signing beside the cities sign for themselves
        ("경남 창원시는 12일(현지시간) 쉼켄트시청에서 쉼켄트시와 경제 협력 MOU에 서명했다고 13일 밝혔다.\n"
         "이날 협약식에는 창원상공회의소와 쉼켄트 상공회의소도 함께해 무역정보 교류를 골자로 한 별도 협약을 맺었다.",
         "2023-09-13", [("mou", 2023, ("kr-changwon",), ("kz-shymkent",))]),
        # an earlier tie told as experience ('2012년 … 맺은 바 있으며') beside the news
        ("경북도는 지난 8일 사마르칸트주 청사에서 사마르칸트주와 농업 교류협력 업무협약(MOU)을 맺었다고 11일 "
         "밝혔다.\n사절단은 이어 알마티로 이동해 10일 현지 호텔에서 '경북 우수상품 수출상담회'를 열었다.\n"
         "경북도는 2012년 우즈베키스탄 타슈켄트주와 우호교류 협정을 맺은 바 있으며, 2022년부터 알마티에 "
         "통상주재관을 두고 있다.", "2024-10-11",
         [("mou", 2024, ("kr-gyeongsangbuk-do",), ("adm1-uz-samarqand",)),
          ("roadshow", 2024, ("kr-gyeongsangbuk-do",), ("kz-almaty",))]),
    ],
)
def test_what_stands_beside_the_signing(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Vietnamese city GeoNames names only in Vietnamese, in its Korean standard spelling
        ("전라남도는 지난 12일 베트남 메콩델타의 중심 도시 껀터시와 농수산식품 교역 업무협약(MOU)을 맺었다고 "
         "14일 밝혔다.", "2024-11-14", [("mou", 2024, ("kr-jeollanam-do",), ("vn-can-tho",))]),
        # the people of a country ('베트남·중국 이주민') are no party: a domestic agreement
        ("구로구, '베트남·중국 이주민 정착 지원' 업무협약\n\n구로구는 20일 구청에서 구로경찰서, 구로구가족센터와 "
         "'이주민 정착 지원을 위한 업무협약'을 체결했다고 밝혔다. 베트남·중국 출신 이주민이 많다.",
         "2023-06-20", []),
        # a count of agreements signed last year ('모두 7건의 … 협약') is a running total
        ("울산시는 카타르 에너지부와 수소 협력 방안을 논의했다고 9일 밝혔다.\n울산시는 지난해 사우디아라비아, "
         "아랍에미리트 등 중동 국가 기관·기업과 모두 7건의 에너지 분야 협약을 맺은 바 있다.", "2024-09-09", []),
        # a feature on a tie's thirtieth year ('자매도시 30년') tells its history
        ("[스크랩] 자매도시 30년, 가라쓰에서 서귀포를 만나다\n\n2024. 8. 17. 21:36\n\n서귀포시와 가라쓰시가 "
         "자매결연을 맺은 것은 1994년 가을이다. 올해로 꼭 30년이 흘렀다.", "2024-08-17", []),
    ],
)
def test_what_a_trap_laden_set_held(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


def test_two_signings_told_as_two_objects_in_one_sentence(gazetteer):
    """'…양해각서(MOU)'를, 이튿날인 11일에는 방콕시청과 '…협약'을 각각 체결했다': two partners, two records."""
    text = ("부산시는 대표단이 지난 10일 호찌민시 인민위원회와 '스마트시티 협력 양해각서(MOU)'를, 이튿날인 11일에는 "
            "방콕시청(BMA)과 '관광·마이스(MICE) 상호 협력 협약'을 각각 체결했다고 12일 밝혔다.")
    assert _records(text, gazetteer, "2025-06-12") == [("mou", 2025, ("kr-busan",), ("th-bangkok",)),
                                                       ("mou", 2025, ("kr-busan",), ("vn-ho-chi-minh-city",))]


def test_a_city_ties_noun_put_before_a_place_names_what_it_is(gazetteer):
    """'자매도시인 독일 드레스덴에 … 개소': the sister city is where the office opened, no new tie;
    the MOU signed there the same day stays an MOU."""
    text = ("대전시, 자매도시 독일 드레스덴에 '유럽 과학기술협력사무소' 개소\n\n송고시간2025-12-10 08:00\n\n"
            "대전시가 자매도시인 독일 드레스덴에 유럽 협력 거점을 마련했다.\n대전시는 9일(현지시간) 드레스덴에서 "
            "'대전시 유럽 과학기술협력사무소' 개소식을 열었다고 10일 밝혔다.\n이 시장은 같은 날 드레스덴에 있는 "
            "연구소를 찾아 '수소 연료전지 소재 기술 협력 업무협약(MOU)'도 맺었다.")
    assert _records(text, gazetteer, "2025-12-10") == [("mou", 2025, ("kr-daejeon",), ("de-dresden",)),
                                                       ("office", 2025, ("kr-daejeon",), ("de-dresden",))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # people of a nationality ('베트남 국적 주민') in a domestic agreement
        ("안산시는 11일 안산단원경찰서, 안산시가족센터와 「베트남 이주민 정착 지원 업무협약」을 체결했다고 밝혔다.\n"
         "이번 협약은 관내 베트남 국적 주민이 1만 2천여 명으로 중국 국적 다음으로 많은 가운데 마련됐다.",
         "2024-06-12", []),
        # an interview marking a tie's years ('55년 이어온 … 우정', '맺은 지 올해로 55년')
        ('[인터뷰] "55년 이어온 경주-나라 우정, 다음 세대로"\n\n2025-04-14\n\n경주시와 일본 나라시가 자매도시 관계를 '
         "맺은 지 올해로 55년이 됐다.\n\"1970년 4월 자매결연을 맺었습니다.\"", "2025-04-14", []),
        # a firm marked as one signs for itself, also an MOU
        ("김해시는 자카르타에 시장개척단을 파견해 수출상담회를 열었다고 10일 밝혔다.\n특히 산업용 밸브를 만드는 "
         "㈜대성정밀은 현지 유통업체와 48만 달러 규모의 수출 업무협약(MOU)을 맺었다.", "2024-09-10",
         [("roadshow", 2024, ("kr-gimhae",), ("id-jakarta",))]),
        # a centre founded together and opened: an institution, not an office of one's own
        ("세종시는 현지시간 26일 타슈켄트에서 타슈켄트시와 공동 설립한 '한-우즈벡 스마트시티 협력센터' "
         "개소식을 가졌다고 밝혔다.", "2025-03-27", [("institution", 2025, ("kr-sejong",), ("uz-tashkent",))]),
        # what an event is ('매년 여는 … 박람회') and what a body is ('전시컨벤션 기관인') are no events
        ("노원구가 지난 7일 스페인 바르셀로나에서 열린 스마트시티 엑스포에서 '월드 스마트시티 어워드' 대상을 "
         "수상했다.\n"
         "엑스포는 바르셀로나 전시컨벤션 기관인 피라 바르셀로나가 2011년부터 매년 여는 스마트시티 박람회다.",
         "2024-11-11", [("award", 2024, ("kr-seoul-nowon-gu",), ("es-barcelona",))]),
    ],
)
def test_what_a_set_of_small_sides_held(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # signings summed up before each is told ('… 업무협약을 잇따라 체결하며'); what an agreement
        # holds, bullet by bullet ('이 협약에는 ▲… 상담회 공동 개최 ▲…')
        ("평택시가 중국 산둥성을 방문해 항만·물류와 경제무역 분야 업무협약을 잇따라 체결하며 교역 확대에 나섰다.\n"
         "평택시는 지난 13일 산둥성 煙台市 청사에서 煙台市와 '항만·물류 협력 업무협약(MOU)'을 체결했다고 16일 "
         "밝혔다.\n대표단은 이튿날인 14일에는 산둥성 성도인 지난으로 이동해 산둥성 상무청과 '경제무역 교류 협력 "
         "업무협약'을 맺었다.\n이 협약에는 ▲산둥성 기업의 투자 유치 ▲한·중 FTA 활용 교역 상담회 공동 개최 "
         "▲소비재 교역 확대 방안이 담겼다.", "2023-11-16",
         [("mou", 2023, ("kr-pyeongtaek",), ("adm1-cn-shandong",)),
          ("mou", 2023, ("kr-pyeongtaek",), ("cn-yantai",))]),
        # an industry looked at on a visit ('전시·컨벤션(MICE) 산업과') is no exhibition
        ("카타르 도하 시정부 대표단이 고양시를 찾아 전시·컨벤션(MICE) 산업과 도시공원 운영 사례를 살펴봤다.\n"
         "양측은 향후 업무협약(MOU) 체결 여부를 검토하기로 했다.", "2025-05-20", []),
        # a forum held with a named host ('박닌성과 공동으로 하노이에서'): the host is the partner
        ("김천시는 지난 11일 하노이에서 박닌성 인민위원회와 경제 협력 업무협약(MOU)을 체결했다고 14일 밝혔다.\n"
         "이튿날인 12일에는 박닌성과 공동으로 하노이에서 '김천-박닌 투자협력 포럼'을 열었다.", "2024-03-14",
         [("forum", 2024, ("kr-gimcheon",), ("adm1-vn-bac-ninh",)),
          ("mou", 2024, ("kr-gimcheon",), ("adm1-vn-bac-ninh",))]),
    ],
)
def test_what_the_last_set_still_showed(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a university's campus signing 'as well' ('강원대학교 삼척캠퍼스 역시', '강원대학교도')
        ("홍천군은 어제(2일) 몽골 투브 아이막과 '우호교류 협약'을 체결했습니다.\n같은 날 협약식에 동행한 "
         "강원대학교 삼척캠퍼스 역시 몽골국립대학교와 학술교류 협정을 맺었습니다.\n같은 자리에서 "
         "강원대학교도 울란바토르의 몽골 대학과 협약을 맺었는데요.", "2024-07-03",
         [("friendship_city", 2024, ("kr-hongcheon",), ("adm1-mn-tov",))]),
        # a building named after exhibitions ('전시컨벤션센터(JECC)에서') is where the fair was
        ("익산시는 지난해 12월 20일부터 23일까지 인도 자이푸르 전시컨벤션센터(JECC)에서 열린 '자이푸르 "
         "주얼리쇼 2024'에 지역 기업 8개사와 함께 공동관을 운영했다고 6일 밝혔다.", "2025-01-06",
         [("forum", 2024, ("kr-iksan",), ("in-jaipur",))]),
        # a prefecture in Chinese characters beside a Korean governor's name ('박완수 도지사와 … 山口縣
        # 지사가'): neither the prefecture's city nor a division sounding like the governor's name; a
        # plan for 2027 talked of does not move the page's year
        ("경남도, 日 山口縣과 수소 협력 MOU\n\n기사입력 : 2025-04-07 08:00:35\n\n경남도와 일본 야마구치현이 "
         "처음으로 산업 분야 협약을 맺었다.\n경남도는 지난 3일 도청에서 박완수 도지사와 무라오카 쓰구마사(村岡嗣政) "
         "山口縣 지사가 '수소경제 협력 업무협약(MOU)'을 체결했다고 6일 밝혔다.\n이날 간담회에서는 2027년 "
         "자매결연 40주년 기념행사를 공동 개최하는 방안도 논의됐다.", None,
         [("mou", 2025, ("kr-gyeongsangnam-do",), ("adm1-jp-yamaguchi",))]),
    ],
)
def test_what_the_set_mirroring_the_real_one_showed(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


def test_what_the_parties_agreed_and_a_first_are_the_signing_told(gazetteer):
    """'양 도시는 실무협의체를 구성해 … 하기로 했다' is what the MOU holds, and '… 협약을 맺은 것은
    처음이다' calls the same signing a first: one record."""
    text = ("서울시는 멕시코시티와 17일(현지시간) 멕시코시티 시청에서 '스마트시티 협력 업무협약(MOU)'을 체결했다고 "
            "18일 밝혔다.\n아울러 양 도시는 실무협의체를 구성해 내년까지 교통 분야 시범사업을 공동 발굴하기로 했다.\n"
            "이번 협약은 두 시장이 직접 서명했으며, 서울시가 중남미 도시와 스마트도시 분야 협약을 맺은 것은 처음이다.")
    assert _records(text, gazetteer, "2024-04-18") == [("mou", 2024, ("kr-seoul",), ("mx-mexico-city",))]


def test_an_event_named_in_a_plan_a_letter_holds_is_no_event(gazetteer):
    """'의향서에는 … 공동 투자 설명회를 여는 방안 등이 담겼다': a plan the letter holds, not a roadshow."""
    text = ("국토교통부는 14일(현지시간) 리야드에서 사우디 투자부와 '인프라 투자 협력 의향서(LOI)'에 서명했다고 "
            "15일 밝혔다.\n의향서에는 한국 기업 참여를 확대하고 양국 정부가 공동 투자 설명회를 여는 방안 등이 담겼다.")
    assert [k[0] for k in _records(text, gazetteer, "2025-01-15")] == ["loi"]

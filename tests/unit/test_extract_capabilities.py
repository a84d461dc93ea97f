"""Issue 10's capabilities, one case each: short articles in the style of eval/dev (each names
the dev fixture it mirrors) read into records of the expected type, places and year."""

from __future__ import annotations

import pytest

from partnerships.extract import extract


def _records(text: str, gazetteer, **kw) -> list[tuple]:
    found = extract(text, gazetteer=gazetteer, **kw).candidates
    return sorted((c["type"], c["year"], tuple(c["korean_places"]), tuple(c["partner_places"]))
                  for c in found)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # d01: present tense on the day is a signing
        ("대구시는 오늘 베트남 다낭시와 관광 분야 업무협약을 체결한다.", "2023-06-14",
         [("mou", 2023, ("kr-daegu",), ("vn-da-nang",))]),
        # d06: a plan is not
        ("대구시는 다음 달 베트남 다낭시와 관광 분야 업무협약을 체결할 예정이다.", "2023-06-14", []),
        ("대구시는 연내 베트남 다낭시와 관광 분야 업무협약 체결을 추진한다.", "2023-06-14", []),
        # d03: the members listed after the agreement belong to it
        ("서울시는 20일 아시아 도시들과 '아시아 스마트시티 협의체'를 출범시켰다.\n"
         "참여 도시는 방콕, 자카르타, 하노이, 마닐라 등 4개 도시다.", "2022-06-21",
         [("alliance", 2022, ("kr-seoul",), ("th-bangkok", "id-jakarta", "vn-hanoi", "ph-manila"))]),
        # d04: two organisations of one city, two MOUs
        ("부산시는 지난 9일 호찌민시 인민위원회와 스마트항만 업무협약을 체결했다.\n"
         "같은 날 부산시는 호찌민시 사이공하이테크파크와 스타트업 업무협약을 체결했다.", "2023-11-12",
         [("mou", 2023, ("kr-busan",), ("vn-ho-chi-minh-city",))] * 2),
        # d05: 우호 협정 is a friendship agreement; a province signs, its capital is the venue
        ("경상북도는 전날 중국 광둥성 광저우에서 광둥성 정부와 우호 협정을 체결했다.", "2024-05-09",
         [("friendship_city", 2024, ("kr-gyeongsangbuk-do",), ("adm1-cn-guangdong",))]),
        # d02: a friendship-city letter of intent is one LOI; a founding year is background
        ("제주도는 지난 23일 몽골 울란바토르시와 우호협력도시 의향서에 서명했다.\n"
         "울란바토르시는 2016년 설립한 관광청을 통해 관광객 유치에 힘쓰고 있다.", "2024-05-27",
         [("loi", 2024, ("kr-jeju-do",), ("mn-ulan-bator",))]),
        # d10: a running total is not a record
        ("당진시는 현재 5개국 7개 도시와 자매결연을 맺고 있다.", "2022-10-30", []),
        # d09: 한중, 서밋 are not cities; a division before its city only locates it
        ("세종시는 17일 중국 산둥성 웨이하이시에서 열린 한중 지방정부 교류 서밋에 참석해 "
         "웨이하이시와 스마트도시 업무협약을 체결했다.", "2023-10-18",
         [("mou", 2023, ("kr-sejong",), ("cn-weihai",))]),
        # d13: a province before its city only locates it; a loanword GeoNames lacks (하이퐁)
        ("충남 서산시는 지난달 27일 베트남 하이퐁시와 항만 교류 업무협약을 맺었다.", "2024-02-14",
         [("mou", 2024, ("kr-seosan",), ("vn-haiphong",))]),
        # d11: a declaration and joining a network
        ("광주시는 지난 3일 '탄소중립 도시 이니셔티브 선언'에 독일 하이델베르크시와 함께 서명했다.",
         "2024-07-05", [("declaration", 2024, ("kr-gwangju",), ("de-heidelberg",))]),
        # d15: attending a forum is a visit
        ("목포시장은 칠레 발파라이소에서 열린 국제 해양 포럼에 참석했다.", "2024-06-05", []),
        # d23: speaking at a forum held during a visit is a visit too
        ("전주시 대표단은 피렌체 시청에서 열린 '한·이탈리아 공예 문화 포럼'에서 한지 공예를 발표했다.",
         "2024-10-17", []),
        # d21: the declaration adopted at an alliance's founding meeting is the founding itself
        ("창원시는 지난 18일 일본 기타큐슈시에서 '동북아 항만 도시연합' 창립 회의를 열고 공동 협력 "
         "선언문을 채택했다.\n연합에는 중국 다롄시, 일본 기타큐슈시, 러시아 나홋카시 등이 참여했다.",
         "2024-03-20",
         [("alliance", 2024, ("kr-changwon",), ("cn-dalian", "jp-kitakyushu", "ru-nakhodka"))]),
        # d22: a member city's state only locates it ('미국 알래스카주 앵커리지시')
        ("강릉시는 5일 '세계 겨울도시 관광 협의체' 출범식을 가졌다.\n이번 협의체에는 미국 알래스카주 "
         "앵커리지시, 핀란드 로바니에미시, 노르웨이 트롬쇠시 등 3개국 3개 도시가 참여했다.", "2023-12-06",
         [("alliance", 2023, ("kr-gangneung",), ("us-anchorage", "fi-rovaniemi", "no-tromso"))]),
        # d24: '우호교류 MOU' in the headline and '우호교류 협약' in the body are one agreement;
        # '이번 업무협약으로' refers back to it
        ("순천시, 日 가고시마시와 우호교류 MOU 체결\n순천시는 일본 가고시마시와 우호교류 협약을 "
         "체결했다고 9일 밝혔다.\n이번 업무협약으로 두 도시는 공무원 교류를 이어가기로 했다.",
         "2022-11-09", [("friendship_city", 2022, ("kr-suncheon",), ("jp-kagoshima",))]),
        # d25: recruiting companies for a roadshow is not holding it
        ("공주시는 오는 24일까지 '호찌민 수출 상담회' 참가 기업 10곳을 모집한다고 3일 밝혔다.",
         "2024-06-03", []),
        # d26: an award with no foreign place is a domestic prize, not a partnership record
        ("원주시는 지난해 국제교류 우수 지자체로 선정돼 행정안전부 장관상을 수상했다.", "2024-09-15", []),
        # an MOU with no foreign place named is an aside ('업무협약을 맺은 대학교 관계자')
        ("원주시 대표단은 지난 8일 빌뉴스시를 방문해 관광 교류 방안을 논의했다.\n이 자리에는 2019년 "
         "원주시와 업무협약을 맺은 빌뉴스대학교 관계자도 함께했다.", "2024-05-10", []),
        # d23: a forum a city holds alone on a visit is not a partnership; one held jointly is
        ("원주시는 지난 8일 빌뉴스시를 방문했다.\n이어 빌뉴스 경제인들과 '비즈니스 포럼'을 열고 투자 "
         "유치 활동을 펼쳤다.", "2024-05-10", []),
        # a roadshow told as the means or the past of something else is background
        ("원주시는 지난 8일 빌뉴스시를 방문했다.\n원주시는 지난해 빌뉴스 로드쇼를 통해 발굴한 바이어들과 "
         "후속 상담도 진행했다.", "2024-05-10", []),
        ("원주시는 지난 8일 빌뉴스시를 방문했다.\n대표단은 지난 2022년 빌뉴스에서 열린 의료기기 로드쇼의 "
         "성과를 점검했다.", "2024-05-10", []),
        # ... or told as past experience beside a visit ('… 올린 바 있다')
        ("원주시는 지난 8일 빌뉴스시를 방문했다.\n시는 지난해 빌뉴스에서 수출상담회를 열어 120만 달러의 "
         "상담 실적을 올린 바 있다.", "2024-05-10", []),
        # a roadshow the city held, reported as the news, is a record
        ("원주시는 지난 8일 빌뉴스시를 방문했다.\n시는 지난 9일 빌뉴스에서 수출상담회를 열어 120만 달러의 "
         "상담 실적을 올렸다.", "2024-05-10", [("roadshow", 2024, ("kr-wonju",), ("lt-vilnius",))]),
        # d32: a prefecture before its city only locates it, also when Kiwi reads it as a
        # city ('야마구치현' -> 야마구치) or the city comes as '고베시청에서'
        ("춘천시는 지난 24일 일본 야마구치현 시모노세키시청에서 시모노세키시와 관광 교류 업무협약을 "
         "체결했다.", "2024-04-26", [("mou", 2024, ("kr-chuncheon",), ("jp-shimonoseki",))]),
        ("진주시는 지난 10일 일본 효고현 고베시청에서 고베시와 실크 산업 교류 협약을 체결했다.",
         "2023-10-12", [("mou", 2023, ("kr-jinju",), ("jp-kobe",))]),
        # d33: a headline cut in two by '…' is still the headline; its first half names the sides
        ("여수시, 베트남 호이안과 손잡아…해양관광 MOU\n정기명 여수시장은 지난 4일 호이안 시청에서 "
         "인민위원장과 만나 섬 관광 상품 개발 방안을 공유했다.", "2024-12-06",
         [("mou", 2024, ("kr-yeosu",), ("vn-hoi-an",))]),
        # a headline ending in a bare '협약' names the agreement
        ("[포토] 여수시·호이안시 해양관광 협약\n정기명 여수시장과 호이안시 인민위원장이 지난 4일 "
         "기념촬영을 하고 있다.", "2024-12-06", [("mou", 2024, ("kr-yeosu",), ("vn-hoi-an",))]),
        # d34: a headline without the partner takes it from the lead
        ("여수시, 해양관광 활성화 MOU 맺어\n여수시는 지난 4일 베트남 호이안시와 섬 관광 상품을 함께 "
         "개발하기로 했다.", "2024-12-06", [("mou", 2024, ("kr-yeosu",), ("vn-hoi-an",))]),
        # d35: a two-syllable city with its suffix that Kiwi tags as a common noun ('고베시다')
        # is still a member; the countries told beside the members only locate them
        ("창원시는 18일 '환태평양 항만도시 협의체'를 발족했다.\n이 협의체에는 미국과 일본이 참여하며, "
         "회원 도시는 시애틀시와 고베시다.", "2024-05-10",
         [("alliance", 2024, ("kr-changwon",), ("us-seattle", "jp-kobe"))]),
        # d36: an MOU named beside a friendship agreement with the same city that year, with no
        # organisation of its own, is that agreement; 'MOU도 맺었다' is a second one
        ("순천시, 가고시마시와 정원관광 MOU\n순천시는 지난 8일 일본 가고시마시와 우호협력 협약을 체결했다.",
         "2022-11-09", [("friendship_city", 2022, ("kr-suncheon",), ("jp-kagoshima",))]),
        ("순천시는 지난 8일 일본 가고시마시와 우호협력 협약을 체결했다.\n양 도시는 같은 날 가고시마시와 "
         "생태관광 분야 업무협약(MOU)도 맺었다.", "2022-11-09",
         [("friendship_city", 2022, ("kr-suncheon",), ("jp-kagoshima",)),
          ("mou", 2022, ("kr-suncheon",), ("jp-kagoshima",))]),
        # d27: a later sentence naming the province beside the city does not widen the side
        ("충청남도 천안시는 지난 21일 쿠알라룸푸르시와 스마트 모빌리티 업무협약을 맺었다.\n"
         "충남도와 천안시 대표단은 협약식에 이어 현지 자율주행 셔틀 운행 현장을 둘러봤다.",
         "2023-08-23", [("mou", 2023, ("kr-cheonan",), ("my-kuala-lumpur",))]),
    ],
)
def test_capability(text, published, expected, gazetteer):
    got = _records(text, gazetteer, published=published)
    assert [(t, y, k, tuple(sorted(p))) for t, y, k, p in got] == \
        sorted((t, y, k, tuple(sorted(p))) for t, y, k, p in expected)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("광둥성", "adm1-cn-guangdong"), ("매사추세츠주", "adm1-us-massachusetts"),
        ("몸바사주", "adm1-ke-mombasa"), ("루안다주", "adm1-ao-luanda"), ("아이치현", "adm1-jp-aichi"),
        ("서자바주", "adm1-id-west-java"), ("연해주", "adm1-ru-primorsky"),
        ("몸바사", "ke-mombasa"),  # the bare name is the city
        ("광둥", None),  # a division is named with its suffix
    ],
)
def test_foreign_divisions(word, expected, gazetteer):
    place = gazetteer.find(word, fuzzy=False)
    assert (place.id if place else None) == expected
    if place is not None and expected.startswith("adm1-"):
        assert place.kind == "region"


@pytest.mark.parametrize(
    ("word", "name_en"),
    [("당진", "Dangjin"), ("김해", "Gimhae"), ("진주", "Jinju"), ("삼척", "Samcheok"),
     ("울란바토르", "Ulaanbaatar"), ("서울", "Seoul")],
)
def test_names_people_use(word, name_en, gazetteer):
    assert gazetteer.find(word, fuzzy=False).name_en == name_en


def test_cli_text_never_prints_none_and_marks_undated(tmp_path, capsys):
    from partnerships.cli import main

    path = tmp_path / "a.txt"
    path.write_text("대구시는 13일 베트남 다낭시와 관광 업무협약을 체결했다.\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "None" not in out and "published unknown" in out
    assert "undated (inferred: no year in the text and no publication date found)" in out
    assert main(["extract", str(path), "--published", "2024-03-14"]) == 0
    assert "2024-03-13" in capsys.readouterr().out


def test_cli_bad_published(tmp_path, capsys):
    from partnerships.cli import main

    path = tmp_path / "a.txt"
    path.write_text("대구시는 다낭시와 업무협약을 체결했다.\n", encoding="utf-8")
    assert main(["extract", str(path), "--published", "14/03/2024"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_headline_only_record_is_less_confident(gazetteer):
    # d08: only the headline names the agreement; a body sentence reporting it counts more
    headline = "인천시, 케냐 몸바사주와 항만물류 우호교류 협약\n인천시는 몸바사주 대표단과 협력 방안을 논의했다고 25일 밝혔다.\n"
    body = headline + "인천시는 24일 케냐 몸바사주와 항만물류 우호교류 협약을 체결했다.\n"
    (named,) = extract(headline, gazetteer=gazetteer, published="2024-09-25").candidates
    (signed,) = extract(body, gazetteer=gazetteer, published="2024-09-25").candidates
    assert named["type"] == signed["type"] == "friendship_city"
    assert named["confidence"] < signed["confidence"]


def test_page_drawn_by_script_is_read_from_its_metadata(gazetteer):
    # d31: the body is empty until a script fills it; JSON-LD (else og: tags) holds the article
    body = "춘천시는 지난 24일 일본 시모노세키시와 관광 교류 업무협약을 체결했다."
    ld = ('<!doctype html><html><head><script type="application/ld+json">{"@type": "NewsArticle", '
          '"headline": "춘천시, 시모노세키시와 MOU", "datePublished": "2024-04-26", '
          f'"articleBody": "{body}"}}</script></head><body><div id="app"></div></body></html>')
    og = ('<!doctype html><html><head><meta property="og:title" content="춘천시, 시모노세키시와 MOU">'
          f'<meta property="og:description" content="{body}"></head><body></body></html>')
    for page in (ld, og):
        (c,) = extract(page, gazetteer=gazetteer, published="2024-04-26").candidates
        assert (c["type"], c["year"], c["korean_places"], c["partner_places"]) == (
            "mou", 2024, ["kr-chuncheon"], ["jp-shimonoseki"])
        assert body in c["evidence"]

"""Who the parties of an agreement are, read from the structure of the clause: each rule is shown
on a short invented article (no sentence here comes from an evaluation set)."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district named after its city is the party; the city only says where it is
        ("마포구는 15일 중국 베이징시 펑타이구와 우호교류 협약을 체결했다.",
         [("friendship_city", 2026, ("kr-seoul-mapo-gu",), ("cn-beijing-fengtai",))]),
        ("마포구는 15일 중국 상하이 바오산구(區)와 우호교류 협약을 체결했다.",
         [("friendship_city", 2026, ("kr-seoul-mapo-gu",), ("cn-shanghai-baoshan",))]),
        # ... also with '의' between them, or named as its division's capital
        ("마포구는 15일 중국 베이징의 펑타이구와 우호교류 협약을 체결했다.",
         [("friendship_city", 2026, ("kr-seoul-mapo-gu",), ("cn-beijing-fengtai",))]),
        ("목포시는 15일 미국 텍사스주의 주도인 오스틴시와 자매결연 협정을 맺었다.",
         [("sister_city", 2026, ("kr-mokpo",), ("us-austin",))]),
        # a county-level place the gazetteer lacks: no record with its province in its stead
        ("보령시는 15일 중국 저장성 타이순(泰順)현과 우호교류 협약을 체결했다.", []),
        ("보령시 방문단은 15일 중국 저장성 타이순현청에서 타이순현장과 우호교류 협약을 체결했다.", []),
        # ... but an unknown place that is only where something happened leaves the division
        ("충청북도는 15일 캄보디아 시엠레아프주 푸옥군에서 주정부 관계자와 농촌 상수도 개선사업 "
         "착수식을 열었다.",
         [("program", 2026, ("kr-chungcheongbuk-do",), ("adm1-kh-siem-reap",))]),
    ],
)
def test_place_inside_its_parent(text, expected, gazetteer):
    assert _records(text, gazetteer, "2026-05-20") == expected


def test_unknown_partner_is_offered_for_a_person_to_place(gazetteer):
    found = extract("보령시는 15일 중국 저장성 타이순현과 우호교류 협약을 체결했다.",
                    gazetteer=gazetteer, published="2026-05-20")
    assert found.candidates == []
    assert any("타이순현" in d and "for a person to place" in d for d in found.dropped)
    assert [(r["type"], r["partner_places"], r["unplaced"]) for r in found.to_place] == [
        ("friendship_city", [], ["타이순현"])]  # offered on Add article, its partner to be placed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state Kiwi reads as a common noun with the suffix apart ('퀸즐랜드' + '주') is a place
        ("충청북도 방문단은 10일 시드니에서 퀸즐랜드주 정부와 청정수소 업무협약을 체결했다.",
         [("mou", 2026, ("kr-chungcheongbuk-do",), ("adm1-au-queensland",))]),
        # the German states have their Korean names; the capital where it was signed is the venue
        ("충청북도는 10일 독일 튀링겐주 주도 에르푸르트에서 튀링겐주 총리와 업무협약을 체결했다.",
         [("mou", 2026, ("kr-chungcheongbuk-do",), ("adm1-de-thuringia",))]),
        # two agreements closed one after the other as objects: each has its own party
        ("경상북도는 캐나다를 방문해 지난 3일 토론토에서 온타리오주 정부와 '배터리 협력 업무협약'을, "
         "5일에는 밴쿠버에서 브리티시컬럼비아주 정부와 '수소 협력 업무협약'을 각각 체결했다.",
         [("mou", 2026, ("kr-gyeongsangbuk-do",), ("adm1-ca-british-columbia",)),
          ("mou", 2026, ("kr-gyeongsangbuk-do",), ("adm1-ca-ontario",))]),
    ],
)
def test_division_parties(text, expected, gazetteer):
    assert _records(text, gazetteer, "2026-05-20") == expected



@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        # a county is a government, like 시 or 주: the place is the party, not an organisation
        ("광진구는 케냐 엘도레트 카운티와 청년 창업 업무협약을 맺었다.", ""),
        # a chief (청장) signs for his office, like a mayor: no organisation of its own
        ("광진구는 5일 엘도레트 경찰청장과 청년 창업 업무협약을 맺었다.", ""),
        # ... while an organisation stays the counterpart
        ("광진구는 5일 엘도레트 창업진흥원과 청년 창업 업무협약을 맺었다.", "창업진흥원"),
    ],
)
def test_counterpart_is_no_government_or_person(text, counterpart, gazetteer):
    from partnerships.extract.clean import load_article
    from partnerships.extract.groups.counterparts import PLACE as _PLACE
    from partnerships.extract.groups.counterparts import counterpart_named as _counterpart
    from partnerships.extract.places import find_places
    from partnerships.extract.sentences import split
    from partnerships.extract.types import find_types

    s = split(load_article(text))[0]
    w = next(t for t in find_types(s) if t.type == "mou")
    got = _counterpart(s, w, s.start, find_places(s, gazetteer))
    assert ("" if got is _PLACE else got) == counterpart  # a place as the counterpart is no organisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capital is where the division's office stands: the division signed
        ("강원도는 지난 12일 일본 미야기현 센다이시 현청에서 도지사와 미야기현 지사가 관광 업무협약을 체결했다고 밝혔다.",
         [("mou", 2026, ("kr-gangwon-do",), ("adm1-jp-miyagi",))]),
        # a capital told after its name ('…를 주도로 하는 …주') only says where the division is
        ("도지사는 이날 에드먼턴을 주도로 하는 앨버타주를 방문해 주지사와 업무협약을 체결했다.",
         [("mou", 2026, ("kr-gangwon-do",), ("adm1-ca-alberta",))]),
    ],
)
def test_capital_is_where_the_division_signed(text, expected, gazetteer):
    found = _records(text if text.startswith("강원도") else "강원도는 캐나다를 순방했다.\n" + text,
                     gazetteer, "2026-05-20")
    assert found == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signing told as a condition ('…되면', '…맺으면') has not happened yet
        ("보령시는 포르투갈 리스본시와 우호협약을 맺으면 수산 교류를 넓히고 축제에 시민을 초청한다.", "planned"),
        ("시는 협약이 체결되면 수산 교류를 넓힌다.", "planned"),
        # ... while '-면서' (as it did so) reports it done
        ("보령시는 지난 3일 포르투갈 리스본시와 우호협약을 체결하면서 수산 교류를 시작했다.", "signed"),
    ],
)
def test_condition_is_no_signing(text, expected):
    from partnerships.extract.clean import load_article
    from partnerships.extract.sentences import split
    from partnerships.extract.types import find_types, status

    s = split(load_article(text))[0]
    assert [status(s, w) for w in find_types(s)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a university signing for itself: the city it stands in ('…시에 있는') is no side
        ("충북 청주시에 있는 서원대학교가 몽골 울란바토르의 국립대학과 교육 교류 업무협약을 체결했다.", []),
        ("한빛대, 몽골 국립대와 교육 교류 협약\n\n"
         "한빛대학교는 5일 몽골 울란바토르의 국립대학과 교육 교류 업무협약을 체결했다고 밝혔다.\n\n"
         "협약식은 청주시 본관에서 열렸다.", []),
        # ... while a city government that signs stays the side
        ("청주시는 5일 몽골 울란바토르시와 교육 교류 업무협약을 체결했다.",
         [("mou", 2026, ("kr-cheongju-si",), ("mn-ulan-bator",))]),
    ],
)
def test_university_is_no_local_government(text, expected, gazetteer):
    assert _records(text, gazetteer, "2026-05-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city Kiwi does not read as a proper noun, vouched for by its division named before it
        ("목포시는 지난 3일 칠레 비오비오주 콘셉시온 시청에서 시장과 만나 우호도시 협약서에 서명했다.",
         [("friendship_city", 2026, ("kr-mokpo",), ("cl-concepcion",))]),
        ("목포시는 지난 3일 브라질 상파울루주 캄피나스 시청에서 시장과 만나 우호도시 협약서에 서명했다.",
         [("friendship_city", 2026, ("kr-mokpo",), ("br-campinas",))]),
    ],
)
def test_city_after_its_division(text, expected, gazetteer):
    assert _records(text, gazetteer, "2026-05-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # events listed as what a tie has kept up ('… 설명회 등을 이어 왔다') are its history
        ("보령시와 포르투갈 리스본시는 2001년 자매결연을 맺은 뒤 축제 교류, 수산물 투자 설명회 등을 "
         "이어 왔다.", []),
        # ... while a briefing held is an event
        ("보령시는 2001년 포르투갈 리스본에서 수산물 투자 설명회를 열었다.",
         [("roadshow", 2001, ("kr-boryeong",), ("pt-lisbon",))]),
    ],
)
def test_activities_kept_up_are_history(text, expected, gazetteer):
    # a page of the next year: told there, neither is history by its age alone
    assert [k for k in _records(text, gazetteer, "2002-05-20") if k[0] == "roadshow"] == expected


def test_bare_name_of_the_province_that_signed(gazetteer):
    # '제주' alone is also the name of a city; beside the province that signs it is the province
    text = ("[사진] 제주도지사(왼쪽)와 팔라우 관광부 장관이 5일 도청에서 관광 협력 양해각서에 서명하고 있다.\n\n"
            "제주특별자치도는 5일 도청에서 팔라우 관광부와 관광 협력 양해각서(MOU)를 체결했다.\n\n"
            "이번 양해각서는 팔라우 관광부 장관 일행이 제주를 찾으면서 성사됐다.")
    assert _records(text, gazetteer, "2026-05-06") == [("mou", 2026, ("kr-jeju-do",), ("country-pw",))]


def test_counted_parties_borrow_no_city(gazetteer):
    # a lede that counts the signings ('캐나다의 두 주 정부와 잇따라') names no party of its own:
    # it borrows no city from the sentences that tell each signing
    text = ("경상북도가 캐나다의 두 주(州) 정부와 잇따라 배터리 분야 업무협약을 맺었다.\n\n"
            "경북도는 지난 3일 토론토에서 온타리오주 정부와 '배터리 협력 업무협약'을, 5일에는 "
            "밴쿠버에서 브리티시컬럼비아주 정부와 '배터리 재활용 업무협약'을 각각 체결했다.")
    assert _records(text, gazetteer, "2026-05-20") == [
        ("mou", 2026, ("kr-gyeongsangbuk-do",), ("adm1-ca-british-columbia",)),
        ("mou", 2026, ("kr-gyeongsangbuk-do",), ("adm1-ca-ontario",))]


def test_unknown_venue_is_no_place_id(gazetteer):
    # where a programme was launched may be a place the gazetteer lacks: no made-up id for it
    found = extract("충청북도는 15일 캄보디아 시엠레아프주 푸옥군청에서 시엠레아프주 정부와 함께 푸옥군 "
                    "농촌 상수도 개선사업 착수식을 열었다.", gazetteer=gazetteer,
                    published="2026-05-20").candidates
    assert [(c["type"], c["partner_places"], c["venue"]) for c in found] == [
        ("program", ["adm1-kh-siem-reap"], None)]

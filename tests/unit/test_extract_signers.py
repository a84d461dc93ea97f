"""Who signed, and for whom: a delegation with no place of its own, an envoy signing a city's tie, a
consulate, a national agency's head, a chamber's pair, a research institute; two signings on two
days; and when a signing is only talked of or still to come. The texts are written for the tests,
on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from partnerships.extract import clean
from partnerships.extract.dates import publication_dates
from partnerships.extract.sentences import split
from tests.helpers.extraction import record_keys


def _keys(text: str, gazetteer, published: str = "2024-06-03") -> list[tuple]:
    return [(k[0], k[1], k[2], k[3]) for k in record_keys(text, gazetteer, published)]


def test_a_delegation_with_no_place_signs_for_the_articles_government(gazetteer):
    text = ("충남도, 캐나다 2개 주와 잇따라 에너지 협력\n"
            "충청남도는 도지사가 이끄는 대표단이 캐나다 온타리오주와 퀘벡주를 방문했다고 3일 밝혔다. "
            "대표단은 6박 8일 동안 두 주의 주도를 차례로 찾았다.\n"
            "대표단은 지난달 28일 토론토에서 온타리오주 정부와 배터리 산업 협력 업무협약을 맺었다.\n"
            "이어 대표단은 30일 퀘벡시티로 이동해 퀘벡주 정부와 수력에너지 협력 양해각서를 체결했다. "
            "양해각서에 따라 천안·아산 산업단지 입주기업의 현지 진출을 함께 돕는다.")
    keys = _keys(text, gazetteer)
    assert ("mou", 2024, ("kr-chungcheongnam-do",), ("adm1-ca-quebec",)) in keys
    assert all(k[2] == ("kr-chungcheongnam-do",) for k in keys)


def test_a_division_glossed_before_its_suffix_and_a_common_word_before_its_governor(gazetteer):
    text = ("전라남도는 2일 도청에서 뉴사우스웨일스(NSW) 주정부와 해상풍력 협력 업무협약을 체결했다고 3일 밝혔다.\n"
            "앞서 1일에는 세부 주지사와 도청에서 관광 교류 업무협약을 맺었다.")
    keys = _keys(text, gazetteer)
    assert ("mou", 2024, ("kr-jeollanam-do",), ("adm1-au-new-south-wales",)) in keys
    assert ("mou", 2024, ("kr-jeollanam-do",), ("adm1-ph-cebu",)) in keys


def test_a_consulate_general_and_a_national_agencys_head_sign_for_their_country(gazetteer):
    consulate = "부산 중구는 3일 구청에서 주부산 러시아연방 총영사관과 관광 활성화 업무협약을 체결했다고 4일 밝혔다."
    assert _keys(consulate, gazetteer, "2024-06-04") == [("mou", 2024, ("kr-busan-jung-gu",), ("country-ru",))]
    agency = ("해양수산부는 3일(현지시간) 자카르타에서 인도네시아 해양청(BAKAMLA) 청장과 해양안전 협력 양해각서를 "
              "체결했다고 4일 밝혔다.")
    assert _keys(agency, gazetteer, "2024-06-04") == [("mou", 2024, ("kr-sejong",), ("country-id",))]


def test_an_envoy_signing_a_citys_tie_signs_for_the_city(gazetteer):
    text = ("원주시가 케냐의 수도 나이로비시와 우호도시가 됐다.\n"
            "원주시는 2일 시청에서 시장과 주한 케냐 대사가 '원주시-나이로비시 우호교류 협정서'에 서명했다고 밝혔다. "
            "대사는 나이로비 시장의 위임을 받아 나이로비시를 대표해 서명했다.")
    assert _keys(text, gazetteer) == [("friendship_city", 2024, ("kr-wonju",), ("ke-nairobi",))]


def test_what_a_chamber_or_an_institute_signs_is_not_the_citys(gazetteer):
    text = ("포항시는 3일 시청에서 베트남 하이퐁시 대표단과 우호교류 협약을 체결했다.\n"
            "대표단은 같은 날 오후 하이퐁시 투자청과 포항상의 간 투자 협력 MOU 체결식에도 참석했다.\n"
            "또 포항산업과학연구원(RIST)은 하이퐁대학과 공동연구 협정을 맺었다.")
    assert _keys(text, gazetteer) == [("friendship_city", 2024, ("kr-pohang",), ("vn-haiphong",))]


def test_a_city_on_one_day_and_the_countrys_ministry_on_the_next_are_two_agreements(gazetteer):
    text = ("대전시는 시장이 12일(현지시간) 카이로 시청에서 카이로시와 스마트도시 협력 양해각서(MOU)를 체결했다고 밝혔다.\n"
            "이튿날인 13일에는 대전시 산하 대전테크노파크가 이집트 통신정보기술부와 창업 협력 양해각서를 체결했다.")
    keys = _keys(text, gazetteer, "2024-06-14")
    assert ("mou", 2024, ("kr-daejeon",), ("eg-cairo",)) in keys
    assert ("mou", 2024, ("kr-daejeon",), ("country-eg",)) in keys


def test_a_signing_only_weighed_or_still_to_come_is_no_record(gazetteer):
    text = ("제천시는 3일 시청에서 몽골 다르항시와 우호교류 협약을 체결했다.\n"
            "또한 다르항시가 제안한 자매도시 체결에 대해서는 교류 실적을 쌓은 뒤 검토하기로 했다. "
            "시는 오는 9월 열리는 한방바이오박람회에 다르항시 공연단을 초청하기로 했다.")
    assert _keys(text, gazetteer) == [("friendship_city", 2024, ("kr-jecheon-si",), ("mn-darhan",))]


def test_a_headlines_date_after_its_ellipsis_is_the_other_storys(gazetteer):
    text = ("보령시, 라오스 참파삭주와 우호교류 협약…계절근로자 협약은 8월\n"
            "보령시는 지난 1일 시청에서 라오스 참파삭주 대표단과 우호교류 협약을 체결했다고 3일 밝혔다.")
    assert _keys(text, gazetteer, "2024-02-03") == [
        ("friendship_city", 2024, ("kr-boryeong",), ("adm1-la-champasak",))]


def test_a_past_deal_told_as_experience_beside_a_courtesy_call_is_no_record(gazetteer):
    text = ("부산시장은 3일 시청에서 주한 오만 대사를 만나 항만 분야 교류 방안을 논의했다.\n"
            "양측은 이날 협약을 맺지는 않았다.\n"
            "한편 부산시는 지난해 오만 무스카트에서 부산 기업 수출상담회를 열어 500만 달러의 상담 실적을 올린 바 있다.")
    assert _keys(text, gazetteer) == []


def test_a_menu_item_before_the_body_does_not_cut_the_body_and_table_cells_stay_apart():
    html = ("<html><body><ul><li>공지사항</li><li>보도자료</li><li>포토뉴스</li></ul>"
            "<table><tr><th>담당부서</th><td>국제협력과</td><th>등록일</th><td>2015-03-09</td></tr></table>"
            "<p>목포시는 지난 6일 시청에서 중국 옌타이시와 관광 교류 업무협약을 체결했다고 밝혔다.</p>"
            "<p>양 도시는 크루즈 관광 상품을 함께 개발하기로 했다.</p></body></html>")
    article = clean.load_article(html.encode("utf-8"))
    body = [line.text for line in article.lines if line.content]
    assert any("옌타이시와" in t for t in body)
    assert "등록일 2015-03-09" in article.text
    pubs = publication_dates(article, split(article))
    assert pubs[0].date.isoformat() == "2015-03-09"

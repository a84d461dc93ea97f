"""Names glossed in brackets (accented Latin, Chinese characters, initials of a division), a trip's
lede beside its signings, quoted declarations, and agreements told as past. The texts are written
for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records


def _keys(text: str, gazetteer, published: str) -> list[tuple]:
    return [(k[0], k[1], k[3]) for k in _records(text, gazetteer, published)]


def test_a_hangul_name_glossed_with_accented_latin_letters_is_that_city(gazetteer):
    text = ("충북 음성군이 헝가리 괴드(Göd)시와 손을 잡았다.\n"
            "음성군은 21일(현지시간) 괴드시청에서 괴드시와 이차전지 산업 교류협력 업무협약(MOU)을 체결했다고 "
            "24일 밝혔다.")
    assert _keys(text, gazetteer, "2022-06-24") == [("mou", 2022, ("hu-god",))]


def test_a_bare_agreement_word_glossed_in_brackets_is_one_agreement(gazetteer):
    text = "청도군은 지난 7일 르완다 키갈리시와 교류협력에 관한 협약(MOU)을 체결했다고 9일 밝혔다."
    assert _keys(text, gazetteer, "2014-07-09") == [("mou", 2014, ("rw-kigali",))]


def test_a_mission_that_only_looked_round_and_talked_held_no_roadshow(gazetteer):
    text = ("음성군은 21일 헝가리 괴드시와 업무협약(MOU)을 체결했다고 24일 밝혔다.\n"
            "투자유치단은 협약식에 앞서 20일 배터리 공장을 둘러봤으며, 22일에는 페스트주 정부를 찾아 의견을 나눴다.")
    assert [k[0] for k in _keys(text, gazetteer, "2022-06-24")] == ["mou"]


def test_interest_in_signing_is_no_signing(gazetteer):
    text = ("개척단은 23일 호이안시 인민위원회를 방문해 관광 교류 방안을 논의했다. 호이안시 측은 교류 의향서 "
            "체결에 관심을 보였으나 이번 방문에서는 협약까지 이르지는 못했다.")
    assert _keys(text, gazetteer, "2024-08-29") == []


def test_what_a_delegation_did_after_the_signing_is_no_second_agreement(gazetteer):
    text = ("달서구는 13일 슬로바키아 질리나시와 자동차부품 산업 협력 MOU를 체결했다고 16일 밝혔다.\n"
            "구 대표단은 MOU 체결에 이어 14일에는 체코 오스트라바시로 이동해 산업단지를 둘러봤다.")
    assert _keys(text, gazetteer, "2013-05-16") == [("mou", 2013, ("sk-zilina",))]


def test_an_agreement_told_as_what_came_before_the_news_is_no_record(gazetteer):
    text = ("괴산군은 27일 베트남 박닌성과 계절근로자 도입 업무협약을 맺었다고 28일 밝혔다.\n"
            "괴산군은 지난해 필리핀 이사벨라주 산티아고시와 계절근로자 도입 업무협약을 맺은 뒤, 근로자 312명을 "
            "관내 농가에 배치한 바 있다.")
    assert _keys(text, gazetteer, "2024-02-28") == [("mou", 2024, ("adm1-vn-bac-ninh",))]


def test_last_years_contract_told_as_experience_is_not_this_years(gazetteer):
    text = ("전라남도는 10일(현지시각) 호주 시드니에서 현지 유통기업과 350만 달러 규모의 농수산식품 수출 계약을 "
            "체결했다고 12일 밝혔다.\n"
            "전남도는 지난해 3월에도 시드니에서 같은 유통사와 280만 달러 규모의 수출 계약을 맺은 바 있다.")
    assert _keys(text, gazetteer, "2026-02-12") == [("contract", 2026, ("au-sydney",))]


def test_a_count_of_ties_in_words_is_a_running_total(gazetteer):
    text = ("완도군은 지난 12일(현지시간) 칠레 푸에르토몬트 시청에서 자매결연 협정서에 서명했다고 15일 밝혔다.\n"
            "완도군은 이로써 중국 ○○시, 일본 ○○정 등에 이어 다섯 번째 해외 자매·우호도시를 두게 됐다.")
    assert _keys(text, gazetteer, "2016-04-15") == [("sister_city", 2016, ("cl-puerto-montt",))]


def test_a_trips_lede_in_countries_gives_way_to_each_signing_and_its_day(gazetteer):
    text = ("충북도는 대표단이 지난 4일부터 9일까지 태국과 말레이시아를 방문해 우호교류 협정 1건, 업무협약 1건을 "
            "체결하고 현지 수출상담회를 개최했다고 11일 밝혔다.\n"
            "대표단은 지난 5일 태국 치앙마이주 청사에서 치앙마이주정부와 '우호교류 협정'을 맺었다.\n"
            "말레이시아로 이동한 대표단은 7일 슬랑오르주 청사에서 슬랑오르주정부와 '할랄 산업 협력 업무협약(MOU)'을 "
            "체결했다.\n"
            "이튿날인 8일에는 쿠알라룸푸르 시내 호텔에서 '충북도 수출상담회'를 열었다. 현지 바이어 80여 명이 참석한 "
            "상담회에서는 모두 126건의 상담이 이뤄졌다.")
    found = _records(text, gazetteer, "2019-11-11")
    assert sorted((k[0], k[3]) for k in found) == [
        ("friendship_city", ("adm1-th-chiang-mai",)), ("mou", ("adm1-my-selangor",)),
        ("roadshow", ("my-kuala-lumpur",))]


def test_a_division_written_as_two_common_nouns_or_by_its_initials(gazetteer):
    text = "경남도는 20일 프랑스 옥시타니 레지옹과 항공우주산업 협력 양해각서(MOU)를 체결했다고 21일 밝혔다."
    assert _keys(text, gazetteer, "2017-06-21") == [("mou", 2017, ("adm1-fr-occitanie",))]
    text = ("충남도가 독일 노르트라인베스트팔렌(NRW)주와 에너지 전환에 손을 맞잡았다.\n"
            "충남도는 17일(현지시간) 독일 뒤셀도르프에서 NRW주 경제에너지부와 '에너지 전환을 위한 공동선언문'을 "
            "채택했다고 18일 밝혔다.")
    assert _keys(text, gazetteer, "2019-10-18") == [
        ("declaration", 2019, ("adm1-de-north-rhine-westphalia",))]


def test_divisions_glossed_in_chinese_characters_are_the_divisions(gazetteer):
    text = ("강원도와 중국 지린(吉林)성, 일본 돗토리(鳥取)현, 러시아 연해주 등 지방정부가 관광 협력을 강화하기로 하는 "
            "공동선언문을 지난달 30일 채택했다.")
    assert _keys(text, gazetteer, "2016-07-01") == [
        ("declaration", 2016, ("adm1-cn-jilin", "adm1-jp-tottori", "adm1-ru-primorsky"))]


def test_a_declaration_named_in_quotes_and_signed(gazetteer):
    text = ("인천시는 22일 송도컨벤시아에서 열린 포럼 폐막식에서 몽골 울란바토르, 태국 방콕 등 5개 도시 대표가 "
            "'기후행동 인천선언'에 서명했다고 23일 밝혔다.")
    assert _keys(text, gazetteer, "2019-10-23") == [("declaration", 2019, ("mn-ulan-bator", "th-bangkok"))]


def test_a_member_city_in_its_english_spelling(gazetteer):
    text = ("부산시는 3일(현지시간) 프랑스 르아브르의 국제항만도시협회(AIVP) 본부를 방문해 정회원 가입 협약서에 "
            "서명했다고 4일 밝혔다.\n"
            "AIVP에는 프랑스 르아브르를 비롯해 네덜란드 로테르담, 벨기에 앤트워프 등 200여 개 도시가 회원으로 "
            "참여하고 있다.")
    found = _records(text, gazetteer, "2022-11-04")
    assert len(found) == 1 and "be-antwerp" in found[0][3]


def test_two_agreements_closed_in_brackets_and_signed_each_keep_their_partner_and_day(gazetteer):
    text = ("부산시는 지난 5일 호찌민시 인민위원회 청사에서 호찌민시와 「스마트 항만 협력 업무협약(MOU)」을, 이튿날인 "
            "6일에는 빈즈엉성 인민위원회에서 「교류협력 의향서(LOI)」를 각각 체결했다고 밝혔다.")
    found = extract(text, gazetteer=gazetteer, published="2024-03-07").candidates
    assert sorted((c["type"], c["date"], tuple(c["partner_places"])) for c in found) == [
        ("loi", "2024-03-06", ("adm1-vn-binh-duong",)), ("mou", "2024-03-05", ("vn-ho-chi-minh-city",))]

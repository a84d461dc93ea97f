"""Gates that make the reader propose less and more surely, each shown on a short invented
article (no sentence here comes from an evaluation set): without the gate the first case of
each test proposes a record that is not there."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the partner named only as a firm of a country ('베트남 유통업체와'): no city is borrowed
        # from the sentence before, so no contract record guesses one (the mission's visit stays)
        ("김해시 수출사절단이 지난 3일 베트남 다낭에 도착했다.\n"
         "참가 기업 중 한 식품업체는 베트남 유통업체와 50만 달러 규모의 수출 계약을 맺었다.",
         "2025-06-09", [("roadshow", 2025, ("kr-gimhae",), ("vn-da-nang",))]),
        # ... and a country's government ('베트남 지방정부와') may stand for the city of the event
        ("김해시 수출사절단이 지난 3일 베트남 다낭에 도착했다.\n"
         "사절단은 베트남 지방정부와 스마트도시 협력 업무협약을 체결했다.",
         "2025-06-09", [("mou", 2025, ("kr-gimhae",), ("vn-da-nang",)),
                        ("roadshow", 2025, ("kr-gimhae",), ("vn-da-nang",))]),
        # ... while a partner city named in the signing sentence itself stays
        ("김해시 수출사절단이 지난 3일 베트남 다낭에 도착했다.\n"
         "김해시는 다낭시와 50만 달러 규모의 농산물 수출 계약을 맺었다.",
         "2025-06-09", [("contract", 2025, ("kr-gimhae",), ("vn-da-nang",)),
                        ("roadshow", 2025, ("kr-gimhae",), ("vn-da-nang",))]),
    ],
)
def test_a_firm_of_a_country_borrows_no_city(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an anniversary of a tie ('자매결연 20주년') is no new signing
        ("거제시와 필리핀 일로일로시의 자매결연 20주년 기념식이 지난 14일 거제에서 열렸다.",
         "2025-09-16", []),
        # ... while a signing told the same day stays
        ("거제시는 지난 14일 필리핀 일로일로시와 자매결연을 맺었다.", "2025-09-16",
         [("sister_city", 2025, ("kr-geoje",), ("ph-iloilo",))]),
    ],
)
def test_anniversary_is_no_signing(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


def test_signing_put_off_is_no_record(gazetteer):
    # '... 협약식을 미루기로 했다': postponed, not signed
    text = "보령시는 다음 주 열 예정이던 '보령시-몽골 다르항시 우호도시 협약식'을 미루기로 했다고 2일 밝혔다."
    assert _records(text, gazetteer, "2025-05-02") == []

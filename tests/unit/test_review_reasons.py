"""Review refusals told in Korean: every reason partnerships.review writes has a Korean wording."""

from __future__ import annotations

import pytest

from partnerships.review_reasons import in_korean


@pytest.mark.parametrize(("english", "korean"), [
    ("a reason is needed to retract a record", "철회하려면 사유가 필요합니다"),
    ("record x-1 is published; cannot publish it", "기록 x-1은(는) 게시 상태라서 게시할 수 없습니다"),
    ("record x-1 is rejected; cannot retract it", "기록 x-1은(는) 반려 상태라서 철회할 수 없습니다"),
    ("these fields cannot be edited: id, status", "수정할 수 없는 항목: id, status"),
    ("a and b do not report the same agreement", "a와(과) b는 같은 협약을 다루지 않습니다"),
])
def test_each_reason_reads_in_korean(english, korean):
    assert in_korean(english) == korean


def test_a_wording_the_table_does_not_know_stays_as_written():
    assert in_korean("partner_places: 'zz-<b>' is not a known place") == "partner_places: 'zz-<b>' is not a known place"


@pytest.mark.parametrize(("english", "korean"), [
    ("revert change 385: it did take place", "변경 #385 되돌림: it did take place"),  # the person's own words stay
    ("merged with 2024-a-b-mou", "2024-a-b-mou와(과) 병합"),
    ("merged into 2024-a-b-mou", "2024-a-b-mou에 병합됨"),
])
def test_the_historys_own_reasons_read_in_korean(english, korean):
    assert in_korean(english) == korean

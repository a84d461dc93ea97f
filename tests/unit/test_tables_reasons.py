"""A row's reason for not being imported, in Korean for the Korean page: every wording the importer
writes is translated, the sheet's own quoted text kept."""

from __future__ import annotations

import pytest

from partnerships.tables import plan
from partnerships.tables.reasons import describe


def test_every_reason_a_real_import_writes_reads_in_korean(gazetteer, tmp_path):
    from partnerships.proposals import FolderProposals

    sheet = ("자치단체,국가,상대도시,구분,체결일\n"
             "없는군,덴마크,오덴세,우호협력,2021-03-02\n"  # an unknown Korean government
             "서울특별시,몽골,푸른초원시,우호협력,2021-03-02\n"  # an unknown partner
             "서울특별시,덴마크,오덴세,모름,2021-03-02\n"  # an unknown type
             "서울특별시,덴마크,오덴세,우호협력,2O21\n"  # not a date
             "서울특별시,덴마크,,우호협력,2021-03-02\n"  # no partner
             "서울특별시,나르니아,오덴세,우호협력,2021-03-02\n"  # an unknown country
             "부산광역시,덴마크,오덴세,우호협력,2021-03-02\n"
             "부산광역시,덴마크,오덴세,우호협력,2021-03-02\n"  # the same tie again
             ",덴마크,오덴세,우호협력,2021-03-02\n"  # no Korean government
             "서울특별시,덴마크,오덴세,우호협력,2023년 13월 40일\n")  # a month that does not exist
    sink = FolderProposals(tmp_path / "proposed")
    sink.published = {}
    result = plan.plan(sheet.encode("utf-8"), "t.csv").run(sink=sink, gaz=gazetteer)
    assert len(result.errors) == 9
    for e in result.errors:
        ko = describe(e.reason, "ko")
        left = [w for w in ("gazetteer", "not a date", "no partner", "not one", "named", "Korean government",
                            "same tie", "does not exist", "given")
                if w in ko]
        assert not left, (e.reason, ko)
        assert all(cell in ko for cell in ("없는군", "푸른초원시", "모름", "2O21", "나르니아") if cell in e.reason)


@pytest.mark.parametrize(("reason", "korean"), [
    ("partner: not looked up online: this import already asked for 60 places, the most one import asks",
     "상대: 온라인에서 찾지 않음: 이번 가져오기에서 이미 60곳을 물었음(한 번에 묻는 최대)"),
    ("partner: no place named 'Hala Point' in TH in the gazetteer; the online look-up found 'Hala' in MY, not in TH",
     "상대: 지명 사전에 TH의 'Hala Point'(이)라는 곳이 없음; 온라인에서 찾은 'Hala'은(는) TH이 아니라 MY에 있음"),
    ("source: source.url: '창원시 보도자료' is not an http(s) URL",
     "출처 URL: '창원시 보도자료'은(는) 웹 주소(http:// 또는 https://)가 아님"),
])
def test_the_online_reasons_read_in_korean_and_english_stays_as_written(reason, korean):
    assert describe(reason, "ko") == korean
    assert describe(reason, "en") == reason

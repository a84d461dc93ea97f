"""A record's history line on the staff pages: values in the page's language."""

from __future__ import annotations

from datetime import datetime

import pytest

from ui.screens import record_staff


def _line(before: dict, after: dict) -> dict:
    return {"id": 7, "at": datetime(2026, 12, 6, 10, 30), "who": "mina", "action": "publish",
            "record_id": "2024-x", "reason": "", "before": before, "after": after}


@pytest.mark.parametrize(("lang", "words"), [("ko", "에너지, 제조업 → 에너지, 제조업, 모빌리티"),
                                             ("en", "Energy, Manufacturing → Energy, Manufacturing, Mobility")])
def test_sectors_changed_read_as_their_names(lang, words):
    line = _line({"status": "proposed", "sectors": ["energy", "manufacturing"]},
                 {"status": "published", "sectors": ["energy", "manufacturing", "mobility"]})
    assert words in record_staff._line(line, lang)


def test_a_type_changed_reads_as_its_name_and_odd_stored_values_do_not_break_the_line():
    line = _line({"type": "mou", "sectors": [{"odd": 1}]}, {"type": "loi", "sectors": ["unknown-sector"]})
    text = record_staff._line(line, "ko")
    assert "업무협약 → 의향서" in text and "unknown-sector" in text


def test_who_is_named_in_the_page_s_language_for_the_national_layer_and_a_file_load():
    from partnerships import national

    line = _line({"status": "proposed"}, {"status": "published"}) | {"who": national.WHO}
    assert "전국 자료 표" in record_staff._line(line, "ko")
    assert "파일 불러오기" in record_staff._line(line | {"who": "load"}, "ko")
    assert " · mina · " in record_staff._line(line | {"who": "mina"}, "ko")


def test_a_change_is_timed_in_korea_and_says_so_and_a_title_reads_in_full():
    from datetime import UTC

    line = _line({"title_en": "Jeonju and Lyon sign a culture and tourism MOU for 2026"},
                 {"title_en": "Jeonju and Lyon sign an MOU on culture, tourism and food"})
    text = record_staff._line(line, "en")
    assert "2026-12-06 19:30 KST" in text  # stored without a zone: UTC
    assert "culture and tourism MOU for 2026 → Jeonju and Lyon sign an MOU on culture, tourism and food" in text
    assert "2026-12-06 19:30 KST" in record_staff._line(line | {"at": datetime(2026, 12, 6, 10, 30, tzinfo=UTC)}, "ko")

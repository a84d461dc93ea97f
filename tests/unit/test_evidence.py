"""Evidence spans and the HTML highlighter: quotes found across line breaks, text always escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerships.evidence import Span, highlight, sentence_spans, support_spans

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # seeds/000_a437fd8661412f19.txt: the agreement sentence, quoted with single spaces.
        ("앞 문장. 서울시와 오덴세는  업무협약을\n체결했다. 뒤", "서울시와 오덴세는 업무협약을 체결했다.", [(6, 28)]),
        ("같은 말. 같은 말.", "같은 말.", [(0, 5), (6, 11)]),  # every occurrence
        ("없는 문장입니다.", "다른 문장", []),
        ("아무거나", "   ", []),
    ],
)
def test_sentence_spans(text, sentence, expected):
    assert [(s.start, s.end) for s in sentence_spans(text, [sentence])] == expected


def test_sentence_spans_find_every_curated_quote_in_its_seed():
    import json

    checked = records = 0
    for path in sorted((ROOT / "data" / "records").glob("*.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            records += 1
            seed = ROOT / "seeds" / record["source"]["file"]
            if not seed.is_file():
                continue
            text = seed.read_text(encoding="utf-8")
            spans = sentence_spans(text, record["evidence"])
            assert len({(s.start, s.end) for s in spans}) >= len(set(record["evidence"])), record["id"]
            checked += 1
    assert records > 0 and checked == records  # every curated record's seed is in seeds/


def test_highlight_escapes_text_and_marks_spans():
    text = "<b>서울</b> & 오덴세\n업무협약"
    out = highlight(text, [Span(text.index("오덴세"), text.index("오덴세") + 3, "places", 'dk-"odense"')])
    assert out == (
        '&lt;b&gt;서울&lt;/b&gt; &amp; <mark class="ev ev-places" title="dk-&quot;odense&quot;">'
        "오덴세</mark><br>업무협약"
    )


def test_highlight_overlapping_spans_are_cut_into_pieces():
    text = "abcdef"
    out = highlight(text, [Span(0, 4, "evidence"), Span(2, 6, "type", "MOU")])
    assert out == (
        '<mark class="ev ev-evidence">ab</mark>'
        '<mark class="ev ev-evidence ev-type" title="MOU">cd</mark>'
        '<mark class="ev ev-type" title="MOU">ef</mark>'
    )


@pytest.mark.parametrize(
    "spans",
    [[Span(-5, 2)], [Span(4, 99)], [Span(3, 3)], [Span(9, 12)]],
)
def test_highlight_clips_and_ignores_bad_spans(spans):
    out = highlight("abcdef", spans)
    assert out.replace('<mark class="ev ev-evidence">', "").replace("</mark>", "") == "abcdef"


def test_highlight_kind_cannot_inject_markup():
    out = highlight("abc", [Span(0, 1, 'x" onclick="alert(1)')])
    assert "onclick" not in out.split(">")[0].replace("ev-x-onclick-alert-1", "")
    assert out.startswith('<mark class="ev ev-x-onclick-alert-1">')


def test_support_spans_use_offsets_and_fall_back_to_text():
    text = "서울시와 오덴세가 업무협약을 체결했다."
    support = {
        "type": [{"text": "업무협약", "start": 10, "end": 14}],
        "places": [{"text": "오덴세", "start": 0, "end": 3, "place": "dk-odense"}],  # stale offsets
        "date": [{"text": "3월 13일", "start": 0, "end": 6}],  # not in the text
    }
    spans = support_spans(text, support)
    assert [(s.kind, text[s.start:s.end], s.label) for s in spans] == [
        ("places", "오덴세", "dk-odense"), ("type", "업무협약", "type"),
    ]

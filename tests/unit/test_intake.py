"""Adding an article: reading input, recognising stored articles, naming, all-or-nothing saves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partnerships import intake
from tests.intake_records import F01, F01_SENTENCE, F01_TEXT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folders(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """Private copies of data/ and seeds/, used through ATLAS_DATA_DIR and ATLAS_SEEDS_DIR."""
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "seeds", seeds)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))
    monkeypatch.setenv("ATLAS_SEEDS_DIR", str(seeds))
    return data, seeds



# --- reading ---

@pytest.mark.parametrize(
    ("data", "filename", "code"),
    [
        (b"", "a.txt", "empty"),
        ("   \n\t ", None, "empty"),
        (b"\x00\x01\x02PK\x03\x04" * 200, "article.txt", "binary"),  # a zip renamed .txt
        (b"x" * (intake.MAX_BYTES + 1), "big.txt", "too_large"),
        ("기사 ".encode() * (20 * 2**20 // 7), "20mb.html", "too_large"),
        ("가" * (intake.MAX_BYTES // 3 + 1), None, "too_large"),  # pasted: counted in UTF-8 bytes
        (b"hello", "article.pdf", "file_type"),
    ],
)
def test_read_text_refuses_unusable_input(data, filename, code):
    with pytest.raises(intake.IntakeError) as info:
        intake.read_text(data, filename=filename)
    assert info.value.code == code


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr"])
def test_read_text_decodes_korean_encodings(encoding):
    # eval/dev/f01_incheon_nairobi_press.txt saved in each encoding
    text = intake.read_text(F01_TEXT.encode(encoding), filename="f01.TXT")
    assert intake.normalize_text(text) == intake.normalize_text(F01_TEXT)


def test_read_text_reduces_html_to_its_text():
    page = ("<html><head><script>var x = '<p>광고</p>';</script></head><body><nav>메뉴 | 홈</nav>"
            f"<article><h1>인천시, 나이로비와 협약</h1><p>{F01_SENTENCE}</p></article></body></html>")
    text = intake.read_text(page.encode("cp949"), filename="page.html")
    assert F01_SENTENCE in text
    assert "<p>" not in text and "var x" not in text and "메뉴" not in text


def test_classify_names_the_extractors_complaints():
    from partnerships.extract import ArticleError

    assert intake.classify(ArticleError("not a Korean article: less than 30%")).code == "not_korean"
    assert intake.classify(ArticleError("binary input (NUL bytes)")).code == "binary"
    assert intake.classify(ArticleError("something else")).code == "unreadable"


# --- recognising and naming ---

def test_content_hash_ignores_whitespace_and_line_endings():
    a = intake.content_hash(F01_TEXT)
    assert intake.content_hash("\n\n" + F01_TEXT.replace("\n", "\r\n") + "  \n") == a
    assert intake.content_hash(F01_TEXT.replace("인천", "부산", 1)) != a


@pytest.mark.parametrize(
    ("date", "stem"),
    [("2024-03-18", "2024-03-18"), ("2019", "2019"), (None, "undated"), ("18/03/2024", "undated"),
     ("../../etc", "undated")],
)
def test_article_name(date, stem):
    name = intake.article_name(F01_TEXT, date=date)
    assert name == f"{stem}_{intake.content_hash(F01_TEXT)[:8]}.txt"


# --- saving ---

@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"date": "2023-05-16", "korean_places": ["kr-incheon"], "partner_places": ["ke-nairobi"],
          "type": "friendship_city"}, "2023-incheon-nairobi-friendship-city"),
        ({"date": "2024", "korean_places": ["kr-seoul"], "partner_places": [], "type": "forum"}, "2024-seoul-forum"),
        ({"date": "later", "korean_places": [], "type": "mou"}, "undated-mou"),
    ],
)
def test_record_id_follows_the_fields(fields, expected):
    assert intake.record_id(fields) == expected


def test_prepare_proposes_records(folders, gazetteer):
    prepared = intake.prepare(F01.read_bytes(), filename="f01.txt", gazetteer=gazetteer)
    assert [c["type"] for c in prepared.candidates] == ["friendship_city"]  # its 2019 mission is history
    assert prepared.published == "2023-05-17" and prepared.hash == intake.content_hash(F01_TEXT)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ("Seoul and Odense signed a robotics MOU in March 2024. " * 5, "not_korean"),
        ((ROOT / "seeds" / "003_7cdbec0e616b3126.txt").read_bytes(), "duplicate"),  # an original seed
    ],
)
def test_prepare_refuses(folders, gazetteer, data, code):
    with pytest.raises(intake.IntakeError) as info:
        intake.prepare(data, gazetteer=gazetteer)
    assert info.value.code == code


@pytest.mark.parametrize("text", [" \t\n", "\u3000\u3000", "\xa0 \xa0", "\u200b\ufeff \u2060", "\u3000".encode("utf-8"),
                                  "\xa0\t".encode("utf-16")])
def test_whitespace_only_is_empty(text):
    with pytest.raises(intake.IntakeError) as info:
        intake.read_text(text)
    assert info.value.code == "empty"


def test_text_over_the_limit_is_refused_before_reading_and_says_the_limit():
    # A pasted 1 MB Korean article took 16 s to review and proposed 18 records.
    article = "서울시는 덴마크 오덴세시와 로봇 산업 협력을 위한 업무협약을 체결했다.\n" * 12_000
    with pytest.raises(intake.IntakeError) as info:
        intake.read_text(article)
    assert info.value.code == "too_long"
    assert "the limit is 200 KB of text" in str(info.value)
    assert info.value.fields["limit"] == "200"
    assert intake.read_text(article[: 150 * 1024 // 3])  # well under the limit: read as before


def test_a_publication_date_is_a_real_day_from_1945_to_tomorrow():
    import datetime as dt

    today = dt.date(2026, 12, 6)
    ok = ["1945-01-01", "2024-02-29", "2026-12-06", "2026-12-07"]
    bad = ["0001-01-01", "1944-12-31", "2023-02-29", "2024-06-31", "2026-12-08", "9999-12-31", "2024-3-1", ""]
    assert [d for d in ok if intake.publication_date_ok(d, today=today)] == ok
    assert not [d for d in bad if intake.publication_date_ok(d, today=today)]

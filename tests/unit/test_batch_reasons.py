"""Why an article of a folder gave no record, as the reader says it, said in Korean on a Korean
page; a reason the page does not know is shown as the reader wrote it."""

from __future__ import annotations

import re

import pytest

from partnerships.extract import extract
from ui.screens.batch_reasons import file_reason, no_record_reason


@pytest.mark.parametrize(("text", "korean"), [
    ("영천시는 5일 와인 축제를 열었다. 시는 지역 대학과 와인 산업 인재 양성 업무협약도 체결했다.",
     "협력 문구는 있으나 제안된 기록 없음: 상대 지역이 없는 것 1건"),
    ("부산시는 내년에 베트남 다낭시와 업무협약을 체결할 예정이다.",
     "협력 문구는 있으나 계획·방문·제안·협의로만 서술됨 (체결·개최·개소 보도 없음)"),
    ("부산시는 5일 불꽃축제를 열었다.", "기사에 협력 문구(업무협약, 의향서, 자매결연, 로드쇼 등)가 없음"),
])
def test_the_readers_reason_for_no_record_reads_in_korean(gazetteer, text, korean):
    reason = extract(text, gazetteer=gazetteer, published="2024-10-07").reason
    assert no_record_reason(reason, "ko") == korean
    assert no_record_reason(reason, "en") == reason


def test_a_reason_the_page_does_not_know_reads_as_written():
    odd = "agreements found, none proposed: 2 with a reason added later"
    assert no_record_reason(odd, "ko") == odd
    assert no_record_reason("something else", "ko") == "something else"


def _sink(tmp_path):
    from partnerships.proposals import FolderProposals

    return FolderProposals(tmp_path / "records", tmp_path / "seeds")


def test_two_files_shown_under_one_name_are_told_apart_and_each_keeps_its_own_reason(tmp_path):
    # two uploads named 'same.txt' both showed the second one's reason (looked up by name), and the
    # NFC and NFD spellings of '협약.txt' looked alike; a direction override turned 'gepj.txt' round
    from partnerships.ingest import run_batch
    from partnerships.ingest.sources import ArticleFile

    nothing = "부산시는 5일 불꽃축제를 열었다.".encode()
    planned = "부산시는 내년에 베트남 다낭시와 업무협약을 체결할 예정이다.".encode()
    files = [ArticleFile("same.txt", nothing), ArticleFile("same.txt", planned),
             ArticleFile("\ud611\uc57d.txt", nothing.replace(b"5", b"6")),
             ArticleFile("\u1112\u1167\u11b8\u110b\u1163\u11a8.txt", planned.replace("다낭".encode(), "후에".encode())),
             ArticleFile("\u202egepj.txt", nothing.replace(b"5", b"7"))]
    summary = run_batch(files=files, sink=_sink(tmp_path), workers=1)
    names = [f for f, _, _ in summary.read]
    assert names == ["same.txt", "same (2).txt", "협약.txt", "협약 (2).txt", "\\u202egepj.txt"]
    why = {f: no_record_reason(r, "ko") for f, _, r in summary.read}
    assert "협력 문구(" in why["same.txt"] and "계획" in why["same (2).txt"]
    assert "협력 문구(" in why["협약.txt"] and "계획" in why["협약 (2).txt"]


def test_why_a_file_was_not_read_or_skipped_reads_in_korean(tmp_path):
    # a Korean page gave 'empty input: …', 'binary input (a NUL byte …)', 'too large: …' and
    # 'the same article as …' in English
    import io
    import zipfile

    from partnerships.ingest import run_batch
    from partnerships.ingest.sources import ArticleFile, Failure, read_zip, too_large

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("inner.zip", b"PK")
        z.writestr("notes.docx", b"x")
    article = "부산시는 5일 불꽃축제를 열었다.".encode()
    files = [ArticleFile("empty.txt", b""), ArticleFile("nul.txt", b"abc\x00def" * 10),
             Failure("big.txt", too_large(3 * 2**20, 2 * 2**20)), *read_zip(buf.getvalue(), name="a.zip"),
             ArticleFile("one.txt", article), ArticleFile("two.txt", article)]
    summary = run_batch(files=files, sink=_sink(tmp_path), workers=1)
    shown = [file_reason(why, "ko") for _, why in summary.failures + summary.duplicates]
    assert len(shown) == 6
    for english, korean in zip([w for _, w in summary.failures + summary.duplicates], shown, strict=True):
        assert re.search("[가-힣]", korean) and korean != english, english
        assert file_reason(english, "en") == english
    assert any("3.0 MB" in x for x in shown) and "one.txt" in shown[-1]


def test_names_that_look_alike_are_numbered_and_numbers_never_collide(tmp_path):
    # round 33: 'a.txt', 'a.txt', 'a (2).txt' gave two 'a (2).txt'; a no-break space, two spaces and
    # a zero-width space looked like 'b c.txt' and 'z.txt'; a newline split the summary's line
    from partnerships.ingest import run_batch
    from partnerships.ingest.sources import ArticleFile

    names = ["a.txt", "a.txt", "a (2).txt", "b c.txt", "b\u00a0c.txt", "b  c.txt", "z.txt", "z\u200b.txt",
             "x\ny.txt"]
    files = [ArticleFile(n, f"부산시는 {i + 1}일 불꽃축제 {i}회를 열었다.".encode()) for i, n in enumerate(names)]
    summary = run_batch(files=files, sink=_sink(tmp_path), workers=1)
    shown = [f for f, _, _ in summary.read]
    assert len(shown) == len(set(shown)) == len(names)
    assert shown[:3] == ["a.txt", "a (2).txt", "a (2) (2).txt"]
    assert "b\\xa0c.txt" in shown and "b\\x20\\x20c.txt" in shown and "z\\u200b.txt" in shown
    assert all("\n" not in f for f in shown) and "x\\ny.txt" in shown
    assert "x\ny" not in summary.table()  # (the command line's summary keeps one line per file)


def test_a_refused_archive_member_and_a_damaged_one_read_in_korean():
    for english in ("refused: an absolute path", "refused: a path that climbs out of the archive (..)",
                    "cannot unpack: Bad password for file 'x.txt'"):
        korean = file_reason(english, "ko")
        assert re.search("[가-힣]", korean) and not re.search("[A-Za-z]{3,}", korean), korean

"""A batch of saved articles -> proposed records (partnerships.ingest): HTML main text, the evidence
contract, publication dates, duplicates, failures, the summary and the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partnerships.ingest import run_batch
from partnerships.ingest.html import main_text
from partnerships.ingest.worker import Options, read_article
from partnerships.proposals import FolderProposals, agreement_key
from tests.fixtures.pages import make_pages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def pages():
    return make_pages.pages()


def _sink(tmp_path: Path) -> FolderProposals:
    sink = FolderProposals(tmp_path / "proposed")
    sink.published = {}
    return sink


def test_main_text_drops_menus_related_lists_and_comments(pages):
    noise = make_pages.NOISE
    for page in pages:
        if not page.name.endswith("_portal.html"):
            continue
        got = main_text(page.data.decode("utf-8"))
        assert got.method == "trafilatura"
        assert not any(n in got.text for n in noise), page.name
        assert got.author == "홍길동 기자" and got.url.startswith("https://news.example.kr/")
        assert got.date and got.date in got.text.splitlines()[:2]  # the page's date on top (title first if not in the body)


def test_the_hand_cleaner_keeps_that_noise(pages):
    """Why trafilatura is the default (bench/html_cleaners.py measures it on every page)."""
    page = next(p for p in pages if p.name.endswith("_portal.html"))
    text = main_text(page.data.decode("utf-8"), method="cleaner").text
    assert any(n in text for n in make_pages.NOISE)


@pytest.mark.parametrize(("meta", "site"), [
    ('<meta property="og:site_name" content="eDaily">', "eDaily"),  # (the extractor gave 'Edaily')
    ("<meta content='&lt;b id=pwn&gt;Evil&lt;/b&gt; News' property='og:site_name'>", "Evil News"),
])
def test_the_publisher_is_the_pages_own_site_name_as_text(pages, meta, site):
    page = next(p for p in pages if p.name.endswith("_portal.html")).data.decode("utf-8")
    got = main_text(page.replace("<head>", "<head>" + meta, 1))
    assert got.method == "trafilatura" and got.site == site


def test_a_bare_fragment_falls_back_to_the_cleaner():
    got = main_text("<p>서울시는</p><p>오덴세와</p><p>협약을 맺었다.</p>")
    assert "서울시는" in got.text


def test_every_evidence_sentence_is_in_the_stored_text(pages, gazetteer):
    n = 0
    for page in pages:
        res = read_article(page.name, page.data, Options())
        assert not res.failure, (page.name, res.failure)
        for rec in res.candidates:
            n += 1
            assert rec["status"] == "proposed" and rec["source"]["file"] == res.stored_name
            for sentence in rec["evidence"]:
                assert " ".join(sentence.split()) in " ".join(res.text.split())
    assert n >= 30


@pytest.mark.parametrize("options, name, published, basis", [
    (Options(published="2020-05-06"), "x.txt", "2020-05-06", "the date given for undated files"),
    (Options(from_filename=True), "2021-07-08_x.txt", "2021-07-08", "the file name"),
    (Options(from_filename=True, published="2020-05-06"), "x.txt", "2020-05-06", "the date given for undated files"),
    (Options(), "2021-07-08_x.txt", None, ""),
])
def test_publication_date_for_undated_articles(options, name, published, basis):
    text = "서울시는 덴마크 오덴세와 로봇산업 활성화 업무협약을 체결했다고 밝혔다.\n두 도시는 협력을 이어간다.\n"
    res = read_article(name, text.encode(), options)
    assert res.published == published
    assert res.candidates, res.reason
    rec = res.candidates[0]
    if published:
        assert rec["year"] == int(published[:4]) and basis in rec["date_basis"]
        assert rec["source"]["published"] == published
    else:
        assert not rec.get("year")


def test_the_file_names_date_dates_the_articles_relative_day():
    text = "김해시는 지난 1일 시청에서 베트남 다낭시와 관광 교류 업무협약을 체결했다고 밝혔다.\n두 도시는 협력을 이어간다.\n"
    res = read_article("2025-10-02_gimhae.txt", text.encode(), Options(from_filename=True))
    assert res.published == "2025-10-02" and res.published_basis == "the file name"
    assert [(c["date"], c["year"]) for c in res.candidates] == [("2025-10-01", 2025)]
    assert not res.candidates[0]["id"].startswith("undated")


def test_the_articles_own_date_line_wins_over_the_file_name_and_the_given_date():
    text = ("수원시, 덴마크 오덴세와 MOU\n입력 2024.03.18 14:05\n"
            "수원시는 지난 15일 오덴세시와 로봇산업 업무협약을 체결했다고 밝혔다.\n")
    for options, name in ((Options(from_filename=True), "2023-01-02_suwon.txt"),
                          (Options(published="2020-06-30"), "suwon.txt")):
        res = read_article(name, text.encode(), options)
        assert res.published == "2024-03-18" and [c["date"] for c in res.candidates] == ["2024-03-15"]


def test_a_saved_page_names_its_site_as_publisher_and_its_metadata_dates_the_day():
    page = ("<html><head><title>여수시, 일본 가라쓰시와 관광 협약</title><meta property='og:site_name' content='남도일보'>"
            "<meta property='article:published_time' content='2024-03-12T09:00:00+09:00'></head><body>"
            "<article><h1>여수시, 일본 가라쓰시와 관광 협약</h1>"
            "<p>여수시는 11일 시청에서 일본 가라쓰시와 관광 교류 업무협약을 체결했다고 밝혔다.</p>"
            "<p>두 도시는 크루즈 관광객을 서로 보내기로 했다.</p></article></body></html>")
    res = read_article("yeosu.html", page.encode(), Options())
    assert [(c["date"], c["source"]["publisher"]) for c in res.candidates] == [("2024-03-11", "남도일보")]


@pytest.mark.parametrize("data, fragment", [
    (b"", "empty"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
    (b"The city of Seoul signed an agreement with Odense on robotics.\n" * 3, "not a Korean"),
])
def test_unreadable_articles_fail_with_a_reason(data, fragment):
    res = read_article("x.txt", data, Options())
    assert fragment in res.failure


def test_batch_twice_adds_nothing(tmp_path, pages):
    folder = tmp_path / "clips"
    folder.mkdir()
    for page in pages[:6]:
        (folder / page.name).write_bytes(page.data)
    shutil.copy(FIXTURES.parent.parent / "eval" / "dev" / "f01_incheon_nairobi_press.txt", folder / "f01.txt")
    shutil.copy(folder / "f01.txt", folder / "f01-copy.txt")  # the same article twice in one batch
    (folder / "broken.html").write_bytes(b"\x00\xff" * 50)
    (folder / "big.txt").write_bytes("가".encode() * (1024 * 1024))
    ticks: list[str] = []
    first = run_batch([folder], sink=_sink(tmp_path), workers=1, on_done=ticks.append)
    assert first.files == 10 and len(ticks) == 10
    assert first.articles == 7 and first.proposed >= 7
    assert [d[0].endswith("f01.txt") for d in first.duplicates] == [True] or \
        [d[0].endswith("f01-copy.txt") for d in first.duplicates] == [True]
    reasons = dict(first.failures)
    assert "binary" in reasons[str(folder / "broken.html")] and "too large" in reasons[str(folder / "big.txt")]
    table = first.table()
    assert "records proposed" in table and "broken.html: binary" in table
    again = run_batch([folder], sink=_sink(tmp_path), workers=1)
    assert (again.articles, again.proposed, len(again.duplicates)) == (0, 0, 8)
    assert len(_sink(tmp_path).proposed_records()) == first.proposed


def test_an_agreement_already_published_is_offered_as_a_merge(tmp_path, pages):
    page = pages[0]
    res = read_article(page.name, page.data, Options())
    sink = _sink(tmp_path)
    sink.published = {agreement_key(res.candidates[0]): "published-id"}
    summary = run_batch(files=[_file(page)], sink=sink, workers=1)
    assert summary.merges == [(page.name, res.candidates[0]["id"], "published-id")]
    assert summary.proposed == len(res.candidates) - 1
    assert "offered as a merge" in summary.table()


def _file(page):
    from partnerships.ingest.sources import ArticleFile

    return ArticleFile(page.name, page.data)


def test_pool_of_processes_gives_the_same_records(tmp_path, pages, monkeypatch):
    from partnerships.ingest import batch

    files = [_file(p) for p in pages[:8]]
    monkeypatch.setattr(batch, "MIN_POOL", 2)  # a pool for a small batch
    one = run_batch(files=files, sink=_sink(tmp_path / "a"), workers=1)
    two = run_batch(files=files, sink=_sink(tmp_path / "b"), workers=2)
    ids = lambda d: sorted(r["id"] for r in _sink(d).proposed_records())  # noqa: E731
    assert (one.articles, one.proposed) == (two.articles, two.proposed) and ids(tmp_path / "a") == ids(tmp_path / "b")


def test_cli_ingest_prints_plain_progress_and_the_summary(tmp_path, capsys, pages, monkeypatch):
    from partnerships.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    for page in pages[:2]:
        (folder / page.name).write_bytes(page.data)
    data = tmp_path / "data"
    (data / "records").mkdir(parents=True)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))  # restored after the test
    monkeypatch.delenv("ATLAS_DATABASE_URL", raising=False)
    assert main(["--data", str(data), "ingest", str(folder), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert "articles: 2/2" in err  # not a terminal: plain lines
    assert "articles read                        2" in out
    assert main(["--data", str(data), "ingest", str(folder), "--workers", "1"]) == 0
    assert "duplicates skipped                   2" in capsys.readouterr().out
    assert main(["--data", str(data), "ingest", str(folder), "--published", "18.3.2024"]) == 2


def test_an_article_another_import_stored_meanwhile_is_counted_as_a_duplicate(tmp_path, pages):
    """Two imports read the same file at once: the one whose save finds the article already stored
    says so, instead of counting an article read with nothing proposed."""
    from partnerships.ingest import batch
    from partnerships.ingest.worker import read_article as read

    page = pages[0]
    res = read(page.name, page.data, Options())
    sink = _sink(tmp_path)
    sink.add_article(name=res.stored_name, text=res.text, text_hash=res.hash, published=res.published,
                     records=[dict(r) for r in res.candidates])  # the other import's save
    summary = batch.Summary()
    batch._collect(res, summary, sink, {})
    assert (summary.articles, summary.proposed) == (0, 0)
    assert [(name, "meanwhile" in why) for name, why in summary.duplicates] == [(page.name, True)]


def test_an_article_with_no_date_anywhere_is_not_stored_and_reads_again_once_a_date_is_given(tmp_path):
    from partnerships.ingest.batch import NO_DATE

    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "notice.txt").write_text(  # no year in the text, no byline, no date in the file name
        "포항시, 독일 뒤스부르크시와 수소 협력 업무협약\n"
        "포항시는 지난 12일 독일 뒤스부르크 시청에서 뒤스부르크시와 수소 산업 협력 업무협약을 체결했다고 밝혔다.\n",
        encoding="utf-8")
    sink = _sink(tmp_path)
    first = run_batch([folder], sink=sink, workers=1)
    assert [(Path(f).name, why) for f, why in first.failures] == [("notice.txt", NO_DATE)] and first.articles == 0
    assert not sink.article_hashes()  # not kept: it can be read again
    again = run_batch([folder], sink=sink, options=Options(published="2024-06-14"), workers=1)
    assert again.articles == 1 and again.proposed >= 1 and not again.duplicates


def test_a_batch_article_over_the_text_limit_is_refused_as_one_added_alone_is():
    from partnerships import intake

    text = "부산시는 10일 오덴세시와 로봇 산업 협력 업무협약을 체결했다.\n" * 4000  # about 330 KB
    got = read_article("long.txt", text.encode("utf-8"), Options())
    assert got.failure.startswith("too long") and str(intake.MAX_TEXT_KB) in got.failure
    assert got.candidates == []


@pytest.mark.parametrize("attribute", [
    lambda i: f"a{i}=x",
    lambda i: f"a{i}",  # with no value: no '=' to count
    lambda i: f'a{i}=">"' if i % 100 == 0 else f"a{i}=x",  # a '>' inside a quoted value
])
def test_a_page_with_a_tag_of_thousands_of_attributes_is_read_by_the_plain_cleaner(monkeypatch, attribute):
    # trafilatura's date search grows with the square of a tag's attributes (a 341 KB page took
    # 12 s, a 1.4 MB one minutes): such a page never reaches it
    import trafilatura

    def refuse(*args, **kwargs):
        raise AssertionError("trafilatura was asked to read a crowded page")

    monkeypatch.setattr(trafilatura, "bare_extraction", refuse)
    attrs = " ".join(attribute(i) for i in range(5_000))
    page = (f"<html><body><div {attrs}><p>부산시는 10일 덴마크 오덴세시와 로봇 산업 협력 업무협약을 "
            "체결했다고 밝혔다.</p></div></body></html>")
    got = read_article("crowded.html", page.encode("utf-8"), Options(published="2024-03-11"))
    assert not got.failure and "오덴세" in got.text
    assert [c["partner_places"] for c in got.candidates] == [["dk-odense"]]


def test_an_ordinary_page_is_not_crowded():
    from partnerships.ingest.worker import crowded

    page = ('<html><body><svg><path d="' + "M0 0 L1 1 " * 20_000 + '"/></svg>'
            + '<p class="c" id="x" data-a="1">문단</p>' * 5_000 + "</body></html>")
    assert not crowded(page)


def test_articles_left_when_the_uploads_reading_time_runs_out_are_listed_and_read_on_the_next_run(tmp_path, pages):
    from partnerships.ingest.batch import out_of_time

    files = [_file(p) for p in pages[:3]]
    sink = _sink(tmp_path)
    first = run_batch(files=files, sink=sink, workers=1, seconds=0.0)
    assert first.articles == 1  # the first one is read whatever the time
    assert sorted(f for f, _ in first.failures) == sorted(p.name for p in pages[1:3])
    assert {why for _, why in first.failures} == {out_of_time(0.0)} and "nothing of it was stored" in out_of_time(0)
    assert len(sink.article_hashes()) == 1
    again = run_batch(files=files, sink=sink, workers=1)
    assert (again.articles, len(again.duplicates), again.failures) == (2, 1, [])


def test_cli_names_in_the_history_only_a_staff_account_that_may_propose(tmp_path, capsys, pages, monkeypatch):
    # ('--who nobody_here' was written into the history as the author of the proposals)
    from partnerships import accounts, store
    from partnerships.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / pages[0].name).write_bytes(pages[0].data)
    data = tmp_path / "data"
    (data / "records").mkdir(parents=True)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))  # restored after the test
    monkeypatch.delenv("ATLAS_DATABASE_URL", raising=False)
    accounts.add_user(store.open_store(), "ed", role="editor", password="correct horse battery")
    for who in ("nobody_here", "Ed"):
        assert main(["--data", str(data), "ingest", str(folder), "--workers", "1", "--who", who]) == 2
        assert "no editor or reviewer account" in capsys.readouterr().err
    assert main(["--data", str(data), "ingest", str(folder), "--workers", "1", "--who", "ed"]) == 0
    with store.open_store().connect() as conn:
        names = {row[0] for row in conn.exec_driver_sql("SELECT who FROM audit")}
    assert names == {"ed"}

"""Adding an article: reading input, recognising stored articles, naming, all-or-nothing saves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from geo.place import Place
from partnerships import intake, store

ROOT = Path(__file__).resolve().parents[2]
F01 = ROOT / "tests" / "fixtures" / "articles" / "f01_incheon_nairobi_press.txt"
F01_TEXT = F01.read_text(encoding="utf-8")
# tests/fixtures/articles/f01_incheon_nairobi_press.txt: the agreement sentence.
F01_SENTENCE = "□ 인천광역시는 16일 시청 접견실에서 케냐 나이로비시와 우호협력도시 협약을 체결했다고 17일 밝혔다."


@pytest.fixture
def folders(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """Private copies of data/ and seeds/, used through ATLAS_DATA_DIR and ATLAS_SEEDS_DIR."""
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "seeds", seeds)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))
    monkeypatch.setenv("ATLAS_SEEDS_DIR", str(seeds))
    return data, seeds


def snapshot(*folders: Path) -> dict[str, bytes]:
    """Every file under the folders, by relative path (temporary files included)."""
    return {str(p.relative_to(f.parent)): p.read_bytes() for f in folders for p in sorted(f.rglob("*"))
            if p.is_file()}


def record(**changes) -> dict:
    """A valid record for the f01 article (Incheon-Nairobi friendship city)."""
    d = {
        "id": "2023-incheon-nairobi-friendship-city",
        "title_en": "Incheon and Nairobi become friendship cities",
        "title_ko": "인천–나이로비 우호협력도시 협약",
        "type": "friendship_city", "sectors": ["smart_city"], "date": "2023-05-16", "year": 2023,
        "date_basis": "stated", "korean_places": ["kr-incheon"], "partner_places": ["ke-nairobi"],
        "venue": None, "parties": [], "summary_en": "Incheon and Nairobi signed.", "summary_ko": "협약 체결.",
        "source": {"file": "", "publisher": "press release", "published": "2023-05-17", "url": None},
        "evidence": [F01_SENTENCE], "status": "proposed", "confidence": 0.9,
        "support": {"type": [{"text": "우호협력도시 협약", "start": 0, "end": 9}]},
    }
    d.update(changes)
    return d


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
    # tests/fixtures/articles/f01_incheon_nairobi_press.txt saved in each encoding
    text = intake.read_text(F01_TEXT.encode(encoding), filename="f01.TXT")
    assert intake.normalise(text) == intake.normalise(F01_TEXT)


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


@pytest.mark.parametrize("seed", sorted(p.name for p in (ROOT / "seeds").glob("*.txt")))
def test_original_seeds_are_recognised_by_content_not_name(folders, seed):
    data, seeds = folders
    text = (seeds / seed).read_text(encoding="utf-8")
    assert intake.find_duplicate(text.replace("\n", "\r\n") + "\n\n") == seeds / seed
    # The name holds no content hash: a renamed copy is found all the same.
    (seeds / seed).rename(seeds / "renamed.txt")
    assert intake.find_duplicate(text) == seeds / "renamed.txt"


def test_unknown_article_is_no_duplicate(folders):
    assert intake.find_duplicate(F01_TEXT) is None


@pytest.mark.parametrize(
    ("date", "stem"),
    [("2024-03-18", "2024-03-18"), ("2019", "2019"), (None, "undated"), ("18/03/2024", "undated"),
     ("../../etc", "undated")],
)
def test_article_name(date, stem):
    name = intake.article_name(F01_TEXT, date=date)
    assert name == f"{stem}_{intake.content_hash(F01_TEXT)[:8]}.txt"


# --- saving ---

def test_save_writes_article_and_reviewed_records_that_load(folders, gazetteer):
    data, seeds = folders
    saved = intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, published="2023-05-17")
    name = f"2023-05-17_{intake.content_hash(F01_TEXT)[:8]}"
    assert saved.seed == seeds / f"{name}.txt" and saved.records == data / "records" / f"{name}.json"
    assert saved.seed.read_text(encoding="utf-8") == F01_TEXT
    stored = json.loads(saved.records.read_text(encoding="utf-8"))
    assert [d["status"] for d in stored] == ["reviewed"]
    assert stored[0]["source"]["file"] == f"{name}.txt"
    assert "support" not in stored[0] and "confidence" not in stored[0]
    result = store.load(gazetteer=gazetteer)
    assert result.problems == []
    assert "2023-incheon-nairobi-friendship-city" in {r.id for r in result.records}
    assert not list(seeds.glob(".*.tmp")) and not list((data / "records").glob(".*.tmp"))


def test_same_article_twice_is_refused(folders, gazetteer):
    data, seeds = folders
    first = intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, published="2023-05-17")
    before = snapshot(data, seeds)
    with pytest.raises(intake.DuplicateArticle) as info:
        intake.save_article("  " + F01_TEXT.replace("\n", "\r\n"), [record(id="other-id")],
                            gazetteer=gazetteer, published="2023-05-17")
    assert info.value.existing == first.seed and info.value.records == first.records
    assert snapshot(data, seeds) == before


def test_original_seed_is_refused(folders, gazetteer):
    data, seeds = folders
    before = snapshot(data, seeds)
    # seeds/000_a437fd8661412f19.txt (Seoul-Odense robotics MOU), pasted again
    text = (seeds / "000_a437fd8661412f19.txt").read_text(encoding="utf-8")
    with pytest.raises(intake.DuplicateArticle) as info:
        intake.save_article(text, [record()], gazetteer=gazetteer)
    assert info.value.existing.name == "000_a437fd8661412f19.txt"
    assert snapshot(data, seeds) == before


def test_article_left_without_records_can_be_saved_again(folders, gazetteer):
    data, seeds = folders
    (seeds / "orphan.txt").write_text(F01_TEXT, encoding="utf-8")  # a save cut short
    saved = intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, published="2023-05-17")
    assert saved.seed == seeds / "orphan.txt" and saved.records == data / "records" / "orphan.json"
    assert store.load(gazetteer=gazetteer).problems == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": "handshake"}, "type"),
        ({"sectors": []}, "sectors"),
        ({"date": "2023-13-01"}, "date"),
        ({"korean_places": ["ke-nairobi"]}, "korean_places"),
        ({"partner_places": ["xx-atlantis"]}, "partner_places"),
        ({"evidence": ["이 문장은 기사에 없습니다."]}, "evidence[0]"),
        ({"title_en": "  "}, "title_en"),
    ],
)
def test_invalid_records_are_refused_before_anything_is_written(folders, gazetteer, changes, field):
    data, seeds = folders
    before = snapshot(data, seeds)
    with pytest.raises(intake.InvalidRecords) as info:
        intake.save_article(F01_TEXT, [record(), record(id="second", **changes)], gazetteer=gazetteer)
    assert {p.field for p in info.value.problems} == {field}
    assert snapshot(data, seeds) == before


def test_no_record_kept_is_refused(folders, gazetteer):
    data, seeds = folders
    before = snapshot(data, seeds)
    with pytest.raises(intake.InvalidRecords):
        intake.save_article(F01_TEXT, [], gazetteer=gazetteer)
    assert snapshot(data, seeds) == before


def test_year_follows_the_date_and_ids_stay_unique(folders, gazetteer):
    # An id already used in data/records (seeds/000: Seoul-Odense robotics MOU) and twice in the batch.
    taken = "2024-seoul-odense-robotics-mou"
    assert taken in intake.existing_ids()
    saved = intake.save_article(
        F01_TEXT, [record(id=taken, date="2022-11", year=2023), record(id=taken)], gazetteer=gazetteer)
    stored = json.loads(saved.records.read_text(encoding="utf-8"))
    assert [d["id"] for d in stored] == [f"{taken}-2", f"{taken}-3"]
    assert [d["year"] for d in stored] == [2022, 2023]
    assert saved.seed.name.startswith("2022-11_")  # no publication date: the first record's date
    assert store.load(gazetteer=gazetteer).problems == []


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_crash_mid_save_leaves_the_old_data(folders, gazetteer, monkeypatch, fail_at):
    """The save replaces places.csv, then the article, then the records; a failure at any of
    them puts back what was already replaced."""
    data, seeds = folders
    before = snapshot(data, seeds)
    calls = []
    real = intake._replace

    def flaky(src, dst):
        calls.append(Path(dst).name)
        if len(calls) == fail_at:
            raise OSError("disk full")
        real(src, dst)

    monkeypatch.setattr(intake, "_replace", flaky)
    place = Place("th-hala-point", "Hala Point", "할라포인트", "TH", 13.7, 100.5, "city", "Southeast Asia", None)
    with pytest.raises(OSError, match="disk full"):
        intake.save_article(F01_TEXT, [record(partner_places=["ke-nairobi", "th-hala-point"])],
                            gazetteer=gazetteer, new_places=[place])
    assert Path(calls[-1]).suffix == [".csv", ".txt", ".json"][fail_at - 1]
    assert snapshot(data, seeds) == before


def test_new_place_is_appended_to_places_csv(folders, gazetteer):
    data, _ = folders
    old = (data / "places.csv").read_text(encoding="utf-8")
    place = Place("th-hala-point", "Hala Point", "할라포인트", "TH", 13.7, 100.5, "city", "Southeast Asia", None)
    unused = Place("th-nowhere", "Nowhere", "", "TH", 14.0, 101.0, "city", "Southeast Asia", None)
    saved = intake.save_article(
        F01_TEXT, [record(partner_places=["ke-nairobi", "th-hala-point"])], gazetteer=gazetteer,
        new_places=[place, unused])
    assert saved.places == ["th-hala-point"]  # only places a record uses are added
    new = (data / "places.csv").read_text(encoding="utf-8")
    assert new.startswith(old)
    assert new[len(old):] == "th-hala-point,Hala Point,할라포인트,TH,13.7,100.5,city,,,\n"
    from geo.gazetteer import build_gazetteer

    fresh = build_gazetteer(places_csv=data / "places.csv")
    assert fresh.get("th-hala-point").name_ko == "할라포인트"
    assert store.load(gazetteer=fresh).problems == []


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
    assert [c["type"] for c in prepared.candidates] == ["friendship_city", "roadshow"]
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

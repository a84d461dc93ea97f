"""Batches and tables into the database's review queue (partnerships.proposals.DbProposals), on
SQLite and PostgreSQL: proposed status, audit lines, the editor role, re-runs that add nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from partnerships import accounts, review, roles, store
from partnerships.db import repo
from partnerships.db import schema as s
from partnerships.ingest import run_batch
from partnerships.ingest.sources import ArticleFile
from partnerships.proposals import DbProposals
from partnerships.tables import plan
from tests.db.review_helpers import PASSWORD, open_with_staff
from tests.fixtures.pages import make_pages
from tests.fixtures.tables import make_tables


@pytest.fixture(scope="module")
def pages():
    return make_pages.pages()[:3]


def test_batch_lands_in_the_review_queue_once(folders, gazetteer, pages):
    eng = open_with_staff()
    files = [ArticleFile(p.name, p.data) for p in pages]
    first = run_batch(files=files, sink=DbProposals(eng, "ed", gazetteer), workers=1)
    assert first.articles == 3 and first.proposed >= 3 and not first.failures
    queue = review.proposed(eng, "rita")
    mine = [q for q in queue if q.record["source"]["file"] in {x for x in _articles(eng)}]
    assert len(mine) == first.proposed and all(q.status == "proposed" for q in mine)
    with eng.connect() as conn:
        trail = repo.audit_trail(conn, mine[0].id)
    assert trail[-1]["who"] == "ed" and trail[-1]["action"] == "create"
    for q in mine:  # evidence verbatim in the stored text
        text = " ".join(store.article_text(eng, q.record["source"]["file"]).split())
        assert all(" ".join(e.split()) in text for e in q.record["evidence"])
    again = run_batch(files=files, sink=DbProposals(eng, "ed", gazetteer), workers=1)
    assert (again.articles, again.proposed, len(again.duplicates)) == (0, 0, 3)
    assert len(review.proposed(eng, "rita")) == len(queue)


def _articles(eng) -> list[str]:
    with eng.connect() as conn:
        return list(conn.execute(select(s.articles.c.file)).scalars())


def test_a_viewer_may_not_propose(folders, gazetteer, pages):
    eng = open_with_staff()
    with pytest.raises(roles.NotAllowed):
        DbProposals(eng, None, gazetteer).add_article(name="x.txt", text="x", text_hash="h", published=None,
                                                      records=[])
    assert "x.txt" not in _articles(eng)


def test_table_import_twice_and_a_changed_row(folders, gazetteer, tmp_path):
    make_tables.write_all(tmp_path)
    eng = open_with_staff()
    data = (tmp_path / "gyeonggi_ties.xls").read_bytes()
    first = plan.plan(data, "gyeonggi_ties.xls").run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    assert first.added == 58 and len(first.errors) == 5
    second = plan.plan(data, "gyeonggi_ties.xls").run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 58)


def test_a_changed_row_updates_its_one_record(folders, gazetteer, tmp_path):
    # (on its own: the example sheets list the same ties, so after gyeonggi_ties.xls these rows would
    # wait already, from that sheet)
    make_tables.write_all(tmp_path)
    eng = open_with_staff()
    p1 = plan.plan((tmp_path / "ties_en.csv").read_bytes(), "ties_en.csv")
    p1.preset.fixed["korean_place"] = "수원시"
    p1.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    original = (tmp_path / "ties_en.csv").read_text("utf-8")
    changed = original.replace("문화예술, 관광", "경제, 통상", 1)  # one row's field
    assert changed != original
    p2 = plan.plan(changed.encode(), "ties_en.csv")
    result = p2.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    assert (result.added, result.updated) == (0, 1)
    problems = store.validate_database(eng, gazetteer)
    assert problems == []


def test_a_table_stored_by_another_import_a_moment_before_is_read_again(folders, gazetteer, tmp_path, monkeypatch):
    """Two imports of one sheet at once: the other commits the table between this one's read and
    its insert, whose unique key then refuses the text; this one reads again and adds nothing twice."""
    make_tables.write_all(tmp_path)
    eng = open_with_staff()
    data = (tmp_path / "gyeonggi_ties.xls").read_bytes()
    real, collided = DbProposals._put_table, []

    def the_other_import_first(self, table, **kw):
        if not collided:
            collided.append(table)
            plan.plan(data, "gyeonggi_ties.xls").run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
            with repo.writing(self.eng) as conn:  # this one's insert, from its stale read
                conn.execute(s.articles.insert().values(file=table, text="x", text_hash=kw["text_hash"]))
        return real(self, table, **kw)

    monkeypatch.setattr(DbProposals, "_put_table", the_other_import_first)
    mine = plan.plan(data, "gyeonggi_ties.xls").run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    assert collided and (mine.added, mine.unchanged) == (0, 58)
    assert len([q for q in review.proposed(eng, "rita") if q.record["source"]["file"].startswith("gyeonggi")]) == 58


def test_a_place_the_gazetteer_lacks_is_looked_up_online_when_switched_on(folders, gazetteer, tmp_path, monkeypatch):
    from tests.nominatim_stub import NominatimStub, nominatim_result

    make_tables.write_all(tmp_path)
    eng = open_with_staff()
    p = plan.plan((tmp_path / "ties_en.csv").read_bytes(), "ties_en.csv")
    off = p.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    assert any("Odence" in e.reason for e in off.errors)  # off: the nearest names only
    answers = {"Odence, DK": [nominatim_result("Odense, Syddanmark, Danmark", 55.3959, 10.3883,
                                               address={"country_code": "dk"})]}
    with NominatimStub(answers) as stub:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{stub.domain}")
        on = p.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer, online=True)
    assert stub.queries == ["Odence, DK"]
    # the answer is the Odense the atlas has, at its own point: the row takes it, no second Odense is made
    assert on.added == 1 and len(on.errors) == len(off.errors) - 1 and on.found_online == []
    assert store.validate_database(eng, store.gazetteer_for(eng)) == []
    answers = {"Hala Point, TH": [nominatim_result("Hala Point, Thailand", 13.92, 100.61,
                                                  address={"country_code": "th"})]}
    sheet = tmp_path / "new_town.csv"
    sheet.write_text("korean city,country,city,type,date\nBusan,TH,Hala Point,mou,2024-05-01\n",
                     encoding="utf-8")
    with NominatimStub(answers) as stub:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{stub.domain}")
        town = plan.plan(sheet.read_bytes(), "new_town.csv").run(sink=DbProposals(eng, "ed", gazetteer),
                                                                 gaz=gazetteer, online=True)
    assert town.added == 1 and town.found_online == ["th-hala-point"], town.errors
    assert "th-hala-point" in store.gazetteer_for(eng)  # a new town is stored as an added place
    # ... known by no Korean name: the Korean title names it as found ('부산– 업무협약' had nothing after the dash)
    (q,) = [q for q in review.proposed(eng, "rita") if "Hala Point" in q.record["title_en"]]
    assert q.record["title_ko"].startswith("부산–Hala Point "), q.record["title_ko"]


def _import(eng, gazetteer, text: str, who: str):
    p = plan.plan(text.encode(), "ties_en.csv")
    p.preset.fixed["korean_place"] = "수원시"
    return p.run(sink=DbProposals(eng, who, gazetteer), gaz=gazetteer)


def _record(eng, partner_word: str):
    (q,) = [q for q in review.proposed(eng, "rita") if q.record["source"]["file"].startswith("ties_en")
            and partner_word in q.record["title_en"]]
    return q


def test_a_sheet_imported_again_by_someone_else_applies_its_changed_rows_and_keeps_a_reviewers_edit(
        folders, gazetteer, tmp_path):
    make_tables.write_all(tmp_path)
    eng = open_with_staff()
    accounts.add_user(eng, "eve", role="editor", password=PASSWORD)
    original = (tmp_path / "ties_en.csv").read_text("utf-8")
    first = _import(eng, gazetteer, original, "ed")
    # a colleague imports next month's sheet: one date corrected, nobody touched the record in the app
    corrected = original.replace("Shenyang,sister city,1990-01-01", "Shenyang,sister city,1990-01-09", 1)
    second = _import(eng, gazetteer, corrected, "eve")
    assert (second.updated, second.kept, second.unchanged) == (1, [], first.added - 1)
    assert _record(eng, "Shenyang").record["date"] == "1990-01-09"
    # the importer, now as a reviewer would, edits a record; the next sheet changes that record's row
    hangzhou = _record(eng, "Hangzhou")
    review.edit(eng, "rita", hangzhou.id, {"title_en": "A REVIEWER'S TITLE"}, version=hangzhou.version,
                reason="clearer title")
    third = _import(eng, gazetteer, corrected.replace("시의회 승인", "시의회 의결", 1), "rita")
    assert (third.kept, third.updated, third.unchanged) == ([hangzhou.id], 0, first.added - 1)  # not "unchanged"
    assert _record(eng, "A REVIEWER'S TITLE").id == hangzhou.id  # the edit stands
    assert store.validate_database(eng, gazetteer) == []  # ... and its source still holds the row it quotes
    # the same sheet once more: the row still differs from what an import last wrote, the edit still stands
    fourth = _import(eng, gazetteer, corrected.replace("시의회 승인", "시의회 의결", 1), "ed")
    assert (fourth.updated, fourth.kept, fourth.held) == (0, [hangzhou.id], [])
    # a sheet without a row: its record stays, and so does the row its evidence quotes
    _import(eng, gazetteer, "\n".join(line for line in corrected.splitlines() if "Qingdao" not in line), "ed")
    assert store.validate_database(eng, gazetteer) == []


def test_the_same_sheet_under_another_name_or_encoding_adds_nothing_again(folders, gazetteer, tmp_path):
    make_tables.write_all(tmp_path)
    eng = open_with_staff()
    text = (tmp_path / "ties_en.csv").read_text("utf-8")
    first = _import(eng, gazetteer, text, "ed")
    for name, data in (("ties_en (1).csv", text.encode()), ("ties_en-cp949.csv", text.encode("cp949"))):
        p = plan.plan(data, name)
        p.preset.fixed["korean_place"] = "수원시"
        copy = p.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
        assert copy.added == 0 and len(copy.waiting) == first.added
        assert {sheet for _, _, sheet in copy.waiting} == {"ties_en.csv"}
        assert "already waiting for review" in copy.table()
    waiting = [q for q in review.proposed(eng, "rita") if q.record["source"]["file"].startswith("ties_en")]
    assert len(waiting) == first.added  # one proposal per tie, not three
    # the first sheet's own rows are its own still: a changed one updates its record
    again = _import(eng, gazetteer, text.replace("Shenyang,sister city,1990-01-01", "Shenyang,sister city,1990-01-09"),
                    "ed")
    assert (again.updated, again.waiting) == (1, [])

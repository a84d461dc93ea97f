"""Review: publish, edit, reject, retract, revert, merge, each checked on the server and audited."""

from __future__ import annotations

import pytest

from partnerships import review, review_merges, review_reasons, roles, store
from partnerships.merge_match import same_agreement
from tests.db.review_helpers import add_proposed, curated, open_with_staff

SEOUL_ODENSE = "2024-seoul-odense-robotics-mou"  # 000_a437fd...: Seoul–Odense robotics MOU


@pytest.fixture
def eng(folders):
    return open_with_staff()


@pytest.fixture
def draft(eng, gazetteer):
    return add_proposed(eng, curated(SEOUL_ODENSE), rid="draft-one", gazetteer=gazetteer)


def public_ids(eng) -> set[str]:
    return {r.id for r in store.read_records(eng).records if r.status in ("published", "reviewed")}


@pytest.mark.parametrize("who", [None, "nobody-with-that-name", "ed"])
@pytest.mark.parametrize("call", [
    lambda eng, who: review.publish(eng, who, "draft-one", version=1),
    lambda eng, who: review.publish_many(eng, who, [("draft-one", 1)]),
    lambda eng, who: review.reject(eng, who, "draft-one", version=1, reason="no"),
    lambda eng, who: review.edit(eng, who, "draft-one", {"title_en": "x"}, version=1, reason="no"),
    lambda eng, who: review.retract(eng, who, SEOUL_ODENSE, version=1, reason="no"),
    lambda eng, who: review.revert(eng, who, 1, version=1, reason="no"),
    lambda eng, who: review_merges.merge(eng, who, (SEOUL_ODENSE, 1), ("draft-one", 1)),
])
def test_forged_writes_are_refused_and_write_nothing(eng, draft, who, call):
    before = store.changes(eng)
    with pytest.raises(roles.NotAllowed):
        call(eng, who)
    assert store.changes(eng) == before
    assert review.get(eng, "draft-one").status == "proposed"


def test_reading_the_queue_needs_staff(eng, draft):
    with pytest.raises(roles.NotAllowed):
        review.proposed(eng, None)
    assert [r.id for r in review.proposed(eng, "ed")] == ["draft-one"]


def test_publish_makes_it_public_and_is_audited(eng, draft):
    assert "draft-one" not in public_ids(eng)
    got = review.publish(eng, "rita", "draft-one", version=1)
    assert (got.status, got.version) == ("published", 2)
    assert "draft-one" in public_ids(eng)
    line = review.history(eng, "draft-one")[-1]
    assert (line["who"], line["action"]) == ("rita", "publish")
    assert line["before"]["status"] == "proposed" and line["after"]["status"] == "published"


def test_edit_then_publish_keeps_the_edit(eng, draft):
    with pytest.raises(review.ReviewError, match="reason"):  # an edit says why, before publishing too
        review.publish(eng, "rita", "draft-one", version=1, new={"title_en": "Seoul and Odense: robotics MOU"})
    review.publish(eng, "rita", "draft-one", version=1, new={"title_en": "Seoul and Odense: robotics MOU"},
                   reason="the MOU's subject")
    assert review.get(eng, "draft-one").record["title_en"] == "Seoul and Odense: robotics MOU"
    assert review.history(eng, "draft-one")[-1]["reason"] == "the MOU's subject"


def test_a_date_a_reviewer_sets_is_no_longer_called_inferred(eng, gazetteer):
    guessed = {**curated(SEOUL_ODENSE), "date": "2024", "year": 2024,
               "date_basis": "inferred: no date in the article; published 2024-03-14 (the file name)"}
    add_proposed(eng, guessed, rid="guessed", gazetteer=gazetteer)
    review.publish(eng, "rita", "guessed", version=1, new={"date": "2024-03-13"}, reason="the day the article gives")
    record = review.get(eng, "guessed").record
    assert (record["date"], record["year"], record["date_basis"]) == ("2024-03-13", 2024, "stated")
    review.edit(eng, "rita", "guessed", {"title_en": "Seoul and Odense"}, version=2, reason="wording")
    assert review.get(eng, "guessed").record["date_basis"] == "stated"  # an edit of another field leaves it


def test_a_corrected_date_is_told_again_but_not_the_day_it_was_reported(eng, gazetteer):
    published = curated(SEOUL_ODENSE)["source"]["published"]
    told = {**curated(SEOUL_ODENSE), "date": published,
            "summary_en": f"Seoul and Odense: MOU ({published}), reported by Seoul on {published}."}
    add_proposed(eng, told, rid="told", gazetteer=gazetteer)
    review.publish(eng, "rita", "told", version=1, new={"date": "2024-03-01"}, reason="signed the day before")
    summary = review.get(eng, "told").record["summary_en"]
    assert summary == f"Seoul and Odense: MOU (2024-03-01), reported by Seoul on {published}."


def test_a_reviewer_can_remove_a_wrong_date(eng, draft):
    # the date the reader guessed may be wrong with none to put instead: the record becomes undated
    review.publish(eng, "rita", "draft-one", version=1, new={"date": ""}, reason="the article gives no date")
    record = review.get(eng, "draft-one").record
    assert (record["date"], record["year"]) == ("", 0)
    assert record["date_basis"].startswith("undated:")
    review.edit(eng, "rita", "draft-one", {"date": "2024-03-13"}, version=2, reason="found the day")
    record = review.get(eng, "draft-one").record
    assert (record["date"], record["year"], record["date_basis"]) == ("2024-03-13", 2024, "stated")


def test_reject_and_retract_need_a_reason(eng, draft):
    with pytest.raises(review.ReviewError):
        review.reject(eng, "rita", "draft-one", version=1, reason="  ")
    review.reject(eng, "rita", "draft-one", version=1, reason="duplicate of another report")
    assert review.get(eng, "draft-one").status == "rejected"
    with pytest.raises(review.ReviewError):
        review.retract(eng, "rita", SEOUL_ODENSE, version=1, reason="")


@pytest.mark.parametrize("reason", ["dup\x00licate", "dup \x1b[2Jlicate", "dup\u202elicate", "x" * 2001])
def test_a_reason_with_control_characters_is_refused_with_a_message(eng, draft, reason):
    # a NUL had raised PostgreSQL's own error on the Review page; an override reversed the history line
    with pytest.raises(review.ReviewError):
        review.reject(eng, "rita", "draft-one", version=1, reason=reason)
    assert review.get(eng, "draft-one").status == "proposed"


def test_retract_then_revert_brings_it_back_and_keeps_history(eng):
    assert SEOUL_ODENSE in public_ids(eng)
    review.retract(eng, "rita", SEOUL_ODENSE, version=1, reason="never signed")
    assert SEOUL_ODENSE not in public_ids(eng)
    retract_line = review.history(eng, SEOUL_ODENSE)[-1]
    assert retract_line["reason"] == "never signed"
    review.revert(eng, "ravi", retract_line["id"], version=2, reason="it was signed after all")
    assert SEOUL_ODENSE in public_ids(eng)
    actions = [line["action"] for line in review.history(eng, SEOUL_ODENSE)]
    assert actions[-2:] == ["retract", "revert"]  # the revert is a change of its own


def test_reverting_a_change_a_later_change_followed_is_refused_and_loses_nothing(eng, draft):
    review.publish(eng, "rita", "draft-one", version=1)
    review.edit(eng, "rita", "draft-one", {"summary_en": "A careful new summary."}, version=2, reason="fix summary")
    publish_line = next(x for x in review.history(eng, "draft-one") if x["action"] == "publish")
    with pytest.raises(review.ReviewError, match=r"later changes to this record \(edit #\d+\)") as info:
        review.revert(eng, "ravi", publish_line["id"], version=3, reason="undo the publish")
    assert "되돌리세요" in review_reasons.in_korean(str(info.value))
    kept = review.get(eng, "draft-one")
    assert (kept.status, kept.version, kept.record["summary_en"]) == ("published", 3, "A careful new summary.")
    # the newest first, then the one before it
    edit_line = review.history(eng, "draft-one")[-1]
    review.revert(eng, "ravi", edit_line["id"], version=3, reason="the old summary was right")
    review.revert(eng, "ravi", publish_line["id"], version=4, reason="undo the publish")
    assert review.get(eng, "draft-one").status == "proposed"


def test_two_reviewers_editing_the_same_record(eng, draft):
    """The second is told it changed, gets both versions, and nothing is written over."""
    seen_by_rita = review.get(eng, "draft-one")
    seen_by_ravi = review.get(eng, "draft-one")
    review.edit(eng, "rita", "draft-one", {"title_en": "Rita's title"}, version=seen_by_rita.version,
                reason="clearer")
    with pytest.raises(review.Changed) as got:
        review.edit(eng, "ravi", "draft-one", {"title_en": "Ravi's title"}, version=seen_by_ravi.version,
                    reason="shorter")
    assert got.value.current.record["title_en"] == "Rita's title"
    assert got.value.yours["title_en"] == "Ravi's title"
    assert review.get(eng, "draft-one").record["title_en"] == "Rita's title"
    # Ravi re-applies on top of the current version: both edits are in the history
    review.edit(eng, "ravi", "draft-one", {"title_en": "Ravi's title"}, version=got.value.current.version,
                reason="shorter")
    titles = [line["after"]["title_en"] for line in review.history(eng, "draft-one")]
    assert titles[-2:] == ["Rita's title", "Ravi's title"]


def test_publish_many_is_all_or_nothing(eng, gazetteer, draft):
    add_proposed(eng, curated(SEOUL_ODENSE), rid="draft-two", gazetteer=gazetteer)
    with pytest.raises(review.Changed):
        review.publish_many(eng, "rita", [("draft-one", 1), ("draft-two", 7)])
    assert review.get(eng, "draft-one").status == "proposed"
    review.publish_many(eng, "rita", [("draft-one", 1), ("draft-two", 1)])
    assert {review.get(eng, r).status for r in ("draft-one", "draft-two")} == {"published"}


def test_merge_offer_and_undo(eng, gazetteer):
    base = curated(SEOUL_ODENSE)  # 2024-03-13
    other_source = {**base["source"], "file": "001_01205c7f5ce77c6a.txt", "publisher": "Another paper"}
    add_proposed(eng, base, rid="same-mou-elsewhere", gazetteer=gazetteer, date="2024-03-15",
                 source=other_source, evidence=list(base["evidence"]))
    add_proposed(eng, base, rid="too-late", gazetteer=gazetteer, date="2024-03-25", source=other_source)
    pairs = [(a.id, b.id) for a, b in review_merges.candidates_for(eng, "rita")]
    assert (SEOUL_ODENSE, "same-mou-elsewhere") in pairs
    assert all("too-late" not in pair for pair in pairs)  # 12 days apart: not the same agreement
    merge_id = review_merges.merge(eng, "rita", (SEOUL_ODENSE, 1), ("same-mou-elsewhere", 1))
    kept = review.get(eng, SEOUL_ODENSE)
    assert kept.status == "published"
    assert kept.record["also_reported"][0]["source"]["publisher"] == "Another paper"
    assert review.get(eng, "same-mou-elsewhere").status == "rejected"
    review_merges.unmerge(eng, "ravi", merge_id, reason="different agreements")
    assert "also_reported" not in review.get(eng, SEOUL_ODENSE).record
    assert review.get(eng, "same-mou-elsewhere").status == "proposed"


def test_undoing_an_earlier_merge_keeps_a_later_one(eng, gazetteer):
    """X absorbs Y, then Z; undoing the first merge takes only Y's report off X: Z's stays, Z
    stays merged, and the second merge can still be undone on its own."""
    base = curated(SEOUL_ODENSE)
    for rid, file in (("report-y", "y.txt"), ("report-z", "z.txt")):
        add_proposed(eng, base, rid=rid, gazetteer=gazetteer, source={**base["source"], "file": file})
    first = review_merges.merge(eng, "rita", (SEOUL_ODENSE, 1), ("report-y", 1))
    second = review_merges.merge(eng, "rita", (SEOUL_ODENSE, 2), ("report-z", 1))

    def reports() -> list[str]:
        return [x["record"] for x in review.get(eng, SEOUL_ODENSE).record.get("also_reported", [])]

    assert reports() == ["report-y", "report-z"]
    review_merges.unmerge(eng, "ravi", first, reason="Y reports another signing")
    assert reports() == ["report-z"]
    assert review.get(eng, SEOUL_ODENSE).status == "published"
    assert (review.get(eng, "report-y").status, review.get(eng, "report-z").status) == ("proposed", "rejected")
    assert [m["id"] for m in review_merges.active_merges(eng, "rita")] == [second]
    review_merges.unmerge(eng, "ravi", second, reason="Z too")
    assert reports() == [] and review.get(eng, "report-z").status == "proposed"


def test_rejecting_a_source_refuses_when_other_records_wait_than_the_reviewer_was_shown(eng, gazetteer):
    base = curated(SEOUL_ODENSE)
    sheet = {**base["source"], "file": "ties.csv.ties.txt"}
    for k in range(2):
        add_proposed(eng, base, rid=f"row-{k}", gazetteer=gazetteer, source=sheet)
    shown = review.waiting_in_source(eng, "rita", "ties.csv.ties.txt")
    assert shown == (("row-0", 1), ("row-1", 1))
    add_proposed(eng, base, rid="row-late", gazetteer=gazetteer, source=sheet)  # an import meanwhile
    with pytest.raises(review.ReviewError, match="2 were shown, 3 are waiting now") as caught:
        review.reject_source(eng, "rita", "ties.csv.ties.txt", reason="wrong sheet", expected=shown)
    assert "화면에는 2건, 지금은 3건" in review_reasons.in_korean(str(caught.value))
    # the same count, other records: one published, another imported (the count alone had passed)
    review.publish(eng, "rita", "row-0", version=1)
    with pytest.raises(review.ReviewError, match="2 were shown, 2 are waiting now"):
        review.reject_source(eng, "rita", "ties.csv.ties.txt", reason="wrong sheet", expected=shown)
    assert {review.get(eng, r).status for r in ("row-1", "row-late")} == {"proposed"}
    now = review.waiting_in_source(eng, "rita", "ties.csv.ties.txt")
    assert review.reject_source(eng, "rita", "ties.csv.ties.txt", reason="wrong sheet", expected=now) == 2


def test_every_waiting_record_of_one_source_is_rejected_at_once(eng, gazetteer):
    base = curated(SEOUL_ODENSE)
    sheet = {**base["source"], "file": "ties.csv.ties.txt"}
    for k in range(3):
        add_proposed(eng, base, rid=f"row-{k}", gazetteer=gazetteer, source=sheet)
    add_proposed(eng, base, rid="other-article", gazetteer=gazetteer, source={**base["source"], "file": "o.txt"})
    assert review.proposed_sources(eng, "rita")[0] == ("ties.csv.ties.txt", 3)
    with pytest.raises(roles.NotAllowed):
        review.reject_source(eng, "ed", "ties.csv.ties.txt", reason="wrong sheet")  # editors propose only
    with pytest.raises(review.ReviewError):
        review.reject_source(eng, "rita", "ties.csv.ties.txt", reason=" ")  # a reason is needed
    assert {review.get(eng, f"row-{k}").status for k in range(3)} == {"proposed"}
    before = store.changes(eng)
    assert review.reject_source(eng, "rita", "ties.csv.ties.txt", reason="the wrong year's sheet") == 3
    assert store.changes(eng) == before + 1  # one write
    assert {review.get(eng, f"row-{k}").status for k in range(3)} == {"rejected"}
    assert {review.get(eng, f"row-{k}").version for k in range(3)} == {2}
    assert review.get(eng, "other-article").status == "proposed"
    line = review.history(eng, "row-0")[-1]
    assert (line["who"], line["action"], line["reason"]) == ("rita", "reject", "the wrong year's sheet")
    assert (line["before"]["status"], line["after"]["status"]) == ("proposed", "rejected")
    assert {k: v for k, v in line["after"].items() if k != "status"} == \
        {k: v for k, v in line["before"].items() if k != "status"}  # only the status changed
    # a rejected record can be brought back from its history, as one rejected alone
    review.revert(eng, "ravi", line["id"], version=2, reason="the right sheet after all")
    assert review.get(eng, "row-0").status == "proposed"


@pytest.mark.parametrize("other", ["merge_back", "publish_both"])
def test_a_merge_racing_another_review_of_the_same_two_records_is_told_not_deadlocked(eng, gazetteer, other):
    """Two reviewers at once: one merges K<-A, the other A<-K or publishes both. Each write locks
    its records in id order, so one succeeds and the other is told (PostgreSQL deadlocked before)."""
    import threading

    base = curated(SEOUL_ODENSE)
    outcomes: list[str] = []
    for trial in range(3):
        k, a = f"race-z-{trial}", f"race-a-{trial}"  # publish_many locks a first; merge(k, a) locked k first
        for rid, file in ((k, "k.txt"), (a, "a.txt")):
            add_proposed(eng, base, rid=rid, gazetteer=gazetteer, source={**base["source"], "file": file})
        barrier = threading.Barrier(2)

        def run(first: bool, k=k, a=a, barrier=barrier) -> None:
            barrier.wait()
            try:
                if first:
                    review_merges.merge(eng, "rita", (k, 1), (a, 1))
                elif other == "merge_back":
                    review_merges.merge(eng, "ravi", (a, 1), (k, 1))
                else:
                    review.publish_many(eng, "ravi", [(k, 1), (a, 1)])
                outcomes.append("ok")
            except review.ReviewError:
                outcomes.append("told")
            except Exception as exc:  # noqa: BLE001 - what the reviewer would see as the error screen
                outcomes.append(type(exc).__name__)

        threads = [threading.Thread(target=run, args=(first,)) for first in (True, False)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
    assert set(outcomes) <= {"ok", "told"}, outcomes
    assert outcomes.count("ok") >= 3  # at least one of each pair got through


def test_writes_of_the_records_run_one_at_a_time(eng):
    """A second write transaction starts only when the first has ended, on both engines: publishing
    1+2 while another reviewer publishes 2+3 took row 2 and the change counter in opposite orders
    and deadlocked on PostgreSQL."""
    import threading
    import time

    from partnerships.db import repo

    held, log = threading.Event(), []

    def first() -> None:
        with repo.writing(eng):
            held.set()
            time.sleep(0.6)
            log.append("first ends")

    def second() -> None:
        held.wait(10)
        with repo.writing(eng):
            log.append("second starts")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert log == ["first ends", "second starts"]


def test_a_write_waiting_too_long_for_another_is_told_the_database_is_busy(eng, monkeypatch):
    """A long write holds the records' lock: the next one gives up after a few seconds with one
    clear line, not a page hung (and its pooled connection held) for as long as the first runs."""
    import threading
    import time

    from partnerships.db import repo
    from partnerships.errors import StoreUnavailable

    if eng.dialect.name != "postgresql":
        pytest.skip("SQLite's own busy timeout answers the same way")
    monkeypatch.setattr(repo, "LOCK_WAIT_MS", 500)
    held, done = threading.Event(), threading.Event()

    def first() -> None:
        with repo.writing(eng):
            held.set()
            done.wait(10)

    th = threading.Thread(target=first)
    th.start()
    held.wait(10)
    t0 = time.perf_counter()
    try:
        with pytest.raises(StoreUnavailable, match="busy"), repo.writing(eng):
            pass
    finally:
        done.set()
        th.join(10)
    assert time.perf_counter() - t0 < 5
    with repo.writing(eng):  # and the next write, once the first ended, goes through
        pass


def test_overlapping_publishes_by_two_reviewers_both_get_an_answer(eng, gazetteer):
    import threading

    base = curated(SEOUL_ODENSE)
    outcomes: list[str] = []
    for trial in range(4):
        ids = [f"lap-{trial}-{k}" for k in range(3)]
        for rid in ids:
            add_proposed(eng, base, rid=rid, gazetteer=gazetteer, source={**base["source"], "file": f"{rid}.txt"})
        barrier = threading.Barrier(2)

        def run(who: str, pair: list[str], barrier=barrier) -> None:
            barrier.wait()
            try:
                review.publish_many(eng, who, [(rid, 1) for rid in pair])
                outcomes.append("ok")
            except review.ReviewError:
                outcomes.append("told")
            except Exception as exc:  # noqa: BLE001 - the error screen
                outcomes.append(type(exc).__name__)

        threads = [threading.Thread(target=run, args=("rita", ids[:2])),
                   threading.Thread(target=run, args=("ravi", ids[1:]))]
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
    assert set(outcomes) <= {"ok", "told"}, outcomes
    assert outcomes.count("ok") >= 4


def test_a_merge_whose_absorbed_record_changed_since_is_not_undone(eng, gazetteer):
    base = curated(SEOUL_ODENSE)
    add_proposed(eng, base, rid="report-y", gazetteer=gazetteer, source={**base["source"], "file": "y.txt"})
    merge_id = review_merges.merge(eng, "rita", (SEOUL_ODENSE, 1), ("report-y", 1))
    review.revert(eng, "rita", review.history(eng, "report-y")[-1]["id"], version=2, reason="merged by mistake")
    before = review.get(eng, SEOUL_ODENSE)
    with pytest.raises(review.Changed):
        review_merges.unmerge(eng, "ravi", merge_id, reason="too late")
    assert review.get(eng, SEOUL_ODENSE) == before


@pytest.mark.parametrize(("a", "b", "same"), [
    ({"date": "2024-03-13"}, {"date": "2024-03-16"}, True),
    ({"date": "2024-03-13"}, {"date": "2024-03-17"}, False),
    ({"date": "2024-03"}, {"date": "2024-03"}, True),
    ({"date": "2024-03"}, {"date": "2024-03-02"}, True),  # a partial date holding the day
    ({"date": "2024"}, {"date": "2024-03-02"}, True),
    ({"date": "2024-04"}, {"date": "2024-03-02"}, False),
    ({"date": "2023"}, {"date": "2024-03-02"}, False),
    ({"type": "loi"}, {}, False),
    ({"parties": [{"name_en": "x", "name_ko": "부산광역시"}]}, {}, False),
])
def test_same_agreement(a, b, same):
    base = curated(SEOUL_ODENSE)
    one = {**base, "id": "a", **a}
    two = {**base, "id": "b", "source": {**base["source"], "file": "other.txt"}, **b}
    assert same_agreement(one, two) is same


def test_the_same_tie_in_another_table_is_a_new_proposal_with_its_own_row(eng, gazetteer):
    """A reviewer's handling of a tie in one sheet is that sheet's: the same tie in an editor's
    other sheet is proposed with its own date, file and evidence, not the first sheet's record."""
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan

    def import_sheet(name: str, date: str, note: str) -> None:
        sheet = f"자치단체,국가,상대도시,구분,체결일,비고\n김해시,JP,무나카타,자매결연,{date},{note}\n"
        plan.plan(sheet.encode("utf-8"), name).run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)

    def by_file(name: str) -> list:
        return [r for r in store.read_records(eng).records if (r.extra.get("table_row") or {}).get("file") == name]

    import_sheet("first.csv", "1992-10-10", "처음")
    (first,) = by_file("first.csv")
    review.publish(eng, "rita", first.id, version=review.get(eng, first.id).version)
    import_sheet("second.csv", "2023-05-05", "30주년 갱신")
    (second,) = by_file("second.csv")
    assert second.status == "proposed" and second.date == "2023-05-05"
    assert "second.csv" in second.evidence[0] and second.id != first.id
    assert review.get(eng, first.id).status == "published"


def test_own_proposals_follow_status_and_reason_and_only_the_proposers(eng, gazetteer):
    from partnerships.own_proposals import own_proposals

    add_proposed(eng, curated(SEOUL_ODENSE), rid="mine-one", gazetteer=gazetteer)
    add_proposed(eng, curated(SEOUL_ODENSE), rid="mine-two", gazetteer=gazetteer)
    review.reject(eng, "rita", "mine-two", version=1, reason="twice")
    got = {p.id: (p.status, p.reason) for p in own_proposals(eng, "ed")}
    assert got == {"mine-one": ("proposed", ""), "mine-two": ("rejected", "twice")}
    assert own_proposals(eng, "rita") == []


def test_a_proposal_merged_into_another_says_which(eng, gazetteer):
    from partnerships.own_proposals import own_proposals

    add_proposed(eng, curated(SEOUL_ODENSE), rid="mine-again", gazetteer=gazetteer,
                 source={**curated(SEOUL_ODENSE)["source"], "file": "another.txt"})
    kept = review.get(eng, SEOUL_ODENSE)
    review_merges.merge(eng, "rita", (kept.id, kept.version), ("mine-again", 1))
    got = {p.id: (p.status, p.reason) for p in own_proposals(eng, "ed")}
    assert got == {"mine-again": ("merged", f"merged into {SEOUL_ODENSE}")}  # a second source, not rejected


def test_a_reviewers_word_that_was_undone_is_no_longer_shown_to_the_proposer(eng, gazetteer):
    from partnerships.own_proposals import own_proposals

    add_proposed(eng, curated(SEOUL_ODENSE), rid="mine-back", gazetteer=gazetteer)
    review.reject(eng, "rita", "mine-back", version=1, reason="not an agreement, a visit")
    review.revert(eng, "ravi", review.history(eng, "mine-back")[-1]["id"], version=2, reason="it was signed")
    assert {p.id: (p.status, p.reason) for p in own_proposals(eng, "ed")} == {"mine-back": ("proposed", "")}
    review.publish(eng, "ravi", "mine-back", version=3)
    assert {p.id: (p.status, p.reason) for p in own_proposals(eng, "ed")} == {"mine-back": ("published", "")}
    add_proposed(eng, curated(SEOUL_ODENSE), rid="mine-merged", gazetteer=gazetteer,
                 source={**curated(SEOUL_ODENSE)["source"], "file": "another.txt"})
    kept = review.get(eng, SEOUL_ODENSE)
    review_merges.merge(eng, "rita", (kept.id, kept.version), ("mine-merged", 1))
    merge_id = review_merges.active_merges(eng, "rita")[0]["id"]
    review_merges.unmerge(eng, "rita", merge_id, reason="two agreements after all")
    got = {p.id: (p.status, p.reason) for p in own_proposals(eng, "ed")}
    assert got["mine-merged"] == ("proposed", "")


def test_a_proposal_a_reviewer_corrected_and_published_says_what_was_wrong(eng, gazetteer):
    from partnerships.own_proposals import own_proposals

    add_proposed(eng, curated(SEOUL_ODENSE), rid="mine-fixed", gazetteer=gazetteer)
    review.edit(eng, "rita", "mine-fixed", {"title_en": "Seoul and Odense, corrected"}, version=1,
                reason="the sheet named the wrong partner city")
    review.publish(eng, "rita", "mine-fixed", version=2)
    got = {p.id: (p.status, p.reason) for p in own_proposals(eng, "ed")}
    assert got == {"mine-fixed": ("published", "the sheet named the wrong partner city")}


def test_a_partner_swapped_for_another_is_swapped_in_the_titles_that_name_it(eng, draft):
    before = review.get(eng, "draft-one").record
    assert "오덴세" in before["title_ko"] and "Odense" in before["title_en"]
    got = review.edit(eng, "rita", "draft-one", {"partner_places": ["th-bangkok"]}, version=1,
                      reason="the partner was misread")
    after = got.record
    assert after["partner_places"] == ["th-bangkok"]
    assert "오덴세" not in after["title_ko"] and "방콕" in after["title_ko"]
    assert "Odense" not in after["title_en"] and "Bangkok" in after["title_en"]
    # a title the reviewer wrote in the same edit is kept as written
    mine = review.edit(eng, "rita", "draft-one", {"partner_places": ["dk-odense"], "title_en": "My own title"},
                       version=got.version, reason="back").record
    assert mine["title_en"] == "My own title" and "오덴세" in mine["title_ko"]


def test_a_review_write_while_another_process_holds_the_lock_is_refused_with_a_message(
        eng, draft, database_url, monkeypatch):
    if not database_url.startswith("sqlite"):
        pytest.skip("a file lock is SQLite's case; PostgreSQL's lock wait is tested with the store")
    import sqlite3

    from partnerships.db import engine as db_engine

    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 200)
    db_engine.forget()
    eng = store.open_store()
    holder = sqlite3.connect(eng.url.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process (a long load or import) holds the write lock
    try:
        with pytest.raises(store.StoreUnavailable, match="busy"):
            review.publish(eng, "rita", "draft-one", version=1)
        with pytest.raises(store.StoreUnavailable, match="busy"):
            review.edit(eng, "rita", "draft-one", {"title_en": "x"}, version=1, reason="typo")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert review.get(eng, "draft-one").status == "proposed"


@pytest.mark.parametrize(("who", "status", "stored"), [
    ("ed", "published", "proposed"),  # an editor's dict that says published
    ("ed", None, "proposed"),  # ... or says nothing (the row's default is the public 'reviewed')
    ("rita", "published", "published"),  # a reviewer may publish
])
def test_the_store_decides_a_new_records_status_from_the_role_not_the_callers_dict(
        eng, gazetteer, who, status, stored):
    import copy

    from partnerships.intake import content_hash

    text = f"서울시는 덴마크 오덴세와 로봇 업무협약을 체결했다. ({who}, {status})\n"

    def make(taken):
        d = {**copy.deepcopy(curated(SEOUL_ODENSE)), "id": f"forged-{who}-{status}"}
        d.pop("status", None)
        return [d if status is None else {**d, "status": status}]

    _, kept = store.save_article(eng, file=f"forged-{who}-{status}.txt", text=text, text_hash=content_hash(text),
                                 published="2024-03-18", make_records=make, base_ids=[f"forged-{who}-{status}"],
                                 places=gazetteer, who=who)
    assert review.get(eng, kept[0]["id"]).status == stored


def test_an_editors_import_told_to_publish_is_refused(eng, gazetteer):
    from partnerships.proposals import DbProposals

    d = {**copy_of(curated(SEOUL_ODENSE)), "id": "sheet-forged", "status": "published",
         "table_row": {"file": "forged.csv", "sheet": "", "row": 2, "key": "k1"}}
    with pytest.raises(roles.NotAllowed):
        DbProposals(eng, "ed", gazetteer, status="published").put_table("forged.csv", text="row", records={"k1": d})
    with pytest.raises(review.NotFound):
        review.get(eng, "sheet-forged")


def copy_of(d: dict) -> dict:
    import copy

    return copy.deepcopy(d)


def test_a_record_dated_by_year_merges_the_reports_of_one_signing_only(eng, gazetteer):
    base = curated(SEOUL_ODENSE)
    year = add_proposed(eng, base, rid="by-year", gazetteer=gazetteer, date="2015", year=2015,
                        source={**base["source"], "file": "table.txt"})
    for rid, date in (("march", "2015-03-02"), ("october", "2015-10-20")):
        add_proposed(eng, base, rid=rid, gazetteer=gazetteer, date=date, year=2015,
                     source={**base["source"], "file": f"{rid}.txt"})
    merge_id = review_merges.merge(eng, "rita", (year["id"], 1), ("march", 1))
    assert review.get(eng, year["id"]).record["date"] == "2015-03-02"  # the report dates it to the day
    with pytest.raises(review.ReviewError):
        review_merges.merge(eng, "rita", (year["id"], 2), ("october", 1))
    assert review.get(eng, "october").status == "proposed"  # still its own agreement
    now = review.get(eng, year["id"])
    review.edit(eng, "rita", year["id"], {"title_en": "Seoul and Odense, robotics"}, version=now.version,
                reason="shorter title")  # (anything between the merge and its undo)
    review_merges.unmerge(eng, "rita", merge_id, reason="merged by mistake")
    assert review.get(eng, year["id"]).record["date"] == "2015"  # its own date back

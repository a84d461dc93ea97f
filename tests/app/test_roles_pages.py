"""Each role on each page (AppTest): viewers see no write control and no draft; editors may add
articles; reviewers also review, edit, retract and revert. Forged writes are refused by the
server-side check, whatever the page shows. Sign-in and sign-out through the sidebar form."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.gazetteer import default_gazetteer
from partnerships import accounts, review, review_merges, roles, store
from tests.db.review_helpers import add_proposed, curated
from tests.helpers.apptest import APP, TIMEOUT, deck_spec, point_ids, private_folders
from ui.shell import data, page_list
from ui.shell.auth import USER_KEY
from ui.shell.i18n import t

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long test password"
SEOUL_ODENSE = "2024-seoul-odense-robotics-mou"  # seeds/000_a437fd8661412f19.txt
PAGES = [p.file for p in page_list.PAGES]
WRITE_KEYS = ("aa_read_text", "aa_read_file", "add_article_save", "review_bulk")  # buttons that lead to a write
WRITE_SUFFIXES = ("_publish", "_edit_publish", "_reject", "_save", "_retract", "_revert_")

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def folders(tmp_path, monkeypatch, filled_database):
    """Private data/ and seeds/ (their database inside), one account per role, one draft."""
    data, seeds = private_folders(tmp_path, monkeypatch, filled_database)
    eng = store.open_store()
    accounts.add_user(eng, "ed", role="editor", password=PASSWORD)
    accounts.add_user(eng, "rita", role="reviewer", password=PASSWORD)
    # The same agreement as the curated Seoul–Odense record, proposed again with a changed title
    add_proposed(eng, curated(SEOUL_ODENSE), rid="draft-seoul-odense", gazetteer=default_gazetteer(),
                 title_en="A draft title nobody should see")
    return eng


def run(page: str, user: str | None, params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if page != "app.py":
        at.switch_page(page)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    if user is not None:
        at.session_state[USER_KEY] = user
    return at.run()


def write_buttons(at: AppTest) -> list[str]:
    return [b.key for b in at.button if b.key and (b.key in WRITE_KEYS or
                                                    any(sfx in b.key for sfx in WRITE_SUFFIXES))]


def nav_labels(at: AppTest) -> list[str]:
    return [link.proto.label for link in at.sidebar.get("page_link")]


def everything_shown(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [x.value for x in at.text]
    parts += [e.label for e in at.expander]
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
def test_a_viewer_sees_no_write_control_and_no_draft(folders, page):
    at = run(page, None, {"place": "kr-seoul"} if page == "app.py" else None)
    assert not at.exception, [e.value for e in at.exception]
    assert write_buttons(at) == []
    assert "Add an article" not in nav_labels(at) and "Review" not in nav_labels(at)
    assert "History" not in [e.label for e in at.expander]
    assert "A draft title nobody should see" not in everything_shown(at)
    if page in ("pages/5_Add_article.py", "pages/7_Review.py"):
        assert at.info and "Sign in as" in at.info[0].value
    # the sign-in form is offered (accounts exist)
    assert [b for b in at.sidebar.button if "atlas_sign_in" in (b.key or "") or b.label == "Sign in"]


@pytest.mark.parametrize(("user", "pages"), [
    ("ed", ["Add an article"]),
    ("rita", ["Add an article", "Review"]),
])
def test_staff_see_the_pages_their_role_allows(folders, user, pages):
    at = run("app.py", user)
    labels = nav_labels(at)
    assert [p for p in ("Add an article", "Review") if p in labels] == pages
    assert any(f"Signed in as **{user}**" in m.value for m in at.sidebar.markdown)


def test_an_editor_may_add_but_not_review(folders):
    at = run("pages/5_Add_article.py", "ed")
    assert "aa_read_text" in [b.key for b in at.button]
    at = run("pages/7_Review.py", "ed")
    assert "Sign in as a reviewer" in at.info[0].value
    assert write_buttons(at) == []
    at = run("app.py", "ed", {"place": "kr-seoul"})
    assert "History" in [e.label for e in at.expander]  # staff read the history ...
    assert not [k for k in write_buttons(at) if k.endswith(("_save", "_retract")) or "_revert_" in k]  # ... only


def test_a_reviewer_publishes_from_the_review_page(folders):
    at = run("pages/7_Review.py", "rita")
    assert "1 proposed record" in [s.value for s in at.subheader]
    assert not at.exception
    at.button(key="rv_draft-seoul-odense_publish").click().run()
    assert "0 proposed records" in [s.value for s in at.subheader]
    assert review.get(folders, "draft-seoul-odense").status == "published"
    assert review.history(folders, "draft-seoul-odense")[-1]["who"] == "rita"
    # told by the record's title, not its id
    said = "Done — published: A draft title nobody should see"
    assert said in [s.value.replace("\\", "") for s in at.success]
    assert [x.value.replace("\\", "") for x in at.toast] == [said]


def test_the_review_confirmation_is_in_korean_on_the_korean_page(folders):
    at = run("pages/7_Review.py", "rita", {"lang": "ko"})
    at.button(key="rv_draft-seoul-odense_publish").click().run()
    assert "완료 — 게시: 서울시-오덴세, 로봇 생태계 성장 협력 업무협약 체결" in [s.value.replace("\\", "") for s in at.success]


def test_reject_needs_a_reason(folders):
    at = run("pages/7_Review.py", "rita")
    at.button(key="rv_draft-seoul-odense_reject").click().run()
    assert "Write a reason first." in [e.value for e in at.error]
    assert review.get(folders, "draft-seoul-odense").status == "proposed"
    at.text_input(key="rv_draft-seoul-odense_reason").input("reported twice")
    at.button(key="rv_draft-seoul-odense_reject").click().run()
    assert review.get(folders, "draft-seoul-odense").status == "rejected"


def test_two_reviewers_editing_the_same_record(folders):
    """Both open the same published record; the first saves an edit; the second is told, sees both
    versions, keeps their form, and saves on top. Nothing is lost: both edits are in the history."""
    rid = SEOUL_ODENSE
    first = run("app.py", "rita", {"place": "dk-odense"})
    second = run("app.py", "rita", {"place": "dk-odense"})
    first.text_input(key=f"rv_{rid}_title_en").input("First reviewer's title")
    first.text_input(key=f"rv_{rid}_reason").input("clearer").run()
    first.button(key=f"rv_{rid}_save").click().run()
    assert review.get(folders, rid).record["title_en"] == "First reviewer's title"
    second.text_input(key=f"rv_{rid}_title_en").input("Second reviewer's title")
    second.text_input(key=f"rv_{rid}_reason").input("shorter").run()
    # The second page's next run sees the stored version moved on: it says so before any save.
    assert not second.exception
    assert any("Someone changed this record" in w.value for w in second.warning)
    shown = [j.value for j in second.json]
    assert any("First reviewer's title" in v for v in shown) and any("Second reviewer's title" in v for v in shown)
    assert second.text_input(key=f"rv_{rid}_title_en").value == "Second reviewer's title"
    assert review.get(folders, rid).record["title_en"] == "First reviewer's title"  # not written over
    second.button(key=f"rv_{rid}_save").click().run()  # having seen both, the second saves on top
    assert review.get(folders, rid).record["title_en"] == "Second reviewer's title"
    titles = [x["after"]["title_en"] for x in review.history(folders, rid)]
    assert titles == ["First reviewer's title", "Second reviewer's title"]


def test_retract_and_revert_from_the_map_panel(folders):
    assert "dk-odense" in point_ids(deck_spec(run("app.py", None)))
    at = run("app.py", "rita", {"place": "dk-odense"})
    rid = SEOUL_ODENSE
    at.text_input(key=f"rv_{rid}_reason").input("the meeting was cancelled")
    at.button(key=f"rv_{rid}_retract").click().run()
    assert not at.exception
    assert review.get(folders, rid).status == "retracted"
    viewer = run("app.py", None, {"place": "dk-odense"})
    titles = "\n".join(m.value for m in viewer.markdown)
    assert curated(rid)["title_en"].split(":")[0] not in titles
    sources = run("pages/6_Sources.py", None, {"article": "000_a437fd8661412f19.txt"})
    assert any("retracted" in w.value and "the meeting was cancelled" in w.value for w in sources.warning)
    # revert the retraction from the Review page's latest changes (the map no longer lists the record)
    (line,) = [x for x in review.history(folders, rid) if x["action"] == "retract"]
    at = run("pages/7_Review.py", "rita")
    at.button(key=f"hi_recent_revert_{line['id']}").click().run()
    assert "Write a reason first." in [e.value for e in at.error]
    assert review.get(folders, rid).status == "retracted"
    at.text_input(key="hi_recent_reason").input("it did take place")
    at.button(key=f"hi_recent_revert_{line['id']}").click().run()
    assert not at.exception
    assert review.history(folders, rid)[-1]["action"] == "revert"
    assert review.get(folders, rid).status == "reviewed"
    assert "dk-odense" in point_ids(deck_spec(run("app.py", None)))


def test_a_revert_from_the_latest_changes_never_undoes_a_change_made_after_the_list_was_shown(folders):
    rid = SEOUL_ODENSE
    item = review.get(folders, rid)
    review.retract(folders, "rita", rid, version=item.version, reason="the meeting was cancelled")
    (line,) = [x for x in review.history(folders, rid) if x["action"] == "retract"]
    at = run("pages/7_Review.py", "rita")  # the list as rita sees it
    at.text_input(key="hi_recent_reason").input("it did take place")
    accounts.add_user(folders, "ravi", role="reviewer", password=PASSWORD)
    stored = review.get(folders, rid)  # meanwhile ravi corrects the title
    review.edit(folders, "ravi", rid, {"title_en": "Ravi's correction"}, version=stored.version, reason="typo")
    at.button(key=f"hi_recent_revert_{line['id']}").click().run()
    assert not at.exception
    assert any("changed after this list was shown" in w.value for w in at.warning)
    assert review.get(folders, rid).record["title_en"] == "Ravi's correction"  # not reverted over
    assert review.get(folders, rid).status == "retracted"
    at.button(key=f"hi_recent_revert_{line['id']}").click().run()  # having seen the list again
    # ... it would still undo ravi's correction with the retraction: refused, and the edit named
    assert any("later changes to this record" in e.value and "edit" in e.value for e in at.error), at.error
    assert review.get(folders, rid).record["title_en"] == "Ravi's correction"
    assert review.history(folders, rid)[-1]["action"] == "edit"


@pytest.mark.parametrize("who", [None, "ed"])
def test_forged_writes_are_refused_by_the_server(folders, who):
    """What a crafted request could call: every write function, as a viewer or an editor."""
    item = review.get(folders, "draft-seoul-odense")
    for call in (lambda: review.publish(folders, who, item.id, version=item.version),
                 lambda: review.reject(folders, who, item.id, version=item.version, reason="x"),
                 lambda: review.retract(folders, who, SEOUL_ODENSE, version=1, reason="x")):
        with pytest.raises(roles.NotAllowed):
            call()
    assert review.get(folders, item.id).status == "proposed"


def test_sign_in_wrong_password_rate_limit_and_sign_out(folders):
    at = run("app.py", None)
    at.sidebar.text_input(key="atlas_sign_in_name").input("rita")
    at.sidebar.text_input(key="atlas_sign_in_password").input("not the password")
    _submit(at)
    assert "Wrong name or password." in [e.value for e in at.sidebar.error]
    assert "Review" not in nav_labels(at)
    at.sidebar.text_input(key="atlas_sign_in_password").input(PASSWORD)
    _submit(at)
    assert "Review" in nav_labels(at)
    assert at.session_state[USER_KEY] == "rita"
    at.sidebar.button(key="atlas_sign_out").click().run()
    assert USER_KEY not in at.session_state
    assert "Review" not in nav_labels(at)
    for _ in range(accounts.MAX_FAILURES):
        at.sidebar.text_input(key="atlas_sign_in_name").input("rita")
        at.sidebar.text_input(key="atlas_sign_in_password").input("wrong again!")
        _submit(at)
    at.sidebar.text_input(key="atlas_sign_in_name").input("rita")
    at.sidebar.text_input(key="atlas_sign_in_password").input(PASSWORD)
    _submit(at)
    assert any("Too many failed sign-ins" in e.value for e in at.sidebar.error)
    assert USER_KEY not in at.session_state


def _submit(at: AppTest) -> None:
    (button,) = [b for b in at.sidebar.button if b.label == "Sign in"]
    button.click().run()


def test_no_accounts_means_a_read_only_atlas(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("geocode-cache.json", "atlas.sqlite*"))
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))
    monkeypatch.delenv("ATLAS_DATABASE_URL", raising=False)
    at = run("app.py", None)
    assert not at.exception
    assert not [b for b in at.sidebar.button if b.label == "Sign in"]  # nobody could sign in: no form
    assert "Add an article" not in nav_labels(at)


def test_identity_provider_user_gets_the_role_of_their_account(folders):
    """st.user from the provider (seeded as AppTest does): the e-mail address names the account."""
    accounts.add_user(folders, "jun@city.go.kr", role="reviewer")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.secrets["auth"] = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32,
                          "client_id": "atlas", "client_secret": "s",
                          "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"}
    at.user = {"is_logged_in": True, "email": "jun@city.go.kr"}
    at.run()
    assert not at.exception
    assert "Review" in nav_labels(at)
    at.user = {"is_logged_in": True, "email": "stranger@example.org"}
    at.run()
    assert "Review" not in nav_labels(at) and "Add an article" not in nav_labels(at)


def test_merge_two_reports_and_undo_it_on_the_review_page(folders):
    """The draft reports the curated Seoul–Odense MOU again from another article, two days later."""
    base = curated(SEOUL_ODENSE)
    add_proposed(folders, base, rid="same-mou-other-paper", gazetteer=default_gazetteer(), date="2024-03-15",
                 source={**base["source"], "file": "001_01205c7f5ce77c6a.txt", "publisher": "Another paper"})
    at = run("pages/7_Review.py", "rita")
    key = f"rv_merge_{SEOUL_ODENSE}_same-mou-other-paper"
    assert key in [b.key for b in at.button]
    offer = [x.value for x in at.text if "Another paper" in x.value]
    assert offer and base["title_en"] in offer[0] and "same-mou-other-paper" not in offer[0]  # titles, not ids
    at.button(key=key).click().run()
    assert not at.exception
    kept = review.get(folders, SEOUL_ODENSE)
    assert kept.record["also_reported"][0]["source"]["publisher"] == "Another paper"
    assert review.get(folders, "same-mou-other-paper").status == "rejected"
    # The public card of the merged record shows both sources, each with its evidence.
    data.changed()
    card = run("app.py", None, {"place": "dk-odense"})
    captions = "\n".join(c.value for c in card.caption)
    assert "Also reported by: Another paper" in captions
    assert "Evidence in that report" in "\n".join(m.value for m in card.markdown)
    (merge,) = review_merges.active_merges(folders, "rita")
    # the merge made is listed, and was confirmed, by the records' titles, not their ids (trial 23)
    line = next(x.value for x in at.text if "←" in x.value)
    assert line.count(base["title_en"]) == 2 and "same-mou-other-paper" not in line and SEOUL_ODENSE not in line
    done = " ".join(x.value for x in at.sidebar.success)
    assert base["title_en"] in done and SEOUL_ODENSE not in done
    at.text_input(key="rv_unmerge_reason").input("two different signings")
    at.button(key=f"rv_unmerge_{merge['id']}").click().run()
    assert not at.exception
    assert "also_reported" not in review.get(folders, SEOUL_ODENSE).record
    assert review.get(folders, "same-mou-other-paper").status == "proposed"
    # Back in the queue, its form holds its own values, with no false "changed meanwhile": its
    # widgets had lost their values while it was merged, and the form came back empty, typed MOU
    # whatever it was, under a conflict of the reviewer's own merge and undo (trial 23)
    at.run()
    rid = "same-mou-other-paper"
    assert at.text_input(key=f"rv_{rid}_title_en").value == base["title_en"]
    assert at.text_area(key=f"rv_{rid}_summary_ko").value == base["summary_ko"]
    assert at.selectbox(key=f"rv_{rid}_type").value == base["type"]
    assert not at.warning and f"rv_{rid}_conflict" not in at.session_state


def test_a_merge_or_undo_another_reviewer_made_first_is_said_not_silently_dropped(folders):
    # Two reviewers on one offer: the second's button was gone from the page, and its click did
    # nothing and said nothing (attack round 35).
    base = curated(SEOUL_ODENSE)
    add_proposed(folders, base, rid="same-mou-other-paper", gazetteer=default_gazetteer(), date="2024-03-15",
                 source={**base["source"], "file": "001_01205c7f5ce77c6a.txt", "publisher": "Another paper"})
    at = run("pages/7_Review.py", "rita")
    kept, absorbed = review.get(folders, SEOUL_ODENSE), review.get(folders, "same-mou-other-paper")
    made = review_merges.merge(folders, "rita", (kept.id, kept.version), (absorbed.id, absorbed.version))
    at.button(key=f"rv_merge_{SEOUL_ODENSE}_same-mou-other-paper").click().run()  # from the page drawn before
    assert not at.exception
    assert [w.value for w in at.warning] == [t("review_merge_gone", "en")]
    assert len(review_merges.active_merges(folders, "rita")) == 1
    at.run()
    assert not at.warning  # said once
    review_merges.unmerge(folders, "rita", made, reason="another reviewer's undo")
    at.text_input(key="rv_unmerge_reason").input("two different signings")
    at.button(key=f"rv_unmerge_{made}").click().run()
    assert not at.exception
    assert [w.value for w in at.warning] == [t("review_unmerge_gone", "en")]


def test_many_copies_of_one_report_give_a_short_list_of_merges(folders):
    """Fourteen more copies of the Seoul–Odense MOU from other files: each copy is offered once,
    into the published record (the fixture's draft, from the published record's own article, into
    the first copy), and only the first ten offers are drawn."""
    base = curated(SEOUL_ODENSE)
    for k in range(14):
        add_proposed(folders, base, rid=f"copy-{k:02d}", gazetteer=default_gazetteer(),
                     source={**base["source"], "file": f"copy-{k:02d}.txt"})
    at = run("pages/7_Review.py", "rita")
    merges = [b.key for b in at.button if b.key and b.key.startswith("rv_merge_")]
    assert len(merges) == 10
    assert all(key.startswith(f"rv_merge_{SEOUL_ODENSE}_copy-") or key == "rv_merge_copy-00_draft-seoul-odense"
               for key in merges), merges
    assert any("10 of 15 merge offers" in c.value for c in at.caption)


@pytest.mark.parametrize(("lang", "said"), [("en", "Date inferred: year of the publication date 2026-11-20"),
                                           ("ko", "날짜 추정: 저장할 때 입력한 발행일 2026-11-20의 연도")])
def test_the_reviewer_is_told_where_an_inferred_year_came_from(folders, lang, said):
    add_proposed(folders, curated(SEOUL_ODENSE), rid="year-from-saving", gazetteer=default_gazetteer(),
                 year=2026, date="2026", source={**curated(SEOUL_ODENSE)["source"], "file": "nodate.txt"},
                 date_basis="inferred: year of the publication date 2026-11-20 given on saving")
    at = run("pages/7_Review.py", "rita", {"lang": lang})
    assert any(c.value.replace("\\", "").startswith(said) for c in at.caption)


def test_an_article_with_only_proposed_records_is_not_listed_on_sources(folders):
    from sqlalchemy import insert

    from partnerships.db import repo, schema

    text = (ROOT / "eval" / "dev" / "f01_incheon_nairobi_press.txt").read_text(encoding="utf-8")
    with repo.writing(folders) as conn:
        conn.execute(insert(schema.articles).values(file="2023-05-17_draft.txt", text=text, text_hash="h" * 64,
                                                    published="2023-05-17"))
    add_proposed(folders, curated(SEOUL_ODENSE), rid="draft-elsewhere", gazetteer=default_gazetteer(),
                 source={**curated(SEOUL_ODENSE)["source"], "file": "2023-05-17_draft.txt"})
    at = run("pages/6_Sources.py", None)
    from ui.screens.sources import ARTICLE_KEY

    (choice,) = [s for s in at.selectbox if s.key == ARTICLE_KEY]  # options are titles, not file names
    assert len(choice.options) == len(list((ROOT / "seeds").glob("*.txt")))  # the curated articles only


def test_publish_the_selected_rows(folders):
    add_proposed(folders, curated(SEOUL_ODENSE), rid="draft-two", gazetteer=default_gazetteer())
    at = run("pages/7_Review.py", "rita")
    assert at.button(key="review_bulk").disabled  # nothing selected yet
    at.checkbox(key="rv_draft-seoul-odense_pick").check()
    at.checkbox(key="rv_draft-two_pick").check()
    at.run()
    assert at.button(key="review_bulk").label == "Publish the 2 selected"
    at.button(key="review_bulk").click().run()
    assert not at.exception
    assert {review.get(folders, r).status for r in ("draft-seoul-odense", "draft-two")} == {"published"}
    assert "0 proposed records" in [s.value for s in at.subheader]


def test_publishing_the_selected_leaves_a_record_without_its_publisher_and_names_it(folders):
    base = curated(SEOUL_ODENSE)
    add_proposed(folders, base, rid="draft-two", gazetteer=default_gazetteer())
    add_proposed(folders, base, rid="draft-nopub", gazetteer=default_gazetteer(), title_en="Seoul–Odense, unsourced",
                 source={**base["source"], "publisher": ""})
    at = run("pages/7_Review.py", "rita")
    for rid in ("draft-seoul-odense", "draft-two", "draft-nopub"):
        at.checkbox(key=f"rv_{rid}_pick").check()
    at.run()
    at.button(key="review_bulk").click().run()
    assert not at.exception
    assert {review.get(folders, r).status for r in ("draft-seoul-odense", "draft-two")} == {"published"}
    assert review.get(folders, "draft-nopub").status == "proposed"
    (held,) = [w.value for w in at.warning if "Not published" in w.value]
    assert "publisher and publication date are needed" in held and "unsourced" in held
    assert at.checkbox(key="rv_draft-nopub_pick").value  # still selected, to fill in and publish
    assert any(base["title_en"] in s.value for s in at.sidebar.success)  # done: told by titles, not ids


def test_a_long_queue_is_read_a_page_at_a_time(folders):
    """An editor's long sheet cannot make every run of the page draw hundreds of forms: 25 a page."""
    for k in range(30):
        add_proposed(folders, curated(SEOUL_ODENSE), rid=f"queued-{k:02d}", gazetteer=default_gazetteer())

    def forms(at: AppTest) -> list[str]:
        return [b.key for b in at.button if b.key and b.key.startswith("rv_") and b.key.endswith("_publish")
                and not b.key.endswith("_edit_publish")]

    at = run("pages/7_Review.py", "rita")
    assert not at.exception
    assert "31 proposed records" in [s.value for s in at.subheader]
    assert len(forms(at)) == 25 and "Showing 1–25 of 31, oldest first" in [c.value for c in at.caption]
    at.number_input(key="rv_page").set_value(2).run()
    assert len(forms(at)) == 6 and "rv_queued-29_publish" in forms(at)
    # another reviewer clears part of the queue (one page left), then it grows again: the picker
    # comes back on the page this reviewer was on, not on page 1
    review.publish_many(folders, "rita", [(f"queued-{k:02d}", 1) for k in range(10)])
    data.changed()
    at.run()
    assert not at.number_input and len(forms(at)) == 21
    for k in range(30, 60):
        add_proposed(folders, curated(SEOUL_ODENSE), rid=f"queued-{k:02d}", gazetteer=default_gazetteer())
    data.changed()
    at.run()
    assert at.number_input(key="rv_page").value == 2


def test_a_reviewer_rejects_a_whole_sheet_at_once(folders):
    base = curated(SEOUL_ODENSE)
    for k in range(3):
        add_proposed(folders, base, rid=f"sheet-row-{k}", gazetteer=default_gazetteer(),
                     source={**base["source"], "file": "ties.csv.ties.txt"})
    at = run("pages/7_Review.py", "rita")
    assert at.selectbox(key="rv_source").value == "ties.csv.ties.txt"
    at.text_input(key="rv_source_reason").input("an old copy of the sheet")
    at.button(key="rv_source_reject").click().run()
    assert not at.exception
    assert {review.get(folders, f"sheet-row-{k}").status for k in range(3)} == {"rejected"}
    assert review.get(folders, "draft-seoul-odense").status == "proposed"  # another source's record stays


def test_a_sheet_imported_again_while_the_reviewer_looks_is_not_rejected_unseen(folders):
    base = curated(SEOUL_ODENSE)
    sheet = {**base["source"], "file": "ties.csv.ties.txt"}
    for k in range(2):
        add_proposed(folders, base, rid=f"sheet-row-{k}", gazetteer=default_gazetteer(), source=sheet)
    at = run("pages/7_Review.py", "rita")
    assert "2" in at.button(key="rv_source_reject").label
    for k in range(2, 5):  # an editor imports the sheet again, with more rows
        add_proposed(folders, base, rid=f"sheet-row-{k}", gazetteer=default_gazetteer(), source=sheet)
    at.text_input(key="rv_source_reason").input("an old copy of the sheet")
    at.button(key="rv_source_reject").click().run()
    assert not at.exception
    assert "2 were shown, 5 are waiting now" in at.error[0].value
    assert {review.get(folders, f"sheet-row-{k}").status for k in range(5)} == {"proposed"}
    assert "5" in at.button(key="rv_source_reject").label  # the button now says what waits
    at.button(key="rv_source_reject").click().run()
    assert {review.get(folders, f"sheet-row-{k}").status for k in range(5)} == {"rejected"}


def test_two_reviewers_on_the_review_page(folders):
    """Both open the same draft. The first changes the Korean title and publishes; the second,
    who changed the English title, is told, sees both versions, keeps the form, and saves the
    edit on top with a reason: both changes are in the record and in the history."""
    rid = "draft-seoul-odense"
    first, second = run("pages/7_Review.py", "rita"), run("pages/7_Review.py", "rita")
    first.text_input(key=f"rv_{rid}_title_ko").input("첫 검토자의 제목").run()
    first.button(key=f"rv_{rid}_edit_publish").click().run()
    assert review.get(folders, rid).status == "proposed"  # an edit says why, before publishing too
    assert any("Write a reason first" in e.value for e in first.error)
    first.text_input(key=f"rv_{rid}_reason").input("Korean title").run()
    first.button(key=f"rv_{rid}_edit_publish").click().run()
    assert review.get(folders, rid).status == "published"
    second.text_input(key=f"rv_{rid}_title_en").input("Second reviewer's title").run()
    assert not second.exception
    assert any("Someone changed this record" in w.value for w in second.warning)
    shown = [json.loads(j.value) for j in second.json]
    assert {"첫 검토자의 제목", "Second reviewer's title"} <= {v.get(f) for v in shown for f in ("title_en", "title_ko")}
    assert second.text_input(key=f"rv_{rid}_title_en").value == "Second reviewer's title"
    assert review.get(folders, rid).record["title_en"] == "A draft title nobody should see"  # not written
    second.text_input(key=f"rv_{rid}_reason").input("English title").run()
    second.button(key=f"rv_{rid}_edit_publish").click().run()  # now "Save edit", on top of the first
    got = review.get(folders, rid).record
    assert (got["title_en"], got["title_ko"]) == ("Second reviewer's title", "첫 검토자의 제목")
    assert [x["action"] for x in review.history(folders, rid)][-2:] == ["publish", "edit"]


def test_a_reason_typed_in_a_form_someone_else_published_meanwhile_is_kept_and_told(folders):
    rid = "draft-seoul-odense"
    first, second = run("pages/7_Review.py", "rita"), run("pages/7_Review.py", "rita")
    second.text_input(key=f"rv_{rid}_reason").input("a duplicate of another record").run()
    first.button(key=f"rv_{rid}_publish").click().run()
    assert review.get(folders, rid).status == "published"
    second.run()  # the second reviewer's next rerun
    assert not second.exception
    assert any("Someone changed this record" in w.value for w in second.warning)
    assert second.text_input(key=f"rv_{rid}_reason").value == "a duplicate of another record"


def test_a_save_against_an_old_version_in_the_same_run_is_refused(folders):
    """The edit and the click reach the server in one run (as a browser sends them when the
    button is clicked straight after typing): the save is refused, not made blindly on top."""
    rid = SEOUL_ODENSE
    second = run("app.py", "rita", {"place": "dk-odense"})
    second.text_input(key=f"rv_{rid}_title_en").input("Second reviewer's title")
    second.text_input(key=f"rv_{rid}_reason").input("shorter").run()  # the form is ready to save ...
    review.edit(folders, "rita", rid, {"title_ko": "다른 검토자의 제목"}, version=1, reason="meanwhile")
    data.changed()  # ... when another reviewer's edit lands
    second.button(key=f"rv_{rid}_save").click().run()
    assert not second.exception
    assert review.get(folders, rid).record["title_en"] != "Second reviewer's title"
    assert any("Someone changed this record" in w.value for w in second.warning)


@pytest.mark.parametrize("user", [None, "rita"])
def test_tables_counts_and_exports_hold_published_records_only(folders, user):
    """The Agreements table, its count and its CSV download leave the draft out (for staff too:
    drafts live on the Review page)."""
    import pyarrow as pa  # noqa: F401  (the table arrives as Arrow)

    from tests.helpers.apptest import table

    at = run("pages/3_Agreements.py", user)
    assert not at.exception
    shown = table(at)
    assert "draft-seoul-odense" not in set(shown["id"]) and SEOUL_ODENSE in set(shown["id"])
    assert "A draft title nobody should see" not in "\n".join(m.value for m in at.markdown)
    with store.engine().connect() as conn:
        from sqlalchemy import func, select

        from partnerships.db import schema

        published = conn.execute(select(func.count()).select_from(schema.records)
                                 .where(schema.records.c.status.in_(("published", "reviewed")))).scalar()
    assert len(shown) == published
    csv = "".join(store_csv())
    assert "draft-seoul-odense" not in csv and SEOUL_ODENSE in csv


def store_csv():
    from geo.gazetteer import default_gazetteer as gaz
    from partnerships import export
    from partnerships.query import Filters

    return export.stream(store.record_chunks(store.engine(), Filters(), gaz()), gaz(), fmt="csv")


def test_the_latest_changes_read_in_the_pages_language(folders):
    rid = SEOUL_ODENSE
    item = review.get(folders, rid)
    review.edit(folders, "rita", rid, {"title_ko": "서울–오덴세 로봇 협약"}, version=item.version, reason="오타")
    review.retract(folders, "rita", rid, version=item.version + 1, reason="취소된 행사")
    at = run("pages/7_Review.py", "rita", {"lang": "ko"})
    assert not at.exception
    lines = [x.value for x in at.text if x.value.startswith("서울–오덴세 로봇 협약")]  # by its title now
    assert any("· 철회 · 검토 완료 → 철회됨 · 취소된 행사" in x for x in lines), lines
    assert any("· 수정 · 검토 완료 · 제목 (국문) " in x and "→ 서울–오덴세 로봇 협약 · 오타" in x for x in lines), lines
    assert not any(word in x for x in lines for word in ("retract", "edit ·", "title_ko"))
    (line,) = [x for x in review.history(folders, rid) if x["action"] == "retract"]
    review.revert(folders, "rita", line["id"], version=item.version + 2, reason="다시 게시")
    at = run("pages/7_Review.py", "rita", {"lang": "ko"})
    lines = [x.value for x in at.text if x.value.startswith("서울–오덴세 로봇 협약")]
    assert any(f"변경 #{line['id']} 되돌림: 다시 게시" in x for x in lines), lines


def test_sign_in_while_another_writer_holds_the_database_says_so(folders):
    import sqlite3

    url = store.database_url()
    assert url.startswith("sqlite:///")
    holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None, timeout=1)
    holder.execute("BEGIN IMMEDIATE")  # e.g. a long table import from the command line
    try:
        at = run("app.py", None)
        at.sidebar.text_input(key="atlas_sign_in_name").input("rita")
        at.sidebar.text_input(key="atlas_sign_in_password").input(PASSWORD)
        _submit(at)
        assert not at.exception
        assert any("cannot be reached now" in e.value for e in at.sidebar.error)
        assert USER_KEY not in at.session_state
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_the_latest_changes_name_the_record_by_its_title_and_show_what_a_field_was_and_became(folders):
    rid = SEOUL_ODENSE
    item = review.get(folders, rid)
    review.edit(folders, "rita", rid, {"date": "2014-05-12"}, version=item.version, reason="the day in the article")
    at = run("pages/7_Review.py", "rita")
    lines = [x.value for x in at.text]
    edited = [x for x in lines if "the day in the article" in x]
    assert edited and edited[0].startswith(item.record["title_en"])
    assert f"Date {item.record['date']} → 2014-05-12" in edited[0]
    ko = [x.value for x in run("pages/7_Review.py", "rita", {"lang": "ko"}).text]
    assert any(x.startswith(item.record["title_ko"]) for x in ko)


def test_staff_read_every_saved_tours_faults_as_text_with_long_ids_cut(folders):
    data = Path(os.environ["ATLAS_DATA_DIR"])
    long_id = "[click](http://evil.example)" + "x" * 500
    (data / "tours" / "hostile.json").write_text(json.dumps({"title_en": "T", "records": [long_id]}), encoding="utf-8")
    (data / "tours" / "broken.json").write_text("{", encoding="utf-8")
    at = run("pages/2_Tour.py", "ed", {"tour": "hostile"})
    assert not at.exception
    (warning,) = [w.value for w in at.warning]
    assert "broken\\.json" in warning and "hostile\\.json" in warning  # every file's faults, for staff
    assert "](http" not in warning and "x" * 100 not in warning and "…" in warning


def test_the_latest_changes_name_a_changed_place_not_its_id(folders):
    item = review.get(folders, "draft-seoul-odense")
    review.edit(folders, "rita", item.id, {"partner_places": ["dk-copenhagen"]}, version=item.version,
                reason="the partner was Copenhagen")
    for lang, (old, new) in (("en", ("Odense", "Copenhagen")), ("ko", ("오덴세", "코펜하겐"))):
        at = run("pages/7_Review.py", "rita", {"lang": lang})
        line = next(x.value for x in at.text if "dk-copenhagen" in x.value or new in x.value)
        assert f"{old} → {new}" in line and "dk-" not in line, line


def test_a_proposed_sheet_row_is_reviewed_as_its_row_not_the_whole_sheet(folders):
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan

    sheet = ("자치단체,국가,상대 도시,구분,체결일\n"
             "수원시,JP,Asahikawa,자매결연,2003-05-01\n"
             "성남시,JP,Kyoto,우호교류,2012-03-01\n")
    plan.plan(sheet.encode(), "office.csv").run(sink=DbProposals(folders, "rita", default_gazetteer()),
                                                gaz=default_gazetteer())
    at = run("pages/7_Review.py", "rita")
    assert not at.exception
    sheet_html = [h for h in at.get("html") if "rv-article" in str(h.proto.body) and "Asahikawa" in str(h.proto.body)]
    assert not sheet_html  # no box holding the whole sheet
    tables = [str(tb.proto) for tb in at.table]
    assert any("Asahikawa" in x and "Kyoto" not in x for x in tables)  # the row's own cells


def test_every_record_of_the_queue_is_selected_at_once_and_cleared_again(folders):
    add_proposed(folders, curated(SEOUL_ODENSE), rid="draft-two", gazetteer=default_gazetteer())
    at = run("pages/7_Review.py", "rita")
    assert at.button(key="review_pick_all").label == "Select all 2 on this page"
    at.button(key="review_pick_all").click().run()
    assert at.checkbox(key="rv_draft-seoul-odense_pick").value and at.checkbox(key="rv_draft-two_pick").value
    assert at.button(key="review_bulk").label == "Publish the 2 selected"
    assert at.button(key="review_pick_all").label == "Clear the selection"
    at.button(key="review_pick_all").click().run()
    assert at.button(key="review_bulk").disabled


def test_select_all_leaves_out_a_record_offered_as_a_merge(folders):
    base = curated(SEOUL_ODENSE)
    add_proposed(folders, base, rid="same-mou-other-paper", gazetteer=default_gazetteer(), date="2024-03-15",
                 source={**base["source"], "file": "001_01205c7f5ce77c6a.txt", "publisher": "Another paper"})
    at = run("pages/7_Review.py", "rita")
    assert f"rv_merge_{SEOUL_ODENSE}_same-mou-other-paper" in [b.key for b in at.button]
    at.button(key="review_pick_all").click().run()
    assert at.checkbox(key="rv_draft-seoul-odense_pick").value
    assert not at.checkbox(key="rv_same-mou-other-paper_pick").value  # left to its merge offer

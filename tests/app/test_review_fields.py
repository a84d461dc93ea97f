"""A reviewer corrects what the reader got wrong before publishing: the partner place (found in the
gazetteer), the sectors and the venue, on the Review page and under a published record (AppTest)."""

from __future__ import annotations

import pytest

from partnerships import review
from tests.app.test_roles_pages import SEOUL_ODENSE, folders, run  # noqa: F401  (folders: a fixture)
from tests.helpers.apptest import deck_spec, held_states, point_ids, send_held_next_run

pytestmark = pytest.mark.timeout(300)
DRAFT = "draft-seoul-odense"


def _swap_partner(at, rid: str, query: str, new: str, old: str):
    at.text_input(key=f"rv_{rid}_pl_find").input(query).run()
    assert at.selectbox(key=f"rv_{rid}_pl_pick").value == new
    at.button(key=f"rv_{rid}_pl_add").click().run()
    at.multiselect(key=f"rv_{rid}_pl_partner").unselect(old).run()
    return at


def test_a_reviewer_changes_the_partner_and_the_sectors_then_publishes(folders):  # noqa: F811
    at = run("pages/7_Review.py", "rita")
    assert at.multiselect(key=f"rv_{DRAFT}_pl_partner").value == ["dk-odense"]
    _swap_partner(at, DRAFT, "Aalborg", "dk-aalborg", "dk-odense")
    at.selectbox(key=f"rv_{DRAFT}_pl_venue").set_value("dk-aalborg")
    at.multiselect(key=f"rv_{DRAFT}_sectors").select("energy").run()
    assert not at.exception
    assert at.button(key=f"rv_{DRAFT}_publish").disabled  # edited: publish as is is no longer offered
    at.text_input(key=f"rv_{DRAFT}_reason").set_value("checked against the article")
    at.button(key=f"rv_{DRAFT}_edit_publish").click().run()
    assert not at.exception, at.exception
    got = review.get(folders, DRAFT)
    assert got.status == "published"
    assert got.record["partner_places"] == ["dk-aalborg"] and got.record["venue"] == "dk-aalborg"
    assert got.record["sectors"] == ["robotics", "energy"]
    assert got.record["korean_places"] == ["kr-seoul"]  # untouched fields stay
    after = review.history(folders, DRAFT)[-1]["after"]
    assert after["partner_places"] == ["dk-aalborg"]
    assert "dk-aalborg" in point_ids(deck_spec(run("app.py", None)))


def test_a_record_left_without_a_partner_is_refused_with_a_message(folders):  # noqa: F811
    at = run("pages/7_Review.py", "rita")
    at.multiselect(key=f"rv_{DRAFT}_pl_partner").unselect("dk-odense").run()
    at.text_input(key=f"rv_{DRAFT}_reason").set_value("checked against the article")
    at.button(key=f"rv_{DRAFT}_edit_publish").click().run()
    assert not at.exception
    assert at.error and "partner" in at.error[0].value
    assert review.get(folders, DRAFT).status == "proposed"
    assert review.get(folders, DRAFT).record["partner_places"] == ["dk-odense"]
    assert at.multiselect(key=f"rv_{DRAFT}_pl_partner").value == []  # the form keeps what was chosen


def test_a_published_records_partner_is_corrected_under_its_card(folders):  # noqa: F811
    rid = SEOUL_ODENSE
    at = run("app.py", "rita", {"place": "dk-odense"})
    _swap_partner(at, rid, "올보르", "dk-aalborg", "dk-odense")
    at.text_input(key=f"rv_{rid}_reason").input("the article names Aalborg").run()
    at.button(key=f"rv_{rid}_save").click().run()
    assert not at.exception
    got = review.get(folders, rid)
    assert got.status in ("published", "reviewed") and got.record["partner_places"] == ["dk-aalborg"]
    line = review.history(folders, rid)[-1]
    assert line["action"] == "edit" and line["reason"] == "the article names Aalborg"


def test_the_refusal_reads_in_korean_on_the_korean_page(folders):  # noqa: F811
    at = run("pages/7_Review.py", "rita", {"lang": "ko"})
    at.multiselect(key=f"rv_{DRAFT}_pl_kr").unselect("kr-seoul").run()
    at.text_input(key=f"rv_{DRAFT}_reason").set_value("checked against the article")
    at.button(key=f"rv_{DRAFT}_edit_publish").click().run()
    assert [e.value.replace("\\", "") for e in at.error] == [
        "저장하지 않았습니다: 기록에는 국내 지명이 적어도 하나 있어야 합니다. 저장하기 전에 고르세요"]
    assert review.get(folders, DRAFT).record["korean_places"] == ["kr-seoul"]


def test_the_address_the_public_pages_will_link_is_shown_with_its_host(folders):  # noqa: F811
    from geo.gazetteer import default_gazetteer
    from tests.db.review_helpers import add_proposed, curated

    proposed = curated(SEOUL_ODENSE)  # a page whose address points elsewhere (no reviewer can set one)
    add_proposed(folders, proposed, rid="draft-with-an-address", gazetteer=default_gazetteer(),
                 source={**proposed["source"], "url": "https://phish.example/atlas-login"})
    at = run("pages/7_Review.py", "rita")
    shown = [c.value.replace("\\", "") for c in at.caption if c.value.startswith("Address:")]
    assert len(shown) == 1 and "**phish.example**" in shown[0] and "atlas-login" in shown[0]
    assert "](" not in shown[0]  # text, not a link
    assert "\u2060" not in shown[0] and "`https://phish.example/atlas-login`" in shown[0].replace(" ", "")  # copies as written


def test_a_corrected_date_is_corrected_in_the_summaries_that_quote_it_too(folders):  # noqa: F811
    got = review.get(folders, DRAFT)
    old = got.record["date"]
    review.edit(folders, "rita", DRAFT, {"summary_en": f"Signed on {old}.", "summary_ko": f"{old} 체결."},
                version=got.version, reason="a test")
    at = run("pages/7_Review.py", "rita")
    at.text_input(key=f"rv_{DRAFT}_date").input("2024-03-14").run()
    at.text_input(key=f"rv_{DRAFT}_reason").set_value("checked against the article")
    at.button(key=f"rv_{DRAFT}_edit_publish").click().run()
    after = review.get(folders, DRAFT).record
    assert (after["date"], after["summary_en"], after["summary_ko"]) == (
        "2024-03-14", "Signed on 2024-03-14.", "2024-03-14 체결.")


def test_a_division_and_the_city_of_its_name_read_apart_in_the_finder(folders):  # noqa: F811
    at = run("pages/7_Review.py", "rita")
    at.text_input(key=f"rv_{DRAFT}_pl_find").input("Osaka").run()
    pick = at.selectbox(key=f"rv_{DRAFT}_pl_pick")
    labels = {pick.format_func(o) for o in pick.options} if hasattr(pick, "format_func") else set(pick.options)
    assert any("state or province" in x and "Japan" in x for x in labels), labels
    assert any(x.endswith("(Japan)") for x in labels), labels


def test_a_summary_with_line_breaks_is_no_edit_until_changed(folders):  # noqa: F811
    got = review.get(folders, DRAFT)
    review.edit(folders, "rita", DRAFT, {"summary_en": "First line.\nSecond  line."}, version=got.version,
                reason="a test")
    at = run("pages/7_Review.py", "rita")
    assert not at.button(key=f"rv_{DRAFT}_publish").disabled  # publish as it is stays offered


def test_a_venue_is_set_from_the_finder_without_making_it_a_party(folders):  # noqa: F811
    at = run("pages/7_Review.py", "rita")
    at.text_input(key=f"rv_{DRAFT}_pl_find").input("Copenhagen").run()
    at.button(key=f"rv_{DRAFT}_pl_as_venue").click().run()
    assert at.selectbox(key=f"rv_{DRAFT}_pl_venue").value == "dk-copenhagen"
    assert at.multiselect(key=f"rv_{DRAFT}_pl_partner").value == ["dk-odense"]  # the partner stays the partner
    at.text_input(key=f"rv_{DRAFT}_reason").set_value("checked against the article")
    at.button(key=f"rv_{DRAFT}_edit_publish").click().run()
    got = review.get(folders, DRAFT).record
    assert (got["venue"], got["partner_places"]) == ("dk-copenhagen", ["dk-odense"])


def test_a_proposal_without_publisher_or_date_is_flagged_and_the_reviewer_fills_them_in(folders):  # noqa: F811
    from geo.gazetteer import default_gazetteer
    from tests.db.review_helpers import add_proposed, curated

    rid = "draft-from-a-folder"
    bare = curated(SEOUL_ODENSE)
    add_proposed(folders, bare, rid=rid, gazetteer=default_gazetteer(),
                 source={**bare["source"], "publisher": "", "published": None})
    at = run("pages/7_Review.py", "rita")
    assert any("no publisher or no publication date" in w.value for w in at.warning)
    at.text_input(key=f"rv_{rid}_publisher").input("Seoul Metropolitan Government").run()
    at.text_input(key=f"rv_{rid}_published").input("2024-02-31").run()
    at.text_input(key=f"rv_{rid}_reason").input("credited from the page").run()
    at.button(key=f"rv_{rid}_edit_publish").click().run()
    assert review.get(folders, rid).status == "proposed"  # not a day of the calendar: refused, said
    assert any("publication date" in e.value for e in at.error)
    at.text_input(key=f"rv_{rid}_published").input("2024-03-18").run()
    at.button(key=f"rv_{rid}_edit_publish").click().run()
    got = review.get(folders, rid)
    assert got.status == "published"
    assert (got.record["source"]["publisher"], got.record["source"]["published"]) == (
        "Seoul Metropolitan Government", "2024-03-18")
    assert got.record["source"]["file"] == bare["source"]["file"]  # the rest of the source is kept


def test_filling_only_the_sources_blanks_publishes_without_a_reason_and_the_page_says_how(folders):  # noqa: F811
    from geo.gazetteer import default_gazetteer
    from tests.db.review_helpers import add_proposed, curated

    rid = "draft-no-publisher"
    bare = curated(SEOUL_ODENSE)
    add_proposed(folders, bare, rid=rid, gazetteer=default_gazetteer(),
                 source={**bare["source"], "publisher": "", "published": None})
    at = run("pages/7_Review.py", "rita")
    at.text_input(key=f"rv_{rid}_publisher").input("Seoul Metropolitan Government").run()
    at.text_input(key=f"rv_{rid}_published").input("2024-03-18").run()
    assert any("Save edits and publish" in c.value for c in at.caption)  # why Publish went grey
    at.button(key=f"rv_{rid}_edit_publish").click().run()  # no reason typed
    got = review.get(folders, rid)
    assert got.status == "published" and not at.error
    assert review.history(folders, rid)[-1]["reason"] == "filled in the source's missing details"


def test_the_server_lets_a_reviewer_change_only_the_sources_publisher_and_date(folders):  # noqa: F811
    current = review.get(folders, DRAFT)
    moved = {**current.record["source"], "url": "https://elsewhere.example/"}
    with pytest.raises(review.ReviewError, match="only the source's publisher"):
        review.edit(folders, "rita", DRAFT, {"source": moved}, version=current.version, reason="x")
    with pytest.raises(review.ReviewError, match="publication date"):
        review.edit(folders, "rita", DRAFT, {"source": {**current.record["source"], "published": "2999-01-01"}},
                    version=current.version, reason="x")


def test_a_save_on_top_keeps_the_publisher_another_reviewer_fixed_meanwhile(folders):  # noqa: F811
    from geo.gazetteer import default_gazetteer
    from tests.db.review_helpers import add_proposed, curated

    rid = "draft-bare-source"
    bare = curated(SEOUL_ODENSE)
    add_proposed(folders, bare, rid=rid, gazetteer=default_gazetteer(),
                 source={**bare["source"], "publisher": "", "published": None})
    at = run("pages/7_Review.py", "rita")
    at.text_input(key=f"rv_{rid}_published").input("2024-03-18").run()
    at.text_input(key=f"rv_{rid}_reason").input("the date on the page").run()
    review.edit(folders, "rita", rid, {"source": {"publisher": "Seoul Metropolitan Government"}},
                version=1, reason="credited")  # another reviewer, meanwhile
    at.button(key=f"rv_{rid}_edit_publish").click().run()  # told it changed; the form is kept
    at.button(key=f"rv_{rid}_edit_publish").click().run()  # now "Save edit", on top
    got = review.get(folders, rid).record["source"]
    assert (got["publisher"], got["published"]) == ("Seoul Metropolitan Government", "2024-03-18")


def test_an_articles_record_without_publisher_or_date_cannot_be_published_as_it_is(folders):  # noqa: F811
    from geo.gazetteer import default_gazetteer
    from tests.db.review_helpers import add_proposed, curated

    rid = "draft-undated-source"
    bare = curated(SEOUL_ODENSE)
    add_proposed(folders, bare, rid=rid, gazetteer=default_gazetteer(),
                 source={**bare["source"], "publisher": "", "published": None})
    at = run("pages/7_Review.py", "rita")
    assert at.button(key=f"rv_{rid}_publish").disabled  # fill them in first
    with pytest.raises(review.ReviewError, match="publisher and publication date"):
        review.publish(folders, "rita", rid, version=1)
    with pytest.raises(review.ReviewError, match="publisher and publication date"):
        review.publish_many(folders, "rita", [(rid, 1), (DRAFT, review.get(folders, DRAFT).version)])
    assert review.get(folders, DRAFT).status == "proposed"  # all or none


def test_an_address_a_browser_would_read_another_host_in_shows_no_host(folders):  # noqa: F811
    from geo.gazetteer import default_gazetteer
    from tests.db.review_helpers import add_proposed, curated

    proposed = curated(SEOUL_ODENSE)  # the browser would go to evil.example, not www.busan.go.kr
    add_proposed(folders, proposed, rid="draft-with-a-spoof", gazetteer=default_gazetteer(),
                 source={**proposed["source"], "url": "http://evil.example&sol;@www.busan.go.kr/news"})
    at = run("pages/7_Review.py", "rita")
    shown = [c.value.replace("\\", "") for c in at.caption if c.value.startswith("Address:")]
    assert len(shown) == 1 and "**?**" in shown[0] and "**www.busan.go.kr**" not in shown[0]


def test_labels_the_browser_sends_back_from_before_a_language_switch_are_no_edit(folders):  # noqa: F811
    """A run cut short after a switch leaves widgets with the old language's labels in the browser,
    which sends them back as values: they are read as the values they label, so Publish stays."""
    at = run("pages/7_Review.py", "rita")
    names = ("type", "sectors", "pl_partner", "pl_venue")
    ids = {_widget(at, n).id for n in names}
    english = held_states(at, ids)  # what the browser holds
    assert sorted(w.string_value or w.string_array_value.data[0] for w in english) == [
        "MOU", "Odense (Denmark)", "Odense (Denmark)", "Robotics"]  # (signed in Odense: the venue)
    at.radio(key="lang").set_value("ko").run()
    send_held_next_run(at, english)  # (a switched run that stopped before these widgets)
    at.run()
    assert not at.exception
    assert at.multiselect(key=f"rv_{DRAFT}_pl_partner").value == ["dk-odense"]
    assert at.multiselect(key=f"rv_{DRAFT}_sectors").value == ["robotics"]
    assert at.selectbox(key=f"rv_{DRAFT}_type").value == "mou"
    assert at.selectbox(key=f"rv_{DRAFT}_pl_venue").value == "dk-odense"
    assert not at.button(key=f"rv_{DRAFT}_publish").disabled


def _widget(at, name: str):
    key = f"rv_{DRAFT}_{name}"
    return at.selectbox(key=key) if name in ("type", "pl_venue") else at.multiselect(key=key)


def test_the_forms_texts_are_their_widgets_defaults_once_drawn(folders):  # noqa: F811
    # A widget the browser draws anew (after a language switch on a busy machine) starts from its
    # default: with none it started empty and sent that back as an edit of both summaries.
    at = run("pages/7_Review.py", "rita")
    summary = at.text_area(key=f"rv_{DRAFT}_summary_en").value
    assert summary  # the draft has a summary
    at.run()
    assert at.text_area(key=f"rv_{DRAFT}_summary_en").proto.default == summary
    assert at.text_input(key=f"rv_{DRAFT}_published").proto.default == at.text_input(key=f"rv_{DRAFT}_published").value
    at.text_area(key=f"rv_{DRAFT}_summary_en").input("A reviewer's own words.").run()
    assert at.text_area(key=f"rv_{DRAFT}_summary_en").proto.default == "A reviewer's own words."
    assert not at.button(key=f"rv_{DRAFT}_edit_publish").disabled
    assert not at.exception


def test_a_sheets_row_asks_for_no_publisher_or_date_while_an_article_does(folders):  # noqa: F811
    # (a sheet's row showed 'Publication date (required)' empty, and published: the label misled)
    from geo.gazetteer import default_gazetteer
    from partnerships import proposals, store
    from partnerships.tables import plan

    sheet = "자치단체,국가,상대도시,구분,체결일\n부산광역시,태국,방콕,자매결연,2019-05-07\n"
    sink = proposals.default_sink(who="a test", check_role=False)
    assert plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=default_gazetteer()).added == 1
    row = next(r.id for r in store.read_records(store.engine()).records if "table_row" in r.extra)
    at = run("pages/7_Review.py", "rita")
    assert at.text_input(key=f"rv_{row}_published").label == "Publication date, YYYY-MM-DD"
    assert at.text_input(key=f"rv_{row}_publisher").label == "Publisher"
    assert at.text_input(key=f"rv_{DRAFT}_published").label.endswith("(required)")

"""Pages whose markup Python's HTML parser chokes on: read as text, or refused with a message,
never a traceback; and a crowded article is refused within the reader's time limit."""

from __future__ import annotations

import pytest

from partnerships.extract.clean import html_to_text, load_article
from partnerships.extract.errors import ArticleError
from partnerships.extract.furniture import _EMAIL
from partnerships.extract.groups import build
from partnerships.extract.groups.fitting import assemble
from partnerships.extract.markup_guard import defused, feed_page
from partnerships.extract.sentences import split

BODY = "<p>서울시는 13일 덴마크 오덴세시와 로봇 산업 협력을 위한 업무협약을 체결했다.</p>"
PAGE = f"<html><head><title>기사</title></head><body><article>{BODY}</article></body></html>"


def test_a_page_that_parses_cleanly_is_fed_unchanged():
    assert defused(PAGE) == PAGE
    assert defused("<p>a < b 이고 c<d</p>" + PAGE) == "<p>a < b 이고 c<d</p>" + PAGE  # a few strays stay


@pytest.mark.parametrize("junk", ["<a", "</", "<?", "< "])
def test_a_run_of_unfinished_markup_is_written_out_as_text(junk):
    page = PAGE.replace("<article>", "<article>" + junk * 20_000)
    out = defused(page)
    assert "<a<a" not in out and "</</" not in out and "<?<?" not in out
    assert BODY in out  # the real markup is left as it was
    assert "오덴세시와" in html_to_text(page)


def test_a_marked_section_the_parser_asserts_on_is_read_as_text():
    text = html_to_text(PAGE.replace("<article>", "<article><![x"))
    assert "오덴세시와" in text


def test_a_character_reference_too_long_to_convert_becomes_a_replacement_character():
    text = html_to_text(PAGE.replace("<article>", "<article>&#" + "1" * 5000 + ";"))
    assert "\ufffd" in text and "오덴세시와" in text


def test_what_the_parser_still_raises_is_an_article_error():
    class Broken:
        def feed(self, data):
            raise AssertionError("unknown status keyword")

        def close(self):
            pass

    with pytest.raises(ArticleError, match="HTML cannot be read"):
        feed_page(Broken(), PAGE)


def test_the_address_pattern_still_finds_a_whole_address():
    assert _EMAIL.search("가" * 3000) is None
    assert _EMAIL.search("문의: hong.gil-dong+news@city.go.kr").group(0) == "hong.gil-dong+news@city.go.kr"


def test_gathering_mentions_stops_when_the_time_is_up(gazetteer):
    assert assemble([], on_time=lambda: False) == []
    article = load_article("서울시는 13일 덴마크 오덴세시와 로봇 업무협약을 체결했다.".encode())
    groups, _ = build(article, split(article), gazetteer)
    mentions = [m for g in groups for m in g.mentions]
    assert mentions and assemble(mentions, on_time=lambda: False) is None


@pytest.mark.parametrize("opening", ["<!--", "<![CDATA["])
def test_openings_never_closed_are_written_out_as_text(opening):
    page = PAGE.replace("</article>", "</article>" + opening * 20_000)
    assert opening * 2 not in defused(page)
    assert "오덴세시와" in html_to_text(page)


def test_an_ordinary_pages_markup_is_left_as_it_is():
    script = "<script>for (var i = 0; i < n; i++) { if (a<b) x(); }</script>" * 300  # 600 '<' of code
    image = '<img src="data:image/png;base64,' + "A" * 9000 + '">'  # a tag far longer than most
    page = PAGE.replace("<article>", "<article>" + image).replace("</body>", script + "</body>")
    assert defused(page) == page
    assert "오덴세시와" in html_to_text(page)


def test_conditional_comments_and_zero_padded_references_read_as_before():
    page = PAGE.replace("<article>", "<article><![if !IE]><p>&#00000000065;</p><![endif]>")
    text = html_to_text(page)
    assert "<![if" not in text and "A" in text and "\ufffd" not in text

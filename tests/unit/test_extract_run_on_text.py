"""Text crowded with agreement words, with no sentence end, is read in pieces or refused in time."""

import pytest

from partnerships import intake
from partnerships.extract.clean import load_article
from partnerships.extract.errors import ArticleError
from partnerships.extract.groups import build
from partnerships.extract.sentences import MAX_SENTENCE, split

RUN_ON = "서울시 도쿄 업무협약 " * 600  # 7,200 characters and 600 agreement words, no full stop


def test_a_run_on_line_is_cut_into_sentences_at_spaces():
    article = load_article(RUN_ON.encode())
    sentences = split(article)
    assert len(sentences) >= len(RUN_ON) // MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    words = set(RUN_ON.split())
    assert all(set(s.text.split()) <= words for s in sentences)  # no word cut in two


def test_ordinary_sentences_are_left_whole():
    line = "서울시는 덴마크 오덴세시와 로봇 산업 협력을 위한 업무협약을 체결했다고 밝혔다. " * 3
    sentences = split(load_article(line.encode()))
    assert [s.text for s in sentences] == [line.split(". ")[0] + "."] * 3


def test_an_article_not_read_in_time_is_refused_with_its_reason(gazetteer):
    article = load_article(RUN_ON.encode())
    with pytest.raises(ArticleError, match="too slow to read") as caught:
        build(article, split(article), gazetteer, seconds=0.0)
    assert intake.classify(caught.value).code == "too_slow"

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


def test_a_line_broken_off_mid_sentence_is_read_on_with_the_next():
    text = ("남원시는 16일 시청 대회의실에서 시장과 페루 쿠스코시 부시장 등이 참석한 가운데\n"
            "'문화관광 교류 협력 업무협약'을 체결했다고 17일 밝혔다.\n"
            "- 두 도시는 관광객 교류와 축제 상호 참가에 협력하기로\n"
            "- 내년에는 청소년 교류도 추진")
    sentences = split(load_article(text.encode()))
    first = sentences[0]
    assert first.text.startswith("남원시는") and first.text.endswith("밝혔다.") and "\n" not in first.text
    assert first.line == 0 and any(t.form == "체결" for t in first.tokens)  # one sentence, read by Kiwi
    assert [s.text[:4] for s in sentences[1:]] == ["- 두 ", "- 내년"]  # a list's items stay apart


def test_short_lines_and_finished_sentences_are_not_run_on():
    text = "포스텍, 남아공 대학과\n연구 협약\n서울시는 12일 협약을 체결했다고 밝혔다\n부산시도 같은 날 협약을 맺었다."
    assert [s.text for s in split(load_article(text.encode()))] == text.split("\n")


def test_a_text_with_more_agreements_than_one_article_holds_is_refused_with_its_reason(gazetteer):
    from partnerships.extract import extract
    from partnerships.extract.pipeline import MAX_RECORDS

    cities = [p for p in gazetteer if p.kind == "city" and p.country != "KR" and len(p.name_ko or "") >= 3]
    line = "서울시는 2019년 3월 {day}일 {name}시와 로봇 분야 업무협약을 체결했다."
    few = "\n".join(line.format(day=i % 28 + 1, name=p.name_ko) for i, p in enumerate(cities[:12]))
    assert 5 < len(extract(few, gazetteer=gazetteer, published="2019-04-01").candidates) <= MAX_RECORDS
    many = "\n".join(line.format(day=i % 28 + 1, name=p.name_ko) for i, p in enumerate(cities[:MAX_RECORDS * 3 // 2]))
    with pytest.raises(ArticleError, match="too many agreements") as caught:
        extract(many, gazetteer=gazetteer, published="2019-04-01")
    refused = intake.classify(caught.value)
    assert refused.code == "too_many" and refused.fields["limit"] == str(MAX_RECORDS)


def test_text_copied_from_a_phone_reads_its_broken_lines_as_sentences(gazetteer):
    """heldout137: every line cut at the screen's width, mid-sentence and mid-word."""
    from tests.helpers.extraction import record_keys

    text = ("기사입력 2019.06.20 17:30\n\n대구시가 베트남 중부 최대 도시\n다낭시와 손잡고 지역 물기업의 동남\n"
            "아 진출에 나선다.\n\n대구시는 19일 다낭시청에서 다낭시\n인민위원회와 '물산업 발전 및 수자원\n"
            "관리 협력을 위한 양해각서(MOU)'\n를 체결했다고 20일 밝혔다.\n\n양측은 물관리 기술 교류와 인력\n"
            "연수를 함께 추진하기로 했다.\n")
    art = load_article(text)
    assert any("양해각서(MOU)' 를 체결했다고" in s.text for s in split(art))
    assert record_keys(text, gazetteer, "2019-06-20") == [("mou", 2019, ("kr-daegu",), ("vn-da-nang",))]


def test_short_lines_of_a_list_are_not_run_together():
    lines = ["서울시 자매도시 목록", "1993년 베이징시(중국) 자매결연", "1988년 도쿄도(일본) 자매결연",
             "1996년 하노이시(베트남) 자매결연", "2006년 방콕시(태국) 자매결연", "1991년 모스크바시(러시아) 자매결연",
             "1997년 카이로시(이집트) 자매결연", "2000년 로마시(이탈리아) 자매결연", "1991년 파리시(프랑스) 자매결연",
             "2006년 앙카라시(터키) 자매결연"]
    art = load_article("\n".join(lines) + "\n")
    assert len(split(art)) >= len(lines) - 1

"""The link to a view: the page's address with every parameter value, repeated keys kept in order,
Hangul and spaces encoded."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from ui.shell.share import view_url


def test_the_link_keeps_every_value_and_reads_back_the_same():
    params = {"type": ["mou", "loi"], "q": ["서울 로봇"], "lang": ["ko"]}
    url = view_url("http://127.0.0.1:8501/Agreements", params)
    parts = urlsplit(url)
    assert parts.path == "/Agreements" and " " not in url
    assert parse_qs(parts.query) == params


def test_no_parameters_no_question_mark():
    assert view_url("http://127.0.0.1:8501/", {}) == "http://127.0.0.1:8501/"

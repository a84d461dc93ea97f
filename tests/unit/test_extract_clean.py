"""Raw pages -> article text: encodings, HTML, page furniture, unusable input."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerships.errors import DataError
from partnerships.extract.clean import clean, decode, html_to_text, load_article, to_text
from partnerships.extract.errors import ArticleError

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "eval" / "dev"
# f02 fixture, first lines
KOREAN = ("광주시, 남아공 케이프타운과 인공지능 산업 협력 업무협약\n"
          "광주시는 지난 12일 케이프타운시와 업무협약(MOU)을 체결했다고 14일 밝혔다.\n")


def _content(path: Path) -> str:
    return "\n".join(line.text for line in load_article(path.read_bytes()).content)


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-8", "utf-8-sig", "utf-16"])
def test_decode_korean_encodings(encoding):
    # CP949/EUC-KR is what older Korean portals and government sites serve
    assert decode(KOREAN.encode(encoding)) == KOREAN


def test_decode_cp949_only_characters():
    # '똠' and '햏' exist in CP949 but not in plain EUC-KR (seen on older Korean blog pages)
    text = "똠양꿍 축제와 햏자 교류 행사에서 업무협약을 체결했다.\n" * 3
    assert decode(text.encode("cp949")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (bytes(range(256)) * 8, "binary"),  # random binary (NUL bytes)
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\xff" * 200, "binary"),  # an image
        # a NUL byte far into an otherwise good article: refused whole, with where it is
        pytest.param(("서울시와 오덴세시가 업무협약을 체결했다.\n" * 400).encode() + b"\x00",
                     "NUL byte at byte 23,600", id="late-NUL"),
    ],
)
def test_unusable_bytes(data, message):
    with pytest.raises(ArticleError, match=message):
        load_article(data)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(codec):
    text = "부산시는 12일 베트남 호찌민시와 항만 협력 업무협약(MOU)을 체결했다고 13일 밝혔다.\n" * 3
    assert decode(text.encode(codec)) == text


def test_other_language_is_refused():
    text = ("Seoul and Odense signed a memorandum of understanding on robotics on 13 March 2024. "
            "The agreement covers policy sharing and joint exhibitions.\n") * 3
    with pytest.raises(ArticleError, match="not a Korean article") as info:
        load_article(text)
    assert isinstance(info.value, DataError)


def test_html_page_to_text():
    html = ("<html><head><title>x</title><script>var ad = '업무협약';</script></head><body>"
            "<nav>뉴스 | 정치 | 경제</nav><article><h1>울산시, 함부르크와 업무협약</h1>"
            "<p>울산시가 독일 함부르크와 수소 산업 분야 업무협약을 체결했다.</p>"
            "<p>두 도시는 공동 연구를 하기로 했다.&nbsp;</p></article>"
            "<footer>Copyright 경제일보</footer></body></html>")
    text = html_to_text(html)
    assert "울산시가 독일 함부르크와 수소 산업 분야 업무협약을 체결했다." in text.splitlines()
    assert "var ad" not in text and "정치" not in text and "Copyright" not in text


def test_html_bytes_in_cp949():
    html = "<html><body><p>인천시가 나이로비와 우호협력도시 협약을 체결했다.</p></body></html>"
    assert "인천시가 나이로비와" in to_text(html.encode("cp949"))


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        # seed 001: related-article list and newsletter box after the story
        ("001_01205c7f5ce77c6a.txt", "공식 출범했다", "Arm Total Access 라이선스 계약 체결"),
        ("001_01205c7f5ce77c6a.txt", "265억원을 투자한다", "Join our Newsletter"),
        # seed 002: comment counter and a shop widget after the release
        ("002_322a285842e0d4fc.txt", "스마트도시 로드쇼를 개최했다", "OHP필름 A3"),
        # seed 003: image markdown and copyright line
        ("003_7cdbec0e616b3126.txt", "공동의향서(LOI)를 체결했다", "](https://img1.newsis.com"),
        # seed 004: blog furniture between posts; the third post stays
        ("004_3b3a5901f31adbfd.txt", "GRC 사무국 개소식", "728x90"),
        ("004_3b3a5901f31adbfd.txt", "수출 계약을 체결하는", "댓글()"),
    ],
)
def test_seed_furniture(name, kept, dropped):
    body = _content(SEEDS / name)
    assert kept in body
    assert dropped not in body


def test_noisy_portal_page():
    # f04 fixture: menus, ads, share buttons, counters and a most-read list around the story
    body = _content(FIXTURES / "f04_gyeonggi_portal_noisy.txt")
    assert "320만 달러 규모의 수출 계약을 체결했다" in body
    for furniture in ("회원가입", "정치 | 경제", "[광고]", "기사스크랩", "좋아요 34",
                      "울란바토르와 자매결연", "싱가포르와 스마트항만", "hong@economy-daily.co.kr"):
        assert furniture not in body, furniture


def test_menu_spaced_out_with_a_breadcrumb_is_furniture():
    # a section menu whose items are separated by spaces only, then the story's section:
    # the provinces named in it are not sides of the story; a schedule row with days stays
    page = ("뉴스통신\n전체  정치  경제  사회  전국  세계  문화  |  전국 > 대전·세종·충남\n"
            "대전시는 21일 캐나다 캘거리시와 업무협약을 맺었다고 22일 밝혔다.\n"
            "10.21  캘거리  협약식  시장  참석\n")
    body = "\n".join(line.text for line in clean(page).content)
    assert "대전시는 21일" in body
    assert "세종" not in body
    assert "10.21  캘거리" in body


def test_clean_keeps_offsets():
    text = "광고\n서울시는 오덴세와 업무협약을 체결했다.\n댓글 3\n다른 기사 목록\n"
    article = clean(text)
    (line,) = article.content
    assert text[line.start:line.end] == "서울시는 오덴세와 업무협약을 체결했다."


def test_a_comment_count_beside_the_byline_does_not_end_the_article():
    text = ("청주시, 베트남 다낭시와 관광 협약\n박지민 기자\n입력 2025.04.02 10:00\n댓글 5\n\n"
            "청주시는 지난 1일 베트남 다낭시와 관광 교류 업무협약을 체결했다고 2일 밝혔다.\n\n"
            "양 도시는 관광객 상호 유치에 힘을 모으기로 했다.\n\n댓글 5\n좋은 소식이네요\n")
    article = clean(text)
    content = [line.text for line in article.lines if line.content]
    assert any("체결했다고" in t for t in content) and any("힘을 모으기로" in t for t in content)
    assert "좋은 소식이네요" not in content  # the comment box after the body is still cut


def test_a_line_of_prose_is_told_by_its_ending_as_the_old_pattern_told_it():
    """body_sentence reads a line from its end; on short lines it answers as the pattern it
    replaced, which searched from every Hangul letter (seconds per 100 KB line without an ending)."""
    import random
    import re

    from partnerships.extract.furniture import body_sentence

    old = re.compile(r"[가-힣].{10,}(?:다|요)\.[\"'”’]*\s*$")
    rng = random.Random(5)
    pieces = ["가", "협약", "다.", "요.", " ", "a", "1", "”", "'", "했다.", "\t", "다", "."]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    lines += ["서울시는 오덴세시와 협약을 체결했다.", "가1234567890했다.", "가123456789했다.", "협약했어요.”  "]
    assert [body_sentence(x) for x in lines] == [bool(old.search(x)) for x in lines]


@pytest.mark.parametrize("line", [
    "첨부파일 160926 디트로이트 수출상담회 및 MOU 체결(투자통상과).hwp 사진1.jpg 사진2.jpg",
    "붙임: 협약식 사진.jpg",
    "첨부 보도자료_오덴세시 업무협약.pdf",
])
def test_a_release_s_attached_files_are_furniture(line):
    # heldout131's city release: the file list named an MOU and the city it was held in
    text = f"대구시는 22일 미시간주와 업무협약을 맺었다.\n{line}\n"
    body = [ln.text for ln in clean(text).content]
    assert body == ["대구시는 22일 미시간주와 업무협약을 맺었다."]


def test_a_related_link_marked_with_an_angle_bracket_and_dated_is_furniture():
    # heldout137's blog: '> 전주시, 중국 쑤저우시와 자매결연 협정 체결 (2012.09)' under the post
    text = "전주시와 피렌체시가 함께 마련한 교류전이 열렸다.\n> 전주시, 중국 쑤저우시와 자매결연 협정 체결 (2012.09)\n"
    assert [ln.text for ln in clean(text).content] == ["전주시와 피렌체시가 함께 마련한 교류전이 열렸다."]

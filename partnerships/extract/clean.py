"""Raw article -> text, and which lines of it are the article (not menus, ads, related lists).

Offsets everywhere in the extractor refer to `Article.text`: for a plain-text file that is the
file's content, for HTML it is the text made by `html_to_text`.  Cleaning never rewrites the
text; it only marks which line spans hold the article, so evidence stays verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from charset_normalizer import from_bytes

from geo import jsonio
from geo.names import CONTROLS
from partnerships.extract.errors import ArticleError
from partnerships.extract.furniture import (
    COMMENT_COUNTER,
    CUT_MARKERS,
    DATE_IN_LINE,
    HANGUL,
    LIST_ITEM,
    RESULTS_HEADING,
    SITE_SUFFIX,
    body_sentence,
    classify,
)
from partnerships.extract.markup_guard import feed_page

_LETTER = re.compile(r"[^\W\d_]")
# Hangul letters that make English-mixed copy (a newsletter, a bilingual release) Korean enough to read
MIXED_HANGUL = 150
_DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select", "template"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "table", "section", "article", "figure", "figcaption", "blockquote", "dd", "dt",
               "title", "hr", "pre", "header"}

_HTML_DOC = re.compile(r"<(?:html|body|!doctype)", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span)\b", re.I)


@dataclass(frozen=True)
class Line:
    """One line of the article text: [start, end) offsets and whether it is article content."""

    start: int
    end: int
    text: str
    content: bool
    why: str = ""


@dataclass(frozen=True)
class Article:
    """Decoded article text and its line classification; for an HTML page, the publication
    date its metadata gives (with the tag it came from) and the first <time datetime>."""

    text: str
    lines: tuple[Line, ...]
    meta_date: tuple[dt.date, str] | None = None
    time_date: dt.date | None = None

    @property
    def content(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.content)


def decode(data: bytes) -> str:
    """Bytes -> str: UTF-8 (with or without BOM) first, else the charset charset-normalizer finds
    (CP949/EUC-KR pages).  Raises ArticleError for empty or binary input."""
    if not data.strip():
        raise ArticleError("empty input: there is no text to read")
    bom = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    if bom or (codec := _utf16_without_bom(data)):
        try:
            text = data.decode("utf-16" if bom else codec)
        except UnicodeDecodeError:
            pass
        else:  # (without a mark, only text that reads as Hangul and plain ASCII)
            if "\x00" not in text and (bom or (_control_ratio(text) <= 0.05 and _plain_ratio(text) >= 0.9)):
                return text
    if (at := data.find(b"\x00")) >= 0:
        raise ArticleError(f"binary input (a NUL byte at byte {at:,}): give the article as text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    best = from_bytes(data).best()
    if best is None:
        bad = data.decode("utf-8", "replace").count("\ufffd") - data.count("\ufffd".encode())
        if bad <= max(8, len(data) // 1000):  # text in UTF-8 but for a few broken bytes: say so
            raise ArticleError(f"UTF-8 text with a few broken bytes, the first at byte {first_bad:,}: the file "
                               "was cut or damaged; save it again as UTF-8")
        raise ArticleError("binary input: no text encoding fits these bytes")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise ArticleError("binary input: decoded text is mostly control characters")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text without a byte-order mark:
    an even length and NUL bytes on one side of the pairs (spaces, digits and Latin letters), none
    on the other."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd >= pairs * 0.05 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.05 and odd == 0:
        return "utf-16-be"
    return None


def _plain_ratio(text: str) -> float:
    """The share of Hangul and printable ASCII (with line breaks and tabs) in the text's start."""
    sample = text[:4000]
    plain = sum(1 for ch in sample if " " <= ch <= "~" or ch in "\n\r\t" or "\uac00" <= ch <= "\ud7a3")
    return plain / max(1, len(sample))


def _control_ratio(text: str) -> float:
    sample = text[:4000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t")
    return bad / max(1, len(sample))


_ARTICLE_HEAD = re.compile(r"article|news|view|title|headline|subject|art_|arti", re.I)
_ISO_DAY = re.compile(r"^\s*((?:19|20)\d{2})-(\d{2})-(\d{2})")
_META_DATE_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
                   "pubdate", "publishdate", "date", "dc.date.issued", "dc.date")


def _iso_day(value: str | None) -> dt.date | None:
    m = _ISO_DAY.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_META_TEXT_KEYS = {"og:title", "og:description", "description"}
# a page whose visible text has fewer Hangul letters than this is read from its metadata too
_THIN_PAGE = 40


def _json_ld_text(data: object, key: str) -> str:
    """A text field (headline, articleBody) anywhere in a JSON-LD document."""
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            return data[key].strip()
        values = list(data.values())
    elif isinstance(data, list):
        values = data
    else:
        return ""
    for value in values:
        if isinstance(value, (dict, list)) and (found := _json_ld_text(value, key)):
            return found
    return ""


def _json_ld_date(data: object) -> str | None:
    """datePublished anywhere in a JSON-LD document (object, list or @graph)."""
    if isinstance(data, dict):
        if isinstance(data.get("datePublished"), str):
            return data["datePublished"]
        for value in data.values():
            if isinstance(value, (dict, list)) and (found := _json_ld_date(value)):
                return found
    elif isinstance(data, list):
        for item in data:
            if found := _json_ld_date(item):
                return found
    return None


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self.meta: dict[str, str] = {}
        self.meta_text: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.times: list[str] = []
        self._in_json_ld = False
        self._in_article = 0  # an article's own <header> holds its headline: kept
        self._kept_headers: list[bool] = []

    def _note_metadata(self, tag: str, attrs) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _META_DATE_KEYS and a.get("content"):
                self.meta.setdefault(key, a["content"])
            if key in _META_TEXT_KEYS and a.get("content"):
                self.meta_text.setdefault(key, a["content"])
        elif tag == "script" and "ld+json" in a.get("type", ""):
            self._in_json_ld = True
            self.json_ld.append("")
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])

    def handle_starttag(self, tag: str, attrs) -> None:
        self._note_metadata(tag, attrs)
        if tag in ("article", "main"):
            self._in_article += 1
        if tag == "header":  # an article's own header (its headline) is kept, a site's is not
            names = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
            self._kept_headers.append(bool(self._in_article or _ARTICLE_HEAD.search(names)))
        if tag in _DROP_TAGS and not (tag == "header" and self._kept_headers[-1]):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "img" and not self._skip:
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f"\n{alt}\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json_ld = False
        if tag in ("article", "main"):
            self._in_article = max(0, self._in_article - 1)
        kept_header = tag == "header" and bool(self._kept_headers) and self._kept_headers.pop()
        if tag in _DROP_TAGS and not kept_header:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th") and not self._skip:
            self.parts.append(" ")  # a table's cells stay apart ('등록일', '2012-05-21')

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld[-1] += data
        if not self._skip:
            self.parts.append(data)

    def published(self) -> tuple[dt.date, str] | None:
        """The page's publication date from its metadata, with the tag it came from."""
        for key in _META_DATE_KEYS:
            if (day := _iso_day(self.meta.get(key))) is not None:
                return day, key
        for block in self.json_ld:
            try:
                found = _json_ld_date(jsonio.loads(block))  # bounded: 100,000 nested '[' raised RecursionError
            except ValueError:
                continue
            if (day := _iso_day(found)) is not None:
                return day, "JSON-LD datePublished"
        return None

    def described(self) -> str:
        """The article as the page's metadata tells it (JSON-LD headline and articleBody, else
        og:title and og:description): for pages that fill in their body with a script."""
        for block in self.json_ld:
            try:
                data = jsonio.loads(block)  # bounded like the date look-up above
            except ValueError:
                continue
            head, body = _json_ld_text(data, "headline"), _json_ld_text(data, "articleBody")
            if body:
                return f"{head}\n\n{body}" if head else body
        head = self.meta_text.get("og:title", "")
        body = self.meta_text.get("og:description") or self.meta_text.get("description", "")
        return "\n\n".join(x for x in (head, body) if x)

    def first_time(self) -> dt.date | None:
        return next((d for t in self.times if (d := _iso_day(t)) is not None), None)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML page or fragment rather than plain text."""
    head = text[:2000]
    return bool(_HTML_DOC.search(head)) or len(_HTML_TAG.findall(head)) >= 3


def _parse_html(html: str) -> tuple[str, _TextParser]:
    parser = _TextParser()
    feed_page(parser, html)
    text = unescape("".join(parser.parts))
    if len(HANGUL.findall(text)) < _THIN_PAGE and (described := parser.described()):
        text = f"{text}\n\n{described}\n"  # the body is drawn by a script: read the metadata
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip() + "\n", parser


def html_to_text(html: str) -> str:
    """HTML -> plain text: scripts, styles, nav, header, footer and forms dropped, blocks on lines."""
    return _parse_html(html)[0]


def to_text(data: bytes | str) -> str:
    """Raw input (bytes or str, plain text or HTML) -> article text."""
    return _to_text(data)[0]


_MD_HEADING = re.compile(r"(?m)^(#{1,6})(?=[ \t])")  # a saved Markdown file's heading marks ('# 김해시, …')


def _to_text(data: bytes | str) -> tuple[str, _TextParser | None]:
    text = (decode(data) if isinstance(data, bytes) else data).translate(CONTROLS)  # (no article needs one)
    if looks_like_html(text):
        return _parse_html(text)
    return _MD_HEADING.sub(lambda m: " " * len(m.group(1)), text), None  # (blanked: offsets stay)


# ... nor a site's 'today' widget, which shows the weather beside the date ('2025.12.05.(금) 날씨 맑음 2℃')
_NOT_PAGE_DATE = re.compile(r"수집|크롤|스크랩|저장일|접속일|열람|조회일|출력일|인쇄일|현재\s?시각|today|날씨|기온|"
                            r"맑음|흐림|[-\d.]+\s?(?:℃|°C)", re.I)


def is_post_header(line: str) -> bool:
    """A short line mostly a date ('정부시책|2021. 4. 6. 15:48', '2024. 3. 18.(월) 조간용'); no crawl date."""
    s = line.strip()
    if _NOT_PAGE_DATE.search(s):
        return False
    m = DATE_IN_LINE.search(s)
    if not m or len(s) > 40:
        return False
    rest = s[: m.start()] + s[m.end():]
    return len(HANGUL.findall(rest)) <= 8 and not re.search(r"(다|요)\.?\s*$", s)


def clean(text: str) -> Article:
    """Split the text into lines and mark which are article content."""
    lines: list[Line] = []
    cut = listing = False
    body_seen = False
    menu_cut = -1  # where a marker before any body line cut: a site menu's item ('포토뉴스'), maybe
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, end = pos, pos + len(raw.rstrip("\r\n"))
        pos += len(raw)
        s = text[start:end]
        if (site := SITE_SUFFIX.search(s)) and site.start() >= 10:  # a page title's ' - 제주남부신문'
            end = start + site.start()
            s = text[start:end]
        if COMMENT_COUNTER.match(s) and not body_seen:
            # '댓글 3' beside the byline counts comments; the comment box comes after the body
            lines.append(Line(start, end, s, False, "comment counter"))
            continue
        if CUT_MARKERS.match(s):
            cut = True
            menu_cut = len(lines) if not body_seen else -1
            lines.append(Line(start, end, s, False, "related/comments list"))
            continue
        if cut and is_post_header(s):
            cut = False
        if cut and menu_cut >= 0 and body_sentence(s) and not classify(s):
            cut = False  # the article's body follows a menu's '포토뉴스': its heading and stamps count again
            lines[menu_cut + 1:] = [_reclassified(x) for x in lines[menu_cut + 1:]]
            menu_cut = -1
        listing = bool(RESULTS_HEADING.match(s)) or (listing and (not s.strip() or bool(LIST_ITEM.match(s))))
        if listing and s.strip():
            lines.append(Line(start, end, s, False, "list of past results"))
            continue
        why = "after related/comments marker" if cut else classify(s)
        lines.append(Line(start, end, s, not why, why))
        body_seen = body_seen or (not why and body_sentence(s))
    return Article(text, tuple(lines))


def _reclassified(line: Line) -> Line:
    """A line cut as following a related-list marker, judged on its own (a list item stays cut)."""
    if line.why != "after related/comments marker" or LIST_ITEM.match(line.text):
        return line
    why = classify(line.text)
    return Line(line.start, line.end, line.text, not why, why)


def hangul_ratio(text: str) -> float:
    """Share of letters that are Hangul (0..1)."""
    letters = len(_LETTER.findall(text))
    return len(HANGUL.findall(text)) / letters if letters else 0.0


def load_article(data: bytes | str) -> Article:
    """Raw input -> cleaned Article.  Raises ArticleError for empty, binary or non-Korean input."""
    text, parser = _to_text(data)
    if not text.strip():
        raise ArticleError("empty input: there is no text to read")
    article = clean(text)
    if parser is not None:
        article = Article(article.text, article.lines, parser.published(), parser.first_time())
    body = "\n".join(line.text for line in article.content)
    if hangul_ratio(body) < 0.3 and len(HANGUL.findall(body)) < MIXED_HANGUL:
        raise ArticleError("not a Korean article: less than 30% of its letters are Hangul; "
                           "the extractor reads Korean news articles and press releases")
    return article

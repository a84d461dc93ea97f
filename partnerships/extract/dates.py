"""Dates in Korean articles: find mentions, resolve relative ones, find the publication date.

Forms found (each has a test): '2024. 3. 18.(월)', '2024년 4월 20일', '2022.08.04.', '2019년 11월',
'2014년', "'14년", '3월 13일', '3.13', '(3.13)', '10.6~10.7', '23.7' (year.month), '11월 24~27일',
'3일', '지난해', '작년', '올해', '내년', '오는 11월', '지난 1월', '지난해 5월', '연내'.

A mention without a year takes it from the publication date and says so in its basis
('inferred: ...').  The publication date comes from the article's header line, its byline or
photo captions, never blindly: a page date that the text contradicts (a year spoken of in the
future tense that is earlier than the page's year) gives way to what the text says.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from partnerships.extract.clean import Article, is_post_header
from partnerships.extract.event_years import year_of_held_events, year_of_this_years_plan
from partnerships.extract.mastheads import could_be_published, issue_month, masthead_date, sign_off_date
from partnerships.extract.officeholders import year_from_office
from partnerships.extract.sentences import Sentence, Token

_Y4 = r"((?:19|20)\d{2})"
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
             r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(_Y4 + r"\s*(?:년|[./-])\s*(\d{1,2})\s*(?:월|[./-])\s*(\d{1,2})(?!\d)\s*(?:일|\.)?")),
    ("ymd_slash", re.compile(_Y4 + r"/(\d{1,2})/(\d{1,2})(?!\d)")),
    # a release's two-digit year ("'25.6.17.(화)", "’24. 3. 5."): only with its apostrophe
    ("yy_md", re.compile(r"['’‘`](\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})(?!\d)\.?")),
    ("ym", re.compile(_Y4 + r"\s*년\s*(\d{1,2})\s*월")),
    ("yy_range", re.compile(r"['’‘`](\d{2})\s*[~∼-]\s*['’‘`]?(\d{2})\s*년")),
    ("y", re.compile(_Y4 + r"\s*년")),
    ("y_paren", re.compile(r"(?<=\()" + _Y4 + r"(?=\))")),
    ("yy", re.compile(r"['’‘`](\d{2})\s*년")),
    ("md", re.compile(r"(?<![\d.])(\d{1,2})\s*월\s*(\d{1,2})\s*(?:[~∼-]\s*(\d{1,2})\s*)?일")),
    # a month by its English name in mixed copy ('Feb. 6(현지시간)', 'March 14, 2024', '6 Feb')
    ("en_md", re.compile(rf"(?<![A-Za-z])({_EN_MONTH})\.?\s(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
                         r"(?:,\s?((?:19|20)\d{2}))?"
                         rf"|(?<![\d.:])(\d{{1,2}})\s({_EN_MONTH})\.?(?![A-Za-z])(?:\s((?:19|20)\d{{2}}))?")),
    # a release's month and day with its weekday ('5. 7.(화)')
    ("md_dot", re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s?(?=\([월화수목금토일]\))")),
    ("num_md", re.compile(
        r"(?<![\w.\-])(\d{1,2})\.(\d{1,2})(?:\s*[~∼]\s*(\d{1,2})\.(\d{1,2}))?"
        r"(?![\d.]|\s*(?:%|배|억|만|조|원|명|개|톤|km|kg|점|차|위|p\b))")),
    ("rel_month", re.compile(r"(지난|오는|올해|올|지난해|작년|내년|금년)\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?")),
    ("m", re.compile(r"(?<![\d.])(\d{1,2})\s*월(?![\d가-힣]*일)")),
    ("year_end", re.compile(r"(?:지난해|작년|지난)\s?(?:연말|세밑)")),  # December of the year before
    ("rel_year", re.compile(r"재작년|지난해|작년|전년|올해|금년|내년|명년|연내")),
    ("md_slash", re.compile(r"(?<=\()\s*(\d{1,2})/(\d{1,2})\s*(?=\))")),
    # a report's '(12. 11.)' (not a file name's '(1.3.)세종시…')
    ("md_paren", re.compile(r"(?<=\()\s?(\d{1,2})\.\s?(\d{1,2})\.(?=\)(?![가-힣A-Za-z0-9]))")),
    ("rel_mon", re.compile(r"(지난\s?달|지난달|이번\s?달|이달|다음\s?달|내달)(?:\s?(\d{1,2})\s?일)?")),
    ("rel_day", re.compile(r"(?<![가-힣])(?:오늘(?!날)|금일|이날|전날|전일|어제|그저께|그제)")),
    # a day, or the first of a span of days ('18∼19일')
    ("d", re.compile(r"(?<![\d.~∼〜\-월박])(\d{1,2})\s*(?:[~∼〜-]\s*\d{1,2}\s*)?일"
                     r"(?=\s*\(|\s*(?:부터|까지|오전|오후|에|,|\s))")),
]
_REL_DAY = {"오늘": 0, "금일": 0, "이날": 0, "전날": -1, "전일": -1, "어제": -1, "그저께": -2,
            "그제": -2}
_REL_YEAR = {"재작년": -2, "지난해": -1, "작년": -1, "전년": -1, "올해": 0, "올": 0, "금년": 0,
             "연내": 0, "내년": 1, "명년": 1}
_ORDER = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_PATTERN = dict(_PATTERNS)


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text.  `year` is set only when the text gives it (4 or 2 digits);
    `rel_year` is the offset a relative word gives ('지난해' -1); `rel_month` is '지난'/'오는'."""

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    rel_year: int | None = None
    rel_month: str | None = None
    end_year: int | None = None
    rel_day: int | None = None  # days from the page date: 오늘/이날 0, 전날/어제 -1
    rel_mon: int | None = None  # months from the page date: 지난달 -1, 이달 0, 다음 달 +1


@dataclass(frozen=True)
class Resolved:
    """A date resolved to ISO form ('2024', '2024-03' or '2024-03-13') with its basis."""

    year: int
    month: int | None
    day: int | None
    basis: str
    mention: DateMention | None = None

    @property
    def iso(self) -> str:
        out = f"{self.year:04d}"
        if self.month and 1 <= self.month <= 12:
            out += f"-{self.month:02d}"
            if self.day and 1 <= self.day <= calendar.monthrange(max(self.year, 1), self.month)[1]:
                out += f"-{self.day:02d}"  # (a day the month lacks, '2월 30일', keeps the month only)
        return out

    @property
    def full_day(self) -> dt.date | None:
        """The day itself when year, month and day are all known and the calendar has it
        ('2월 30일', '4월 31일' have none)."""
        return dt.date(self.year, self.month, self.day) if len(self.iso) == 10 else None


def _two_digit(yy: str) -> int:
    n = int(yy)
    return 2000 + n if n < 70 else 1900 + n


def _mention(kind: str, m: re.Match[str], offset: int) -> DateMention | None:
    g = m.groups()
    base = {"start": offset + m.start(), "end": offset + m.end(), "text": m.group(0), "kind": kind}
    if kind in ("ymd", "ymd_slash"):
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
        return DateMention(**base, year=y, month=mo, day=d) if _valid(mo, d) else None
    if kind == "ym":
        return DateMention(**base, year=int(g[0]), month=int(g[1])) if _valid(int(g[1])) else None
    if kind in ("y", "y_paren"):
        return DateMention(**base, year=int(g[0]))
    if kind == "yy_md":
        mo, d = int(g[1]), int(g[2])
        return DateMention(**base, year=_two_digit(g[0]), month=mo, day=d) if _valid(mo, d) else None
    if kind == "yy":
        return DateMention(**base, year=_two_digit(g[0]))
    if kind == "yy_range":
        return DateMention(**base, year=_two_digit(g[0]), end_year=_two_digit(g[1]))
    if kind == "rel_day":
        return DateMention(**base, rel_day=_REL_DAY[m.group(0)])
    if kind == "rel_mon":
        word = re.sub(r"\s", "", g[0])
        offset = -1 if word.startswith("지난") else (1 if word in ("다음달", "내달") else 0)
        day = int(g[1]) if g[1] else None
        return DateMention(**base, rel_mon=offset, day=day) if day is None or 1 <= day <= 31 else None
    if kind in ("md", "md_slash", "md_dot", "md_paren"):
        mo, d = int(g[0]), int(g[1])
        return DateMention(**base, month=mo, day=d) if _valid(mo, d) else None
    if kind == "en_md":
        name, d, y = (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5])
        mo, d = _EN_MONTHS.index(name[:3].lower()) + 1, int(d)
        return DateMention(**base, year=int(y) if y else None, month=mo, day=d) if _valid(mo, d) else None
    if kind == "num_md":
        a, b = int(g[0]), int(g[1])
        if _valid(a, b):
            return DateMention(**base, month=a, day=b)
        if a > 12 and _valid(b) and g[2] is None:  # '23.7' = July 2023
            return DateMention(**base, year=2000 + a, month=b)
        return None
    if kind == "rel_month":
        word, mo, day = g[0], int(g[1]), int(g[2]) if g[2] else None
        if not _valid(mo, day):
            return None
        if word in ("지난", "오는"):
            return DateMention(**base, month=mo, day=day, rel_month=word)
        return DateMention(**base, month=mo, day=day, rel_year=_REL_YEAR[word])
    if kind == "m":
        return DateMention(**base, month=int(g[0])) if _valid(int(g[0])) else None
    if kind == "rel_year":
        return DateMention(**base, rel_year=_REL_YEAR[m.group(0)])
    if kind == "year_end":
        return DateMention(**base, month=12, rel_year=-1)
    if kind == "d":
        d = int(g[0])
        return DateMention(**base, day=d) if 1 <= d <= 31 else None
    raise AssertionError(kind)


def _valid(month: int, day: int | None = None) -> bool:
    return 1 <= month <= 12 and (day is None or 1 <= day <= 31)


def find_dates(text: str, *, offset: int = 0) -> list[DateMention]:
    """All date mentions in `text`, earliest first, without overlaps (longer forms win)."""
    return list(_find_dates(text, offset))


def dates_in(sentence: Sentence) -> list[DateMention]:
    """`find_dates` of a sentence, found once and kept with the sentence."""
    return list(sentence.memo("dates", lambda: _find_dates(sentence.text, sentence.start)))


def published_for(pubs: list[Published], line: int) -> Published:
    """The publication date that applies to an article line (the last part starting at or
    before it; the first part otherwise)."""
    current = pubs[0]
    for p in pubs:
        if p.line <= line:
            current = p
    return current


def _find_dates(text: str, offset: int) -> tuple[DateMention, ...]:
    found: list[tuple[int, int, int, DateMention]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            mention = _mention(kind, m, offset)
            if mention:
                found.append((mention.start, -(mention.end - mention.start), _ORDER[kind], mention))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for _, _, _, mention in sorted(found, key=lambda t: (t[1], t[2], t[0])):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        taken.append((mention.start, mention.end))
        out.append(mention)
    return tuple(sorted(out, key=lambda d: d.start))


def resolve(mention: DateMention, published: Published | None, *, past: bool = True) -> Resolved | None:
    """Year, month and day of a mention; missing parts come from the publication date.

    Returns None when the mention has no year and no publication date is known."""
    mo, d = mention.month, mention.day
    if mention.year is not None:
        return Resolved(mention.year, mo, d, "stated", mention)
    if published is None or published.date is None:
        return None
    pub = published.date
    ref = published.describe()
    exact = published.exact
    if mention.rel_mon is not None:
        if not exact:
            return Resolved(pub.year, None, None, f"inferred: '{mention.text}' in {ref}", mention)
        month = pub.month + mention.rel_mon
        year = pub.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return Resolved(year, month, d, f"inferred: '{mention.text}' relative to {ref}", mention)
    if mention.rel_day is not None:
        if not exact:
            return Resolved(pub.year, None, None, f"inferred: '{mention.text}' in {ref}", mention)
        day = pub + dt.timedelta(days=mention.rel_day)
        return Resolved(day.year, day.month, day.day,
                        f"inferred: '{mention.text}' relative to {ref}", mention)
    if mention.rel_year is not None:
        year = pub.year + mention.rel_year
        why = f"'{mention.text}' relative to {ref}"
    elif mention.rel_month == "지난":
        year = pub.year - 1 if exact and mo and mo > pub.month else pub.year
        why = f"'{mention.text}' before {ref}"
    elif mention.rel_month == "오는":
        year = pub.year + 1 if exact and mo and mo < pub.month else pub.year
        why = f"'{mention.text}' after {ref}"
    else:
        year, why = pub.year, f"year of {ref}"
        if mo is None:
            mo = pub.month if exact else None
            d = d if exact else None
            why = f"'{mention.text}' relative to {ref}" if d else why  # (its month and year are the page's)
            while exact and d and past and (d > pub.day if (year, mo) == (pub.year, pub.month)
                                            else d > calendar.monthrange(year, mo)[1]):
                mo, year = (mo - 1, year) if mo > 1 else (12, year - 1)  # '지난 23일' on the 2nd: last month
                # ('지난 31일' on 18 March: 31 January, February has none)
        elif exact and past and mo > pub.month:
            year -= 1
    return Resolved(year, mo, d, f"inferred: {why}", mention)


# ---------------------------------------------------------------- tense of a clause

_PAST_EP = {"었", "았", "였", "ᆻ", "었었", "았었"}
_FUTURE_NOUNS = {"예정", "계획", "방침", "목표", "전망", "추진중"}
_VERBAL = {"VV", "XSV", "VX"}
_NEUTRAL_VERBS = {"위하", "통하", "대하", "따르", "의하", "관하", "비롯하", "걸치", "앞두"}


def tense_after(tokens: tuple[Token, ...] | list[Token], pos: int) -> str | None:
    """'past', 'future' or 'present' of the first predicate after offset `pos`, read from Kiwi
    morphemes: a past-tense 었/았/였, an adnominal ᆫ after a verb (설립된, 맺은) -> past; an
    adnominal ᆯ or 예정/계획/목표 -> future; a plain present ending (한다, 된다) -> present;
    any other sentence end (있다, 이다) -> None."""
    prev: Token | None = None
    for k, t in enumerate(tokens):
        if t.start < pos:
            continue
        if t.tag == "ETM" and _inside_a_name(tokens, k):
            prev = t
            continue
        if t.tag == "EP" and t.form in _PAST_EP:
            return "past"
        if t.tag == "EP" and t.form == "겠":
            return "future"  # '파견하겠다고 약속했다': a pledge
        if t.tag == "NNG" and t.form in _FUTURE_NOUNS:
            return "future"
        if t.tag == "ETM" and prev is not None and prev.tag in _VERBAL:
            if prev.form in _NEUTRAL_VERBS:
                pass
            elif t.form in ("ᆫ", "은"):
                return "past"
            elif t.form in ("ᆯ", "을"):
                return "future"
        if t.tag in ("EF", "EC") and t.form in ("ᆫ다", "는다", "ᆫ다는", "는다는", "ᆫ다고", "는다고") or (
                t.tag == "EF" and t.form in ("ᆸ니다", "습니다") and _event_verb(tokens, k - 1)):
            return "present"  # (a newsletter's polite '개소식을 엽니다', '협약을 체결합니다')
        if t.tag == "EF":
            return None  # 있다, 이다, 한다면 ...: no tense to read
        prev = t
    return None


# the verbs of an event itself, in a newsletter's polite present ('엽니다', '체결합니다'; not
# '투입합니다', what a plan will spend)
_EVENT_VERBS = {"열", "맺"}
_EVENT_NOUNS = {"체결", "개최", "개소", "서명", "교환", "출범", "개막"}


def _event_verb(tokens, k: int) -> bool:
    if k < 0:
        return False
    t = tokens[k]
    return (t.tag == "VV" and t.form in _EVENT_VERBS) or (
        t.tag == "XSV" and k > 0 and tokens[k - 1].form in _EVENT_NOUNS)


def _inside_a_name(tokens, k: int) -> bool:
    """An adnominal ending glued to the noun after it: a name Kiwi split into a verb
    ('빈롱성' read as 비 + ᆫ + 롱성), not a clause (a clause's verb stands apart: '빈 롱성')."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and nxt.start == tokens[k].end and nxt.tag in ("NNG", "NNP", "XSN", "SL")


# ---------------------------------------------------------------- publication date

@dataclass(frozen=True)
class Published:
    """The publication date of (a part of) an article, with where it came from."""

    date: dt.date | None
    basis: str
    text: str = ""
    start: int = -1
    line: int = 0  # first article line this date applies to
    exact: bool = True  # False when only the year is known (month and day are placeholders)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def describe(self) -> str:
        if self.date is None:
            return "no publication date"
        if not self.exact:
            return f"the article's year {self.date.year} ({self.basis})"
        return f"the publication date {self.date.isoformat()}"


# a photo credit's date: '2024.05.27.', or a wire's '2026.6.17/뉴스1' (month and day unpadded)
_CAPTION_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\.(\d{2})\.(\d{2})\.?"
                           r"|(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?=/[가-힣A-Za-z])")
_CAPTION_HINT = re.compile(r"사진|photo|기자|=\w+\]|제공|입력|등록|송고|수정|@|\d/[가-힣A-Za-z]", re.I)
_EMBARGO = re.compile(r"보도(할 수|자료|해 주시기)|엠바고")


def _date_of(mention: DateMention) -> dt.date | None:
    if mention.year and mention.month and mention.day:
        try:
            return dt.date(mention.year, mention.month, mention.day)
        except ValueError:
            return None
    return None


# A byline or dateline: a date next to 입력/등록/송고/기사입력/발행/작성 (a page's own stamp,
# in any of the common layouts: '기자 | 2020-10-30 06:00 송고', '입력 2024.05.27 10:00').
_STAMP_WORD = (r"(?:기사\s?)?(?:입력|등록|송고|발행|게재|작성|게시|최초\s?입력|보도|배포)"
               r"(?:\s?(?:일시|일자|시간|시각|시점|일))?")
# a year in four digits, or in two after an apostrophe as releases write it ("'24.3.5.(화)")
_STAMP_DATE = r"((?:19|20)\d{2}|['‘’]\d{2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{1,2})"
_STAMP = re.compile(rf"{_STAMP_WORD}\s?[:：]?\s?{_STAMP_DATE}|{_STAMP_DATE}\.?(?:\s?\(\S\))?"
                    rf"(?:\s?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s?{_STAMP_WORD}")
# a date with a clock time ('2023. 9. 4. 14:22', '2024.08.23. 21:10'): a page's time stamp
_TIMESTAMP = re.compile(rf"(?<![\d.]){_STAMP_DATE}\.?\s?(?:\(\S\)\s?)?(?:오전|오후)?\s?\d{{1,2}}:\d{{2}}"
                        # ... or written out ('2023년 06월 09일(금) 11:20', '2025년 06월 09일 16시 20분'; not an
                        # embargo's '… 11:15부터')
                        r"|((?:19|20)\d{2})년\s?(\d{1,2})월\s?(\d{1,2})일\s?(?:\(\S\)\s?)?(?:오전|오후)?\s?"
                        r"(?:\d{1,2}:\d{2}|\d{1,2}시\s?\d{1,2}분)(?!\s?(?:부터|이후|에\s?보도))")


# a press release's date line under its heading ('김천시 보도자료' then '2024. 11. 11.(월) |
# 일자리경제과 ...'): the release date, at the start of one of its first lines
_RELEASE = re.compile(r"보\s?도\s?자\s?료")
# ... or a date standing as a cell of the release's header row ('국토교통부 | 2025.06.12 | 담당: …',
# as a national policy portal prints it)
_RELEASE_DATE = re.compile(rf"^\s*{_STAMP_DATE}\.?\s?\([월화수목금토일]\)"
                           rf"|^[^|]{{0,30}}\|\s*{_STAMP_DATE}\.?\s*(?:\([월화수목금토일]\)\s*)?\|")


def _stamp_year(text: str) -> int:
    return _two_digit(text[1:]) if len(text) == 3 else int(text)


def _release_date(article: Article) -> Published | None:
    lines = [line for line in article.lines if line.text.strip()][:6]
    if not any(_RELEASE.search(line.text) for line in lines[:3]):
        return None
    for line in lines:
        if m := _RELEASE_DATE.match(line.text):
            y, mo, d = [g for g in m.groups() if g is not None]
            try:
                day = dt.date(_stamp_year(y), int(mo), int(d))
            except ValueError:
                continue
            return Published(day, f"press release date '{m.group(0).strip(' |')}'", m.group(0),
                             line.start + m.start())
    return None


def _stamp_date(article: Article) -> Published | None:
    """The page's own date from a byline or dateline stamp (the first one: later stamps are
    usually '수정' updates or related articles): a worded stamp (입력, 등록, 송고, 보도일시,
    배포일시 ...) first, else a date with a clock time."""
    for pattern, what in ((_STAMP, "byline"), (_TIMESTAMP, "time stamp")):
        for line in article.lines:
            if line.why.startswith("after related") or line.why == "related/comments list":
                continue
            m = pattern.search(line.text)
            if not m:
                continue
            groups = [g for g in m.groups() if g is not None]
            try:
                day = dt.date(_stamp_year(groups[0]), int(groups[1]), int(groups[2]))
            except (ValueError, IndexError):
                continue
            return Published(day, f"{what} '{m.group(0).strip()}'", m.group(0),
                             line.start + m.start())
    return _release_date(article)


def publication_dates(article: Article, sentences: list[Sentence], *,
                      given: dt.date | None = None) -> list[Published]:
    """Publication date per part of the article (a blog page can hold several dated posts),
    checked against the years the text itself speaks of.  Earliest part first.

    Where the date comes from, best first: `given` (the caller knows the page's date), the
    page's metadata (article:published_time, JSON-LD datePublished), a byline stamp (입력,
    등록, 송고 ...), the page's <time datetime>, a dated header line, photo captions, an
    embargo line.  A page that holds several dated posts keeps one date per post."""
    headers: list[Published] = []
    for i, line in enumerate(article.lines):
        if line.content and is_post_header(line.text):
            d = next((_date_of(m) for m in find_dates(line.text, offset=line.start) if _date_of(m)),
                     None)
            if d and could_be_published(d):
                first = i  # a post's title sits on the content lines just above its date line
                while first > 0 and i - first < 3 and article.lines[first - 1].content:
                    first -= 1
                headers.append(Published(d, f"header line '{line.text.strip()}'", line.text.strip(),
                                         line.start, first))
    # several dated post headers (a blog page) keep a date each; a byline stamp is not a post
    posts = len({h.date for h in headers if not _STAMP.search(h.text)}) >= 2
    if posts and article.meta_date is not None and article.meta_date[0] not in {h.date for h in headers}:
        posts = False  # dates beside a news page's own (widgets, lists): one article, dated by its metadata
    page: Published | None = None
    if given is not None:
        page = Published(given, "publication date given with the article")
    elif article.meta_date is not None:
        page = Published(article.meta_date[0], f"page metadata {article.meta_date[1]}")
    else:
        page = _stamp_date(article)
        if page is None and article.time_date is not None:
            page = Published(article.time_date, "the page's <time datetime>")
        if page is None and (head := masthead_date(article.lines)) is not None:
            page = Published(head[0], f"masthead '{head[1].strip()}'", head[1], head[2])
        if page is None and (end := sign_off_date(article.lines)) is not None:
            page = Published(end[0], f"release date line '{end[1]}'", end[1], end[2])
    if page is not None and given is None and page.date is not None and not could_be_published(page.date):
        page = None  # a stamp or metadata of 2099 or 1901 dates no page
    if page is not None and not posts:
        headers = [page]
    elif page is not None and given is not None:
        headers[0] = replace(page, line=0)
    if not headers:
        fallback = (_issue_date(article) or _caption_or_embargo_date(article) or _office_year(article, sentences)
                    or _undated_page_year(sentences))
        fallback = fallback if fallback and fallback.date and could_be_published(fallback.date) else None
        headers = [fallback] if fallback else [Published(None, "no publication date found")]
    parts = []
    for k, head in enumerate(headers):
        first = 0 if k == 0 else head.line
        last = headers[k + 1].line if k + 1 < len(headers) else len(article.lines)
        part = [s for s in sentences if first <= s.line < last]
        parts.append(replace(head, line=first) if k == 0 else head)
        if not (k == 0 and given is not None) and not parts[-1].basis.startswith(_STRONG_BASES):
            parts[-1] = check_against_text(parts[-1], part)
    return parts


# where a page date is the publisher's own word, which the years the text speaks of do not overrule
# ('2021년부터 … 운영하고 있으며' on a page of 2022 is no sign that it was written in 2021)
_STRONG_BASES = ("page metadata", "byline", "press release date", "release date line", "masthead", "issue")


def _caption_or_embargo_date(article: Article) -> Published | None:
    votes: Counter[dt.date] = Counter()
    where: dict[dt.date, tuple[str, int]] = {}
    for line in article.lines:
        if not (line.content or line.why == "byline") or not _CAPTION_HINT.search(line.text):
            continue
        for m in _CAPTION_DATE.finditer(line.text):
            y, mo, day = [g for g in m.groups() if g is not None]
            try:
                d = dt.date(int(y), int(mo), int(day))
            except ValueError:
                continue
            votes[d] += 1
            where.setdefault(d, (m.group(0), line.start + m.start()))
    if votes:
        d, _ = votes.most_common(1)[0]
        return Published(d, f"byline/caption date {where[d][0]}", where[d][0], where[d][1])
    for line in article.content:
        if _EMBARGO.search(line.text):
            for m in find_dates(line.text, offset=line.start):
                d = _date_of(m)
                if d:
                    told = _TOLD_ON.search(line.text, m.end - line.start)
                    if told and (day := _day_after(d, int(told.group(1)))) is not None:
                        # '… 14일(현지시각) … 체결했다고 15일 밝혔다': the event's date, then the day it was told
                        return Published(day, f"release date line '{told.group(0)}' after '{m.text}'",
                                         told.group(0), line.start + told.start())
                    return Published(d, f"release date line '{m.text}'", m.text, m.start)
    return None


# the day a release tells its news ('… 체결했다고 15일 밝혔다')
_TOLD_ON = re.compile(r"(\d{1,2})일\s?(?:밝혔|발표했|전했|알렸)")


def _day_after(d: dt.date, day: int) -> dt.date | None:
    """The first date on or after `d` that falls on `day` of its month (within a month)."""
    for month_ahead in (0, 1):
        y, mo = (d.year, d.month + month_ahead) if d.month + month_ahead <= 12 else (d.year + 1, 1)
        try:
            cand = dt.date(y, mo, day)
        except ValueError:
            continue
        if cand >= d:
            return cand
    return None


def stated_days(sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The (month, day) pairs the text states without a year, range ends included, in order."""
    out: list[tuple[int, int]] = []
    for s in sentences:
        for m in dates_in(s):
            if m.kind not in ("md", "num_md", "md_slash", "md_paren", "en_md") or m.year is not None or not m.day:
                continue
            out.append((m.month or 0, m.day))
            g = _PATTERN[m.kind].match(m.text)
            if m.kind == "md" and g and g.group(3):
                out.append((m.month or 0, int(g.group(3))))
            elif m.kind == "num_md" and g and g.group(3) and _valid(int(g.group(3)), int(g.group(4))):
                out.append((int(g.group(3)), int(g.group(4))))
    return out


def _issue_date(article: Article) -> Published | None:
    """For a page with no date of its own: the month of the issue its first lines name."""
    # (an English masthead is no Korean line: 'Vol. 87 | November 2024')
    found = issue_month(article.content) or issue_month([x for x in article.lines if x.text.strip()])
    if found is None:
        return None
    day, text, start = found
    return Published(day, f"issue '{text}'", text, start, exact=False)


def _office_year(article: Article, sentences: list[Sentence]) -> Published | None:
    """A year from the officeholders the text names, for a page that gives no date at all."""
    text = " ".join(line.text for line in article.content)
    found = year_from_office(text, stated_days(sentences))
    if found is None:
        return None
    year, why = found
    return Published(dt.date(year, 1, 1), why, exact=False)


def _undated_page_year(sentences: list[Sentence]) -> Published | None:
    """For a page with no date at all: a year its text calls this year's or names its held events after
    (event_years)."""
    found = year_of_this_years_plan([s.text for s in sentences]) or year_of_held_events([s.text for s in sentences])
    return None if found is None else Published(dt.date(found[0], 1, 1), found[1], exact=False)


# the year's own clause done, then the sentence's present ('2012년 제정돼 2년마다 시상한다')
_DONE_THEN_NOW = re.compile(r"^\s?(?:에\s)?(?:처음\s)?[가-힣]{1,6}(?:돼|되어|돼서)(?=\s)")
_NO_BOUND_AFTER = re.compile(r"^\s?(?:대|부터|전후|이후|께|경|쯤|무렵|까지)")
_DATES_BACK = re.compile(r"^\s?(?:으로|로|까지)\s?(?:거슬러|거슬러\s?올라)")


def check_against_text(pub: Published, sentences: list[Sentence]) -> Published:
    """Replace a page date the text contradicts.  A year spoken of in the future or present tense
    ('2019년에 ... 투자한다') means the text was written in or before that year; a year in the
    past tense means in or after it.  When no date is known, these bounds give the year."""
    upper: tuple[int, str] | None = None
    lower: tuple[int, str] | None = None
    for s in sentences:
        for m in dates_in(s):
            if m.year is None or m.kind not in ("y", "ym", "ymd"):
                continue
            if re.search(r"[△▲]", s.text[:m.start - s.start]):
                continue  # '선언문에는 △… △2026년 청소년 캠프 공동 개최 등이 담겼다': an item of what it holds
            tense = tense_after(s.tokens, m.end)
            if re.search(r"(?:오는|다가오는)\s?$", s.text[:m.start - s.start]):
                tense = "future"  # '오는 2026년 … 열리는 박람회에 … 약속했다': a year to come
            if tense == "past" and (_TARGET_AFTER.match(s.text[m.end - s.start:])
                                    or _DECIDED_AFTER.search(s.text[m.end - s.start:])):
                continue  # '2030년까지 … 추진해 왔다', '2028년 … 준비하기로 했다': a target or a plan
            if tense == "present" and _in_present_clause(s.tokens, m.end):
                continue  # '2013년 … 선정되는 등 … 꼽힌다': the year's own clause tells no time
            if tense == "present" and _DONE_THEN_NOW.match(s.text[m.end - s.start:]):
                tense = "past"  # '2012년 제정돼 2년마다 시상한다': made then, done now
            if _DATES_BACK.match(s.text[m.end - s.start:]):
                continue  # '인연은 2019년으로 거슬러 올라간다': a past year, told in the present
            if _NO_BOUND_AFTER.match(s.text[m.end - s.start:]):
                continue  # '2000년대', '2020년부터 … 지원하는', '2030년 전후 …': a span or a target
            if tense in ("future", "present") and (upper is None or m.year < upper[0]):
                upper = (m.year, s.text)
            elif tense == "past" and (lower is None or m.year > lower[0]):
                lower = (m.year, s.text)
    if pub.date is not None:
        if upper and pub.date.year > upper[0] and not (lower and lower[0] > upper[0]):
            return Published(dt.date(upper[0], 1, 1), f"page date {pub.date.isoformat()} "
                             f"contradicted by '{_short(upper[1])}'", pub.text, pub.start, pub.line,
                             exact=False)
        if lower and pub.date.year < lower[0]:
            return Published(dt.date(lower[0], 12, 31), f"page date {pub.date.isoformat()} "
                             f"precedes '{_short(lower[1])}'", pub.text, pub.start, pub.line,
                             exact=False)
        return pub
    return pub


def _in_present_clause(tokens, pos: int) -> bool:
    """The first predicate after `pos` closes a present adnominal clause ('선정되는 등'): the
    sentence's own ending speaks of something else."""
    prev = None
    for t in tokens:
        if t.start < pos:
            continue
        if t.tag == "ETM" and prev is not None and prev.tag in _VERBAL:
            return t.form == "는"
        if t.tag in ("EF", "EC", "EP"):
            return False
        prev = t
    return False


_TARGET_AFTER = re.compile(r"^\s?(?:까지|을\s?목표|를\s?목표|목표)")
# what the parties decided to do, or talked of doing, in the past tense ('2028년 … 함께 준비하기로
# 했다', '2027년 … 기념행사를 공동 개최하는 방안도 논의됐다')
_DECIDED_AFTER = re.compile(r"(?:기|키)로\s?(?:했|합의했|결정했|약속했|뜻을\s?모았)|"
                            r"(?:방안|계획)(?:을|를|도|이|에\s?대해)?\s?(?:논의|협의|검토|구상)")


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

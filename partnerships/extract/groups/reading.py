"""Reading an article sentence by sentence: which agreement words report an agreement done."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from partnerships.extract import asides
from partnerships.extract.groups.context import is_headline, on_the_day, plans_only, still_to_come, told_as_background
from partnerships.extract.groups.mentions import mentions_for
from partnerships.extract.groups.model import CAPTION
from partnerships.extract.groups.not_news import of_an_event_told, someone_elses, what_it_is
from partnerships.extract.groups.word_checks import ATTENDED, BACK_REFERENCE, PARTIES_BEFORE
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import STRONG_TYPES, TypeMention, is_pavilion, status_at

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context, LazyPlaces
    from partnerships.extract.groups.model import Mention


_PROGRAMME_ACTS = ("식", "보고회", "협약", "협약서", "합의서", "착수")  # a project's launch or its signed agreement
_EXEC = re.compile(r"집행|투자|투입|편성")
_AMOUNT = re.compile(r"\d[\d,.]*\s?(?:억|만|천만)\s?(?:원|달러)")
_QUOTED = re.compile(r"[“\"][^”\"]{8,}[”\"]")
# what makes a quoted headline someone's words, not the headline's own naming ('"... MOU 맺겠다"')
_TOLD_DONE = re.compile(r"(?:맺|체결했|서명했|받|열)(?:었|았)?습니다\.?[”\"]$")  # an answer's own report
_SPOKEN = re.compile(r"겠|할\s?것|하자|예정|추진|바란|바람|기대|필요|해야|[?!]")

# '열린 ... 포럼에서 발표했다': the forum is where something else happened
_AT_SETTING = re.compile(r"^\S{0,2}?\s?(?:'|’|”|\"|\))?\s?에서(?!는\s?(?:올해|매년))")

_CONTENTS_AFTER = re.compile(r"^\s?(?:에서|에는|에\s?따라|을\s?통해|를\s?통해)\s")

_COUNTED_THIS_TIME = re.compile(r"^\S{0,2}\s?\S{0,6}\s?것은\s?(?:이번이|올해가|이번\s?협약이)\s?"
                                r"(?:처음|첫|\S{1,3}\s?번째)")
_JOINT = re.compile(r"공동|함께|합동|손잡|협력해|와의|과의")

_RUNNING_TOTAL = re.compile(r"\d+\s?개\s?(?:국|국가|나라)\s?\d+\s?개|"
                            r"\d+\s?개\s?(?:해외\s?|외국\s?)?(?:도시|지역|자치단체)(?:와|과)")


@dataclass
class ArticleReading:
    """What reading an article keeps from one sentence to the next."""

    sentences: list[Sentence]
    context: Context
    places: LazyPlaces
    words_of: list[list[TypeMention]]
    mission: bool  # a trade mission told: contracts signed on it are its results
    firms: set[str]  # the firms the article introduces by name
    mentions: list[Mention] = field(default_factory=list)  # those of the sentences read so far
    celebrated: set[str] = field(default_factory=set)  # the types of ties whose anniversary the article marks
    persons_prize: bool = False  # the page tells a prize a person won


def sentence_mentions(s: Sentence, words: list[TypeMention], r: ArticleReading) -> list[Mention]:
    """The mentions of one sentence's agreement words that report an agreement done."""
    found: list[Mention] = []
    # (an interview's answer telling what was signed, in the past tense, is a report: '"10월에는 …
    # 협정을 체결했습니다."')
    quoted = [(m.start() + s.start, m.end() + s.start) for m in _QUOTED.finditer(s.text)
              if not (is_headline(s, r.context) and not _SPOKEN.search(m.group(0)))
              and not (_TOLD_DONE.search(m.group(0)) and not _SPOKEN.search(m.group(0)))]
    running_total = bool(_RUNNING_TOTAL.search(s.text)) or asides.ongoing_ties(s)
    for w in words:
        if any(a <= w.start < b for a, b in quoted):
            continue  # spoken words in quotes report hopes, not events
        status = _reported_status(s, w, running_total, r)
        if status is None or _aside_told(s, w, r) or what_it_is(s, w, r) or someone_elses(s, w, r) \
                or of_an_event_told(s, w, words, r):
            continue
        for m in mentions_for(s, w, status[0], r.places[s.index], r.context, words):
            if m.date is not None and (m.date.basis.startswith("inferred: '오는") or (
                    (pub := r.context.published(s)).date is not None and m.date.year > pub.date.year)):
                continue  # '오는 9월 열리는 축제에 … 초청하기로 했다', '내년 … 정상회의': still to come
            m.predicate = status[1]
            found.append(m)
    for m in found:
        if m.type in STRONG_TYPES and (BACK_REFERENCE.search(
                s.text[max(0, m.word.start - s.start - 14):m.word.start - s.start])
                or (PARTIES_BEFORE.search(s.text[max(0, m.word.start - s.start - 10):m.word.start - s.start])
                    and _CONTENTS_AFTER.match(s.text[m.word.end - s.start:]))
                or m.type != "agreement" and _COUNTED_THIS_TIME.match(s.text[m.word.end - s.start:])):
            # '이번 업무협약으로', '… 협약을 맺은 것은 이번이 세 번째다': the one already reported
            m.type, m.refers_to = "agreement", m.type
        elif m.type == "agreement" and _COUNTED_THIS_TIME.match(s.text[m.word.end - s.start:]):
            # '2013년 … 교류해 왔으나 공식 협약을 맺은 것은 이번이 처음이다': this one, whatever
            # earlier year the sentence tells
            m.date, m.own_date = None, False
    return found


def _reported_status(s: Sentence, w: TypeMention, running_total: bool, r: ArticleReading) -> tuple[str, str] | None:
    """How the sentence reports the agreement word ('signed', 'announced' for a programme, 'named'
    by a headline or caption) and its predicate; None when it reports no agreement done."""
    if asides.anniversary(s, w):
        r.celebrated.add(w.type)
        return None
    if s.text.rstrip(" \"'”’)").endswith("?") and not _NEWS_ASKED.search(s.text[w.end - s.start:]):
        return None  # a question asks, it reports nothing ('정식으로 체결한 협약이 한 건이라도 있습니까?')
    if _KIND_OF_CITY.match(s.text[w.end - s.start:]):
        return None  # '이미 자매결연한 해외 도시 중에 … 곳도 있습니다': a kind of city, no event
    if asides.negated(s, w) or asides.content_item(s, w) or asides.setting_reference(s, w) \
            or asides.former_status(s, w):
        return None  # denied, an item of what was agreed or discussed, or only a time or place
    st, pred = status_at(s, w)
    if w.type == "program" and not (_EXEC.search(s.text) and _AMOUNT.search(s.text)) \
            and not w.text.endswith(_PROGRAMME_ACTS):  # nor a launch or a signing
        return None
    if running_total and w.type != "program":
        return None  # '21개국 24개 도시와 자매결연': a running total, not an event
    if st == "announced" and w.type != "program" and on_the_day(s, r.context, w.start):
        st = "signed"  # '오늘 ... 업무협약을 체결한다': the day's signing
    if st == "nominal" and w.type in STRONG_TYPES and (is_headline(s, r.context) or CAPTION.search(
            s.text)) and not plans_only(r.sentences, w.type) and not _TOMORROW.search(s.text):
        st = "named"  # the headline or a photo caption names the agreement reported
    if st == "nominal" and (w.type in STRONG_TYPES or w.type == "award") and _ITEM_DONE.search(s.text) \
            and any(x.line == s.line + 1 and _DETAIL.match(x.text) for x in r.sentences):
        st = "named"  # an item of a list of the week's news: '1. 성동구, … 업무협약 체결', '- … 포용도시 부문 수상'
    if st not in ("signed", "announced", "named") or (st == "announced" and w.type != "program"):
        return None
    if st == "signed" and still_to_come(s, r.context):
        return None  # '23일 … 설명회를 연 뒤 24일 귀국할 예정이다' on the 22nd
    return st, pred


def _aside_told(s: Sentence, w: TypeMention, r: ArticleReading) -> bool:
    """The word tells what came before the news, or a forum only attended."""
    year = r.context.published(s).year
    if w.type in ("institution", "alliance") and told_as_background(s, w, r.context):
        return True
    if w.type in STRONG_TYPES + ("institution",) and asides.antecedent(s, w, year):
        return True  # what came before the news, not the news
    if w.type not in STRONG_TYPES and asides.since_then(s, w, year):
        return True  # how what goes on began
    after = s.text[w.end - s.start:]
    return w.type == "forum" and bool(ATTENDED.search(after) or _AT_SETTING.match(after)
                                  or not _JOINT.search(s.text)) and not is_pavilion(w.text)


# a numbered item of a list of the week's news that tells what was done in a noun ('1. 성동구, …
# 업무협약 체결'; a dash under a headline repeats it, often naming the venue for the party)
# ... unless it asks about news it tells ('… 사진전을 열고 있다는 소식, 들으셨나요?')
# the tie as what kind of cities are meant ('자매결연한 해외 도시 중에', '자매결연을 맺은 도시들은')
_KIND_OF_CITY = re.compile(r"^(?:을\s?맺은|한|된)\s(?:해외|외국|국내외|다른)?\s?(?:도시|지자체|자치단체|지역)(?:들)?"
                           r"\s?(?:(?:중|가운데)(?:에|에서|에는)?|은|는|이|가|의)(?![가-힣])")
_NEWS_ASKED = re.compile(r"(?:다|라)는\s(?:소식|사실|얘기|이야기|뉴스)")
_ITEM_DONE = re.compile(r"^\s*(?:\d{1,2}[.)]|[■□◆◇▶●])\s[^\n]*(?:체결|서명|수상|개소|교환|채택)\s*$")
_DETAIL = re.compile(r"^\s*[-·•]\s")  # ... with its details under it (not a side bar's list of titles)
_TOMORROW = re.compile(r"내일|모레")  # a headline of what comes ('내일 … 협약 체결식')

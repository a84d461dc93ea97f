"""Past events an article tells as background to its news, left out of its records: a tie told
only as the time since it or as past experience, the step before a tie raised now, and any past
event beside the news that shares no party with it."""

from __future__ import annotations

import datetime as dt
import re

from partnerships.extract.asides import BA_ISSDA


def background_groups(groups: list, pub_year, *, celebrated: set[str] = frozenset(), pub_date=None) -> list:
    """Groups to drop: past events (every date the text gives them is before the year of the
    page) told beside the article's current news (a group of the page's year or later with a
    partner abroad) and sharing no partner place or no Korean place with it. With no such news,
    past ties of a type in `celebrated`, whose anniversary the article marks ('자매결연 15주년을
    맞았다. 두 도시는 2009년 9월 자매결연을 맺었다': the tie's history, not news).  `pub_year(sentence)`
    gives the year of the page part a sentence sits in (None when unknown). A past tie with the
    news's partner is dropped too when it is told only as the time since it ('맺은 이래') or as
    past experience ('지난해 3월에도 … 계약을 맺은 바 있으며'; not an office or an institution, which
    still stands). An event of the last weeks before the page's date ('지난달 17일' on 3 January) is
    news, not the past, whatever its year (`pub_date(sentence)` gives the page part's date).
    """
    def years(g) -> tuple[int | None, bool]:
        pub = pub_year(g.first.sentence)
        stated = [m.date.year for m in g.mentions if m.date and m.date.mention is not None
                  and m.date.mention.text and m.date.mention.kind != "none"]
        return pub, bool(stated) and pub is not None and max(stated) < pub and not _recent(g, pub_date)

    current = [g for g in groups if g.year is not None and (p := pub_year(g.first.sentence))
               and (g.year >= p or _recent(g, pub_date))
               and any(m.partner for m in g.mentions) and not years(g)[1]]  # a headline's old tie is past
    if not current:  # no news with a partner abroad: the past events are the article's content,
        # unless the article marks their anniversary
        return [g for g in groups if g.first.type in celebrated and years(g)[1]]
    partners = {p for g in current for p in g.partner_places()}
    korean = {p for g in current for m in g.mentions for p in m.korean}
    out = []
    for g in groups:
        _, past = years(g)
        if not past:
            continue
        gp = {p for m in g.mentions for p in m.partner}
        gk = {p for m in g.mentions for p in m.korean}
        if not (gp & partners and gk & korean) or all(_since(m) or _experience(m) or _stepping_stone(m)
                                                       for m in g.mentions if m.type == g.first.type):
            out.append(g)
    return out


RECENT_DAYS = 45  # an event this many days before the page's date is its news


def _recent(g, pub_date) -> bool:
    day = pub_date(g.first.sentence) if pub_date else None
    if day is None:
        return False
    for m in g.mentions:
        if m.date and m.date.month and m.date.mention is not None and m.date.mention.kind != "none":
            try:
                then = dt.date(m.date.year, m.date.month, m.date.day or 1)
            except ValueError:
                continue
            if 0 <= (day - then).days <= RECENT_DAYS:
                return True
    return False


def past_experience(groups: list, pub_year, *, pub_date=None) -> list:
    """Groups of an article with no news of the page's year (nor of its last weeks) that tell a past
    event only as experience ('지난해 … 상담회를 열어 … 실적을 올린 바 있다') or, past the lead, as the
    start of what went on since or as what came before ('앞서 도는 지난해 9월 …')."""
    def past(g) -> bool:
        pub = pub_year(g.first.sentence)
        return pub is not None and g.year is not None and g.year < pub and not _recent(g, pub_date)

    if any(not past(g) for g in groups):
        return []
    return [g for g in groups if all(_experience(m, reach=80) or _who_signed_then(m)
                                     or (_since(m) or _told_before(m)) and m.sentence.index > 1
                                     for m in g.mentions if m.type == g.first.type)]  # (not the lead's)


# '지난해 대구시와 … 업무협약을 맺은 댈러스시 대표단이 대구를 찾아': the earlier signing only says who came
_SIGNED_WHO = re.compile(r"^\S{0,3}?\s?(?:을|를)\s?(?:맺은|체결한|교환한)\s(?!뒤|후|이후|이래|데|것|바|지\s)")


def _who_signed_then(m) -> bool:
    before, after = m.sentence.text[:m.word.start - m.sentence.start], m.sentence.text[m.word.end - m.sentence.start:]
    return bool(_PAST_YEAR.search(before)) and bool(_SIGNED_WHO.match(after))


# past the lead, a past event told as what came before the news ('앞서 도는 지난해 9월 상하이에서
# 수출상담회를 열어 …', '또 지난해 11월에는 … 판촉전을 열기도 했다')
_BEFORE_OPENING = re.compile(r"^\W{0,2}(?:앞서|이에\s앞서|이보다\s앞서|그에\s앞서)\s")
_ALSO_DID = re.compile(r"^[^.]{0,80}?(?:기도|도)\s?(?:했다|했었다|하였다)")


_PAST_YEAR = re.compile(r"지난해|작년|재작년|(?:19|20)\d{2}년")


def _told_before(m) -> bool:
    before, after = m.sentence.text[:m.word.start - m.sentence.start], m.sentence.text[m.word.end - m.sentence.start:]
    return bool(_PAST_YEAR.search(before)) and bool(_BEFORE_OPENING.match(before) or _ALSO_DID.match(after))


def _experience(m, reach: int = 24) -> bool:
    return m.type not in ("office", "institution") and bool(
        BA_ISSDA.search(m.sentence.text[m.word.end - m.sentence.start:][:reach]))


# '1998년 자매결연을 맺은 이래 ... 이어왔다', '자매결연을 맺은 지 올해로 20년': the tie the news builds on,
# told as the time since
_SINCE_AFTER = re.compile(r"^\S{0,3}?\s?(?:을|를)?\s?(?:맺은|맺었던|체결한|체결했던|체결된|된|교환한|교환했던)\s?"
                          r"(?:이후|이래|지(?=(?:\s?(?:올해로|내년이면|벌써|어느덧|꼭|딱|만))*\s?\d+\s?(?:년|주년)))(?![가-힣])")


# '지난해 9월 우호교류 의향서를 교환했으며, 이번에 정식 자매결연으로 관계를 격상했다': the step before the news
_RAISED_NOW = re.compile(r"(?:이번에|이번|올해|이날)\s?(?:정식\s?|공식\s?)?[^.]{0,24}?(?:격상|발전시켰|업그레이드)")


def _stepping_stone(m) -> bool:
    """The mention is the earlier step of the tie the same sentence says was raised now."""
    return bool(_RAISED_NOW.search(m.sentence.text[m.word.end - m.sentence.start:]))


def _since(m) -> bool:
    """The mention is the start of a time clause: the tie's history beside today's news with the
    same partner, not a record of its own."""
    return bool(_SINCE_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:]))

"""Members listed after an agreement word ('참여 도시는 …', a list after a colon) as the parties
of one alliance or declaration."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerships.extract.groups.sides import in_quoted_name, korean_side_of, locating
from partnerships.extract.places import (
    PlaceMention,
)
from partnerships.extract.sentences import Sentence

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context


# an observer at the signing or the founding ('옵서버 자격으로', '참관 도시로')
OBSERVER = re.compile(r"옵서버|옵저버|참관\s?(?:도시|자격|기관|단체)")

MEMBER_WORDS = re.compile(r"회원|참여|가입|참가|구성|결성|함께|동참|합류|소속|포함|이름을\s?올|:|"
                          r"서명\s?(?:도시|기관|국가|지역|단체)|"  # ('서명 도시는 …')
                          r"(?:협약|협정|선언|합의)(?:서|문)?에는")  # ('협약에는 … 5개 도시가 서명했다')
# ... and of a joint text's signers: those who came ('이번 회의에는 강원도를 비롯해 … 대표가 참석했다')
SIGNER_WORDS = re.compile(rf"{MEMBER_WORDS.pattern}|참석|비롯해")
# a sentence that ends the list: one that did not sign ('… 참석해 선언에는 서명하지 않았으며')
_DID_NOT_SIGN = re.compile(r"(?:서명|가입|참여)하지\s?(?:않|못)")
_BULLET = re.compile(r"^\s*(?:[-·•▲△○●◇◆▶]|\d+[.)])\s*")  # not '※', a remark on the list


def with_members(s: Sentence, ctx: Context, korean: list[str], partner: list[str],
                  foreign: list[PlaceMention], w_type: str = "alliance") -> tuple[list[str], list[str]]:
    """One alliance with all its listed members (a party named with it among them), the
    Korean ones joining its Korean side."""
    # (a body of governments of countries named only by their countries ('5개국 지방정부가 참여하는
    # 협의체를 출범'): its founders are those the next lines say came, as a joint text's signers)
    by_country = bool(partner) and all(pid.startswith("country-") for pid in partner)
    words = SIGNER_WORDS if w_type == "declaration" or by_country else MEMBER_WORDS
    members = members_listed_after(s, ctx, words)
    if not members:
        return korean, partner
    listed = _korean_members_listed_after(s, ctx, words)
    if listed:  # the place it was held in is no member for being named ('강원도 평창 알펜시아에서 열려')
        held = {p.id for p in ctx.places[s.index] if p.korean and (p.venue_marker or p.kind == "venue")}
        korean = [k for k in korean if k not in held or k in listed]
    korean = list(dict.fromkeys(korean + listed))
    venues = {p.id for p in foreign if p.venue_marker}
    # a party the sentence names itself (not one borrowed from the sentences before)
    named = [pid for pid in partner if pid not in venues and any(p.id == pid for p in foreign)]
    partner = list(dict.fromkeys([*named, *members])) if any(
        not p.startswith("country-") for p in members) else members
    return korean, partner


def _korean_members_listed_after(s: Sentence, ctx: Context, words: re.Pattern[str]) -> list[str]:
    """The Korean governments among a network's listed members ('회원은 다음과 같다: 가평군과
    양평군(한국), 일본 ...'): founders beside the one the article is about."""
    return korean_side_of([p for p in _member_spans(s, ctx, words)
                           if p.korean and p.kind != "venue" and not p.venue_marker])


# the Korean attendees' line of a list by country ('- 한국 : 부산광역시, 경상남도 …', '- 일본 : …')
_KOREA_LABEL = re.compile(r"^\s*[-·▲○□ㅇ]?\s*(?:한국|국내|우리나라)\s?(?:측)?\s?[:：]")


def members_listed_after(s: Sentence, ctx: Context, words: re.Pattern[str] = MEMBER_WORDS) -> list[str]:
    """Members of a network listed in the sentences that follow ('참여 도시는 방콕, 자카르타 ...',
    '미국, 프랑스 ... 회원으로 참여', a list after a colon, one bullet per member): cities and
    divisions, else countries. With `SIGNER_WORDS`, a joint text's attendees, from two countries
    or more."""
    found = [p for p in _member_spans(s, ctx, words) if not p.korean]
    # '미국 알래스카주 앵커리지시': the division only says where the member city is
    found = [p for p in found if not locating(p, found)]
    korea_listed = any(_KOREA_LABEL.match(x.text) for x in ctx.sentences[s.index + 1:s.index + 8]) \
        or (words is SIGNER_WORDS and _both_sides_came(s, ctx))
    if words is SIGNER_WORDS and len({p.country for p in found} | ({"KR"} if korea_listed else set())) < 2:
        return []  # '… 주도 멕시칼리의 주정부 청사에서 … 참석한 가운데': where one partner met, no list
    for kinds in (("city", "region"), ("country",)):
        ids = [p.id if p.kind in kinds else f"country-{p.country.lower()}" for p in found
               if p.kind in kinds or (kinds == ("country",) and p.country in _CITY_STATES)]
        if len(ids) >= 2:
            return list(dict.fromkeys(ids))
    return []


_CAME = re.compile(r"참석|비롯해")


def _both_sides_came(s: Sentence, ctx: Context) -> bool:
    """The next sentence names those who came, several Korean governments with several others
    ('회의에는 … 부산시장, 전남지사, … 제주지사와 후쿠오카·사가·나가사키·야마구치현 지사들이 참석')."""
    for x in ctx.sentences[s.index + 1:s.index + 2]:
        spans = [p for p in ctx.places[x.index] if p.kind != "venue" and not p.venue_marker]
        if _CAME.search(x.text) and len({p.id for p in spans if p.korean}) >= 2 \
                and len({p.id for p in spans if not p.korean and p.kind != "country"}) >= 2:
            return True
    return False


def _member_spans(s: Sentence, ctx: Context, words: re.Pattern[str] = MEMBER_WORDS) -> list[PlaceMention]:
    """The places of the member list that follows a network's sentence."""
    found: list[PlaceMention] = []
    following = ctx.sentences[s.index + 1:s.index + 8]
    for k, x in enumerate(following):
        bullet = _BULLET.match(x.text) is not None
        if k >= 2 and not bullet:
            break
        if OBSERVER.search(x.text) or _DID_NOT_SIGN.search(x.text):
            break  # '푸껫주는 옵서버로 포럼에 참석해 선언에는 서명하지 않았으며'
        # (a joint text's attendees count only as the first list: '… 비롯해 … 참석했다')
        if not (bullet or MEMBER_WORDS.search(x.text) or (not found and words.search(x.text))):
            if found:
                break
            continue
        spans = [p for p in ctx.places[x.index] if not (p.korean and in_quoted_name(x, p))]  # ('부산 … 공동선언')
        if bullet and spans:  # '- 일본 니가타시', '- 카자흐스탄 알마티시·아스타나시': the line's cities
            cities = [p for p in spans if p.kind in ("city", "region", "province", "county", "district")]
            found.extend(cities or spans[-1:])
        else:
            found.extend(spans)
    return found


# a member list of countries names a city-state by its city ('싱가포르' is read as the city)
_CITY_STATES = frozenset({"SG", "MC", "VA", "HK", "MO"})

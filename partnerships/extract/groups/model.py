"""Mentions and groups: what the reader gathers of each agreement an article reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from partnerships.extract.dates import Resolved
from partnerships.extract.groups.national import foreign_ministry_party, national_body
from partnerships.extract.groups.sides import ONE_TEXT_OF_SEVERAL
from partnerships.extract.places import (
    PlaceMention,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention

# Rank for settling several agreement words of one sentence (lower wins).
RANK = ["contract", "mou", "agreement", "loi", "sister_city", "friendship_city", "other_tie", "declaration", "office",
         "alliance", "institution", "award", "roadshow", "program", "exchange", "forum"]
DOMESTIC_OK = {"alliance", "institution", "program", "office", "forum", "award"}
TIES_NEED_PARTNER = {"sister_city", "friendship_city", "loi", "declaration"}
# A record of any other type without a partner place is dropped: the atlas maps partnerships
# with places abroad, and an MOU, award, forum or roadshow with no foreign place named is a
# domestic event or an aside ('2019년 업무협약을 맺은 대학 관계자', '장관상을 수상했다').
DOMESTIC_TYPES = frozenset({"alliance", "institution", "program", "office"})
NEEDS_PARTNER = frozenset(t for t in RANK if t not in DOMESTIC_TYPES)
VENUE_TYPES = {"roadshow", "forum"}
DELEGATION = r"(?:대표단|방문단|사절단|일행)"  # people who travel and sign for their government

# a photo caption: '사진=아산시 제공', '▲ ... 서명하고 있다', '[사진] ...'
CAPTION = re.compile(r"^\s*(?:▲|△|\[사진\]|【사진】|\(사진\)|사진\s?[=:])|사진\s?=|사진\s?제공|\(사진=")


@dataclass
class Mention:
    """One agreement word with what its sentence says about it."""

    type: str
    status: str
    sentence: Sentence
    word: TypeMention
    date: Resolved | None
    own_date: bool
    korean: list[str]
    partner: list[str]
    venue: str | None
    near_sectors: dict[str, int]
    far_sectors: dict[str, int]
    places_from_text: bool
    place_spans: list[PlaceMention] = field(default_factory=list)
    predicate: int = -1  # offset of the predicate the status was read from
    next_sectors: dict[str, int] = field(default_factory=dict)
    counterpart: str = ""  # the organisation it was signed with, when not only a place
    with_place: bool = False  # signed with a place itself ('아가디르시와 … 체결했다'), not a body of it
    another: bool = False  # told as a further signing ('대학교와도', '별도로')
    refers_to: str = ""  # the type of the agreement '이번 …' refers back to ('이번 개소로')
    # the sentence names the partner only as a country; the city was borrowed from nearby
    partner_borrowed: bool = False
    members_listed: bool = False  # its partners are the members listed after it ('참여한 도시는 …')


@dataclass
class Group:
    """Mentions judged to be one agreement."""

    mentions: list[Mention]
    history: bool = False  # told only as past experience: the reader leaves it out, saying so

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def year(self) -> int | None:
        """The year a sentence gives the event, else the first one filled in from the page date (a
        headline's, dated by the page only, yields to its caption's '지난달 27일' of the year before)."""
        dated = [m.date for m in self.mentions if m.date]
        return next((d.year for d in dated if date_stated(d) and not bare_this_day(d)),
                    dated[0].year if dated else None)

    def _namesake_regions(self) -> dict[str, str]:
        """A province and its namesake capital both named ('타이응우옌성 … 구미-타이응우옌 센터'): the
        city's id -> the province's, which the city lies in; not for an office (it is in the city
        it stands in), nor for a city the text calls one ('발파라이소시와 우호도시 협정…발파라이소주와는
        의향서')."""
        if self.first.type == "office":
            return {}
        cities = {q.id for m in self.mentions for q in m.place_spans if q.text.endswith("시")}
        return {q.id.removeprefix("adm1-"): q.id for m in self.mentions for q in m.place_spans
                if q.id.startswith("adm1-") and q.id.removeprefix("adm1-") not in cities}

    def partner_places(self) -> list[str]:
        """The record's partner places: those every sentence naming a place abroad agrees on
        (a sentence that names none borrowed its partner from nearby), else the most specific
        naming (a city over its country); an alliance, and a declaration signed by several, has all
        the members any mention lists. A country whose ministry or government a sentence names as
        the party wins over its cities."""
        named = [set(m.partner) for m in self.mentions if m.partner and any(not p.korean for p in m.place_spans)] \
            or [set(m.partner) for m in self.mentions if m.partner]
        regions = self._namesake_regions()
        if regions:
            named = [{regions.get(p, p) for p in n} for n in named]
        joint = self.first.type == "declaration" and any(m.members_listed for m in self.mentions)
        if (self.first.type == "alliance" or joint) and named:  # (or a declaration its members signed)
            members = list(max((m.partner for m in self.mentions), key=len))
            venues = {p.id for m in self.mentions for p in m.place_spans if p.venue_marker}
            # (a city named only as where they met, beside a province of its country, is no member)
            members = [p for p in members if p not in venues or not any(
                q.startswith("adm1-") and country_of(q) == country_of(p) for q in members)]
            return _without_own_countries(members)
        national = [m.partner for m in self.mentions if m.partner and m.word.type == self.first.word.type
                    and (set(m.partner) <= set(national_body(m.sentence, [p for p in m.place_spans
                                                                           if p.end <= m.word.start]))
                         or foreign_ministry_party(m))]
        if national and self.first.type in ("sister_city", "friendship_city") and any(
                m.partner and all(not p.startswith("country-") and country_of(p) == country_of(national[0][0])
                                  for p in m.partner) for m in self.mentions):
            national = []  # an ambassador signed for the city another sentence names ('아디스아바바시와 우호도시가')
        if national:  # '케냐 정부와 … 착수식을 열었다': the country signed, wherever a caption puts it
            return list(national[0])
        if any(ONE_TEXT_OF_SEVERAL.search(m.sentence.text) for m in self.mentions):
            named = [max(named, key=len)] if named else named  # '3자 업무협약': every party any telling names
        common = set.intersection(*named) if named else set()
        # (a declaration: those of the first mention that names them, not of a caption that borrowed one)
        first = next((m.partner for m in self.mentions if m.partner and any(not p.korean for p in m.place_spans)),
                     None) if self.first.type == "declaration" else None
        first = first or next((m.partner for m in self.mentions if m.partner), [])
        partner = [regions.get(p, p) for p in first if regions.get(p, p) in common]
        if not partner and named:
            specific = [n for n in named if not all(p.startswith("country-") for p in n)]
            # (a telling by countries only, '베트남과 필리핀 지방정부와 잇따라', leaves out no city: the
            # places every specific telling agrees on, '럼동성·남일로코스주' then '럼동성')
            agreed = set.intersection(*specific) if specific else set()
            partner = sorted(agreed) if agreed else sorted(specific[0]) if specific else (
                [regions.get(p, p) for p in self.mentions[0].partner] or sorted(named[0]))
        return _without_own_countries(partner)


def _without_own_countries(partner: list[str]) -> list[str]:
    """A country beside a place of its own only says where that place is ('일본, 중국의 수소
    도시들과 ... 기타큐슈시, 다롄시와'): the places are the parties."""
    within = {country_of(p) for p in partner if not p.startswith("country-")}
    return [p for p in partner if not (p.startswith("country-") and country_of(p) in within)]


def country_of(place_id: str) -> str:
    """ISO2 code of a place id ('vn-hanoi', 'adm1-cn-guangdong', 'country-kr' -> 'vn', 'cn', 'kr')."""
    parts = place_id.split("-")
    return parts[1] if parts[0] in ("adm1", "country") and len(parts) > 1 else parts[0]


def date_stated(d: Resolved) -> bool:
    """A date the sentence gives (not a year filled in from the page date alone)."""
    return "no date in the sentence" not in d.basis


def bare_this_day(d: Resolved) -> bool:
    """'이날' read as the page's day: no day was told before it in its paragraph."""
    return d.basis.startswith("inferred: '이날' relative to")

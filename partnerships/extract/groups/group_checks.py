"""Groups that are no record of their own: a tally, a summary, a part of another group, another body's deal or event."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerships.extract.groups.model import country_of
from partnerships.extract.groups.witnessed import witnessed
from partnerships.extract.groups.word_checks import AGENCIES, government_acts
from partnerships.extract.places import (
    PlaceMention,
)
from partnerships.extract.types import STRONG_TYPES, find_types

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context
    from partnerships.extract.groups.model import Group, Mention
    from partnerships.extract.groups.reading import ArticleReading


def stands_alone(g: Group, groups: list[Group], r: ArticleReading) -> bool:
    """A group that stands as a record of its own: not a partner only borrowed, another's deal,
    a tally, a summary or a part of another group, or an event a national agency held."""
    return not _partner_only_borrowed(g) and not _not_a_party(g) \
        and (r.mission or not _unattributed_contract(g)) and not _tally_only(g, groups) \
        and not _summed_up(g, groups) and not _named_by_its_division(g, groups) \
        and not _headline_of_a_part(g, groups) and not _where_only(g, groups) \
        and not _only_counted(g) and not _agency_event(g) and not _agency_lead_event(g, r.context) \
        and not _abroad_with_abroad(g) and not _witnessed_contract(g, r.context)


def _witnessed_contract(g: Group, ctx: Context) -> bool:
    """A contract the article tells a Korean head witnessed ('포항 … 기업, 호주 리튬광산과 … 공급 계약…
    포항시장 입회'): two firms' deal, however its other sentences tell it."""
    return g.first.type == "contract" and any(witnessed(x) and "계약" in x.text for x in ctx.sentences)


# an event a national agency organised ('이번 상담회는 KOTRA와 중소기업진흥공단이 공동 주관했으며')
_AGENCY_HELD = re.compile(rf"{AGENCIES}[^.]{{0,30}}?(?:공동\s?)?(?:주관|주최)"
                          r"(?:했|하|한|으로|로)")


def _agency_event(g: Group) -> bool:
    """A roadshow or forum a national agency organised: the city's firms took part, the city did not hold it."""
    return g.first.type in ("roadshow", "forum") and any(
        (found := _AGENCY_HELD.search(m.sentence.text)) is not None
        and not _CO_HOST.search(m.sentence.text[max(0, found.start() - 12):found.start()]) for m in g.mentions)


# a national agency as the lead's subject holding an event ('KOTRA(대한무역투자진흥공사)는 … 한국우수상품전을
# 열었다고 밝혔다'); not one it held with a province ('경북도는 KOTRA와 함께 …')
_AGENCY_HOLDS = re.compile(rf"(?:^|\s){AGENCIES}(?:\([^()]{{1,20}}\))?(?:는|은|이|가)\s[^.]*?"
                           r"(?:열었|열고|개최했|개최하고|마련했|진행했)")


def _agency_lead_event(g: Group, ctx: Context) -> bool:
    """A roadshow or forum of an article whose lead has a national agency holding an event, with no
    Korean government acting in any of the group's sentences: the agency's event."""
    if g.first.type not in ("roadshow", "forum") or any(government_acts(m.sentence, m.word, ctx.places[
            m.sentence.index]) for m in g.mentions):
        return False
    return any(_AGENCY_HOLDS.search(x.text) for x in ctx.segment(g.first.sentence)[:8])


# '충남도와 코트라 보고타무역관 공동 주관으로': the province co-hosted
_CO_HOST = re.compile(r"(?:도|시|군|구)(?:와|과)\s$")


def signed_as_agreement(g: Group) -> bool:
    """The group's event was itself signed as an agreement ('AI 공동연구센터 설립 협약', '…
    개선사업' 협약'), so a bare 협약 elsewhere may be that one."""
    return any(x.word.text.endswith(("협약", "협약서", "협정", "협정서"))
               or re.match(r"['’\"」』]?\s?(?:협약|협정)", x.sentence.text[x.word.end - x.sentence.start:])
               for x in g.mentions)


# '구는 방문 일정을 주선했을 뿐 협약 당사자로 참여하지 않았다': the government signed nothing
_NOT_A_PARTY = re.compile(r"당사자(?:로|가|는|로는)?\s?(?:\S+\s)?(?:참여하지\s?(?:는|도)?\s?않|아니|아닌|빠졌)")


def _not_a_party(g: Group) -> bool:
    """A sentence of the agreement says the article's government was not a party to it."""
    return any(_NOT_A_PARTY.search(m.sentence.text) for m in g.mentions)


# a lede's tally of a trip's results ('업무협약 체결, 통상사무소 개소, 수출 계약 등 3건의 성과를')
# agreements only counted ('현장 MOU 3건·상담액 …'): a tally of deals, no one agreement told
_COUNTED_DEALS = re.compile(r"^\s?\d+\s?건")


def _only_counted(g: Group) -> bool:
    return all(_COUNTED_DEALS.match(m.sentence.text[m.word.end - m.sentence.start:]) for m in g.mentions)


_TALLY_AFTER = re.compile(r"^[^.]{0,40}?등\s?\d+\s?(?:건|개|가지)")


def _tallied(m: Mention) -> bool:
    return bool(_TALLY_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:]))


def _summed_up(g: Group, groups: list[Group]) -> bool:
    """A group told only in a lede that names countries, no city, beside other events ('칠레와 페루를
    방문해 MOU를 체결하고 수출상담회를 열었다'), while the article tells an event of that type in one of
    those countries on its own: the lede summed that one up (its partner city was only guessed)."""
    first = g.first.sentence
    others = [h for h in groups if h is not g and h.first.type == g.first.type]
    elsewhere = {p for h in others for p in h.partner_places()}
    if any(m.sentence is not first for m in g.mentions) and not (set(g.partner_places()) <= elsewhere and all(
            m.partner and set(m.partner) <= elsewhere for m in g.mentions if m.sentence is not first)):
        return False  # (its other sentences may only go on about those other events)
    abroad = [p for p in g.first.place_spans if not p.korean]
    if not abroad or any(p.kind != "country" for p in abroad) or len({m.type for m in g.mentions}) != 1 \
            or not any(w.start != g.first.word.start for w in find_types(first)):
        return False
    countries = {p.country for p in abroad}
    return any(h is not g and h.first.type == g.first.type and any(m.sentence is not first for m in h.mentions)
               and any(m.sentence is not first and any(not p.korean and p.kind != "country" and p.country in countries
                                                      for p in m.place_spans) for m in h.mentions)
               for h in groups)


def _named_by_its_division(g: Group, groups: list[Group]) -> bool:
    """A group told in one sentence (a headline: '하동군, … 교토와 우호도시') whose partner city the
    article writes elsewhere as the division of another event's partner of the same type ('교토부
    우지시와 … 협정을 체결했다'): the headline named the partner by the region around it."""
    first = g.first.sentence
    names = {p.text for p in g.first.place_spans if not p.korean and p.kind == "city"}
    if not names or any(m.sentence is not first for m in g.mentions):
        return False
    division = re.compile("|".join(rf"{re.escape(n)}\s?(?:부|현|성|주|도)(?:\([^()]{{1,12}}\))?\s" for n in names))
    return any(h is not g and h.first.type == g.first.type and not set(h.partner_places()) & set(g.partner_places())
               and any(m.sentence is not first and division.search(m.sentence.text) for m in h.mentions)
               for h in groups)


def _headline_of_a_part(g: Group, groups: list[Group]) -> bool:
    """A headline's agreement naming a metropolitan city or province ('대구, 베트남 박닌성과 … MOU')
    where the body tells the same agreement by one of its districts or cities ('달서구는 … 박닌성 …
    MOU를 체결했다'); the group's other sentences name no place of their own."""
    from partnerships.korea_areas import AREAS, area_table

    f = g.first
    if f.sentence.index != 0 or len(f.korean) != 1 or f.korean[0] not in AREAS \
            or any(m.place_spans for m in g.mentions[1:]):
        return False
    table, area = area_table(), f.korean[0]
    return any(h is not g and h.first.type == f.type and set(h.partner_places()) & set(g.partner_places())
               and all(table.get(k) == area and k != area for m in h.mentions for k in m.korean)
               and any(_acts(m, p) for m in h.mentions for p in m.place_spans if p.korean) for h in groups)


def _acts(m: Mention, p: PlaceMention) -> bool:
    """The Korean place is a party of the sentence ('달서구는', '달서구와'), not where a firm is ('천안의')."""
    return bool(re.match(r"(?:청|청장)?(?:는|은|이|가|와|과|도)\s", m.sentence.text[p.end - m.sentence.start:]))


_UNNAMED_GOVERNMENT = re.compile(r"(?:현지|해당|상대)?\s?(?:지방\s?정부|자치\s?단체|지자체|주\s?정부|성\s?정부)"
                                 r"(?:와|과)\s")


def _where_only(g: Group, groups: list[Group]) -> bool:
    """A group whose partner every sentence names only as where it happened ('하노이서 지방정부와 …
    MOU', '현지 지방정부와 … 협약을 맺고'), while another event of its type names its party in that
    country ('하노이 롯데호텔에서 꽝닌성 인민위원회와 … 양해각서를 체결했다'): that event, told vaguely."""
    partners = set(g.partner_places())
    if g.first.type not in STRONG_TYPES or not partners \
            or any(not _where_or_borrowed(m, partners) for m in g.mentions) \
            or not any(_UNNAMED_GOVERNMENT.search(m.sentence.text) for m in g.mentions):
        return False
    countries = {country_of(p) for p in partners}
    return any(h is not g and h.first.type == g.first.type and not set(h.partner_places()) & partners
               and {country_of(p) for p in h.partner_places()} & countries
               and not all(_where_or_borrowed(m, set(h.partner_places())) for m in h.mentions) for h in groups)


def _where_or_borrowed(m: Mention, partners: set[str]) -> bool:
    """The mention names the partner only as a venue ('하노이서'), or not at all."""
    spans = [p for p in m.place_spans if p.id in partners]
    return all(p.venue_marker for p in spans)


def _tally_only(g: Group, groups: list[Group]) -> bool:
    """A group told only in a lede's tally of results, while the article tells an agreement of
    that kind on its own: the tally named that one, not another (its partner was only guessed)."""
    return all(_tallied(m) for m in g.mentions) and any(
        h is not g and h.first.type == g.first.type and not all(_tallied(m) for m in h.mentions) for h in groups)


def _unattributed_contract(g: Group) -> bool:
    """A contract no sentence of which names the Korean side ('▲ 한빛에어로텍 대표와 필리핀 공군
    사령관이 … 공급 계약서에 서명하고 있다'): with no trade mission told, a firm's deal, not
    shown to be a government's."""
    return g.first.type == "contract" and not any(m.places_from_text for m in g.mentions)


def _partner_only_borrowed(g: Group) -> bool:
    """No sentence of the agreement names its partner place: each names only a country (a firm
    or a government 'of Thailand', '사우디 업체와') and the city came from the sentences around.
    The party is not named where the signing is told, so the record would be a guess."""
    with_partner = [m for m in g.mentions if m.partner]
    return bool(with_partner) and all(m.partner_borrowed for m in with_partner)


# (or an office's head: '후쿠오카시 환경국장과 다롄시 생태환경국장은')
_HEAD = r"(?:\s?(?:시장|주지사|성장|지사|현지사|주총리|아킴|[가-힣]{0,6}국장))?"
# or its government's office ('두바이 디지털청과 바르셀로나 시청은', '오사카부 정부가')
_OFFICE = r"(?:\s?[가-힣]{0,5}(?:시청|도청|청|부|정부|당국))?"
# (its name in its own script may come before the suffix: '야나가와(柳川)시가', '이란(宜蘭)현과')
_AS_SUBJECT = re.compile(rf"^\)?(?:\([^()]{{1,10}}\))?(?:시|도|주|성|현)?(?:{_HEAD}|{_OFFICE})(?:\([^()]{{1,10}}\))?"
                         r"(?:이|가|은|는)\s")
_AS_PARTNER = re.compile(rf"^\)?(?:\([^()]{{1,10}}\))?(?:시|도|주|성|현)?(?:{_HEAD}|{_OFFICE})(?:\([^()]{{1,10}}\))?"
                         r"(?:와|과)(?:도|는)?\s")


# ('통영시의 일본 자매도시인', '통영 자매도시 日 야나가와')
_OWNER = re.compile(r"^(?:시|도|군|구)?(?:의)?\s(?:오랜\s|옛\s|첫\s)?(?:[가-힣]{2,4}\s)?(?:자매|우호)")


def _korean_only_as_owner(m: Mention) -> bool:
    """Every Korean place of the mention's sentence is named as whose sister or friendship city
    follows ('여수시의 오랜 자매도시인')."""
    s = m.sentence
    home = [p for p in m.place_spans if p.korean]
    return bool(home) and all(_OWNER.match(s.text[p.end - s.start:]) for p in home)


def _abroad_with_abroad(g: Group) -> bool:
    """Places of two countries abroad, their heads or their offices sign with each other ('일본
    후쿠오카시가 … 가오슝시와 … 협정을 맺었다', '후쿠오카 시장은 … 가오슝 시장과 … 서명했다', '두바이
    디지털청과 바르셀로나 시청은 … 체결했다'), and no sentence of the agreement names a Korean side:
    their own tie, told as news, not one of Korea's (not a division told apart from its city:
    '타슈켄트시가 아니라 … 타슈켄트주와 맺은 협약'). A Korean city named only as whose sister city
    one of them is ('전남 여수시의 오랜 자매도시인 … 가라쓰시가') is no side."""
    if any(m.places_from_text and not _korean_only_as_owner(m) for m in g.mentions):
        return False
    for m in g.mentions:
        s = m.sentence
        named = [p for p in m.place_spans if not p.korean and p.kind != "country" and p.end <= m.word.start]
        subjects = {p.country for p in named if _AS_SUBJECT.match(s.text[p.end - s.start:])}
        partners = {p.country for p in named if _AS_PARTNER.match(s.text[p.end - s.start:])}
        if subjects and partners - subjects:
            return True
    return False

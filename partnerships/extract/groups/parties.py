"""The places of one agreement word: its Korean side and its partner, from the sentence or from
what the article told before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerships.extract.groups.context import is_headline
from partnerships.extract.groups.counterparts import PLACE, counterpart_named
from partnerships.extract.groups.members import with_members
from partnerships.extract.groups.model import DELEGATION, DOMESTIC_OK, TIES_NEED_PARTNER, VENUE_TYPES
from partnerships.extract.groups.national import enclosing_city, ministry_introduced, national_body
from partnerships.extract.groups.sides import (
    BARE_SUBJECT,
    LEVEL_NAMES,
    PLACE_KINDS,
    TOPIC_AFTER,
    head_level,
    in_quoted_name,
    korean_side_of,
    korean_spans,
    named_as_seat,
    outside_names,
    partner_ids,
    places_abroad,
    signing_home,
)
from partnerships.extract.groups.witnessed import buyers_invited
from partnerships.extract.places import (
    MINISTRIES,
    SEAT_OF_GOVERNMENT,
    PlaceMention,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import STRONG_TYPES, TypeMention, is_pavilion
from partnerships.korea_areas import area_table

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context


# the host an event was held with ('박닌성과 공동으로 하노이에서 … 포럼을 열었다')
_JOINT_HOST = re.compile(r"^(?:시|성|주|도)?(?:와|과)\s?(?:공동으로|함께|공동\s?주최로)\s|"
                         r"^\s?(?:아이막|시|성|주|도)?(?:이|가)\s?(?:공동\s?(?:주최|개최|주관)|함께\s?(?:주최|개최|연))")

# what a venue lies in, named as the host of an event held there: a city, or a city's district ('광저우 톈허구')
_TOWNS = ("city", "district")
# what is placed where it happened: an event, or an office where it opened ('광저우 톈허구 … 빌딩에서 개소식')
_HELD_AT = VENUE_TYPES | {"office"}

# a delegation with no place of its own as the subject signs for the article's own government
# ('이어 대표단은 26일 … 체결했다')
_DELEGATION_SUBJECT = re.compile(r"^(?:(?:이어|또|또한|한편|이후|앞서|아울러|특히|이날|다음\s?날)\s)?"
                                 rf"{DELEGATION}(?:은|는|이|가)\s")


def places_for(s: Sentence, w: TypeMention, spans: list[PlaceMention], ctx: Context,
                lo: int, hi: int, whole: list[PlaceMention] | None = None,
                ) -> tuple[list[str], list[str], str | None, bool, bool]:
    """(Korean side, partner, venue, whether the Korean side is in the text, whether the partner
    is borrowed) for the word's clause `spans`; `whole` the sentence's places."""
    home = signing_home(s, w, spans)
    if home is None:
        return [], [], None, False, False
    foreign = places_abroad(s, spans)
    inside = [p for p in spans if lo <= p.start < hi]
    venue = next((p.id for p in inside if p.kind == "venue"), None)
    venue = venue or next((p.id for p in inside if p.venue_marker), None)
    korean, from_text = _korean_for(s, w, home, foreign, ctx, whole)
    if w.type in _HELD_AT:
        foreign = _where_held(s, w, spans, foreign)
    partner = partner_ids(foreign, s.text, s.start)
    town = [p for p in foreign if partner == [p.id]] if w.type in _HELD_AT else []
    if town and (host := enclosing_city(s, town[0])) is not None:
        partner = [host]  # '도쿄 신주쿠의 한 호텔에서 … 설명회': the host city, not its ward
    counterpart = counterpart_named(s, w, lo, spans)  # (once: both checks below ask)
    at_home = _signed_at_home(s, w, lo, counterpart)
    if at_home and all(in_quoted_name(s, p) for p in foreign):
        partner = []  # only the agreement's name is about a country abroad
    partner, borrowed = _city_for_countries(s, partner, ctx)
    partner = national_body(s, [p for p in spans if lo <= p.start and p.end <= w.start]) \
        or ministry_introduced(s, w, lo, ctx) or _governors_division(s, w, lo, foreign, ctx) or partner
    if not partner and not at_home and (_told_before(s, w) or _next_stop(s, w, counterpart)):
        partner = _partner_nearby(s, ctx)
    multilateral = w.type == "mou" and re.search(r"다자간?\s?$", s.text[:w.start - s.start]) is not None
    if w.type in ("alliance", "declaration") or multilateral:  # a network's, a joint text's signers
        listed = partner
        korean, partner = with_members(s, ctx, korean, partner, foreign, "alliance" if multilateral else w.type)
        borrowed = borrowed and partner == listed  # the member list names them
    if not partner and w.type == "alliance" and _JOINING.search(s.text):  # a network joined: its secretariat's city
        partner = _secretariat_city(ctx)
    if not partner and w.type == "alliance" and _AT_THAT_EVENT.search(s.text):
        # '시는 이 회의에서 ... 네트워크에 가입했다': joined where the event told just before was held
        nearby = [p.id for p in ctx.nearby_foreign(s, back=2) if p.kind == "city"]
        partner = nearby[:1]
    partner = partner or (_seat_told_nearby(s, ctx) if w.type in STRONG_TYPES and not at_home else [])
    if not partner and w.type in STRONG_TYPES and is_headline(s, ctx):
        # a headline ('여수시, 해양관광 MOU 맺어', '호이안과 손잡아…해양관광 MOU') leaves the
        # partner to the rest of its line, else to the lead's first lines
        seg = ctx.segment(s)
        head = [x for x in seg if x.line == s.line and x.index != s.index]
        body = [x for x in seg if x.line != s.line][:2]
        lead = [p.id for x in head + body for p in ctx.places[x.index]
                if not p.korean and p.kind in ("city", "region")]
        partner = lead[:1]
    if not partner and w.type == "award":  # '… 대상을 받았다. 이 상은 … 피라 바르셀로나가 주관한다'
        partner = _awarder_told_next(s, ctx)
    if not partner and (w.type == "roadshow" and not buyers_invited(s, w) or w.type == "forum" and is_pavilion(w.text)):
        partner = _told_before_as_topic(s, w, ctx) or [
            p.id for p in ctx.nearby_foreign(s, back=2) if p.kind == "city"][:1]
    return korean, partner, venue, from_text, borrowed


def _korean_for(s: Sentence, w: TypeMention, home: list[PlaceMention], foreign: list[PlaceMention],
                ctx: Context, whole: list[PlaceMention] | None) -> tuple[list[str], bool]:
    """(Korean side, whether the text names it) of the word's clause, whose Korean places are `home`."""
    if _NATIONAL_SUBJECT.search(s.text):  # a ministry's "'부산 해양협력 공동선언' 채택": named after its host
        home = [p for p in home if not in_quoted_name(s, p, w.start)]
    korean = korean_side_of(home, s.text, s.start)
    if home and all(p.venue_marker or p.dateline or in_quoted_name(s, p) for p in home) \
            and _NATIONAL_SUBJECT.search(s.text):
        # '행정안전부는 5일 서울에서 … 서명했다', '(서울=…) … 국토교통부는': the ministry, not where it met,
        # where the wire filed from, or the city a declaration is named after ('부산 해양협력 공동선언')
        korean = [SEAT_OF_GOVERNMENT]
    if not korean:
        korean = _korean_told_elsewhere(s, ctx, whole and outside_names(s, w, whole))
        # ('이어 대표단은 … 체결했다': the delegation names its government as a place would)
        return korean, bool(korean) and _DELEGATION_SUBJECT.search(s.text) is not None \
            and korean == ctx.lead_subject(s)
    if w.type in DOMESTIC_OK and not foreign:
        korean = list(dict.fromkeys(korean + ctx.lead_korean(s)))
    if w.type == "alliance":  # '세종시는 … 고양시, 핀란드 에스포, …와 함께 창립 헌장에 서명': a member too
        korean += [p.id for p in home if p.id not in korean and _listed_with_abroad(s, p, foreign)]
    return korean, True


_MEMBER_GAP = re.compile(r"^(?:시|군|구)?\s?(?:,|·|、)\s?(?:[가-힣]{2,8}\s)?$")


def _listed_with_abroad(s: Sentence, p: PlaceMention, foreign: list[PlaceMention]) -> bool:
    """The Korean place is listed with the places abroad, just before one of them."""
    after = [q for q in foreign if q.start >= p.end]
    return bool(after) and bool(_MEMBER_GAP.match(s.text[p.end - s.start:min(q.start for q in after) - s.start]))


# the counterpart is a division's head ('맥퍼슨 주지사를 만나 … 업무협약을', '파틸 주총리와')
_DIVISION_HEAD = re.compile(r"(?:주지사|주총리|성장|현지사)(?:를|을|와|과)\s")


def _governors_division(s: Sentence, w: TypeMention, lo: int, foreign: list[PlaceMention],
                        ctx: Context) -> list[str]:
    """The division whose governor signed, when the sentence names only its seat as where ('에드먼턴
    주의사당에서 맥퍼슨 주지사를 만나') or no place ('파틸 주총리와'): the one division of that
    country (of the places named nearby) the article names."""
    if any(not p.venue_marker or p.kind != "city" for p in foreign) \
            or not _DIVISION_HEAD.search(s.text[lo - s.start:w.start - s.start]):
        return []
    countries = {p.country for p in foreign or ctx.nearby_foreign(s)}
    named = {p.id for x in ctx.sentences for p in ctx.places[x.index]
             if p.id.startswith("adm1-") and p.country in countries}
    return sorted(named) if len(named) == 1 else []


def _awarder_told_next(s: Sentence, ctx: Context) -> list[str]:
    """The place of the body that gives a prize, told in the next sentence ('이 상은 … 주최 측인 피라
    바르셀로나(Fira Barcelona)가 …'): where the award came from."""
    if s.index + 1 >= len(ctx.sentences):
        return []
    nxt = ctx.sentences[s.index + 1]
    if not _THE_PRIZE.match(nxt.text):
        return []
    return [p.id for p in ctx.places[nxt.index] if not p.korean and p.kind in ("city", "region")][:1]


_THE_PRIZE = re.compile(r"^\s?(?:이|해당|이번|같은)\s?(?:상|어워드|시상식|상은|대회)(?:은|는|의)?\s")

# a room of the government's own building ('시청 회의실에서', '도청 접견실에서')
def _where_held(s: Sentence, w: TypeMention, spans: list[PlaceMention],
                foreign: list[PlaceMention]) -> list[PlaceMention]:
    """The place abroad of an event or an office: the host it was held with ('박닌성과 공동으로
    하노이에서'), else where it was, a town over its province."""
    # (the town of its hotel is where a roadshow was: '누에보레온주 몬테레이의 한 호텔에서'; a forum's
    # partner is more often the division that held it with the city)
    foreign = foreign + [p for p in spans if w.type == "roadshow" and not p.korean and p.kind in _TOWNS
                         and p not in foreign and named_as_seat(s, p)]
    joint = [p for p in foreign if _JOINT_HOST.match(s.text[p.end - s.start:])]
    at = joint or [p for p in foreign if p.venue_marker and p.kind in _TOWNS]
    # ... else the city it was held in over its province ('서자바주 주도인 Bandung 시내 호텔에서')
    at = at or [p for p in foreign if p.kind in _TOWNS and any(q.kind in ("region", "province") for q in foreign)]
    return at[:1] if at else foreign


_AT_HOME = re.compile(r"(?:시청|도청|군청|구청)\s?(?:(?:본관|별관|신관)\s?)?[가-힣]{0,4}(?:실|홀|강당)에서")


def _signed_at_home(s: Sentence, w: TypeMention, lo: int, counterpart: str) -> bool:
    """'시청 회의실에서 세명대학교, 제천한방병원협회와 '우즈베키스탄 … 업무협약'': signed at home with
    organisations the sentence names (`counterpart`, from counterpart_named), none of them abroad: no
    partner abroad is to be borrowed."""
    between = s.text[lo - s.start:w.start - s.start]
    bodies = bool(counterpart) and counterpart is not PLACE or _BODIES_COUNTED.search(between) is not None
    return bodies and _AT_HOME.search(between) is not None


# bodies named one by one and then counted ('안산대학교, … 안산출입국·외국인사무소 등 4개 기관과')
_BODIES_COUNTED = re.compile(r"(?:센터|대학교|대학|협회|재단|사무소|병원|공단|공사|조합|학회)\s?등\s?"
                             r"\d+\s?개\s?기관(?:과|와)")

# where a network's secretariat sits ('독일 본에 있는 이클레이 세계사무국', '자카르타에 사무국을 둔',
# '벨기에 브뤼셀의 GCoM 공동사무국에')
_SEAT_OF_NETWORK = re.compile(r"^(?:에\s?있는|에\s?위치한|에\s?(?:사무국|본부)을\s?둔|의)\s(?:[^\s.]+\s){0,3}?"
                              r"[^\s.]*(?:사무국|본부)(?:에|이|가|은|는|을|의|과|와)?(?![가-힣])"
                              r"|^에\s?(?:사무국|본부)을\s?둔")

_JOINING = re.compile(r"가입|회원|합류")


def _secretariat_city(ctx: Context) -> list[str]:
    """The foreign city the article says a network's secretariat is in, if it says so."""
    for x in ctx.sentences:
        for p in ctx.places[x.index]:
            if not p.korean and p.kind == "city" and _SEAT_OF_NETWORK.match(x.text[p.end - x.start:]):
                return [p.id]
    return []


# the event word as the sentence's topic ('로드쇼에는 … 함께했다', '이번 상담회에서는'): the event told before
_TOPIC_START = re.compile(r"^\W{0,2}(?:이번\s|이날\s)?$")


def _told_before_as_topic(s: Sentence, w: TypeMention, ctx: Context) -> list[str]:
    """The city of the event the sentence opens with as its subject ('로드쇼는', '상담회가') names
    again: the nearest sentence before that names the same event word with a city abroad (not the
    city of something else told between). (Taking '로드쇼에는' too was tried: it cost more than it gave.)"""
    if not (_TOPIC_START.match(s.text[:w.start - s.start]) and TOPIC_AFTER.match(s.text[w.end - s.start:])):
        return []
    for x in reversed(ctx.segment(s)):
        if x.index < s.index and w.text in x.text:
            cities = [p.id for p in ctx.places[x.index] if not p.korean and p.kind == "city"]
            if cities:
                return cities[:1]
    return []


# the next stop of a trip, told as what came next ('이튿날인 7일에는', '같은 날 오후', '이어')
_NEXT_ON_TRIP = re.compile(r"^(?:이튿날|다음\s?날|같은\s?날|이어|이어서|이날\s?오후)")
# a subject of its own ('같은 날 오후에는 대구기계부품연구원이', '창원대학교와 켐니츠공과대학(TU Chemnitz)도';
# not a time told as the topic, '7일에는')
_OWN_SUBJECT = re.compile(r"[가-힣A-Za-z0-9)](?<!에)(?<!에서)(?:은|는|이|가|도)\s")


def _next_stop(s: Sentence, w: TypeMention, counterpart: str) -> bool:
    """The signers went on to sign with an organisation (`counterpart`), with no subject of their
    own: the next stop of the trip told before ('이튿날인 7일에는 … 허브 Hub71과 … MOU를 맺었다')."""
    return w.type in STRONG_TYPES and bool(_NEXT_ON_TRIP.match(s.text)) \
        and not _OWN_SUBJECT.search(s.text[:w.start - s.start]) and counterpart not in ("", PLACE)


# the two sides already told as the subject ('두 시장은', '양 도시는', '양측은')
_BOTH_SIDES = re.compile(r"(?:^|\s)(?:두|양)\s?(?:시장|도시|지사|단체장|자치단체|지자체|기관|측|구청장)"
                         r"(?:은|는|이|가)\s")
# ... who sign it there and then ('양해각서에도 서명했다'; not '지난해 맺은 협정의 첫 사업', '협약 체결 시기를 미루고')
_SIGNED_NEXT = re.compile(r"^['’\"”」』]?\s?(?:\([A-Za-z]+\))?\s?(?:에도|에|도|을|를)\s?(?:\S+\s){0,2}?"
                          r"(?:(?:서명|체결|교환)(?:했|하였|하고|해)|맺었|맺고)")


def _told_before(s: Sentence, w: TypeMention) -> bool:
    """The partner of a sentence naming none is the one told before: of a tie, or of an agreement
    the two sides sign there and then ('두 시장은 … 양해각서에도 서명했다')."""
    before, after = s.text[:w.start - s.start], s.text[w.end - s.start:]
    return w.type in TIES_NEED_PARTNER or (w.type in STRONG_TYPES and bool(_BOTH_SIDES.search(before))
                                           and bool(_SIGNED_NEXT.match(after)))


def _partner_nearby(s: Sentence, ctx: Context) -> list[str]:
    """The partner of a sentence that names none: the city the sentences before (or the dateline)
    name, or the division that city was only the capital of."""
    partner = ([p.id for p in ctx.nearby_foreign(s) if p.kind == "city"] + ctx.dateline)[:1]
    # ('두 지역은 … 서명했다' after '이시카와현과'; not beside a Korean place of its own: '두 지역은 … 춘천에서')
    if not partner and re.search(r"(?:두|양)\s?지역", s.text) and not any(p.korean for p in ctx.places[s.index]):
        partner = [p.id for p in ctx.nearby_foreign(s) if p.kind == "region"][:1]
    # the sentence before named the partner as a division, with its capital only as where
    # ('노바스코샤주 주도 핼리팩스의 청사에서 노바스코샤주와 ... 서명했다. 의향서에는 ...')
    parties: list[str] = []
    for before in reversed(ctx.sentences[max(0, s.index - 4):s.index]) if partner else ():
        spans = [p for p in ctx.places[before.index] if not p.korean and p.kind in PLACE_KINDS]
        named = [i for i in partner_ids(spans, before.text, before.start) if not i.startswith("country-")]
        parties.extend(i for i in named if i not in parties)
        if partner[0] in {p.id for p in spans}:
            if partner[0] not in named and len(parties) == 1:
                partner = parties  # the city was only the division's capital there
            break
    return partner


# a Korean ministry as the sentence's subject ('환경부는', '환경부(장관 ○○○)는', '산업통상자원부가')
# (a ministry by name: '베트남 정부는' is no Korean side, nor a state's: 'NSW주 교육부 차관이')
_MINISTRY = rf"{MINISTRIES}(?=[\s(은는이가와과의도에,]|$)"  # the ministries alone
_NATIONAL_SUBJECT = re.compile(rf"(?:^|[\s□○ㅇ-])(?<![가-힣A-Z][주성현]\s){_MINISTRY}\s?(?:\([^()]{{0,20}}\))?\s?"
                               r"(?:는|은|이|가|(?:제\d\s?)?(?:장관|차관)(?:\([^()]{0,10}\))?(?:은|이|과|와|,))\s")


def _korean_told_elsewhere(s: Sentence, ctx: Context, whole: list[PlaceMention] | None) -> list[str]:
    """The Korean side of a clause that names none: the sentence's other clause ('부천시장과 ...
    참석했으며, 두 도시는 ... 교류'), else, for a subject by level alone ('도가'), the lead, else,
    for a headline cut by '…', the rest of its line, else the article part's headline and lead."""
    if whole and not is_headline(s, ctx):
        korean = korean_side_of([p for p in korean_spans(whole) if not p.dateline and not p.venue_marker
                               and not named_as_seat(s, p)], s.text, s.start)
        if korean:
            return korean
    if _NATIONAL_SUBJECT.search(s.text):
        return [SEAT_OF_GOVERNMENT]  # '환경부(장관 ○○○)는 …', '환경부 차관(왼쪽)과': Korea's ministry signs
    subject = BARE_SUBJECT.search(s.text)
    if level := (subject.group("level") if subject else head_level(s.text)):
        # '도가 주최한 …', '도지사는 …': the article's own government of that level, not a place named next
        kinds = {p.id: p.kind for x in ctx.segment(s)[:4] for p in ctx.places[x.index]}
        lead = [pid for pid in ctx.lead_korean(s) if kinds.get(pid) == LEVEL_NAMES[level]] or [
            # ... named later ('【춘천】도지사가')
            p.id for x in ctx.segment(s) for p in korean_spans(ctx.places[x.index])
            if p.kind == LEVEL_NAMES[level] and not p.dateline][:1]
        if lead:
            return lead
    if _DELEGATION_SUBJECT.search(s.text) and (lead := ctx.lead_subject(s)):
        return lead  # its own government (the lead's first), not a place the next sentence names
    same_line = [p for x in ctx.sentences if x.line == s.line and x.index != s.index
                 for p in korean_spans(ctx.places[x.index]) if not named_as_seat(x, p)]
    if not same_line:
        return ctx.lead_korean(s)
    # (a paragraph naming the article's own government beside where its firms are, '충남에는 아산의
    # … 천안·아산 일대': that government, not the cities in it)
    lead, areas = ctx.lead_korean(s), area_table()
    return [pid for pid in korean_side_of(same_line) if pid in lead or areas.get(pid) not in lead] or lead


def _city_for_countries(s: Sentence, partner: list[str], ctx: Context) -> tuple[list[str], bool]:
    """A partner named only as countries ('필리핀과'): the city of those countries the sentences
    before or the dateline name.  The second value says the city was borrowed: the sentence
    does not spell it (a name read there by its sound but not here counts as spelt)."""
    if not partner or not all(pid.startswith("country-") for pid in partner):
        return partner, False
    countries = {pid.split("-", 1)[1].upper() for pid in partner}
    cities = [p for p in ctx.nearby_foreign(s) if p.kind == "city" and p.country in countries]
    nearby = [p.id for p in cities] + [pid for pid in ctx.dateline if pid.split("-")[0].upper() in countries]
    if not nearby:
        return partner, False
    spelt = bool(cities) and cities[0].id == nearby[0] and len(cities[0].text) >= 2 and cities[0].text in s.text
    return [nearby[0]], not spelt and (_firm_of_country(s, partner, ctx) or bool(_COUNTED_PARTIES.search(s.text)))


# '호주의 두 주(州) 정부와', '세 도시와 잇따라': the signings counted, each told next with its party
_COUNTED_PARTIES = re.compile(r"(?:두|세|네|다섯|\d+\s?개)\s?(?:주|성|현|도시|기관|곳|지방정부|나라|국가)"
                              r"(?:\s?\([^()]{1,6}\))?\s?(?:정부)?(?:와|과)\s")

# '사우디 석유화학 설비업체와', '말레이시아 현지에서 대형 유통그룹과': a firm, up to its 와/과
_FIRM_PARTY = re.compile(r"^[^.]{0,30}?(?:업체|기업|그룹|회사|상사|개사)\s?(?:'[^']{1,30}')?(?:와|과)\s")


def _firm_of_country(s: Sentence, partner: list[str], ctx: Context) -> bool:
    """The party after the country's name is a firm, not a government ('태국 지방정부 및 현지
    기업과' has one): a firm of a country says nothing about which of its cities is the partner."""
    for p in ctx.places[s.index]:
        if p.id in partner:
            m = _FIRM_PARTY.match(s.text[p.end - s.start:])
            if m and "정부" not in m.group(0):
                return True
    return False


_AT_THAT_EVENT = re.compile(r"(?:이|이번|해당|같은)\s?(?:회의|총회|행사|포럼|회의장|자리)(?:에서|를\s?계기로)")

# '페낭주 조지타운에 본교를 둔 USM은': where an organisation has its seat
_SEAT = re.compile(r"에\s?(?:본교|본사|본부|본점|본원|캠퍼스|사무국)(?:를|을)?\s?(?:둔|두고\s?있는|두고\s?있다)")


def _seat_told_nearby(s: Sentence, ctx: Context) -> list[str]:
    """An agreement with an organisation that names no place: the place the next sentences
    give as the organisation's seat ('…에 본교를 둔 ○○대는'), the most specific one."""
    for x in ctx.sentences[s.index + 1:s.index + 3]:
        m = _SEAT.search(x.text)
        if not m:
            continue
        spans = [p for p in ctx.places[x.index] if not p.korean and p.end - x.start <= m.start()
                 and p.kind in ("city", "region")]
        if spans:
            return [spans[-1].id]
    return []

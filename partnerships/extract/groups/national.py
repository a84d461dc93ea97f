"""National bodies as parties: a country's ministry, agency or government named as the one that signs."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from partnerships.extract.place_context import NATIONAL_AGENCY
from partnerships.extract.places import (
    NATIONAL_BODY,
    PlaceMention,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context
    from partnerships.extract.groups.model import Mention


# a country's own agency ('국가투자공사'), met at its seat; a body under a ministry or government,
# named after it ('산하 외국인투자청(FIA)', '산하 국가 투자진흥기관인 '인베스트 인디아'')
_STATE_AGENCY = r"국가\s?[가-힣]{1,10}(?:공사|청|기관|위원회|공단|진흥원)"
_GOVERNMENTS_BODY = (r"(?:연방\s?|중앙\s?)?정부(?:의)?\s[^.,'\"‘“’”()]{0,30}?(?:기관|기구)인\s?"
                     r"['‘\"“]?[^.,\s'’\"”()]{1,20}['’\"”]?")
_UNDER_IT = (r"산하\s[^.,'\"‘“’”()]{0,30}?(?:['‘\"“][^'’\"”]{1,40}['’\"”])?"
             r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?")

# a country's ministry or government as the party ('베트남 기획투자부와', '카자흐스탄 보건부
# 장관이', '캐나다 연방정부와', '케냐 토지·주택·도시개발부와'); not a part of the country ('베트남 남부와') or a local
# government of it ('베트남 지방정부와')
_NATIONAL_BODY = re.compile(rf"^\s?(?:(?:국가\s?)?{NATIONAL_AGENCY}"
                            r"|(?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정])부|[가-힣]{0,6}행정부"
                            # ... or a bureau of its ministry ('인도 상공부 산업정책진흥국(DIPP)과'; not its
                            # regional branch, '과기부 남부청과'), or its state-run agency ('폴란드 국영
                            # 산업개발청(ARP)과')
                            r"|(?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정시])부\s[가-힣]{2,12}(?<![부지])(?:국|청|처)"
                            r"|(?:국영|국립)\s?[가-힣]{2,10}(?:청|위원회|기관|공단)"
                            # ... or its minister by the title his country gives ('중국 문화여유부장', '일본
                            # 문부과학대신과')
                            r"|[가-힣]{2,8}(?<![영업총무편집])부장|[가-힣]{2,8}대신"
                            # ... or a royal commission ('주베일·얀부 왕립위원회(RCJY)'와', in quotes or not)
                            r"|['‘\"“]?(?:[가-힣]{1,8}·){0,3}[가-힣]{1,8}\s?왕립\s?위원회"
                            r"(?:\s?\([A-Za-z]{2,10}\))?['’\"”]?"
                            # ... or a bureau ('해외고용국(SLBFE)과'; not a country or republic: '미국과', '…공화국과')
                            r"|[가-힣]{2,8}(?<![미중영한태화왕제])국"
                            r"|(?:연방|중앙)?\s?정부|대사관?|총?영사관?)(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?(?:제\d\s?)?"
                            # (a body under it: '고용·빈곤감소부 산하 대외노동이주청과', '연방정부 산하
                            # 무역투자진흥청(Apex-Brasil)과')
                            rf"(?:{_UNDER_IT})?"
                            # (several of its ministries: '주택·도시공동체부, 교통부와')
                            r"(?:,\s?(?:[가-힣]{1,8}·){0,3}[가-힣]{1,8}부(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?){0,4}"
                            # (the minister may be named: '도로교통부 키프로노 체루이요트 장관과'; with
                            # the party: '차관 일행과')
                            r"(?:(?:[가-힣]{2,8}\s){0,3}(?:장관|차관)(?:\s?일행)?|대표단)?\s?"
                            # (an award from it: '이주노동자부(DMW) 장관 명의의 감사패', '… 차관으로부터')
                            r"(?:와|과|이|가|은|는|측과|\s?명의의|으로부터|로부터)(?:도|는)?(?![가-힣])"
                            # ... or a national agency's head ('인도네시아 신수도청(OIKN) 청장과'; not a city's
                            # or a division's office: '하노이시청')
                            r"|^\s?[가-힣]{1,8}(?<![시주성현군구])청(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?"
                            r"\s?청장(?:와|과|이|가|측과)(?![가-힣])"
                            # (or with the title glued on: '인도네시아 신수도청장과'; '…수도청' is no province's)
                            r"|^\s?[가-힣]{1,8}(?<![시주성현군구])(?<![^수]도)청장(?:와|과|이|가|측과)(?![가-힣])"
                            # ... or the agency ('사우디 중소기업청(몬샤아트)과'; not a city's hall: '하노이시청')
                            r"|^\s?[가-힣]{2,10}(?<![시주성현군구])(?<![^수]도)청(?:\s?\([^()]{1,40}\))?(?:와|과|측과)(?:도|는)?(?![가-힣])"
                            # ... or a national agency met at its seat ('국가투자공사(Kazakh Invest) 본사에서',
                            # '태국관광청 본청에서'), or one the article calls the government's ('정부 관광기관인
                            # 태국관광청(TAT)과', '정부의 무역·투자 진흥기관인 무역투자진흥청(ProMéxico) 본부에서')
                            rf"|^\s?(?:{NATIONAL_AGENCY}|{_STATE_AGENCY}|{_GOVERNMENTS_BODY}"
                            r"|(?:[가-힣]{1,8}·){0,3}[가-힣]{1,8}(?<![남북동서중일전내외정])부(?=\s?청사))"
                            r"(?:\s?\([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ&·.,'\s-]{0,60}\))?\s?(?:본사|본청|본부|청사)에서(?![가-힣])"
                            rf"|^\s?{_GOVERNMENTS_BODY}(?:\s?\([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ&·.,'\s-]{{0,60}}\))?"
                            r"(?:와|과|측과)(?:도|는)?(?![가-힣])"
                            # ... or the country's own agency as the party ('우즈베키스탄 국가생태환경보호위원회가',
                            # '베트남 국가관광청(VNAT)으로부터')
                            rf"|^\s?{_STATE_AGENCY}(?:\s?\([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ&·.,'\s-]{{0,60}}\))?"
                            r"(?:와|과|이|가|측과|으로부터|로부터)(?:도|는)?(?![가-힣])"
                            # ... or visited to sign ('정보통신기술혁신부(MINICT)를 찾아 … 의향서를 교환했다')
                            r"|^\s?(?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정])부"
                            r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?(?:을|를)\s?(?:찾아|방문해)\s")


def national_body(s: Sentence, spans: list[PlaceMention]) -> list[str]:
    """The country whose ministry, government or ambassador the sentence names as a party, if one
    does: the country is the partner, a city named beside it only where they met."""
    party = next((p for p in spans if p.id.startswith("country-")
                  and _NATIONAL_BODY.match(_read_after(s.text[p.end - s.start:p.end - s.start + 150]))
                  and not _ATTENDING.match(s.text[p.end - s.start:])), None)
    if party is None:  # ... or after its country and capital ('베트남 하노이 기획투자부(MPI) 청사에서')
        return ministry_in_capital(s, spans)
    # ... each country of a list of their ministries before it ('인도네시아 공공사업주택부, 베트남 건설부,
    # 라오스 공공사업교통부와 … 각각 체결했다')
    listed = [p.id for p in spans if p.id.startswith("country-") and p.end <= party.start and p.id != party.id
              and _LISTED_BODY.match(s.text[p.end - s.start:party.start - s.start])]
    return [*dict.fromkeys(listed), party.id] if listed else [party.id]


def _read_after(text: str) -> str:
    """What follows a country's name, its gloss and its body's head in brackets left out."""
    return _HEAD_IN_BRACKETS.sub("", _GLOSS.sub("", text, count=1), count=1)[:96]


def ministry_in_capital(s: Sentence, spans: list[PlaceMention]) -> list[str]:
    """The country whose ministry or national agency the sentence names after its country and capital
    ('베트남 하노이 기획투자부(MPI) 청사에서', '중국 베이징 국가여유국(CNTA)에서'): that country signed.
    (A city's own department, named after it alone, is the city's or its state's: '두바이 경제관광부',
    '함부르크 경제부'.)"""
    countries = _country_codes()
    for p in spans:
        if p.kind != "city" or p.korean or not _BODY_IN_CAPITAL.match(s.text[p.end - s.start:p.end - s.start + 80]):
            continue
        before = re.search(r"([가-힣]{2,10})\s?$", s.text[:p.start - s.start])
        if before and countries.get(before.group(1)) == p.country:
            return [f"country-{p.country.lower()}"]
    return []


WARD_KM = 25.0  # a city named right before another of its country this near is the one it lies in


def enclosing_city(s: Sentence, p: PlaceMention) -> str | None:
    """The city the sentence names right before `p` ('도쿄 신주쿠', '도쿄 미나토구'), when `p` is a
    district or ward of it (called one, or within WARD_KM): the city itself."""
    from geo.gazetteer import default_gazetteer

    before = re.search(r"([가-힣]{2,10})\s(?:시내\s|도심\s)?$", s.text[:p.start - s.start])  # ('… 시내 수흐바타르구')
    gaz = default_gazetteer()
    town = p.kind in ("city", "district") and p.id in gaz
    outer = gaz.find(before.group(1), fuzzy=False) if before and town else None
    if outer is None or outer.kind != "city" or outer.country != p.country or outer.id == p.id:
        return None
    ward = p.text.endswith("구") or s.text[p.end - s.start:p.end - s.start + 1] == "구"  # ('도쿄 미나토구')
    return outer.id if ward or gaz.distance_km(outer.id, p.id) <= WARD_KM else None


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Korean country names to ISO codes (the same in any gazetteer of the atlas: its countries)."""
    from geo.gazetteer import default_gazetteer

    return dict(default_gazetteer().country_names_ko)


# a national ministry or agency named after a city, where it sits: with its building, or as the party
_BODY_IN_CAPITAL = re.compile(r"^\s(?:(?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정시본])부"
                              r"|국가[가-힣]{1,8}(?:국|청|위원회))"  # (not a city's own bureau: '울란바토르 관광국과')
                              r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?(?:청사|본부)?\s?(?:에서|와|과|측과)(?![가-힣])")


# a country's ministry followed by the next country's in a list ('인도네시아 공공사업주택부, 베트남 …')
_LISTED_BODY = re.compile(r"^\s?(?:(?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정])부장?"
                          r"|[가-힣]{2,8}대신)"
                          r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?,\s?(?:[^,]{1,40},\s?)*$")


# the country's name glossed ('아랍에미리트(UAE) 정부와')
_GLOSS = re.compile(r"^\s?\([A-Za-z][A-Za-z .&'-]{0,30}\)")

# the body's head named in brackets after it ('베트남 건설부(장관 팜 홍 하)와', '대사관(대사 …)과')
_HEAD_IN_BRACKETS = re.compile(r"\s?\((?:장관|차관|청장|대사|총영사|총재|위원장|국장)\s[^()]{1,30}\)")


# an envoy or official who only attended ('주한 콜롬비아 대사와 시 관계자 등이 참석한 가운데 …')
_ATTENDING = re.compile(r"^[^.]{0,30}?(?:등이|등)\s?참석한\s?가운데")

# a ministry as the party, named without its country ('과학기술부 장관과'), which the article
# introduced with it before ('베트남 과학기술부와'): that country signed
_MINISTRY_PARTY = re.compile(r"((?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정])부)"
                             r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?(?:제\d\s?)?(?:장관|차관)?\s?"
                             rf"(?:{_UNDER_IT})?(?:와|과|측과)(?:도|는)?"
                             r"(?![가-힣])")


def foreign_ministry_party(m: Mention) -> bool:
    """Whether the mention's partner is one country whose ministry, named without it, is the
    clause's party ('기획투자부 산하 외국인투자청과 … 체결')."""
    if len(m.partner) != 1 or not m.partner[0].startswith("country-"):
        return False
    return m.partner[0] != "country-kr" and _MINISTRY_PARTY.search(
        m.sentence.text[:m.word.start - m.sentence.start]) is not None


def ministry_introduced(s: Sentence, w: TypeMention, lo: int, ctx: Context) -> list[str]:
    """The country the article names right before the ministry the clause names as the party."""
    found = list(_MINISTRY_PARTY.finditer(s.text[max(0, lo - s.start):w.start - s.start]))
    if not found:
        return []
    name = found[-1].group(1)
    at = max(0, lo - s.start) + found[-1].start(1)
    if any(not p.korean and not p.id.startswith("country-") and p.end - s.start <= at
           and not s.text[p.end - s.start:at].strip() for p in ctx.places[s.index]):
        return []  # a state's or a city's own department ('메릴랜드주 상무부와'), not a country's
    # (a name Korea's ministries share, '산업부', is the foreign one only where a country's name
    # comes right before it)
    for x in ctx.sentences:  # the headline names it before the body introduces it
        for p in ctx.places[x.index]:
            if p.id.startswith("country-") and p.id != "country-kr" \
                    and x.text[p.end - x.start:].lstrip().startswith(name):
                return [p.id]
    if NATIONAL_BODY.fullmatch(name):
        return []  # a Korean ministry
    for x in ctx.sentences:  # ... or it came second in a list of the country's ministries
        # ('필리핀 교통부(DOTr)와 …, 인간정주도시개발부(DHSUD)와는')
        at = x.text.find(name + "(")
        before = [p for p in ctx.places[x.index] if p.end - x.start <= at] if at > 0 else []
        if before and before[-1].id.startswith("country-") \
                and _MINISTRY_PARTY.search(x.text, before[-1].end - x.start):
            return [before[-1].id]
    # ... or the one foreign country the clause names, its minister met where he sits ('사우디
    # 리야드에서 … 빈 살만 에너지부 장관과 회담하고')
    told = [p for p in ctx.places[s.index] if lo <= p.start < w.start and not p.korean]
    countries = {p.id for p in told if p.id.startswith("country-")}
    if len(countries) == 1 and len({p.country for p in told}) == 1 and re.search(r"(?:장관|차관)", found[-1].group(0)) \
            and all(p.id in countries or (p.kind == "city" and p.venue_marker) for p in told):
        return sorted(countries)
    return []

"""What follows a place's name when the place is no party to anything the sentence tells: a
page's weather bar ('청주 흐림 -3℃'), a street or square named after it ('상파울루 파울리스타
대로에'), a games or festival held in it ('평창 동계올림픽을 계기로'), one of its districts ('서울
자치구가'), the people from it ('베트남·중국 이주민', '중국 동포', '베트남 국적 주민'), or an
organisation's branch in it ('코트라 바르샤바무역관', 'OO은행 하노이지점'), or the region a partner
left unnamed lies in ('산둥성의 도시와')."""

from __future__ import annotations

import re

NOT_A_PARTY_AFTER = re.compile(
    r"^\s(?:맑음|흐림|구름\s?많음|비|눈|소나기|안개)\s?-?\d|"
    r"^\s?(?:대로|거리|광장|애비뉴|스트리트)(?:에서|에|의|를|을|는|은|가|이|와|과|로)?(?![가-힣])|"
    r"^\s?(?:동계\s?|하계\s?)?(?:올림픽|패럴림픽|아시안\s?게임|유니버시아드|비엔날레|국제?\s?영화제)|"
    # ... or a summit named after its host ('경주 APEC 정상회의 개막을 앞두고', '부산 G20 정상회의')
    r"^\s(?:APEC|G20|G7|ASEAN|아세안|한-?아세안|한-?중-?일)\s?(?:특별\s?)?(?:정상\s?회의|정상회담|각료\s?회의|서밋)|"
    r"^\s(?:자치구|기초자치단체|지자체|시·?군)(?:가|이|는|은|의|들|[\s,])|"
    r"^(?:·[가-힣]{2,8}){0,4}\s?(?:출신\s?)?(?:(?:고려인|조선족|한인|재외)\s?)?(?:이주민|이민자|결혼이민자|동포|유학생|근로자|노동자|교민|"
    r"이주\s?여성|다문화\s?가족)(?![가-힣])|^(?:·[가-힣]{2,8}){0,4}\s?(?:국적|출신)(?:에|의|은|는|이|가|을|를)?(?![가-힣])|"
    # where a firm is from ('성남의 B사가', '화성 소재 ㈜○○는', '충북 음성군 소재 김치·장류 제조업체 ㈜○○가'):
    # the firm's home (and its province), no party
    r"^(?:시|군|구|\s[가-힣]{1,5}(?:시|군|구))?\s?(?:의|\s소재(?:의)?|에\s?있는)\s(?:[가-힣·]{1,12}\s){0,2}?"
    r"(?:㈜\s?[가-힣A-Za-z]{1,12}|[A-Z○]{1,3}사|[가-힣]{0,8}(?:기업|업체|회사))(?:가|는|이|은)\s|"
    # places a briefing promotes ('화성·평택 등 도내 산업단지의 입지 조건'): sites, no party
    r"^(?:·[가-힣]{2,8}){0,4}\s?등\s(?:도내|시내|관내|지역|국내)?\s?(?:[가-힣]{1,6}\s)?"
    r"(?:산업\s?단지|산단|단지|부지|관광지)(?:의|을|를|에|와|과|이|가|\s)|"
    # what a place is the centre of ('강남이 서울의 경제 중심이듯'): a comparison, no party
    r"^\s?의\s(?:[가-힣·]{1,8}\s?){0,2}중심(?:지|부)?(?:이|인|으로|처럼|이듯|과|와|이자|,|\s)|"
    # the Korean community there ('오클랜드 한인회와', '호찌민 한인상공인연합회와', '시드니 교민회와')
    r"^\s?(?:재\s?)?(?:한인|교민|동포)(?=\s?[가-힣]{0,8}?(?:회|단체)(?:장|와|과|의|는|은|가|이|도|를|을)?(?![가-힣]))|"
    # an area of a city where something is ('자카르타 남부 쿠닝안 지구 업무빌딩에서'): where, no party
    r"^\s(?:지구|일대)(?:의|에|에서|\s)|"
    # members who only watched ('브루나이·미얀마는 참관', '호주 멜버른 관계자들이 와서 지켜봤다')
    r"^(?:·[가-힣]{2,8}){0,4}\s?(?:은|는|도)\s(?:참관|옵서버|옵저버)|"
    r"^(?:(?:과|와|·|,)?\s?[가-힣]{2,8}){0,4}\s(?:관계자|대표|대표단)(?:들)?(?:이|도)\s(?:와서\s|찾아와\s)?"
    r"(?:지켜봤|지켜보|참관)|"
    # a consul in Korea who came to watch ('주광주 우즈베키스탄 명예영사도 참석해')
    r"^\s?(?:명예\s?)?(?:총)?영사(?:도|는|은|가|이|,|\s)|"

    # a place the partner lies in, told before naming it ('산둥성의 도시와 자매도시가 됐다')
    r"^(?:성|주|현)?의\s(?:한\s)?(?:[가-힣]{1,4}\s)?(?:항구\s?|항만\s?|관광\s?|산업\s?)?(?:도시|소도시|지역|지방정부)(?:와|과)\s")
# a firm's name in quotes that begins with a place name ('아르주 트레이드'와): the firm, not the place
FIRM_NAME_AFTER = re.compile(r"^\s?(?:트레이드|트레이딩|무역|상사|인터내셔널|코퍼레이션|그룹|푸드|푸즈|홀딩스|컴퍼니|"
                             r"물산|유통|테크|솔루션|엔지니어링|로지스틱스)\s?['’\"”」』]"
                             # ... or a firm's name glossed by its initials ('코펜하겐 인프라스트럭처 파트너스(CIP)')
                             r"|^\s(?:[가-힣]{2,10}\s){0,2}(?:파트너스|인베스트먼트|캐피털|캐피탈|홀딩스|그룹|코퍼레이션|"
                             r"인터내셔널|컴퍼니|에너지)\s?\([A-Z][A-Za-z&]{1,10}\)")
BRANCH_AFTER = re.compile(r"^\s[가-힣]{2,}(?:무역관|지점|지사|사무소|대표처|법인)(?![가-힣])")


# an embassy's staff who came to watch ('베트남대사관 노동관과 … 대표도 참석해', '… 관계자는 축사를'),
# the embassy glued to its country's name or written after it: guests, not a party
_GUESTS_AFTER = re.compile(r"^(?!\s?(?:과|와|측과)(?:는|도)?\s)[^.]{0,30}?(?:참석|참관|축사)")


def embassy_guests(word: str, after: str) -> bool:
    """The word is a country's embassy or consulate whose people only attended."""
    if not word.endswith(("대사관", "영사관")):
        m = re.match(r"^\s?(?:총)?(?:대사관|영사관)", after)
        if not m:
            return False
        after = after[m.end():]
    return bool(_GUESTS_AFTER.match(after))


# a firm's home in brackets after its name ('㈜하이퓨어텍(남동구)은'): where the firm is, no party
_FIRM_BEFORE_BRACKET = re.compile(r"(?:㈜|\(주\))\s?[^\s()]{1,20}\($|[^\s()]{1,20}(?:㈜|\(주\))\($")


def no_party(p, text: str, offset: int) -> bool:
    """Whether the place found at `p` is no party by what surrounds it: a foreign place by what
    follows it (NOT_A_PARTY_AFTER), a Korean one named as a firm's home in brackets."""
    before, after = text[max(0, p.start - offset - 24):p.start - offset], text[p.end - offset:]
    if p.korean:
        return bool(_FIRM_BEFORE_BRACKET.search(before)) and after.startswith(")")
    return NOT_A_PARTY_AFTER.match(after) is not None

"""Words a venue's name ends with, defined once for every check that reads a place as where
something happened ('… 국제전시센터에서', '리옹 직물장식미술관에서'), and what after a place's
name makes it where something happened."""

import re

BUILDINGS = r"(?:센터|호텔|청사|회관|홀|타워|컨벤션|전시장|회의장)"
# ... and the sites an exhibition or a performance is held in
SITES = r"(?:센터|호텔|청사|회관|홀|타워|컨벤션|전시장|회의장|극장|박물관|미술관)"
# ... and what a university's name adds to its city's ('드레스덴공대', '하노이국립대학교')
UNIVERSITY = r"(?:국립|주립|시립|공과|공업|기술|의과)?(?:대학교|대학|공대|대)"


def held_there(word: str, rest: str, korean: bool = False) -> bool:
    """Whether the place `word`, followed by `rest`, is said to be where something happened
    ('오덴세에서 개최된', '고후시 현청에서', '퍼스에 도착해'; a Korean one: '평창 알펜시아에서 열려')."""
    return bool(re.match(r"^\s?(?:시|주|도)?\s?(?:\([^()]{1,30}\)\s?)?(?:에서|서(?=\s))", rest)
                or _VENUE_IN_NAME.match(rest) or _DIVISION_SEAT.match(rest) or _MOVED_TO.match(rest)
                or (korean and (_HELD_AT_SITE.match(rest) or _BUILT_IN.match(rest)))
                or (word.endswith("로") and _MOVED_VERB.match(rest)) or _EVENT_THERE.match(rest))


# an event held there, named in quotes ("국토부, 로마 '우크라 재건회의'서 재건협력 MOU"): the place is the venue
_EVENT_THERE = re.compile(r"^\s['‘\"“][^'’\"”]{2,40}['’\"”]\s?(?:에서|서)(?=\s)")


# a site in a Korean place where an event was held ('강원도 평창 알펜시아에서 열려'): no party for being named
_HELD_AT_SITE = re.compile(r"^(?:\s[가-힣A-Za-z]{2,10}){1,2}에서\s(?:열[렸린리려]|개최)")


# an industrial park of a Korean place where a plant is to be built ('창원 국가산단 내 공장 설립'): its site
_BUILT_IN = re.compile(r"^\s?(?:국가|일반|첨단)?(?:산업단지|산단|공단)\s?(?:내|안|에)(?![가-힣])")


# where a delegation travelled to ('크라이스트처치로 이동한 대표단은', '퍼스에 도착해': like 에서)
_MOVED_TO = re.compile(r"^\s?(?:시|주)?\s?(?:\([^()]{1,30}\)\s?)?(?:(?:으로|로)\s?(?:이동|건너가|건너간|향한|향해)|"
                       r"에\s?(?:도착|입국))")
_MOVED_VERB = re.compile(r"^\s?(?:이동|건너가|건너간|향한|향해)")  # ... the 로 read into the name ('크라이스트처치로')

# a division's office in its capital ('고후시 현청에서', '하노이 성청사에서', '호바트 주정부청사를
# 화상으로 연결해'): the city is where it happened, or the building linked or visited
_DIVISION_SEAT = re.compile(r"^(?:시)?(?:의)?\s(?:현청|도청|주청|성청|현\s?청사|주\s?청사|성\s?청사|주정부\s?청사|"
                            r"주의사당|주의회)(?:사)?\s?(?:에서|를|을|와|과)(?![가-힣])")


# a building named after its place, where something happened ('제주웰컴센터에서')
# ... or one in the place ('울란바토르의 한 호텔에서'), or a venue named after it ('해운대구 벡스코에서')
# (after a name glossed in brackets: '요나고(米子)시 컨벤션센터에서')
_VENUE_IN_NAME = re.compile(rf"^(?:\)(?:시|주|현)?)?(?:\s[가-힣]{{1,8}}(?:동|구|로|가)(?=\s))?"  # '서울 소공동 …'
                            rf"(?:\s?[가-힣A-Za-z]{{0,10}}{BUILDINGS}"
                            # ('창원 경남테크노파크 본부에서', '경주 보문관광단지 공사 본사에서')
                            r"|(?:\s[가-힣A-Za-z]{1,10}){1,2}\s?(?:본부|본관|본사|사옥)"
                            rf"|(?:시|주|도)?의\s(?:한\s)?[가-힣A-Za-z]{{0,12}}{BUILDINGS}"
                            r"|\s?(?:벡스코|코엑스|킨텍스|엑스코|BEXCO|COEX|KINTEX|EXCO))에서")

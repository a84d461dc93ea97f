"""Page furniture: the lines of a copied page that are not the article (menus, bylines, related
lists, comment boxes, lists of past results)."""

from __future__ import annotations

import re

HANGUL = re.compile(r"[\uac00-\ud7a3]")

# A line that starts one of these (after a bullet: '▶ 관련기사', '[관련기사]') opens a zone of
# non-article text (related-article lists, comment boxes, shop widgets) that lasts until a new
# post header (a dated line) appears; not a sentence that speaks of them ('관련 기사 내용을 옮겨 왔습니다').
CUT_MARKERS = re.compile(
    r"^\s*(?:[▶▷■□◆◇●○▲△•]\s*|\[(?=관련\s?기사\]))?"
    r"(related articles|관련\s?기사|추천\s?기사|기자의 (추가|다른) 기사|많이 본 (뉴스|기사)|"
    r"인기\s?기사|주요\s?뉴스|최신\s?뉴스|핫\s?이슈|join our newsletter|\d+\s*comments?|"
    r"댓글\s*\d+|이 기사를 (공유|추천)|포토\s?뉴스|오늘의 주요뉴스|you may also like)\b"
    r"(?!.*(?:습니다|합니다|했다|한다|이다|였다|어요|에요|해요)[.!~]?\s*\S{0,4}\s*$)",  # not a sentence about them
    re.IGNORECASE,
)
# Lines that are page furniture wherever they occur.
_DROP_LINE = re.compile(
    r"^\s*(광고|ad|advertisement|sponsored|\[광고\].*|광고\s*/\s*ad|반응형|728x90|댓글\(\d*\)|공감|구독하기|공유하기|"
    r"좋아요\s*\d*|로그인|회원가입|기사\s?스크랩|글자\s?크기|프린트|인쇄|닫기|맨\s?위로|top|"
    r"사진 없음.*|담당\s?부서.*|페이스북|트위터|카카오톡|url\s?복사|목록|이전\s?글|다음\s?글|"
    r"copyright.*|ⓒ.*|©.*|.*무단\s?전재.*|.*재배포\s?금지.*|\[자료제공.*|◎.*|▶.*바로가기.*|"
    # the files attached to a press release ('첨부파일 160926 … MOU 체결(투자통상과).hwp 사진1.jpg')
    r"(?:첨부\s?파일|첨부|붙임|attachments?)\s?[:：]?\s.*\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip)(?:\s.*)?|"
    # a related article's link with its date ('▶ 대구시, 칠레 산티아고서 … 개최 (2022.10)')
    r"[▶▷>»]\s?.*\((?:19|20)\d{2}[.\-/]\s?\d{1,2}(?:[.\-/]\s?\d{1,2})?\.?\))\s*$",
    re.IGNORECASE,
)
# a site's weather widget ('춘천 -2℃ · 강릉 3℃', '수원 24℃ 구름많음 · 미세먼지 보통'): its towns are no party
# (a short line with a town's temperature, no sentence and no agreement word)
_WEATHER = re.compile(r"(?:^|[\s·|,/])[가-힣]{1,6}\s?[-+]?\d{1,2}(?:\.\d)?\s?(?:℃|°C)")
_NOT_WEATHER = re.compile(r"다\.|협약|협정|MOU|결연|의향서|교류|상담회|로드쇼|선언")
_IMAGE_LINE = re.compile(r"^\s*!\[.*\]\(.*\)\s*$|^\S+\.(gif|png|jpe?g|svg|webp)\s*$", re.I)
# (starting only where a run of name characters starts: no rescan of a 60,000-letter word per letter)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+|\[email[^\]]*protected\]")
_PHONE_LINE = re.compile(r"^[^\n]{0,20}\d{2,4}-\d{3,4}-\d{4}\s*$")
DATE_IN_LINE = re.compile(r"(19|20)\d{2}\s*[.년/-]\s*\d{1,2}\s*[.월/-]\s*\d{1,2}")
_MENU_SEP = re.compile(r"\s*[|·>]\s*")
# a news site's regional section ('부산·경남', '대구/경북 뉴스'): where the story is filed, no party
_AREA = (r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|충청|전북|전남|호남|경북|경남|영남|"
         r"제주|수도권)")
_SECTION_LINE = re.compile(rf"^\s*{_AREA}(?:\s?[·/ㆍ,]\s?{_AREA}){{1,3}}\s*(?:뉴스|소식)?\s*$")


# a heading over a list of the year's results or the ties so far ('[참고] 2019년 주요 국제교류 성과',
# '해외 자매도시 현황'): its items are background, not the news; the list ends at the first line
# that is not an item
RESULTS_HEADING = re.compile(r"^\s*(?:\[참고\]|<참고>|【참고】|※\s?참고:?)?\s*[^.!?]{0,40}?"
                             r"(?:성과|실적|연혁|현황|발자취|주요\s?일지)\s*(?:\([^()]{0,30}\))?\s*:?\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-·ㆍ•▲△]|\d{1,2}[.)])\s")


# the site's name a page title ends with ('… 관광 MOU - 제주남부신문', '… | 경기일보'): not the story's
SITE_SUFFIX = re.compile(r"\s(?:-|\||–|—|::)\s[가-힣A-Za-z0-9. ]{0,14}"
                         r"(?:신문|일보|뉴스|방송|타임스|타임즈|저널|미디어|닷컴|투데이|신보|TV|News|Times|Daily|"
                         r"의소리|경제|비즈|포스트|프레스|데일리|통신)\s*$")  # ('제주의소리', '헤럴드경제')
# a bare comment count ('댓글 3', '12 comments'), and a line of running text (a sentence of
# some length that ends like one): before one, the counter belongs to the article's header
# ... or a portal's toolbar that starts with it ('댓글 6   번역 설정   글씨크기 조절하기   인쇄하기')
COMMENT_COUNTER = re.compile(r"^\s*(?:댓글\s*\d+|\d+\s*comments?)(?:\s*$|\s*[|·]?\s{2,}[^.]{0,60}$)",
                             re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?:다|요)\.[\"'”’]*\s*$")
_HANGUL = re.compile(r"[가-힣]")


def body_sentence(line: str) -> bool:
    """A line that ends as a sentence of prose does ('…했다.'), with Hangul at least ten
    characters before its ending. (Read from the end: searching from every Hangul letter of a
    long line for an ending it lacks took seconds per 100 KB.)"""
    end = _SENTENCE_END.search(line)
    return end is not None and _HANGUL.search(line, 0, max(0, end.start() - 10)) is not None


def _is_menu(s: str) -> bool:
    parts = [p for p in _MENU_SEP.split(s) if p]
    if s.count("|") >= 3 and parts:  # the site's name before its menu ('대구일일신문 ≡ 전체메뉴 대구 | 경북 | …')
        parts[0] = parts[0].split()[-1]
    if ">" in s and len(parts) >= 2 and all(len(p) <= 10 for p in parts):  # breadcrumb: 경제일보 > 지역 > 경기
        return True
    cells = [p for p in re.split(r"\s{2,}|\s*[|·>]\s*", s.strip()) if p]  # spaced out too, not a table row
    return (len(parts) >= 4 and all(len(p) <= 8 for p in parts)) or (
        len(cells) >= 5 and all(len(p) <= 8 and not re.search(r"\d", p) for p in cells))


# other stories' headlines: a ticker of two or more ('[속보] 충남도, 中 허베이성과 … MOU(29일 스좌장) · 대전시,
# 日 삿포로 … 개최(28일) · …'), or one listed with its date ('· 화성시, 베트남 박닌성과 … 체결 (07.11)')
_HEADLINE = re.compile(r"^\s*(?:\[속보\]\s*)?[가-힣]{1,8},\s\S")
_DATED_HEADLINE = re.compile(r"^\s*[·•ㆍ-]\s?[가-힣]{1,8},\s.{4,90}"
                             r"\((?:\d{2}\.\d{2}|(?:19|20)\d{2}\.\d{1,2}\.\d{1,2})\)\s*$")


def _headlines(s: str) -> bool:
    return _DATED_HEADLINE.match(s) is not None or (
        sum(_HEADLINE.match(part) is not None for part in s.split(" · ")) >= 2 and not body_sentence(s))


def classify(s: str) -> str:
    """Reason a line is furniture, or '' when it is article content."""
    if not s.strip():
        return "blank"
    if _headlines(s):
        return "headlines"
    if _DROP_LINE.match(s):
        return "furniture"
    if _IMAGE_LINE.match(s):
        return "image"
    if len(s.strip()) <= 60 and _WEATHER.search(s) and not _NOT_WEATHER.search(s):
        return "weather"
    if _PHONE_LINE.match(s):
        return "contact"
    if _is_menu(s) or _SECTION_LINE.match(s):
        return "menu"
    if not HANGUL.search(s) and not DATE_IN_LINE.search(s):
        return "no Korean"
    if _EMAIL.search(s) and len(HANGUL.findall(s)) < 25:
        return "byline"
    return ""

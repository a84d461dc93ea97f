"""The extraction pipeline: clean -> sentences -> mentions -> groups -> candidate records."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from partnerships.extract import Extraction
from partnerships.extract.clean import Article, is_post_header, load_article
from partnerships.extract.dates import published_for
from partnerships.extract.errors import ArticleError
from partnerships.extract.groups import NEEDS_PARTNER, build
from partnerships.extract.history import latest_year_told, told_as_history
from partnerships.extract.places import OUTLET_SUFFIX
from partnerships.extract.records import to_record
from partnerships.extract.sentences import split
from partnerships.extract.sub_places import UNPLACED
from partnerships.extract.types import STRONG_TYPES, find_types, has_type_word, is_pavilion

MAX_RECORDS = 60  # records one article may propose: a week's news list holds a dozen

# The outlet, recognised by the shape of its byline: a wire dateline '[서울=뉴시스]' or
# '(부산=연합뉴스)', a copyright line 'ⓒ 매일신문', else the page's web address, else a
# government release ('보도자료', by its issuer where it names one), else the paper's name atop the page.
_WIRE_DATELINE = re.compile(r"[\[(]\s?[가-힣]{1,10}\s?=\s?([가-힣A-Za-z0-9]{2,20})\s?[\])]")
_COPYRIGHT = re.compile(r"(?:ⓒ|©|Copyright\s?(?:ⓒ|©|\(c\))?)\s?(?:\d{4}\s)?\s?([가-힣A-Za-z0-9.]{2,20})",
                        re.I)
# (a release named in a sentence is none: '이 기사는 … 보도자료를 바탕으로', '… 보도자료 아님')
_NOT_THIS_ONE = r"(?![ \t]?(?:를|을|에|의|와|과|로|아님|아닌|가\s아))"
_RELEASE = re.compile(r"보도\s?자료" + _NOT_THIS_ONE)
# ... whose issuer heads it ('부산광역시 보도자료', '청도군 보도자료', '국토교통부 보도자료')
_ISSUER = r"([가-힣]{2,12}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구|부|청|처|원|공사|재단))\s?보도\s?자료"
_RELEASE_BY = re.compile(_ISSUER + _NOT_THIS_ONE)  # (at the head, or signing it off: '(… 전주시청 보도자료)')
# ... or the government a release's head names: '[보도자료] 세종특별자치시, …', '세종특별자치시 | 2025년 3월 6일'
_GOVERNMENT = r"([가-힣]{2,12}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구|부|청|처))"
_ISSUER_HEAD = re.compile(r"^\s*\[\s*보도\s?자료\s*\]\s*" + _GOVERNMENT + r"(?=[,\s])"
                          r"|^\s*" + _GOVERNMENT + r"\s*\|\s*(?:\d{4}|보도)", re.M)
# ... or one a page says it was written from, when it names no outlet
_BASED_ON = re.compile(_ISSUER + r"(?![ \t]?(?:아님|아닌|가\s아))")
# a newspaper's name at the head of its page ('강원일보 | 2025-09-22 | …', '하동뉴스 최○○ 기자')
_OUTLET = re.compile(rf"(?:^|\|\s|\s{{2}})([가-힣A-Za-z0-9]{{1,12}}{OUTLET_SUFFIX})"
                     r"(?=\s*(?:\||\s{2}|$|[›>]|[가-힣○]{2,4}\s?기자))", re.M)


def publisher_of(text: str, url: str | None = None) -> str:
    """The publisher as the page names it, read from the shape of its byline."""
    head = text[:3000]
    if m := _WIRE_DATELINE.search(head):
        return m.group(1)
    if m := _COPYRIGHT.search(text):
        return m.group(1).rstrip(".")
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    if m := _RELEASE_BY.search(head[:400]) or _RELEASE_BY.search(text[-400:]):
        return m.group(1)  # (its issuer heads it or signs it off: '(2025년 11월 17일, 전주시청 보도자료)')
    if _RELEASE.search(head):
        m = _ISSUER_HEAD.search("\n".join(head.splitlines()[:10]))
        return next(g for g in m.groups() if g) if m else "press release"
    lines = "\n".join(head.splitlines()[:10])
    if m := _OUTLET.search(lines):
        return m.group(1)
    return m.group(1) if (m := _BASED_ON.search(text[-400:])) else ""  # ('… 충주시 보도자료를 바탕으로 …')


def run(data: bytes | str, *, source_file: str = "", gazetteer=None,
        published: dt.date | None = None, url: str | None = None, seconds: float | None = None) -> Extraction:
    """See `partnerships.extract.extract`."""
    if gazetteer is None:
        from geo.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    article = load_article(data)
    sentences = split(article, lines=relevant_lines(article))
    if not sentences:
        return Extraction([], "no article text left after removing page furniture")
    groups, pubs = build(article, sentences, gazetteer, published=published,
                         **({} if seconds is None else {"seconds": seconds}))
    publisher = publisher_of(article.text, url)
    made: list[dict] = []
    dropped: list[str] = []
    to_place: list[dict] = []
    told_first: set[int] = set()  # records the headline or the lead tells first, without a day
    told_at: dict[int, int] = {}  # record -> the first sentence that tells it
    # a page with no date is at least as late as the latest year it tells of: a tie years before that
    # is history ('서울시와 방콕은 2006년 우호도시 협정을 맺었으며' beside a visit of 2023)
    told_until = dt.date(year, 1, 1) if (year := latest_year_told([s.text for s in sentences])) else None
    for g in groups:
        pub = published_for(pubs, g.first.sentence.line)
        lead = " ".join(s.text for s in [x for x in sentences if x.line >= pub.line][:3])
        # what follows the agreement sentence often says what it is about
        last = g.mentions[-1].sentence.index
        after = [x.text for x in sentences[last + 1:last + 3]]
        lead = " ".join([lead, *after])
        rec = to_record(g, gazetteer=gazetteer, source_file=source_file, published=pub,
                        publisher=publisher, lead_text=lead, url=url)
        unplaced = [pid.removeprefix(UNPLACED) for pid in rec["partner_places"] if pid.startswith(UNPLACED)]
        why = _left_out(rec, pub.date or told_until, history=g.history)
        if why:
            dropped.append(f"{rec['type']}{why}")
            if unplaced and rec["korean_places"]:  # (the reason given is the unplaced partner)
                to_place.append(_to_place(rec, unplaced))
            continue
        made.append(rec)
        told_at[id(rec)] = min(m.sentence.index for m in g.mentions)
        # the headline (above the byline) and the first lines under it
        top = {x.index for x in sentences if pub.line - 6 <= x.line < pub.line}
        top |= {x.index for x in [x for x in sentences if x.line >= pub.line and _prose(x.text)][:2]}
        if told_at[id(rec)] in top and len(rec["date"] or "") < 10:
            told_first.add(id(rec))
    candidates = _merged(_missions_split(made))
    candidates = _summed_up(candidates, told_first, told_at)
    if len(candidates) > MAX_RECORDS:
        raise ArticleError(f"too many agreements: the reader found {len(candidates)} in one text, and proposes at "
                           f"most {MAX_RECORDS} from one article (a text this crowded is likely several articles "
                           "pasted together); split it into its articles and add them one by one")
    _unique_ids(candidates)
    first = pubs[0]
    reason = "" if candidates else _no_record_reason(dropped, sentences, first)
    return Extraction(
        candidates, reason,
        published=first.date.isoformat() if first.date and first.exact else (
            str(first.date.year) if first.date else None),
        published_basis=first.basis, dropped=dropped, to_place=to_place,
    )


_BY_HAND = "add it by hand if it belongs on the map"


def _to_place(rec: dict, unplaced: list[str]) -> dict:
    """The record without the partners the gazetteer lacks, their names as read kept under
    "unplaced" (and written as read where the suggested texts named them)."""
    out = {**rec, "partner_places": [p for p in rec["partner_places"] if not p.startswith(UNPLACED)],
           "unplaced": unplaced}
    for field in ("title_en", "title_ko", "summary_en", "summary_ko"):
        for name in unplaced:
            out[field] = str(out.get(field) or "").replace(UNPLACED + name, name)
    return out


def _left_out(rec: dict, published: dt.date | None, *, history: bool = False) -> str:
    """Why the reader does not propose `rec` (after its type: ' in '<evidence>': reason'), else ""."""
    where = f" in '{rec['evidence'][0][:50]}'"
    if not rec["korean_places"]:
        return f"{where}: no Korean place found"
    unplaced = [pid.removeprefix(UNPLACED) for pid in rec["partner_places"] if pid.startswith(UNPLACED)]
    if unplaced:  # a place the gazetteer lacks: its parent would be a wrong partner
        return f"{where}: partner '{', '.join(unplaced)}' is not in the gazetteer; offered for a person to place"
    if str(rec.get("venue") or "").startswith(UNPLACED):
        rec["venue"] = None  # where it happened is a place the gazetteer lacks: not said
    if told_as_history(rec, published) or history and published is not None:
        return f" of {rec['year']}{where}: told as history in an article of {published.year}; {_BY_HAND}"
    if not rec["partner_places"]:
        why = "no partner place found" if rec["type"] in NEEDS_PARTNER else "no partner abroad (a domestic one)"
        return f"{where}: {why}; {_BY_HAND}"
    return ""


def _missions_split(made: list[dict]) -> list[dict]:
    """A mission told over several cities, then city by city ('멕시코시티와 상파울루에 파견했다 …
    23일에는 상파울루에서 상담회를 열고'): each city told on its own is its own roadshow, and the
    summary is no record of its own (its other cities are where other things happened)."""
    out = []
    for c in made:
        if c["type"] == "roadshow" and len(c["partner_places"]) > 1:
            own = {p for x in made if x is not c and x["type"] == "roadshow" and x["year"] == c["year"]
                   and set(x["korean_places"]) == set(c["korean_places"]) and len(x["partner_places"]) == 1
                   for p in x["partner_places"]}
            if own & set(c["partner_places"]):
                continue
        out.append(c)
    return out


def _merged(candidates: list[dict]) -> list[dict]:
    """The candidates without those that are another's setting or another name for it."""
    # the expo, summit or forum where an agreement was signed is its setting, not a record (a
    # pavilion the government ran there is its own part in it; an office opened that day signed nothing)
    signed = [c for c in candidates if c["type"] in STRONG_TYPES and c["type"] != "office"]
    candidates = [c for c in candidates if not (c["type"] == "forum" and any(_same_event(c, x) for x in signed)
                                                and not any(is_pavilion(t["text"]) for t in c["support"]["type"]))]
    # a centre founded together and opened ('공동으로 설립한 … 센터가 문을 열었다', '… 개소'): one
    # institution, not also an office of its own
    founded = [c for c in candidates if c["type"] == "institution"]
    candidates = [c for c in candidates if not (c["type"] == "office" and any(
        _same_parties(c, x) and c["year"] == x["year"] for x in founded))]
    # a line naming only where it was signed ('충주시, 베트남 하노이서 … 협약'), beside the signing
    # with its party in that country: the same agreement, told by its setting
    return [c for c in candidates if not (_only_where(c) and any(
        x is not c and x["type"] == c["type"] and x["year"] == c["year"] and not _only_where(x)
        and set(x["korean_places"]) == set(c["korean_places"])
        and {_country(p) for p in x["partner_places"]} == {_country(c["venue"])} for x in candidates))]


def _summed_up(candidates: list[dict], told_first: set[int], told_at: dict[int, int]) -> list[dict]:
    """The signing the headline and lead sum up without its day, told with its day below, is one
    record: the dated one, with the Korean sides both name ('경북도·구미시, … MOU' over '경북도는
    … 경북지사와 구미시장이 … 체결했다'); so is an event they sum up by its province or country
    when one dated event of that type is in a city there."""
    out = []
    for c in candidates:
        dated = [x for x in candidates if id(c) in told_first and x is not c and x["type"] == c["type"]
                 and x["year"] == c["year"] and len(x["date"] or "") == 10
                 and set(x["korean_places"]) & set(c["korean_places"])
                 and told_at.get(id(x), -1) >= told_at[id(c)]]
        twin = next((x for x in dated if set(x["partner_places"]) == set(c["partner_places"])), None)
        # ... or summed up by the province or country the one dated event's city is in ('장쑤성을 찾아 …
        # 수출상담회를 여는 등' over '23일에는 난징 시내 전시장에서 … 상담회를 열었다')
        wide = len(c["partner_places"]) == 1 and c["partner_places"][0].startswith(("adm1-", "country-"))
        inside = [x for x in dated if {_country(p) for p in x["partner_places"]} == {_country(c["partner_places"][0])}
                  and not any(p.startswith(("adm1-", "country-")) for p in x["partner_places"])] if wide else []
        twin = twin or (inside[0] if len(inside) == 1 else None)
        # ... or by the trip's cities ('뭄바이와 벵갈루루를 방문해 … 주정부와의 업무협약 체결'), when one
        # dated event of that type lies in their countries
        # (wherever the summary stands: a page's captions and furniture may come first)
        trip = [x for x in candidates if x is not c and x["type"] == c["type"] and x["year"] == c["year"]
                and len(x["date"] or "") == 10 and set(x["korean_places"]) & set(c["korean_places"])
                and {_country(p) for p in x["partner_places"]} <= {_country(p) for p in c["partner_places"]}] \
            if len(c["partner_places"]) >= 2 and len(c["date"] or "") < 10 \
            and c["type"] not in ("alliance", "declaration") else []  # (their members are the record)
        twin = twin or (trip[0] if len(trip) == 1 else None)
        if twin is None:
            out.append(c)
        else:
            twin["korean_places"] = list(dict.fromkeys(twin["korean_places"] + c["korean_places"]))
            twin["evidence"] = list(dict.fromkeys(twin["evidence"] + c["evidence"]))
            for key, spans in c["support"].items():
                twin["support"].setdefault(key, []).extend(x for x in spans if x not in twin["support"][key])
    return out


def _prose(text: str) -> bool:
    """A line of prose, not a byline or a toolbar ('기자 | 입력 …', '본문 듣기 | 글자 크게')."""
    return "|" not in text and len(re.findall(r"[가-힣]", text)) >= 15


def _only_where(rec: dict) -> bool:
    """The record's one partner is the place it happened and its date has no day."""
    return rec["partner_places"] == [rec.get("venue")] and len(rec["date"] or "") < 10


def _country(place_id: str | None) -> str:
    """The country code a gazetteer id starts with ('vn-hanoi', 'adm1-vn-bac-ninh', 'country-vn')."""
    parts = str(place_id or "").split("-")
    return parts[1] if parts[0] in ("adm1", "country") and len(parts) > 1 else parts[0]


def _no_record_reason(dropped: list[str], sentences, published) -> str:
    """Why the article gave no record, in a line for the person who brought it in; plans are told
    with the date they were read against and where it came from (a page's own date wins over one
    given for a folder, and a signing after it reads as a plan)."""
    if dropped:
        why = [("told as history", "told as history"), ("no partner abroad", "with no partner abroad"),
               ("no Korean place", "with no Korean place"), ("gazetteer", "with a partner not in the gazetteer"),
               ("no partner place", "with no partner place")]
        counts = [f"{sum(key in d for d in dropped)} {label}" for key, label in why if any(key in d for d in dropped)]
        return "agreements found, none proposed: " + ", ".join(counts)
    if any(find_types(s) for s in sentences):
        exact = published.date and published.exact
        when = f"; read as of {published.date.isoformat()}, {published.basis}" if exact else ""
        return ("agreement wording found, but only as plans, visits, proposals or talks "
                f"(nothing reported as signed, held or opened{when})")
    return "no partnership wording (업무협약, 의향서, 자매결연, 로드쇼 ...) in the article"


def _same_parties(a: dict, b: dict) -> bool:
    return set(a["korean_places"]) == set(b["korean_places"]) and set(a["partner_places"]) == set(b["partner_places"])


def _same_event(forum: dict, signing: dict) -> bool:
    """The forum may be where the signing happened: the same year, and the same day unless one of
    them has no day (a forum the government held on another day is its own event)."""
    if forum["year"] != signing["year"]:
        return False
    a, b = forum["date"] or "", signing["date"] or ""
    return len(a) < 10 or len(b) < 10 or a == b


def relevant_lines(article: Article) -> set[int]:
    """Line indexes worth analysing with Kiwi up front: lines with an agreement word, and each
    post's title and lead.  Other sentences are analysed only when their places or tense are
    needed (a sentence with a year, for the publication-date check)."""
    content = [i for i, line in enumerate(article.lines) if line.content]
    keep: set[int] = set(content[:4])
    for k, i in enumerate(content):
        text = article.lines[i].text
        if is_post_header(text):
            keep.update(content[max(0, k - 2):k + 3])
        if has_type_word(text):
            keep.add(i)
    return keep


def _unique_ids(candidates: list[dict]) -> None:
    seen: dict[str, int] = {}
    for c in candidates:
        base = c["id"]
        n = seen.get(base, 0) + 1
        seen[base] = n
        if n > 1:
            c["id"] = f"{base}-{n}"

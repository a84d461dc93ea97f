"""Mention groups -> candidate records in the data-format shape (status 'proposed').

Besides the record fields, each candidate carries two keys the store keeps as extras:
`confidence` (0..1) and `support`: for each field, the spans of the article that back it
({"text", "start", "end"} with offsets in the article text, and the sentence they sit in).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from partnerships.extract.dates import Published
from partnerships.extract.groups import Group, Mention, country_of
from partnerships.extract.sectors import DEFAULT_BY_TYPE, find_sectors
from partnerships.model import MAX_TITLE, SECTORS, TYPES, YEAR_MIN

_ALWAYS = {"roadshow": "trade", "contract": "trade"}


def _span(text: str, start: int, end: int, sentence: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"text": text, "start": start, "end": end}
    if sentence is not None:
        d["sentence"] = sentence
    return d


def _slug(place_id: str) -> str:
    if place_id.startswith("adm1-"):
        return place_id.split("-", 2)[-1]
    if place_id.startswith(("country-", "venue-")):
        return place_id.split("-", 1)[1]
    return place_id.split("-", 1)[1] if "-" in place_id else place_id


def _name(gazetteer, place_id: str, lang: str) -> str:
    return gazetteer.name_in(place_id, lang)


def sectors_of(group: Group, lead_text: str) -> list[str]:
    """Sectors the agreement's sentences stress: keyword hits in each mention's part of its
    sentence, doubled right before the agreement word; kept when at least half the top score.
    Else the headline's main sector, else the type's usual field."""
    score: dict[str, int] = {}
    for m in group.mentions:
        for k, v in m.far_sectors.items():
            score[k] = score.get(k, 0) + v
        for k, v in m.near_sectors.items():
            score[k] = score.get(k, 0) + v
    if not score:
        for m in group.mentions:
            for k, v in m.next_sectors.items():
                score[k] = score.get(k, 0) + v
    chosen: list[str] = []
    if score:
        top = max(score.values())
        chosen = [k for k, v in score.items() if v * 2 >= top]
    t = group.first.type
    if not chosen and t in DEFAULT_BY_TYPE:
        chosen = [DEFAULT_BY_TYPE[t]]
    if not chosen:
        lead = find_sectors(lead_text)
        if lead:
            chosen = [max(lead, key=lead.__getitem__)]
    if not chosen:  # a record always has a field: the article's main one, else culture
        chosen = ["culture_tourism"]
    if t in _ALWAYS and _ALWAYS[t] not in chosen:
        chosen.append(_ALWAYS[t])
    order = list(SECTORS)
    return sorted(set(chosen), key=order.index)


def korean_side(group: Group) -> list[str]:
    """The Korean places that signed: those the signing sentences name (first those that name
    the partner too).  Places only a later
    sentence adds ('충남도와 천안시는 협약에 따라 ...') do not widen the side; they count
    when no signing sentence names a Korean place."""
    signed = [m for m in group.mentions if m.places_from_text and m.status == "signed"]
    both = [m for m in signed if m.partner]  # the sentence that names both sides
    source = both or signed or group.mentions
    side = list(dict.fromkeys(pid for m in source for pid in m.korean))
    return [pid for pid in side if not _bare_name_of_province(pid, side, group)]


def _bare_name_of_province(pid: str, side: list[str], group: Group) -> bool:
    """A city read from a bare name ('제주를 포함한', '제주 도지사') that begins the name of a
    province on the same side ('제주도', '제주특별자치도'): the bare name is that province."""
    spans = [p for m in group.mentions for p in m.place_spans if p.korean]
    own = {p.text for p in spans if p.id == pid}  # (distinct names: a run-on line repeats them thousands of times)
    if not own or any(p.kind != "city" for p in spans if p.id == pid) or any(t.endswith("시") for t in own):
        return False
    provinces = {p.text for p in spans if p.kind == "province" and p.id in side and p.id != pid}
    return any(len(name) > len(t) and name.startswith(t) for name in provinces for t in own)


def _best_date(group: Group):
    """The date of the mention that dates the agreement best: its own bracketed date first,
    then the most complete, then one naming its partner city or division (not a lede's countries),
    then a stated year over an inferred one."""
    dated = [m for m in group.mentions if m.date]
    if not dated:
        return None

    def key(m: Mention):
        d = m.date
        only_countries = bool(m.partner) and all(p.startswith("country-") for p in m.partner)  # a trip's lede
        return (not m.own_date, _day_told(m), -((d.month is not None) + (d.day is not None)), only_countries,
                d.basis != "stated")

    return min(dated, key=key).date


# the day a release was issued, told after what it reports ('… 체결했다고 21일 밝혔다')
_TOLD_ON = re.compile(r"^\s?(?:\(현지\s?시간\)\s?)?(?:밝혔|전했|발표했|알렸)")


def _day_told(m: Mention) -> bool:
    """Whether the mention's date is the day the news was told, not the day of the event."""
    end = getattr(m.date.mention, "end", None)  # (offsets in the article)
    return end is not None and bool(_TOLD_ON.match(m.sentence.text[end - m.sentence.start:end - m.sentence.start + 12]))


def confidence(group: Group) -> float:
    """A rough 0..1 score from the evidence: signed wording (less when only a headline or a
    caption names the agreement), own date, places named in the text, more than one sentence."""
    score = 0.45
    if any(m.status == "signed" for m in group.mentions):
        score += 0.15
    elif any(m.status == "named" for m in group.mentions):
        score += 0.05  # only a headline or a caption names it
    if any(m.own_date for m in group.mentions):
        score += 0.1
    if any(m.places_from_text for m in group.mentions):
        score += 0.1
    if len({m.sentence.index for m in group.mentions}) > 1:
        score += 0.1
    if group.first.partner or group.first.type in ("alliance", "institution", "program", "office"):
        score += 0.05
    return round(min(score, 0.95), 2)


def _summary_en(korean: str, partner: str, type_en: str, date_iso: str, publisher: str,
                published: Published) -> str:
    """A plain statement of the record, fit to publish as it stands: who, what, when, and where
    it was reported ('Busan and Ho Chi Minh City: MOU (2024-03-05), reported by Busan press
    release on 2024-03-07.')."""
    told = f"{korean} and {partner}" if partner else korean
    when = f" ({date_iso})" if date_iso else ""
    by = f" by {publisher}" if publisher else ""
    on = f" on {published.date.isoformat()}" if published.date is not None and published.exact else ""
    return f"{told}: {type_en}{when}, reported{by}{on}." if by or on else f"{told}: {type_en}{when}."


_GOVERNMENT_PUBLISHER = re.compile(r"([가-힣]{1,8}(?:시|도|군|구))(?:청)?")


def _publisher_en(publisher: str, gazetteer) -> str:
    """A Korean government publishing under its Korean name, as an English summary names it: its
    English name with the Korean after it ('Changwon (창원시)'); any other publisher as it is."""
    if (m := _GOVERNMENT_PUBLISHER.fullmatch(publisher.strip())) is None:
        return publisher
    try:
        place = gazetteer.find(m.group(1), fuzzy=False)
    except (AttributeError, TypeError):
        return publisher
    if place is None or place.country != "KR" or place.kind not in ("city", "province", "county", "district"):
        return publisher
    return f"{place.name_en} ({publisher})"


def to_record(group: Group, *, gazetteer, source_file: str, published: Published,
              publisher: str, lead_text: str, url: str | None = None) -> dict[str, Any]:
    """The candidate record for one group of mentions."""
    first = group.first
    type_ = first.type
    korean = korean_side(group)
    partner = group.partner_places()
    date, basis = _best_date(group), "inferred: no year in the text and no publication date found"
    if date and date.year and not YEAR_MIN <= date.year <= dt.date.today().year + 1:  # '[전남일보 2099.03.18]'
        date, basis = None, f"inferred: the year read, {date.year}, is not one a record may have"
    year = date.year if date else None
    date_iso = date.iso if date else ""
    basis = date.basis if date else basis
    sectors = sectors_of(group, lead_text)
    venue = next((m.venue for m in group.mentions if m.venue and _venue_fits(m.venue, partner, gazetteer)), None)
    ko_names = "·".join(_name(gazetteer, p, "ko") for p in korean) or "?"
    en_names = " and ".join(_name(gazetteer, p, "en") for p in korean) or "?"
    pk, pe = _partner_names(partner, gazetteer)
    type_en, type_ko = TYPES[type_]
    title_ko = f"{ko_names}{'–' + pk if pk else ''} {type_ko}"
    type_word = type_en if type_en[:2].isupper() else type_en[:1].lower() + type_en[1:]  # 'MOU' stays
    title_en = f"{en_names}{' with ' + pe if pe else ''}: {type_word}"
    title_en, title_ko = (x if len(x) <= MAX_TITLE else x[:MAX_TITLE - 1] + "…" for x in (title_en, title_ko))
    evidence_sents = list(dict.fromkeys(m.sentence.text for m in group.mentions))
    slug_parts = [str(year) if year else "undated", *(_slug(p) for p in korean[:1]),
                  *(_slug(p) for p in partner[:1]), type_.replace("_", "-")]
    rid = re.sub(r"[^a-z0-9]+", "-", "-".join(slug_parts).lower()).strip("-")
    summary_en = _summary_en(en_names, pe, type_en, date_iso, _publisher_en(publisher, gazetteer), published)
    support: dict[str, list[dict[str, Any]]] = {"type": [], "date": [], "places": [], "sectors": []}
    for m in group.mentions:
        s = m.sentence
        support["type"].append(_span(m.word.text, m.word.start, m.word.end, s.text))
        if m.date and m.date.mention and m.date.mention.text:
            dm = m.date.mention
            support["date"].append(_span(dm.text, dm.start, dm.end, s.text))
        for p in m.place_spans:
            if p.id in korean or p.id in partner or p.id == venue:
                support["places"].append({**_span(p.text, p.start, p.end), "place": p.id})
    if published.date is not None and published.start >= 0:
        support["date"].append({**_span(published.text, published.start,
                                        published.start + len(published.text)),
                                "role": "publication date"})
    return {
        "id": rid,
        "title_en": title_en,
        "title_ko": title_ko,
        "type": type_,
        "sectors": sectors,
        "date": date_iso,
        "year": year,
        "date_basis": basis,
        "korean_places": korean,
        "partner_places": partner,
        "venue": venue,
        "parties": [],
        "summary_en": summary_en,
        "summary_ko": _short(first.sentence.text, 160),
        "source": {"file": source_file, "publisher": publisher,
                   "published": published.date.isoformat() if published.date and published.exact
                   else None, "url": url or None},
        "evidence": evidence_sents,
        "status": "proposed",
        "confidence": confidence(group),
        "support": support,
    }


TITLE_PARTNERS = 5  # partners a title names; more are counted ('… and 19 more')


def _partner_names(partner: list[str], gazetteer) -> tuple[str, str]:
    """The partners as a title names them, in Korean and English: a multilateral agreement's dozens
    made a title longer than a record may hold."""
    shown, more = partner[:TITLE_PARTNERS], len(partner) - TITLE_PARTNERS
    pk = "·".join(_name(gazetteer, p, "ko") for p in shown) + (f" 외 {more}곳" if more > 0 else "")
    pe = ", ".join(_name(gazetteer, p, "en") for p in shown) + (f" and {more} more" if more > 0 else "")
    return pk, pe


def _venue_fits(venue: str, partner: list[str], gazetteer) -> bool:
    """A venue lies in Korea or in a partner's country ('방콕(10.6~10.7)과 … 이스탄불(…)에서 로드쇼를':
    Istanbul is no venue of the Bangkok roadshow)."""
    countries = {country_of(p) for p in partner}
    if not countries or not hasattr(gazetteer, "get"):
        return True
    try:
        where = gazetteer.get(venue).country
    except LookupError:
        return True
    return where.upper() == "KR" or where.lower() in countries


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

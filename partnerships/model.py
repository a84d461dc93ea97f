"""The partnership record, its taxonomy, and field-level validation."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

# Agreement types: id -> (English, Korean). Order is the legend order.
TYPES: dict[str, tuple[str, str]] = {
    "mou": ("MOU", "업무협약"),
    "loi": ("Letter of intent", "의향서"),
    "sister_city": ("Sister city", "자매결연"),
    "friendship_city": ("Friendship city", "우호협력도시"),
    "alliance": ("Alliance / network", "협의체·얼라이언스"),
    "declaration": ("Declaration", "협력 선포"),
    "roadshow": ("Roadshow / trade mission", "로드쇼·상담회"),
    "contract": ("Export contract", "수출 계약"),
    "award": ("Award", "수상"),
    "exchange": ("Exchange / exhibition", "교류·전시"),
    "office": ("Overseas office", "해외 거점"),
    "institution": ("Institution", "기관 설립"),
    "program": ("Programme / investment", "사업·투자"),
    "forum": ("Forum / fair", "포럼·박람회"),
}

SECTORS: dict[str, tuple[str, str]] = {
    "robotics": ("Robotics", "로봇"),
    "smart_city": ("Smart city", "스마트도시"),
    "mobility": ("Mobility", "모빌리티"),
    "energy": ("Energy", "에너지"),
    "ai": ("AI", "인공지능"),
    "iot": ("IoT", "사물인터넷"),
    "drones": ("Drones", "드론"),
    "startups": ("Startups", "스타트업"),
    "water": ("Water", "물관리"),
    "healthcare": ("Healthcare", "헬스케어"),
    "culture_tourism": ("Culture & tourism", "문화·관광"),
    "manufacturing": ("Manufacturing", "제조업"),
    "trade": ("Trade", "무역"),
}

# A record's life: proposed -> published (or rejected); published -> retracted. Files written
# before review existed say `reviewed`, which means published.
STATUSES = ("proposed", "published", "rejected", "retracted", "reviewed")
PUBLIC_STATUSES = frozenset({"published", "reviewed"})


def is_public(status: str) -> bool:
    """Whether a record with this status is shown to viewers (the Map, exports, every public page)."""
    return status in PUBLIC_STATUSES
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True, slots=True)
class Party:
    """An organisation that signed or took part."""

    name_en: str
    name_ko: str


@dataclass(frozen=True, slots=True)
class Source:
    """The article a record was read from."""

    file: str
    publisher: str
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """One partnership event. See docs/data-format.md for the rules of each field."""

    id: str
    title_en: str
    title_ko: str
    type: str
    sectors: tuple[str, ...]
    date: str
    year: int
    date_basis: str
    korean_places: tuple[str, ...]
    partner_places: tuple[str, ...]
    venue: str | None
    parties: tuple[Party, ...]
    summary_en: str
    summary_ko: str
    source: Source
    evidence: tuple[str, ...]
    status: str = "reviewed"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """Build a record from its JSON form; assumes `problems(d)` found nothing."""
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        src = d["source"]
        return cls(
            id=d["id"],
            title_en=d["title_en"],
            title_ko=d["title_ko"],
            type=d["type"],
            sectors=tuple(d["sectors"]),
            date=str(d["date"]),
            year=int(d["year"]),
            date_basis=d["date_basis"],
            korean_places=tuple(d["korean_places"]),
            partner_places=tuple(d.get("partner_places") or ()),
            venue=d.get("venue"),
            parties=tuple(Party(p.get("name_en", ""), p.get("name_ko", "")) for p in d.get("parties") or ()),
            summary_en=d["summary_en"],
            summary_ko=d["summary_ko"],
            source=Source(src["file"], src.get("publisher", ""), src.get("published"), src.get("url")),
            evidence=tuple(d["evidence"]),
            status=d.get("status", "reviewed"),
            extra={k: v for k, v in d.items() if k not in known},
        )

    def to_dict(self) -> dict[str, Any]:
        """The record's JSON form (lists, not tuples), keeping unknown keys it was read with."""
        d = asdict(self)
        extra = d.pop("extra")
        for k in ("sectors", "korean_places", "partner_places", "evidence"):
            d[k] = list(d[k])
        d["parties"] = [dict(p) for p in d["parties"]]
        d.update(extra)
        return d

    @property
    def places(self) -> tuple[str, ...]:
        """Every place id the record names, Korean first, without repeats."""
        ids = [*self.korean_places, *self.partner_places, *([self.venue] if self.venue else [])]
        return tuple(dict.fromkeys(ids))


@dataclass(frozen=True)
class Problem:
    """What is wrong with one record or file, and where."""

    file: str
    record_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.record_id:
            where.append(f"record {self.record_id}")
        if self.field:
            where.append(f"field {self.field}")
        return f"{': '.join(where)}: {self.message}"


_REQUIRED_TEXT = ("id", "title_en", "title_ko", "summary_en", "summary_ko", "date_basis")


def shape_problems(d: Any, *, file: str) -> list[Problem]:
    """Check one raw record's fields and vocabulary (not its places or evidence)."""
    if not isinstance(d, dict):
        return [Problem(file, None, None, f"expected a JSON object, found {type(d).__name__}")]
    rid = d.get("id") if isinstance(d.get("id"), str) else None
    out: list[Problem] = []

    def bad(fld: str, msg: str) -> None:
        out.append(Problem(file, rid, fld, msg))

    for fld in _REQUIRED_TEXT:
        if not isinstance(d.get(fld), str) or not d[fld].strip():
            bad(fld, "missing or empty text")
    if rid is not None and not ID_RE.match(rid):
        bad("id", f"{rid!r} is not a lowercase slug")
    if d.get("type") not in TYPES:
        bad("type", f"{d.get('type')!r} is not one of {', '.join(TYPES)}")
    sectors = d.get("sectors")
    if not isinstance(sectors, list) or not sectors:
        bad("sectors", "must be a non-empty list")
    else:
        for s in sectors:
            if s not in SECTORS:
                bad("sectors", f"{s!r} is not one of {', '.join(SECTORS)}")
    _check_date(d, bad)
    basis = d.get("date_basis")
    if isinstance(basis, str) and basis != "stated" and not re.match(r"^inferred: \S", basis):
        bad("date_basis", "must be 'stated' or 'inferred: <reason>'")
    kp = d.get("korean_places")
    if not isinstance(kp, list) or not kp or not all(isinstance(p, str) for p in kp):
        bad("korean_places", "must be a non-empty list of place ids")
    pp = d.get("partner_places", [])
    if not isinstance(pp, list) or not all(isinstance(p, str) for p in pp):
        bad("partner_places", "must be a list of place ids")
    if d.get("venue") is not None and not isinstance(d.get("venue"), str):
        bad("venue", "must be a place id or null")
    parties = d.get("parties", [])
    if not isinstance(parties, list) or not all(isinstance(p, dict) for p in parties):
        bad("parties", "must be a list of {name_en, name_ko} objects")
    src = d.get("source")
    if not isinstance(src, dict) or not isinstance(src.get("file"), str) or not src["file"]:
        bad("source", "must be an object with at least a 'file'")
    ev = d.get("evidence")
    if not isinstance(ev, list) or not ev or not all(isinstance(e, str) and e.strip() for e in ev):
        bad("evidence", "must be a non-empty list of sentences")
    if d.get("status", "reviewed") not in STATUSES:
        bad("status", f"must be one of {', '.join(STATUSES)}")
    return out


def _check_date(d: dict[str, Any], bad) -> None:
    year = d.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2100:
        bad("year", f"{year!r} is not a year")
        year = None
    date = d.get("date")
    m = DATE_RE.match(date) if isinstance(date, str) else None
    if not m:
        bad("date", f"{date!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    elif year is not None and int(m.group(1)) != year:
        bad("date", f"{date} does not fall in year {year}")

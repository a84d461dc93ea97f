"""The partnership record, its taxonomy, and its declared schema (pydantic) used to validate it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

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
    "other_tie": ("Other formal tie", "기타 교류 협정"),
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
    # a tie whose source names no field (a sister city listed in a table): exchange in general
    "general": ("General exchange", "일반 교류"),
}

# How sure a source table is of a record (the national layer's `confidence` column): id -> (en, ko).
CONFIDENCE: dict[str, tuple[str, str]] = {
    "high": ("High: the government's own page", "높음: 자치단체 자체 자료"),
    "medium": ("Medium: a directory, an affiliated body or a news report", "보통: 공식 목록·유관 기관·보도"),
    "low": ("Low", "낮음"),
}

# A record's life: proposed -> published (or rejected); published -> retracted. Files written
# before review existed say `reviewed`, which means published.
STATUSES = ("proposed", "published", "rejected", "retracted", "reviewed")
PUBLIC_STATUSES = frozenset({"published", "reviewed"})
STATUS_KO = {"proposed": "검토 전", "published": "게시됨", "rejected": "반려됨", "retracted": "철회됨",
             "reviewed": "검토 완료"}  # the Korean exports' words for a status


def is_public(status: str) -> bool:
    """Whether a record with this status is shown to viewers (the Map, exports, every public page)."""
    return status in PUBLIC_STATUSES
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
FULL_DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")  # a publication date: a day


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
        if self.record_id:  # (an id from a hand-made file may be any length: cut to a line's worth)
            rid = self.record_id
            where.append(f"record {rid if len(rid) <= 80 else rid[:79] + '…'}")
        if self.field:
            where.append(f"field {self.field}")
        return f"{': '.join(where)}: {self.message}"


# Bounds of the record schema: generous for real articles, small enough that one bad record
# cannot make a page or an export slow or huge.
MAX_ID = 120
MAX_TITLE = 300
MAX_SUMMARY = 4000
MAX_SENTENCE = 4000
MAX_NAME = 300
MAX_PLACE_ID = 100
MAX_LIST = 100
MAX_URL = 2000
# characters that hide or turn the text around them (for a regex character class, as they are)
HIDDEN_CHARACTERS = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
                     "\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f")
# what a source's address must look like: no space, and no character that turns or hides the
# text after it ('https://x.kr/\u202egpj.exe' reads as '…/exe.jpg')
WEB_ADDRESS = f"https?://[^\\s{HIDDEN_CHARACTERS}]+"
_SCHEME = re.compile(r"(?i)^\s*(https?)(://)")


def with_plain_scheme(address: str) -> str:
    """A web address with its scheme in lower case ('HTTPS://WWW.X.KR' -> 'https://WWW.X.KR'), as
    browsers read it; any other text as given."""
    return _SCHEME.sub(lambda m: m.group(1).lower() + m.group(2), address)


YEAR_MIN, YEAR_MAX = 1945, 2100  # (a dated record is also no later than next year)
# An undated record (a tie whose source gives no signing date): `date` "", `year` 0 and
# `date_basis` "undated: <why>". Year 0 keeps the year column an integer everywhere (database,
# tables); year filters leave it out unless the user includes undated records.
UNDATED_YEAR = 0


def is_undated(year: int) -> bool:
    """Whether a record's year says it has no date."""
    return year == UNDATED_YEAR


# Checked in pydantic's core, no Python call per field: no control character but tab and line
# breaks (PostgreSQL cannot store NUL in text; none belongs in a name or a sentence), and no
# direction override or isolate, which makes a title read otherwise than it is stored ...
_OVERRIDES = "\u202a-\u202e\u2066-\u2069"  # (the characters themselves, for either regex engine)
_CLEAN = r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f" + _OVERRIDES + "]"
_NO_CONTROL = rf"^{_CLEAN}*$"
PLAIN_TEXT = re.compile(_NO_CONTROL)  # the same check for free text outside a record (a review's reason)
# ... and, where text is required, something besides white space
_NOT_BLANK = rf"^{_CLEAN}*[^\s\x00-\x1f\x7f{_OVERRIDES}]{_CLEAN}*$"


def _text(max_len: int) -> Any:
    return Annotated[str, StringConstraints(min_length=1, max_length=max_len, pattern=_NOT_BLANK)]


def _optional_text(max_len: int) -> Any:
    return Annotated[str, StringConstraints(max_length=max_len, pattern=_NO_CONTROL)]


PlaceId = Annotated[str, StringConstraints(min_length=1, max_length=MAX_PLACE_ID)]
TypeId = Literal[tuple(TYPES)]  # type: ignore[valid-type]
SectorId = Literal[tuple(SECTORS)]  # type: ignore[valid-type]


class PartySchema(BaseModel):
    """An organisation: both names optional, each plain text."""

    model_config = ConfigDict(strict=True, extra="ignore")
    name_en: _optional_text(MAX_NAME) = ""
    name_ko: _optional_text(MAX_NAME) = ""


class SourceSchema(BaseModel):
    """The article: a file under seeds/, its publisher, publication date and URL (both optional)."""

    model_config = ConfigDict(strict=True, extra="ignore")
    file: _text(255)
    publisher: _optional_text(MAX_NAME) = ""
    published: Annotated[str, StringConstraints(max_length=32)] | None = None
    url: Annotated[str, StringConstraints(max_length=MAX_URL, pattern=rf"^({WEB_ADDRESS})?$")] | None = None

    @field_validator("file")
    @classmethod
    def _a_name_in_seeds(cls, name: str) -> str:
        # a file name in seeds/, never a path out of it; the file system's limit is 255 bytes
        if "/" in name or "\\" in name or "\x00" in name or name in (".", ".."):
            raise ValueError("is a path, not a file name in seeds/")
        if len(name.encode("utf-8")) > 255:
            raise ValueError("is longer than 255 bytes, more than a file name can be")
        return name


class RecordSchema(BaseModel):
    """The declared shape of one record's JSON form: exact types, vocabularies, ranges and lengths.

    Unknown keys are allowed (kept by `Record.extra`); places and evidence are checked against the
    gazetteer and the article by `partnerships.store`.
    """

    model_config = ConfigDict(strict=True, extra="allow")
    id: Annotated[str, StringConstraints(max_length=MAX_ID, pattern=ID_RE.pattern)]
    title_en: _text(MAX_TITLE)
    title_ko: _text(MAX_TITLE)
    type: TypeId
    sectors: Annotated[list[SectorId], Field(min_length=1, max_length=len(SECTORS))]
    date: Annotated[str, StringConstraints(pattern=DATE_RE.pattern + "|^$")]
    year: Annotated[int, Field(ge=UNDATED_YEAR, le=YEAR_MAX)]
    date_basis: Annotated[str, StringConstraints(max_length=MAX_SENTENCE,
                                                 pattern=r"^(stated|(inferred|undated): \S[\s\S]*)$")]
    korean_places: Annotated[list[PlaceId], Field(min_length=1, max_length=MAX_LIST)]
    partner_places: Annotated[list[PlaceId], Field(max_length=MAX_LIST)] = []
    venue: PlaceId | None = None
    parties: Annotated[list[PartySchema], Field(max_length=MAX_LIST)] = []
    summary_en: _text(MAX_SUMMARY)
    summary_ko: _text(MAX_SUMMARY)
    source: SourceSchema
    evidence: Annotated[list[_text(MAX_SENTENCE)], Field(min_length=1, max_length=MAX_LIST)]
    status: Literal[STATUSES] = "reviewed"  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _date_in_year(self) -> RecordSchema:
        undated = (self.date == "", self.year == UNDATED_YEAR, self.date_basis.startswith("undated:"))
        if any(undated) and not all(undated):
            raise ValueError("an undated record has date '', year 0 and date_basis 'undated: <why>'")
        if all(undated):
            return self
        if self.year < YEAR_MIN:
            raise ValueError(f"year {self.year} is before {YEAR_MIN}")
        if self.year > dt.date.today().year + 1:
            raise ValueError(f"year {self.year} is in the future")
        if int(self.date[:4]) != self.year:
            raise ValueError(f"date {self.date} does not fall in year {self.year}")
        if len(self.date) == 10:
            try:
                dt.date.fromisoformat(self.date)
            except ValueError:
                raise ValueError(f"date {self.date} is not a day of the calendar") from None
        return self


_PATTERN_HELP = {
    "id": "is not a lowercase slug",
    "date": "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "date_basis": "must be 'stated', 'inferred: <reason>' or 'undated: <reason>'",
    "source.url": "is not an http(s) URL",
}


def _where(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def shape_problems(d: Any, *, file: str) -> list[Problem]:
    """Check one raw record against `RecordSchema` (not its places or evidence).

    Each problem's `field` is the top-level field at fault (`source`); its message starts with the
    exact place when deeper (`source.url: ...`). One problem per field.
    """
    if not isinstance(d, dict):
        return [Problem(file, None, None, f"expected a JSON object, found {type(d).__name__}")]
    rid = d.get("id") if isinstance(d.get("id"), str) and len(d["id"]) <= MAX_ID else None
    try:
        RecordSchema.model_validate(d)
    except ValidationError as exc:
        out: dict[str, Problem] = {}
        for err in exc.errors(include_url=False, include_input=True):
            loc = tuple(err["loc"])
            fld = str(loc[0]) if loc else "date"  # the only whole-record check is date vs year
            if loc and fld in ("sectors", "type", "status") and err["type"] == "literal_error":
                allowed = {"sectors": SECTORS, "type": TYPES, "status": STATUSES}[fld]
                msg = f"{repr(err['input'])[:80]} is not one of {', '.join(allowed)}"
            elif err["type"] == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") in (_NOT_BLANK,
                                                                                                   _NO_CONTROL):
                text = err.get("input")
                msg = "holds a control or direction-override character" if isinstance(text, str) and \
                    text.strip() and re.search(_CLEAN.replace("[^", "[", 1), text) else "must not be blank"
            elif err["type"] == "string_pattern_mismatch" and _where(loc) in _PATTERN_HELP:
                msg = f"{repr(err['input'])[:80]} {_PATTERN_HELP[_where(loc)]}"
            else:
                msg = err["msg"].removeprefix("Value error, ")
            where = _where(loc)
            out.setdefault(fld, Problem(file, rid, fld, f"{where}: {msg}" if where != fld else msg))
        return list(out.values())
    return []

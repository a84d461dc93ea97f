"""Which column means what: guessed from Korean or English headers, fixed by the user, saved as presets.

Fields: `korean_place` (the Korean government), `country`, `partner` (the partner's name, any
language), `partner_en`, `partner_ko`, `admin` (state/province of the partner), `type`, `date`,
`sector`, `note`, `url`. A mapping is {field: column label}. A sheet kept by one office often has
no Korean-government column: a preset then fixes it (`fixed={"korean_place": "수원시"}`).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from geo import jsonio
from geo.files import write_atomic
from geo.names import lookalike_latin
from partnerships.errors import DataError
from partnerships.model import PLAIN_TEXT

FIELDS: dict[str, tuple[str, str]] = {
    "korean_place": ("Korean government", "자치단체"),
    "country": ("Partner country", "국가"),
    "partner": ("Partner (any language)", "상대 도시"),
    "partner_en": ("Partner, English", "상대 도시(영문)"),
    "partner_ko": ("Partner, Korean", "상대 도시(국문)"),
    "admin": ("Partner's state/province", "주·성"),
    "type": ("Type (sister/friendship ...)", "구분"),
    "date": ("Date signed", "체결일"),
    "sector": ("Field", "분야"),
    "note": ("Notes", "비고"),
    "url": ("Source URL (web address)", "출처 URL (웹 주소)"),
    "confidence": ("Confidence (high/medium/low)", "신뢰도"),
}
REQUIRED = ("type", "date")
NAME_RE = re.compile(r"^[\w\-]{1,60}$")

_EN = r"(영문|영어|english|\ben\b|_en\b|\(en\))"
_KO = r"(국문|한글|한국어|korean|\bko\b|_ko\b|\(ko\))"
_PARTNER = r"(도시|상대|partner|counterpart|city|자매|교류\s*(대상|지역|단체)|지역명|단체명)"
# First rule that matches a label wins (a field already taken falls through to the next rule).
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("confidence", re.compile(r"^(confidence|신뢰도|확실성)$", re.I)),
    ("url", re.compile(r"url|출처|source|링크|link|reference|웹\s*주소", re.I)),
    ("admin", re.compile(r"admin|^(주|성|주/성|주·성|州|省)$|state|province|광역\s*단위|소속\s*(주|성)", re.I)),
    ("korean_place", re.compile(r"^(자치단체|지자체|지방자치단체|시도|시·?군·?구|시군구|시·?군|기관|기관명|우리\s*측|"
                                r"(국내|한국|우리)\s*(도시|자치단체|지자체|지방자치단체|지방정부))$|korean_gov(_ko)?$|"
                                r"korean[\s_-]*(city|government|side|place|municipality)|"
                                r"local\s*government", re.I)),
    ("country", re.compile(r"국가|나라|상대\s*국|국명|country|nation|iso2?\b", re.I)),
    ("partner_en", re.compile(f"{_PARTNER}.*{_EN}|{_EN}.*(도시|명|name)|^{_EN}$", re.I)),
    ("partner_ko", re.compile(f"{_PARTNER}.*{_KO}|{_KO}.*(도시|명|name)|^{_KO}$", re.I)),
    ("type", re.compile(r"구분|유형|종류|형태|자매\s*/\s*우호|type|kind|관계|relation", re.I)),
    ("partner", re.compile(_PARTNER, re.I)),
    ("date", re.compile(r"체결|협정일|일자|날짜|date|signed|연월일|년월일|시기|^since$|^year$|연도", re.I)),
    ("sector", re.compile(r"분야|sector|field|교류\s*내용", re.I)),
    ("note", re.compile(r"비고|메모|note|remark|참고|특이", re.I)),
]


def guess(labels: list[str]) -> dict[str, str]:
    """{field: label} for the columns whose labels say what they hold."""
    out: dict[str, str] = {}
    for label in labels:
        text = " ".join(str(label or "").split())
        if not text:
            continue
        for fld, rule in _RULES:
            if fld not in out and rule.search(text):
                out[fld] = label
                break
    if "partner" not in out:  # only language-specific partner columns: use one as the partner
        for alt in ("partner_ko", "partner_en"):
            if alt in out:
                out["partner"] = out[alt]
                break
    return out


def missing(mapping: dict[str, str], fixed: dict[str, str] | None = None) -> list[str]:
    """Fields an import cannot do without that the mapping lacks."""
    fixed = fixed or {}
    need = [f for f in REQUIRED if f not in mapping and f not in fixed]
    if not any(f in mapping for f in ("partner", "partner_en", "partner_ko")):
        need.append("partner")
    if "korean_place" not in mapping and "korean_place" not in fixed:
        need.append("korean_place")
    return need


@dataclass
class Preset:
    """A saved mapping: columns by label, fixed values, type words and place fixes of one kind of sheet."""

    name: str
    columns: dict[str, str]
    fixed: dict[str, str] = field(default_factory=dict)  # field -> value for every row
    types: dict[str, str | None] = field(default_factory=dict)  # cell text -> type id (None: refuse)
    places: dict[str, str] = field(default_factory=dict)  # "name|CC" -> place id
    sheet: str | None = None
    header_row: int | None = None  # 1-based; None: found from the labels
    publisher: str = ""
    note: str = ""
    undated: bool = False  # a row with no date becomes an undated record (else it is refused)
    status: str = "proposed"  # "published": the table is a curated layer (see partnerships.national)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, *, where: str = "preset") -> Preset:
        try:
            raw = jsonio.loads(text)  # size and nesting bounded before parsing
        except jsonio.JsonError as exc:
            raise DataError(f"{where}: not JSON ({exc})") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("columns"), dict):
            raise DataError(f"{where}: expected an object with 'name' and 'columns'")
        known = set(cls.__dataclass_fields__)
        bad = [k for k in raw if k not in known] + [f for f in raw["columns"] if f not in FIELDS]
        if bad:
            raise DataError(f"{where}: unknown keys {', '.join(map(str, bad))}")
        if wrong := _wrong_values(raw):
            raise DataError(f"{where}: {wrong}")
        return cls(**raw)


def _text_map(value: object, *, none_ok: bool = False) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and (isinstance(v, str) or none_ok and v is None)
                                           for k, v in value.items())


def _wrong_values(raw: dict) -> str:
    """What a hand-written preset's values get wrong ('' when nothing): each key of the type it is
    used as, free text plain (no control or direction characters)."""
    for key in ("columns", "fixed", "places"):
        if key in raw and not _text_map(raw[key]):
            return f"{key} must map names to text"
    if "types" in raw and not _text_map(raw["types"], none_ok=True):
        return "types must map cell text to a type or null"
    for key, most in (("name", 60), ("publisher", 300), ("note", 2000), ("status", 20), ("sheet", 300)):
        if key not in raw or key == "sheet" and raw[key] is None:
            continue
        value = raw[key]
        if not (isinstance(value, str) and len(value) <= most and PLAIN_TEXT.match(value)):
            return f"{key} must be plain text of at most {most} characters"
    if "undated" in raw and not isinstance(raw["undated"], bool):
        return "undated must be true or false"
    header = raw.get("header_row")
    if header is not None and not (isinstance(header, int) and not isinstance(header, bool) and 1 <= header <= 1000):
        return "header_row must be a row number from 1"
    return ""


def presets_dir(data_dir: Path | None = None) -> Path:
    from partnerships import store

    return (data_dir or store.data_dir()) / "presets"


def _check_name(name: str) -> None:
    if not NAME_RE.match(name):
        raise DataError(f"preset name {name!r}: use letters, digits, '-' and '_' (at most 60)")
    if lookalike_latin(name):  # 'exchаnge-ties' with a Cyrillic а would sit beside 'exchange-ties'
        raise DataError(f"preset name {name!r}: Latin mixed with Greek or Cyrillic letters reads as another name")


def save_preset(preset: Preset, *, data_dir: Path | None = None) -> Path:
    """Write `<data>/presets/<name>.json`."""
    _check_name(preset.name)
    path = presets_dir(data_dir) / f"{preset.name}.json"
    write_atomic(path, preset.to_json())
    return path


def save_preset_as(preset: Preset, who: str | None, eng, *, data_dir: Path | None = None) -> Path:
    """`save_preset` for a user of the pages, checked against their role on the server: an editor
    may save a new mapping; replacing a saved one, or saving one whose rows are published as they
    come in (a curated layer), takes a reviewer. The save is a line of the audit trail."""
    from partnerships import authz
    from partnerships.db import repo

    _check_name(preset.name)
    path = presets_dir(data_dir) / f"{preset.name}.json"
    # one write transaction like every other save (SQLite: the write lock held from the start), so
    # saves queue instead of failing on a locked database; a new name is claimed on disk first, so two
    # saves of one new name cannot replace each other unseen
    with repo.writing(eng) as conn:
        exists = path.exists()
        try:
            before = asdict(load_preset(str(path))) if exists else None
        except DataError as exc:  # a broken saved mapping can still be replaced (by a reviewer)
            before = {"unreadable": str(exc)}
        authz.authorize(conn, who, "edit" if exists or preset.status == "published" else "propose")
        if not exists:
            _claim(path, preset.name)
        try:
            repo.append_audit(conn, who=who or "", action="save_preset", record_id=f"preset:{preset.name}",
                              before=before, after=asdict(preset))
            return save_preset(preset, data_dir=data_dir)
        except BaseException:
            if not exists:
                path.unlink(missing_ok=True)  # the claimed name is free again
            raise


def _claim(path: Path, name: str) -> None:
    """Create the preset's file, refusing if someone saved one of that name a moment ago."""
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except FileExistsError:
        raise DataError(f"preset {name!r} was saved by someone else a moment ago: open it, and save again "
                        "to replace it (replacing a saved mapping takes a reviewer)") from None


def load_preset(name_or_path: str, *, data_dir: Path | None = None) -> Preset:
    """A preset by name (`<data>/presets/<name>.json`) or by path."""
    path = Path(name_or_path)
    if not path.suffix and NAME_RE.match(name_or_path):
        path = presets_dir(data_dir) / f"{name_or_path}.json"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        names = ", ".join(preset_names(data_dir=data_dir)) or "none saved"
        raise DataError(f"no preset {name_or_path!r} ({exc.strerror}); presets: {names}") from exc
    return Preset.from_json(text, where=str(path))


def preset_names(*, data_dir: Path | None = None) -> list[str]:
    folder = presets_dir(data_dir)
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []

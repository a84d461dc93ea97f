"""Check evaluation sets: file pairs, JSON validity, record fields, place ids.

    python eval/check.py                 # every eval/heldout* folder
    python eval/check.py eval/heldout2   # one set

A set's articles are named like h01_..., g01_... (a letter, two digits); each has a
.expected.json and a .meta.json, and PLACES.md lists the place ids the gazetteer lacks.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.errors import UnknownPlace  # noqa: E402
from geo.gazetteer import default_gazetteer  # noqa: E402
from partnerships.model import SECTORS, TYPES  # noqa: E402

KEYS = {"type", "year", "date", "korean_places", "partner_places", "sectors", "note"}
DATE_RE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


ARTICLE = "[a-z]*[0-9][0-9]_*"


def invented_places(here: Path) -> dict[str, str]:
    """Ids listed in PLACES.md's table, mapped to their country."""
    out = {}
    for line in (here / "PLACES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 7 and re.fullmatch(r"[a-z]+[a-z0-9-]*", cells[0].strip("`")) and cells[0] != "id":
            float(cells[4]), float(cells[5])  # coordinates must parse
            out[cells[0].strip("`")] = cells[3]
    return out


def check(here: Path, gaz) -> int:
    """Print the set's counts and its errors; the number of errors."""
    invented = invented_places(here)
    errors: list[str] = []
    notes: list[str] = []  # worth a look, not wrong
    used_invented: set[str] = set()
    types: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    empty, records, articles = [], 0, 0

    def country_of(pid: str, where: str) -> str | None:
        if pid in invented:
            used_invented.add(pid)
            try:
                gaz.get(pid)
                notes.append(f"{where}: {pid} is in PLACES.md and now in the gazetteer too")
            except UnknownPlace:
                pass
            return invented[pid]
        try:
            return gaz.get(pid).country
        except UnknownPlace:
            errors.append(f"{where}: unknown place id {pid!r} (not in gazetteer or PLACES.md)")
            return None

    for art in sorted(p for p in here.glob(ARTICLE) if p.suffix in {".txt", ".html"}):
        articles += 1
        stem = art.name[: -len(art.suffix)]
        gold_p, meta_p = here / f"{stem}.expected.json", here / f"{stem}.meta.json"
        for p in (gold_p, meta_p):
            if not p.exists():
                errors.append(f"{art.name}: missing {p.name}")
        if not gold_p.exists() or not meta_p.exists():
            continue
        try:
            gold = json.loads(gold_p.read_text(encoding="utf-8"))
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            errors.append(f"{stem}: invalid JSON: {exc}")
            continue
        if set(meta) != {"style", "published", "url", "notes"} or not str(meta["style"]).strip():
            errors.append(f"{meta_p.name}: bad keys or no style")
        if meta.get("published") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
            errors.append(f"{meta_p.name}: published must be YYYY-MM-DD or null")
        styles[meta.get("style")] += 1
        text = art.read_text(encoding="utf-8")
        if not isinstance(gold, list):
            errors.append(f"{gold_p.name}: not a list")
            continue
        if not gold:
            empty.append(stem)
        for i, rec in enumerate(gold):
            where = f"{gold_p.name}[{i}]"
            records += 1
            if not set(rec) <= KEYS or not {"type", "year", "korean_places", "partner_places", "sectors"} <= set(rec):
                errors.append(f"{where}: keys {sorted(rec)}")
            if rec.get("type") not in TYPES:
                errors.append(f"{where}: type {rec.get('type')!r}")
            types[rec.get("type")] += 1
            if not isinstance(rec.get("year"), int) and not (rec.get("year") is None and rec.get("date") is None):
                errors.append(f"{where}: year must be int (or null, with a null date: an article that dates nothing)")
            if rec.get("date") is not None:
                m = DATE_RE.match(rec["date"])
                if not m or int(m.group(1)) != rec.get("year"):
                    errors.append(f"{where}: date {rec['date']!r} does not match year")
                elif m.group(5):  # a full date: the article must name that day (N일)
                    day = int(m.group(5))
                    if not re.search(rf"(?<![0-9]){day}일", text):
                        notes.append(f"{where}: the article never says {day}일 (a date from elsewhere?)")
            if not rec.get("note"):
                errors.append(f"{where}: no note")
            if not rec.get("sectors") or not set(rec["sectors"]) <= set(SECTORS):
                errors.append(f"{where}: sectors {rec.get('sectors')}")
            if not rec.get("korean_places"):
                errors.append(f"{where}: no Korean place")
            for pid in rec.get("korean_places", []):
                if country_of(pid, where) not in {"KR", None}:
                    errors.append(f"{where}: {pid} is not in Korea")
            for pid in rec.get("partner_places", []):
                if country_of(pid, where) == "KR":
                    errors.append(f"{where}: partner {pid} is in Korea")
        # the article must be readable UTF-8 text
        art.read_text(encoding="utf-8")

    numbers = sorted(int(re.match(r"[a-z]+(\d\d)_", p.name).group(1)) for p in here.glob(f"{ARTICLE}.expected.json"))
    if numbers != list(range(1, len(numbers) + 1)):
        errors.append(f"article numbers are not consecutive: {numbers}")
    unused = set(invented) - used_invented
    if unused:
        errors.append(f"PLACES.md lists ids no gold record uses: {sorted(unused)}")
    print(f"{here.name}: articles: {articles}, gold records: {records}, empty articles: {len(empty)}")
    print("by type:", dict(sorted(types.items())))
    print("by style:", dict(sorted(styles.items())))
    print("empty:", ", ".join(empty))
    print("invented place ids:", ", ".join(sorted(used_invented)))
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return len(errors)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or sorted((ROOT / "eval").glob("heldout*"))
    gaz = default_gazetteer()
    return 1 if sum(check(folder.resolve(), gaz) for folder in folders) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

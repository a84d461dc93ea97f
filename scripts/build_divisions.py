"""Build data/divisions.csv: first-level divisions of foreign countries (provinces, states,
prefectures, counties) as places of kind 'region', with Korean names.

Sources (none is needed at run time; the CSV is committed):
- English names: Unicode CLDR 48.2 subdivision names (npm package ``cldr-subdivisions-full``,
  file ``subdivisions/en/en.json``; Unicode License v3);
- centre coordinates: the countries-states-cities database as packaged on PyPI
  (``countrystatecity-countries`` 2.0.1, ``data/by-country/XX/states.json``; ODbL 1.0);
- Korean names: ``data/divisions_ko.csv`` (ISO 3166-2 code, Korean name in the National
  Institute of Korean Language's loanword orthography, the suffixes Korean writing adds:
  성, 주, 현, 아이막 ...; the bare name is not indexed), kept by hand for the countries Korean partnership news names;
  ``data/divisions_sino_ko.csv``: the Sino-Korean reading of a Chinese province's characters,
  which Korean writing also uses (吉林省: 지린성 and 길림성), indexed with the same suffixes.
  ``data/divisions_han.csv``: China's provinces and Japan's prefectures in Chinese characters, as
  some Korean papers print them (山東省, 山形縣; the gazetteer reads 県 as 縣).
  Such a country also gets its other divisions of the level its Korean names cover (not those
  that are one city, nor Taiwan, which the gazetteer has as a country), without a Korean name.
  Every other country's first-level divisions come with no Korean name: the reader finds them
  by the sound of their English name, and only where the text calls the word a division.

Ids follow ``adm1-<iso2>-<slug of the English name without Province/State/...>``.

    npm pack cldr-subdivisions-full@48.2.0 && tar xzf cldr-subdivisions-full-48.2.0.tgz
    pip download --no-deps countrystatecity-countries==2.0.1 && unzip countrystatecity_*.whl
    python scripts/build_divisions.py --cldr package/subdivisions/en/en.json \
        --states countrystatecity_countries/data/by-country
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.names import slugify  # noqa: E402
from geo.place_data import PLACES_COLUMNS  # noqa: E402

_SUFFIX_EN = re.compile(
    r"\s+(?:Province|State|County|Prefecture|Region|Oblast|Krai|Republic|Autonomous Region|"
    r"Autonomous Okrug|Autonomous Oblast|Special Region|Governorate|Department|District|oblysy|"
    r"Oblysy|viloyati|Viloyati|Aimag|"
    r"Municipality|Zhuang Autonomous Region|Hui Autonomous Region|Uyghur Autonomous Region)$")


_NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff]")


def english_stem(name: str) -> str:
    """'Primorsky Krai' -> 'Primorsky', 'Moscow Province' -> 'Moscow'."""
    return _SUFFIX_EN.sub("", name).strip()


# countries whose ISO 3166-2 list mixes levels: the types of the second level, left out
# (Italy's provinces, Spain's provinces, France's departments, England's boroughs ...)
SECOND_LEVEL = {
    "BD": {"district"}, "BF": {"province"}, "CZ": {"district"}, "DO": {"region"},
    "EE": {"rural municipality", "urban municipality"}, "ES": {"province"},
    "FR": {"metropolitan department"},
    "GB": {"council area", "district", "london borough", "metropolitan district",
           "unitary authority", "city"},
    "GN": {"prefecture"}, "IS": {"municipality"},
    "IT": {"province", "metropolitan city", "free municipal consortium",
           "decentralized regional entity"},
    "LK": {"district"}, "LT": {"district municipality", "municipality", "city municipality"},
    "MA": {"province", "prefecture"}, "MT": {"local council"}, "MW": {"district"},
    "TN": {"district"}, "US": {"outlying area", "military postal region"},
}
# Korea's own provinces and cities are data/places.csv's and data/korea_districts.csv's; Puerto
# Rico's municipalities are towns
SKIPPED_COUNTRIES = {"KR", "KP", "PR"}


def _row(iso: str, state: dict, en: dict, name_ko: str = "",
         aliases_ko: list[str] | None = None) -> dict[str, str]:
    country = iso.split("-")[0]
    name_en = en.get(iso.replace("-", "").lower()) or state["name"]
    stem = english_stem(name_en)
    native = state.get("native") or ""
    native = native if native.isascii() or native.isalpha() and not _NON_LATIN.search(native) else ""
    aliases_en = [n for n in dict.fromkeys([stem, state["name"], native]) if n and n != name_en]
    return {
        "id": f"adm1-{country.lower()}-{slugify(stem)}", "name_en": name_en,
        "name_ko": name_ko, "country": country,
        "lat": f"{float(state['latitude']):.4f}", "lon": f"{float(state['longitude']):.4f}",
        "kind": "region", "geonames_id": "", "aliases_en": "|".join(aliases_en),
        "aliases_ko": "|".join(aliases_ko or []),
    }


def first_level(states: list[dict], country: str) -> list[dict]:
    """The states of `country` that are first-level divisions with an ISO code and a centre."""
    if country in SKIPPED_COUNTRIES:
        return []
    dropped = SECOND_LEVEL.get(country, set())
    return [s for s in states if s.get("iso3166_2") and s.get("type") not in dropped
            and s.get("latitude") and s.get("longitude")]


# a division that is one city (Hanoi, Beijing): the gazetteer has it as the city
_CITY_TYPES = {"municipality", "city", "autonomous city", "capital city", "capital district",
               "federal district", "district"}


def _a_country(name: str) -> bool:
    """ISO 3166-2 lists some places that the gazetteer (after CLDR) has as countries: Taiwan."""
    from geo.gazetteer import default_gazetteer

    place = default_gazetteer().find(name)
    return place is not None and place.kind == "country"


def build_all(cldr: Path, states_dir: Path, korean: Path) -> list[dict[str, str]]:
    """The kept (Korean-named) divisions first, then every country's other first-level
    divisions (a country with some Korean names keeps the rest of its divisions too, found by
    the sound of their English names)."""
    rows = build(cldr, states_dir, korean)
    named = {r["iso"] for r in rows}
    kept = {r["country"] for r in rows}
    en = json.loads(cldr.read_text(encoding="utf-8"))
    en = en["subdivisions"]["localeDisplayNames"]["subdivisions"]
    for folder in sorted(p for p in states_dir.iterdir() if (p / "states.json").exists()):
        states = first_level(json.loads((folder / "states.json").read_text(encoding="utf-8")), folder.name)
        if folder.name in kept:  # the rest of the level the Korean names cover (Kenya's counties)
            level = {s.get("type") for s in states if s["iso3166_2"] in named} - _CITY_TYPES
            states = [s for s in states if s["iso3166_2"] not in named and s.get("type") in level
                      and not _a_country(en.get(s["iso3166_2"].replace("-", "").lower()) or s["name"])]
        rows.extend(_row(s["iso3166_2"], s, en) for s in states)
    for r in rows:
        r.pop("iso", None)
    return rows


def build(cldr: Path, states_dir: Path, korean: Path) -> list[dict[str, str]]:
    en = json.loads(cldr.read_text(encoding="utf-8"))
    en = en["subdivisions"]["localeDisplayNames"]["subdivisions"]
    rows = []
    with (korean.parent / "divisions_sino_ko.csv").open(encoding="utf-8") as handle:
        sino = {r["iso"]: r["reading"] for r in csv.DictReader(handle)}
    with (korean.parent / "divisions_han.csv").open(encoding="utf-8") as handle:
        han = {r["iso"]: r["han"].split("|") for r in csv.DictReader(handle)}
    with korean.open(encoding="utf-8") as handle:
        for k in csv.DictReader(handle):
            iso = k["iso"]
            country = iso.split("-")[0]
            states = json.loads((states_dir / country / "states.json").read_text(encoding="utf-8"))
            state = next((s for s in states if s.get("iso3166_2") == iso), None)
            if state is None:
                print(f"skipped {iso}: no coordinates", file=sys.stderr)
                continue
            name_en = en.get(iso.replace("-", "").lower()) or state["name"]
            stem = english_stem(name_en)
            suffixes = [s for s in k["suffixes"].split("|") if s] or [""]
            name_ko = k["name_ko"] + suffixes[0]
            # Korean writing names a division with its suffix (광둥성, 몸바사주): the bare name is
            # usually the city (몸바사, 일로일로시), so it is not an alias
            aliases_ko = [k["name_ko"] + s for s in suffixes[1:]]
            aliases_ko += [sino[iso] + s for s in suffixes if iso in sino]
            aliases_ko += han.get(iso, [])
            aliases_en = [n for n in dict.fromkeys([stem, state["name"]]) if n != name_en]
            rows.append({
                "id": f"adm1-{country.lower()}-{slugify(stem)}", "name_en": name_en,
                "name_ko": name_ko, "country": country,
                "lat": f"{float(state['latitude']):.4f}", "lon": f"{float(state['longitude']):.4f}",
                "kind": "region", "geonames_id": "", "aliases_en": "|".join(aliases_en),
                "aliases_ko": "|".join(aliases_ko), "iso": iso,
            })
    return rows


def _key(name: str) -> str:
    """A name compared without accents, case, spaces or marks ('Markazī' = 'Markazi')."""
    plain = unicodedata.normalize("NFKD", name)
    return re.sub(r"[^a-z]", "", "".join(c for c in plain if not unicodedata.combining(c)).casefold())


def _swapped_names(row: dict[str, str], country_rows: list[dict[str, str]]) -> list[str]:
    """The row's English aliases that are another division's name in the same country."""
    mine = {_key(row["name_en"]), _key(english_stem(row["name_en"]))}
    others = {_key(r["name_en"]) for r in country_rows} - mine
    return [a for a in row["aliases_en"].split("|") if a and _key(a) in others]


def recentre(rows: list[dict[str, str]], states_dir: Path) -> int:
    """Give each division the centre the coordinates' source gives under its name.

    CLDR and the coordinates' source number some countries' divisions differently (Iran's
    codes were renumbered; Lesotho, Uganda), so a join by code put Fars's centre on Tehran
    and 'Fars' among Tehran's names. The signs: an English alias (the source's name under that
    code) that is another division's name; in such a country, also a source name under the code
    while the source lists the division under its own name elsewhere. Such an alias is dropped, and the division
    takes the centre the source gives under its own name. Returns the number of rows changed."""
    changed = 0
    by_country: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_country.setdefault(r["country"], []).append(r)
    for country, own in by_country.items():
        path = states_dir / country / "states.json"
        if not path.exists():
            continue
        centres = {_key(s["name"]): s for s in json.loads(path.read_text(encoding="utf-8"))
                   if s.get("latitude") and s.get("longitude")}
        if not any(_swapped_names(r, own) for r in own):
            continue  # the codes agree in this country
        for r in own:
            aliases = [a for a in r["aliases_en"].split("|") if a]
            state = centres.get(_key(r["name_en"])) or centres.get(_key(english_stem(r["name_en"])))
            swapped = _swapped_names(r, own) + [a for a in aliases if state is not None and _key(a) in centres
                                          and centres[_key(a)] is not state]
            if not swapped:
                continue
            if state is not None:
                r["lat"], r["lon"] = f"{float(state['latitude']):.4f}", f"{float(state['longitude']):.4f}"
            r["aliases_en"] = "|".join(a for a in aliases if a not in swapped)
            changed += 1
    return changed


# Countries whose divisions were redrawn after CLDR's names were set: CLDR names the old
# divisions under the codes the coordinates' source gives the new ones (Morocco's 16 regions of
# 1997 under the 12 codes of 2015), so a join by code put "Chaouia-Ouardigha" on Souss-Massa's
# centre. Such a division takes the source's (current) name, and the former divisions that lie
# (nearly) wholly inside it as English aliases; a former one split between two is left out.
REFORMED: dict[str, dict[str, tuple[str, ...]]] = {
    "MA": {
        "Tanger-Tétouan-Al Hoceïma": ("Tangier-Tétouan",), "L'Oriental": ("Oriental",),
        "Fès-Meknès": ("Fès-Boulemane", "Taza-Al Hoceima-Taounate"),
        "Rabat-Salé-Kénitra": ("Rabat-Salé-Zemmour-Zaer", "Gharb-Chrarda-Béni Hssen"),
        "Béni Mellal-Khénifra": ("Tadla-Azilal",), "Casablanca-Settat": ("Grand Casablanca", "Chaouia-Ouardigha"),
        "Marrakesh-Safi": ("Marrakesh-Tensift-El Haouz",), "Drâa-Tafilalet": (),
        "Souss-Massa": ("Souss-Massa-Drâa",), "Guelmim-Oued Noun": ("Guelmim-Es Semara",),
        "Laâyoune-Sakia El Hamra": ("Laâyoune-Boujdour-Sakia El Hamra",),
        "Dakhla-Oued Ed-Dahab": ("Oued Ed-Dahab-Lagouira",),
    },
}
_DISPUTED_MARK = re.compile(r"\s*\((?:EH|EH-partial)\)$")


def reform(rows: list[dict[str, str]]) -> int:
    """Give each division of a REFORMED country its current name (the English alias that is one),
    its id after that name, and its former divisions as aliases. Returns the number of rows changed."""
    changed = 0
    for r in rows:
        current = REFORMED.get(r["country"])
        if not current or r["name_en"] in current:
            continue
        names = [_DISPUTED_MARK.sub("", a) for a in r["aliases_en"].split("|")]
        name = next((n for n in names if n in current), None)
        if name is None:
            print(f"{r['id']}: no current name among {names}", file=sys.stderr)
            continue
        r["id"] = f"adm1-{r['country'].lower()}-{slugify(english_stem(name))}"
        r["name_en"], r["aliases_en"] = name, "|".join(current[name])
        changed += 1
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cldr", type=Path, required=True)
    parser.add_argument("--states", type=Path, required=True)
    parser.add_argument("--korean", type=Path, default=ROOT / "data" / "divisions_ko.csv")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "divisions.csv")
    parser.add_argument("--recentre", action="store_true",
                        help="only correct the centres and aliases of the divisions already in --out")
    args = parser.parse_args()
    if args.recentre:
        with args.out.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    else:
        rows = build_all(args.cldr, args.states, args.korean)
    print(f"{recentre(rows, args.states)} centres or aliases corrected", file=sys.stderr)
    print(f"{reform(rows)} divisions of redrawn countries renamed", file=sys.stderr)
    seen: set[str] = set()
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PLACES_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            if row["id"] in seen:
                print(f"skipped duplicate id {row['id']}", file=sys.stderr)
                continue
            seen.add(row["id"])
            writer.writerow(row)
    print(f"{len(seen)} divisions -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

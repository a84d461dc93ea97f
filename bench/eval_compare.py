"""Score two versions of the reader side by side on the same gold sets, in one run.

Each version's `partnerships.extract.extract` runs in its own process (the two code trees
cannot share one); this tree's `evaluate` scores both at the field and strict record levels.
An older reader without `published=`/`url=` gets the article alone (as a user of it would).

Usage: .venv/bin/python bench/eval_compare.py OLD_TREE [--sets dev,heldout14]  (default: every set)
    git worktree add /tmp/reader-old <commit> && .venv/bin/python bench/eval_compare.py /tmp/reader-old
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_RUNNER = r"""
import inspect, json, sys
sys.path.insert(0, sys.argv[1])
from partnerships.extract import extract
from geo.gazetteer import default_gazetteer
gaz = default_gazetteer()
takes = inspect.signature(extract).parameters
out = {}
for item in json.load(sys.stdin):
    opts = {k: v for k, v in item["options"].items() if k in takes}
    if "published" in opts:
        import datetime
        opts["published"] = datetime.date.fromisoformat(opts["published"])
    try:
        found = extract(open(item["path"], "rb").read(), source_file=item["name"], gazetteer=gaz, **opts)
    except ValueError:  # a page this version refuses to read (ArticleError): it proposes nothing
        out[item["path"]] = []
        continue
    out[item["path"]] = found.candidates
json.dump(out, sys.stdout)
"""


def run_tree(tree: Path, cases: list[tuple[Path, Path]]) -> dict[str, list[dict]]:
    from partnerships.extract import evaluate

    items = []
    for article, _ in cases:
        options = {k: str(v) for k, v in evaluate.article_meta(article).items()}
        items.append({"path": str(article), "name": article.name, "options": options})
    proc = subprocess.run([sys.executable, "-c", _RUNNER, str(tree)], input=json.dumps(items),
                          capture_output=True, text=True, cwd=tree, check=True)
    return json.loads(proc.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the other code tree (e.g. a git worktree)")
    parser.add_argument("--sets", default="all", help="comma-separated: seeds, dev, heldout, heldout2 ...")
    args = parser.parse_args()
    from geo.gazetteer import default_gazetteer
    from partnerships.extract import evaluate

    gaz = default_gazetteer()  # both versions' place ids read as this tree's gazetteer keys them
    all_sets = {"seeds": evaluate.seed_cases(), "dev": evaluate.fixture_cases(evaluate.DEV_DIR),
                **{d.name: evaluate.fixture_cases(d) for d in evaluate.HELDOUT_DIRS}}
    pooled = {"before": evaluate.Report(), "after": evaluate.Report()}
    for name in (all_sets if args.sets == "all" else args.sets.split(",")):
        cases = all_sets[name]
        for label, tree in (("before", args.old.resolve()), ("after", ROOT)):
            found = run_tree(tree, cases)
            report = evaluate.Report()
            for article, gold_file in cases:
                gold = evaluate.canonical_places(json.loads(gold_file.read_text(encoding="utf-8")), gaz)
                report.merge(evaluate.compare(evaluate.canonical_places(found[str(article)], gaz), gold,
                                              name=article.name))
            if name.startswith("heldout"):
                pooled[label].merge(report)
            print(f"{name:<8} {label:<6} {_levels(report)}")
    for label, report in pooled.items():
        if report.articles:
            print(f"{'held-out':<8} {label:<6} {_levels(report)}  (every held-out set pooled)")
    return 0


def _levels(report) -> str:
    return f"({report.articles} articles) " + "  ".join(
        f"{lv} P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f}" for lv, s in report.levels.items())


if __name__ == "__main__":
    sys.exit(main())

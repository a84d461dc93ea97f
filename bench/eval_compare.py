"""Score two versions of the reader side by side on the same gold sets, in one run.

Each version's `partnerships.extract.extract` runs in its own process (the two code trees
cannot share one); this tree's `evaluate` scores both at the field and strict record levels.
An older reader without `published=`/`url=` gets the article alone (as a user of it would).

Usage: .venv/bin/python bench/eval_compare.py OLD_TREE [--sets dev,heldout]
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
    parser.add_argument("--sets", default="seeds,dev,heldout")
    args = parser.parse_args()
    from partnerships.extract import evaluate

    all_sets = {"seeds": evaluate.seed_cases(), "dev": evaluate.fixture_cases(evaluate.DEV_DIR),
                "heldout": evaluate.fixture_cases(evaluate.HELDOUT_DIR)}
    for name in args.sets.split(","):
        cases = all_sets[name]
        for label, tree in (("before", args.old.resolve()), ("after", ROOT)):
            found = run_tree(tree, cases)
            report = evaluate.Report()
            for article, gold_file in cases:
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                report.merge(evaluate.compare(found[str(article)], gold, name=article.name))
            levels = "  ".join(f"{lv} P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f}"
                               for lv, s in report.levels.items())
            print(f"{name:<8} {label:<6} ({report.articles} articles) {levels}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

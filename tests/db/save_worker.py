"""One writer for the concurrency tests: wait for a start signal, save an article, print the outcome.

    python tests/db/save_worker.py GO_FILE ARTICLE_FILE RECORD_JSON
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(go: str, article: str, record: str) -> None:
    from geo.gazetteer import default_gazetteer
    from partnerships import intake, store

    gaz = default_gazetteer()
    store.open_store(gazetteer=gaz)  # connected and in step before the start signal
    print(json.dumps({"ready": True}), flush=True)
    while not Path(go).exists():
        time.sleep(0.002)
    try:
        saved = intake.save_article(Path(article).read_text(encoding="utf-8"), [json.loads(record)],
                                    gazetteer=gaz, published="2023-05-17")
        print(json.dumps({"saved": saved.ids, "file": saved.seed.name}), flush=True)
    except intake.DuplicateArticle as exc:
        print(json.dumps({"duplicate": exc.existing.name}), flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main(*sys.argv[1:])

"""Where batch and table imports put their `proposed` records: the one adapter to the store.

    sink = proposals.default_sink()
    sink.article_hashes()                        # content hashes of the articles already held
    sink.add_article(name=..., text=..., text_hash=..., published=..., records=[...])
    sink.table_records("ties.csv")               # row key -> record, from earlier imports
    sink.put_table("ties.csv", text=rendering, records={key: record})   # -> (added, updated, same)
    sink.published_match(record)                 # id of a published record for the same agreement

`FolderProposals` keeps them under `<data>/proposed/` (articles as text files, records as JSON,
written through temporary files and `os.replace`) until the database store takes them; records
there never reach the map, which reads `<data>/records/` only.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from partnerships import store


class ProposalStore(Protocol):
    """What the importers need of the store."""

    def article_hashes(self) -> set[str]: ...
    def add_article(self, *, name: str, text: str, text_hash: str, published: str | None,
                    records: list[dict[str, Any]]) -> list[str]: ...
    def table_records(self, table: str) -> dict[str, dict[str, Any]]: ...
    def put_table(self, table: str, *, text: str, records: dict[str, dict[str, Any]]) -> tuple[int, int, int]: ...
    def published_match(self, record: dict[str, Any]) -> str | None: ...


def agreement_key(d: dict[str, Any]) -> tuple:
    """What makes two records the same agreement: type, year, Korean and partner places."""
    return (d.get("type"), d.get("year"), tuple(sorted(d.get("korean_places") or ())),
            tuple(sorted(d.get("partner_places") or ())))


def _write(path: Path, payload: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name)[:150] or "table"


@dataclass
class FolderProposals:
    """Proposed records in `<data>/proposed/`; see the module docstring."""

    root: Path
    published: dict[tuple, str] | None = None  # agreement key -> id of a published record
    _index: dict[str, str] | None = field(default=None, repr=False)

    @property
    def index_path(self) -> Path:
        return self.root / "articles.json"

    def _load_index(self) -> dict[str, str]:
        if self._index is None:
            try:
                self._index = json.loads(self.index_path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                self._index = {}
        return self._index

    def article_hashes(self) -> set[str]:
        return set(self._load_index())

    def add_article(self, *, name: str, text: str, text_hash: str, published: str | None,
                    records: list[dict[str, Any]]) -> list[str]:
        index = self._load_index()
        if text_hash in index:
            return []
        taken = self._ids()
        for d in records:
            base, n = d["id"], 1
            while d["id"] in taken:
                n += 1
                d["id"] = f"{base}-{n}"
            taken.add(d["id"])
        _write(self.root / "articles" / name, text if text.endswith("\n") else text + "\n")
        _write(self.root / "records" / f"{Path(name).stem}.json",
               json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        index[text_hash] = name
        _write(self.index_path, json.dumps(index, ensure_ascii=False, indent=0) + "\n")
        return [d["id"] for d in records]

    def _ids(self) -> set[str]:
        ids: set[str] = set()
        for path in (self.root / "records").glob("*.json"):
            try:
                ids.update(d.get("id") for d in json.loads(path.read_text(encoding="utf-8")))
            except (OSError, json.JSONDecodeError, AttributeError):
                continue
        return ids

    def table_records(self, table: str) -> dict[str, dict[str, Any]]:
        path = self.root / "tables" / f"{_safe(table)}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return {}

    def put_table(self, table: str, *, text: str, records: dict[str, dict[str, Any]]) -> tuple[int, int, int]:
        old = self.table_records(table)
        added = sum(1 for k in records if k not in old)
        updated = sum(1 for k, v in records.items() if k in old and old[k] != v)
        same = len(records) - added - updated
        if added or updated or not (self.root / "tables" / f"{_safe(table)}.txt").exists():
            merged = {**old, **records}
            _write(self.root / "tables" / f"{_safe(table)}.txt", text)
            _write(self.root / "tables" / f"{_safe(table)}.json",
                   json.dumps(merged, ensure_ascii=False, indent=1) + "\n")
        return added, updated, same

    def published_match(self, record: dict[str, Any]) -> str | None:
        if self.published is None:
            self.published = published_keys()
        return self.published.get(agreement_key(record))

    def proposed_records(self) -> list[dict[str, Any]]:
        """Every proposed record held, articles' first, then tables' (for the review queue and tests)."""
        out: list[dict[str, Any]] = []
        for path in sorted((self.root / "records").glob("*.json")):
            out.extend(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((self.root / "tables").glob("*.json")):
            out.extend(json.loads(path.read_text(encoding="utf-8")).values())
        return out


def published_keys(*, data_dir: Path | None = None) -> dict[tuple, str]:
    """Agreement key -> id for every published (reviewed) record in the store."""
    result = store.load(data_dir=data_dir, check_evidence=False)
    return {agreement_key(r.to_dict()): r.id for r in result.records if r.status != "proposed"}


def default_sink(*, data_dir: Path | None = None) -> FolderProposals:
    """The store's place for proposed records."""
    return FolderProposals((data_dir or store.data_dir()) / "proposed")

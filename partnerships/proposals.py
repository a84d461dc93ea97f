"""Where batch and table imports put their `proposed` records: the one adapter to the store.

    sink = proposals.default_sink()
    sink.article_hashes()                        # content hashes of the articles already held
    sink.add_article(name=..., text=..., text_hash=..., published=..., records=[...])
    sink.table_records("ties.csv")               # row key -> record, from earlier imports
    sink.put_table("ties.csv", text=rendering, records={key: record})   # -> (added, updated, same)
    sink.published_match(record)                 # id of a published record for the same agreement

`DbProposals` writes them to the database (partnerships.store) with status `proposed`: the review
queue, audited, never on the map until a reviewer publishes them. `FolderProposals` keeps them as
files under a folder instead (articles as text, records as JSON), for tests and dry runs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.exc import IntegrityError

from geo.files import json_files, write_atomic
from partnerships import intake, store, table_rows_db
from partnerships.errors import DataError
from partnerships.model import PUBLIC_STATUSES


def _row_ident(d: dict[str, Any]) -> tuple:
    """A table record's row: (file, sheet, key) of its `table_row`."""
    row = d.get("table_row") or {}
    return (row.get("file"), row.get("sheet"), row.get("key"))


def _take_ids(records: list[dict[str, Any]], taken: set[str]) -> None:
    """Give each record an id not in `taken` (intake's `-2`, `-3` rule), in place."""
    for d in records:
        d["id"] = intake.unique_id(d["id"], taken)
        taken.add(d["id"])

class ProposalStore(Protocol):
    """What the importers need of the store."""

    def article_hashes(self) -> set[str]: ...
    def add_article(self, *, name: str, text: str, text_hash: str, published: str | None,
                    records: list[dict[str, Any]]) -> list[str]: ...
    def table_records(self, table: str) -> dict[str, dict[str, Any]]: ...
    def put_table(self, table: str, *, text: str, records: dict[str, dict[str, Any]],
                  new_places: list = ()) -> tuple[int, int, int]: ...
    def published_match(self, record: dict[str, Any]) -> str | None: ...


def agreement_key(d: dict[str, Any]) -> tuple:
    """What makes two records the same agreement: type, year, Korean and partner places."""
    return (d.get("type"), d.get("year"), tuple(sorted(d.get("korean_places") or ())),
            tuple(sorted(d.get("partner_places") or ())))


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
        _take_ids(records, self._ids())
        write_atomic(self.root / "articles" / name, text if text.endswith("\n") else text + "\n")
        write_atomic(self.root / "records" / f"{Path(name).stem}.json",
               json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        index[text_hash] = name
        write_atomic(self.index_path, json.dumps(index, ensure_ascii=False, indent=0) + "\n")
        return [d["id"] for d in records]

    def _ids(self) -> set[str]:
        ids: set[str] = set()
        for path in json_files(self.root / "records")[0]:
            try:
                ids.update(d.get("id") for d in json.loads(path.read_text(encoding="utf-8")))
            except (OSError, json.JSONDecodeError, AttributeError):
                continue
        return ids

    def table_records(self, table: str) -> dict[str, dict[str, Any]]:
        path = self.root / "tables" / f"{_safe(table)}.json"  # table: the stored text's name
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return {}

    def put_table(self, table: str, *, text: str, records: dict[str, dict[str, Any]],
                  new_places: list = ()) -> tuple[int, int, int]:
        old = self.table_records(table)
        added = sum(1 for k in records if k not in old)
        updated = sum(1 for k, v in records.items() if k in old and old[k] != v)
        same = len(records) - added - updated
        if added or updated or not (self.root / "tables" / _safe(table)).exists():
            merged = {**old, **records}
            write_atomic(self.root / "tables" / _safe(table), text)
            write_atomic(self.root / "tables" / f"{_safe(table)}.json",
                   json.dumps(merged, ensure_ascii=False, indent=1) + "\n")
        return added, updated, same

    def published_match(self, record: dict[str, Any]) -> str | None:
        if self.published is None:
            self.published = published_keys()
        return self.published.get(agreement_key(record))

    def proposed_records(self) -> list[dict[str, Any]]:
        """Every proposed record held, articles' first, then tables' (for the review queue and tests)."""
        out: list[dict[str, Any]] = []
        for path in json_files(self.root / "records")[0]:
            out.extend(json.loads(path.read_text(encoding="utf-8")))
        for path in json_files(self.root / "tables")[0]:
            out.extend(json.loads(path.read_text(encoding="utf-8")).values())
        return out


def published_keys(*, data_dir: Path | None = None) -> dict[tuple, str]:
    """Agreement key -> id for every published (reviewed) record in the store."""
    result = store.load(data_dir=data_dir, check_evidence=False)
    return {agreement_key(r.to_dict()): r.id for r in result.records if r.status != "proposed"}


def command_line_author(name: str | None) -> str:
    """Who the audit trail names for work done on the command line: the machine's user, or the
    staff account `name` when given, which must exist and may propose (a made-up or a viewer's
    name would put work in the history under someone who never did it)."""
    import getpass

    from partnerships import accounts, roles

    if name is None:
        return f"command line ({getpass.getuser()})"
    if not roles.may(accounts.role_of(store.open_store(), name), "propose"):
        raise DataError(f"--who: there is no editor or reviewer account named {name!r} "
                        "(see `python -m partnerships users list`); leave --who out to be named by your login")
    return name


def default_sink(*, who: str | None = None, check_role: bool = True, gazetteer=None) -> DbProposals:
    """The review queue in the store's database."""
    from geo.gazetteer import default_gazetteer

    return DbProposals(store.open_store(), who, gazetteer or default_gazetteer(), check_role=check_role)


@dataclass
class DbProposals:
    """Proposed records in the database (partnerships.store): the review queue.

    Every write is one transaction, checks that `who` may propose (unless `check_role` is off:
    the command line is the administrator's tool, like `users`), and adds an audit line per
    record. A table's rows update their records while those are still proposed; a row whose
    record was already reviewed is left alone (counted unchanged), and so is a record someone
    changed in the app since the last import, when its row changed too (listed in `kept`).
    """

    eng: Any
    who: str | None
    gaz: Any
    check_role: bool = True
    published: dict[tuple, list[tuple[str, str]]] | None = None  # agreement key -> (id, source file) published
    waiting: dict[tuple, list[tuple[str, str, str]]] | None = None  # ... -> (id, source, sheet) proposed from a sheet
    status: str = "proposed"  # what put_table writes and updates ("published" for a curated layer)
    kept: list[str] = field(default_factory=list)  # ids the last put_table left as people changed them
    held: list[str] = field(default_factory=list)  # ids reviewed already whose rows changed: not applied

    def _authorize(self, conn) -> None:
        if self.check_role:
            from partnerships import authz

            authz.authorize(conn, self.who, "propose" if self.status == "proposed" else "publish")

    def article_hashes(self) -> set[str]:
        from sqlalchemy import select

        from partnerships.db import schema as s

        with self.eng.connect() as conn:
            return set(conn.execute(select(s.articles.c.text_hash)).scalars())

    def add_article(self, *, name: str, text: str, text_hash: str, published: str | None,
                    records: list[dict[str, Any]]) -> list[str]:
        from sqlalchemy import insert

        from partnerships.db import repo
        from partnerships.db import schema as s

        try:
            with repo.writing(self.eng) as conn:
                self._authorize(conn)
                if repo.article_by_hash(conn, text_hash) is not None:
                    return []
                conn.execute(insert(s.articles).values(
                    file=name, text=text if text.endswith("\n") else text + "\n", text_hash=text_hash,
                    published=published))
                self._insert(conn, records, records_file=f"{Path(name).stem}.json", start=0)
                repo.bump(conn)
        except IntegrityError as exc:  # another process stored the same article a moment before
            with self.eng.connect() as conn:
                if repo.article_by_hash(conn, text_hash) is not None:
                    return []
            raise DataError(f"{name}: not saved, another save collided with it; try again") from exc
        return [d["id"] for d in records]

    def _insert(self, conn, records: list[dict[str, Any]], *, records_file: str, start: int) -> None:
        from partnerships.db import repo
        from partnerships.db.rows import record_rows

        _take_ids(records, repo.record_ids(conn, like=[d["id"] for d in records]))
        # a record taken out and made again from its row (the national layer switched off and on)
        # comes back as people last left it: retracted, or edited
        history = repo.last_row_audits(conn, (_row_ident(d) for d in records))
        records = [self._as_left(conn, d, history) or {**d, "status": self.status} for d in records]
        left = {d["id"] for d in records if d.get("left_as_is")}
        for d in records:
            d.pop("left_as_is", None)
        rows = [record_rows(d, records_file=records_file, position=start + i, places=self.gaz,
                            status=d.get("status") if d["id"] in left else self.status)
                for i, d in enumerate(records)]
        repo.ensure_places(conn, (r["place_id"] for one in rows for r in one["record_places"]), self.gaz)
        repo.insert_records(conn, rows)
        for d in records:
            repo.append_audit(conn, who=self.who or "command line", action="create", record_id=d["id"], after=d,
                              reason="made again from its row, as people last left it" if d["id"] in left else None)

    def _as_left(self, conn, d: dict[str, Any], history: dict[tuple, tuple[str, dict]]) -> dict[str, Any] | None:
        """The record of the same table row as a person last left it, when the history says one
        changed it after this importer last wrote it (its id may differ: it holds the row's date);
        else None. `history` is repo.last_row_audits of the rows' keys."""
        who, left = history.get(_row_ident(d), (None, None))
        if left is None or who == (self.who or "command line") or not left.get("status"):
            return None
        taken = table_rows_db.id_taken(conn, left.get("id"))
        out = {**left, "id": d["id"] if taken else left.get("id", d["id"]), "left_as_is": True}
        if self.status not in PUBLIC_STATUSES and out["status"] in PUBLIC_STATUSES:
            out["status"] = self.status  # an importer who may not publish brings it back proposed
        return out

    def table_records(self, table: str) -> dict[str, dict[str, Any]]:
        with self.eng.connect() as conn:
            return {k: v[0] for k, v in table_rows_db.table_rows(conn, table).items()}

    def put_table(self, table: str, *, text: str, records: dict[str, dict[str, Any]],
                  new_places: list = ()) -> tuple[int, int, int]:
        from partnerships.intake import content_hash
        from partnerships.new_places import PlacesWithNew

        text_hash = content_hash(text)
        gaz = self.gaz
        if new_places:  # places found online: stored as added places, like the Add page's
            self.gaz = PlacesWithNew(gaz, new_places)
        try:
            for attempt in range(3):
                try:
                    return self._put_table(table, text=text, text_hash=text_hash, records=records,
                                           new_places=new_places)
                except IntegrityError as exc:  # another import of the table stored it a moment before:
                    if attempt == 2:  # read again what it stored, and add only what it lacks
                        raise DataError(f"{table}: not saved, other imports collided with it; try again") from exc
            raise AssertionError("unreachable")
        finally:
            self.gaz = gaz

    def _put_table(self, table: str, *, text: str, text_hash: str, records: dict[str, dict[str, Any]],
                   new_places: list) -> tuple[int, int, int]:
        from sqlalchemy import insert, select, update

        from partnerships.db import repo
        from partnerships.db import schema as s

        with repo.writing(self.eng) as conn:
            self._authorize(conn)
            if new_places:
                repo.ensure_places(conn, [p.id for p in new_places], self.gaz, origin="added")
            a = s.articles.c
            stored = conn.execute(select(a.text_hash).where(a.file == table)).scalar()
            old = table_rows_db.table_rows(conn, table, lock=True)  # a reviewer's change lands before or after
            if stored is not None and stored != text_hash and self.check_role \
                    and any(status == "published" for _, status, *_ in old.values()):
                # a new version of a table whose rows are published (the national layer): its text
                # backs those records, so only a reviewer replaces it
                from partnerships import authz

                authz.authorize(conn, self.who, "publish")
            new = [d for k, d in records.items() if k not in old]
            updated, rewritten = 0, set()
            self.kept, self.held = [], []
            for key, d in records.items():
                if key not in old:
                    continue
                before, status, version, records_file, position = old[key]
                imported, history = table_rows_db.last_import(conn, before["id"])
                if imported is not None and table_rows_db.same_record(imported, d):
                    continue  # the row is as it was when last imported: what people did since stands
                if (history if imported is None else not table_rows_db.same_record(imported, before)):
                    # the row changed, and so did the record in the app since it was imported: theirs is kept
                    self.kept.append(before["id"])
                    continue
                if table_rows_db.same_record(before, d):
                    continue
                if status != self.status:  # reviewed already: its changed row waits for a reviewer's edit
                    self.held.append(before["id"])
                    continue
                if not table_rows_db.rewrite(conn, before, d, version=version, records_file=records_file,
                                             position=position, status=self.status,
                                             who=self.who or "command line", places=self.gaz):
                    self.kept.append(before["id"])  # changed by someone since it was read: theirs stands
                    continue
                updated += 1
                rewritten.add(before["id"])
            if stored is None:
                conn.execute(insert(s.articles).values(file=table, text=text, text_hash=text_hash, published=None))
            elif stored != text_hash:
                kept = [row[0] for row in old.values() if row[0]["id"] not in rewritten]
                conn.execute(update(s.articles).where(a.file == table).values(
                    text=table_rows_db.with_quoted_rows(text, kept), text_hash=text_hash))
            self._insert(conn, new, records_file=f"{Path(table).stem}.json", start=len(old))
            repo.bump(conn)
        return len(new), updated, len(records) - len(new) - updated - len(self.kept) - len(self.held)

    def published_match(self, record: dict[str, Any]) -> str | None:
        if self.published is None:
            from sqlalchemy import select

            from partnerships.db import schema as s
            from partnerships.db.rows import record_dict
            from partnerships.model import is_public

            self.published = {}
            r = s.records.c
            public = select(r.body, r.status, r.article_file).where(r.status.in_(("published", "reviewed")))
            with self.eng.connect() as conn:
                for body, status, source in conn.execute(public):
                    d = record_dict(body, status)
                    if is_public(status):
                        self.published.setdefault(agreement_key(d), []).append((d["id"], source))
        # (a table's own rows, imported again, are no duplicates of themselves; another table's are,
        # the national layer's included)
        own = (record.get("source") or {}).get("file")
        return next((rid for rid, source in self.published.get(agreement_key(record), []) if source != own), None)

    def waiting_match(self, record: dict[str, Any]) -> tuple[str, str] | None:
        """(id, sheet) of a proposed record for the same agreement that another sheet's row made
        (the same sheet saved under another name or encoding: 'ties (1).csv'), if any."""
        if self.waiting is None:
            from sqlalchemy import select

            from partnerships.db import schema as s
            from partnerships.db.rows import record_dict

            self.waiting = {}
            r = s.records.c
            with self.eng.connect() as conn:
                for body, status, source in conn.execute(select(r.body, r.status, r.article_file)
                                                         .where(r.status == "proposed")):
                    d = record_dict(body, status)
                    if isinstance(d.get("table_row"), dict):
                        self.waiting.setdefault(agreement_key(d), []).append(
                            (d["id"], source, str(d["table_row"].get("file") or "")))
        own = (record.get("source") or {}).get("file")
        return next(((rid, sheet) for rid, source, sheet in self.waiting.get(agreement_key(record), [])
                     if source != own), None)

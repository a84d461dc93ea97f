"""Free-text search over the records table, without keeping a second copy of its text.

A word matches a record when it occurs, ignoring case, in its English or Korean title or
summary, in the English or Korean name of a place it names (the table's index knows the
gazetteer), or in a party's name. Answers are kept per word with the table's index
(frame_index.derived): typing a second word, or changing another filter while a word is set,
does not search the table again.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from partnerships import frame_index

TEXT_COLUMNS = ("title_en", "title_ko", "summary_en", "summary_ko")


def matches(df: pd.DataFrame, word: str) -> np.ndarray:
    """Boolean per row of `df`: the record mentions `word` (compared in lower case)."""
    word = word.lower()
    return frame_index.derived(df, ("search", word), lambda: _search(df, word))


def _search(df: pd.DataFrame, word: str) -> np.ndarray:
    hit = np.zeros(len(df), dtype=bool)
    for column in TEXT_COLUMNS:
        if column in df:
            hit |= _contains(df[column].tolist(), word)
    if "parties" in df:
        hit |= _in_parties(df["parties"].tolist(), word)
    hit |= _in_place_names(df, word)
    return hit


def _contains(values: list, word: str) -> np.ndarray:
    return np.fromiter((isinstance(v, str) and word in v.lower() for v in values), dtype=bool, count=len(values))


def _in_parties(values: list, word: str) -> np.ndarray:
    # Records share their parties tuples (store.records_frame): test each distinct one once.
    known: dict[int, bool] = {}

    def test(parties) -> bool:
        got = known.get(id(parties))
        if got is None:
            got = known[id(parties)] = any(
                word in str(p.get(key) or "").lower() for p in parties or () for key in ("name_en", "name_ko")
            )
        return got

    return np.fromiter((test(ps) for ps in values), dtype=bool, count=len(values))


def _in_place_names(df: pd.DataFrame, word: str) -> np.ndarray:
    """Rows naming a place (Korean side, partner or venue) whose name contains `word`."""
    found = frame_index.lookup(df)
    if found is None or found[0].gazetteer is None:
        return np.zeros(len(df), dtype=bool)
    index, pos = found
    gaz = index.gazetteer
    ids = {*index.korean.values.tolist(), *index.partner.values.tolist()}
    if "venue" in df:
        ids.update(v for v in df["venue"].unique().tolist() if isinstance(v, str))
    named = set()
    for pid in ids:
        if pid in gaz:
            place = gaz.get(pid)
            if word in place.name_en.lower() or word in place.name_ko.lower():
                named.add(pid)
    if not named:
        return np.zeros(len(df), dtype=bool)
    rows = index.korean.any_in(named, index.n) | index.partner.any_in(named, index.n)
    hit = rows[pos]
    if "venue" in df:
        hit |= df["venue"].isin(named).to_numpy(dtype=bool)
    return hit

"""Loading the records takes them out of Python's cyclic garbage collection (gc.freeze), and a
later load lets go of what an earlier one froze."""

from __future__ import annotations

import gc
import weakref

import pytest

from partnerships import store
from ui.shell import data


class _Node:
    """An object in a reference cycle: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def load():
    """data._load on the bundled records under a given cache key; unfreezes afterwards."""
    data._load.clear()
    url = store.database_url()
    store.open_store(url)
    keys: dict[str, int] = {}
    yield lambda key: data._load(url, keys.setdefault(key, -len(keys) - 1), "")
    data._load.clear()
    gc.unfreeze()


def test_the_loaded_table_is_frozen(load):
    df, _ = load("first")
    assert len(df) > 0
    assert gc.get_freeze_count() > 0
    assert not any(o is df for o in gc.get_objects())  # tracked objects outside the frozen set


def test_a_frozen_cycle_dropped_later_is_collected_at_the_next_load(load):
    node = _Node()
    alive = weakref.ref(node)
    load("first")  # freezes `node` with everything else
    del node
    gc.collect()
    assert alive() is not None  # frozen: a collection does not look at it
    load("second")
    assert alive() is None

"""Partnership Atlas's records: their model, store, reader and aggregates.

Text columns stay Python objects rather than pandas 3's Arrow-backed `str`: the map's aggregates
turn them into NumPy arrays many times per rerun, and at 100,000 records that conversion made a
filter change about 1.6x slower (`python bench/run.py store`). pandas 2 already works this way.
"""

import contextlib
import warnings

import pandas as pd

# pandas 3 marks the option deprecated but honours it; a pandas without it has nothing to set.
with warnings.catch_warnings(), contextlib.suppress(KeyError, pd.errors.OptionError):
    warnings.simplefilter("ignore")
    pd.set_option("future.infer_string", False)

"""Select widgets across a language switch.

The browser keeps a chosen value's chip text, so after a switch the chips are given back their values
to take the new language's labels. A run cut short by the user's next click (typing in a field while
the switched page still draws) leaves the widgets it had not reached yet with the old language's
labels in the browser, which sends them back as values. Those are read back as the values they label.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

Labeller = Callable[[Any, str], str]  # (value, lang) -> the label a widget shows for it


def unlabel(value: Any, known: Any, label_of: Callable[[Any], str]) -> Any:
    """`value` with every item that is not a known value but is a known value's label (`label_of`)
    replaced by that value; lists stay lists."""
    items = list(known) if isinstance(known, list) else [known]
    by_label: dict[str, Any] = {}
    for item in items:
        if item is None:  # (nothing chosen: no label)
            continue
        try:
            by_label.setdefault(label_of(item), item)
        except (LookupError, TypeError, ValueError):
            continue

    def back(x: Any) -> Any:
        return x if x in items or not isinstance(x, str) else by_label.get(x, x)

    return [back(x) for x in value] if isinstance(value, list) else back(value)


def relabel_on_switch(seen_key: str, labels: Mapping[str, Labeller], lang: str) -> None:
    """Give the chosen values of these select widgets back to the browser after a language switch;
    on every run, read back a value the browser sent as its label in the language before.
    `seen_key` keeps (language drawn, language before, the values chosen at the switch)."""
    ss = st.session_state
    seen = ss.get(seen_key)
    if isinstance(seen, tuple) and seen[1]:
        _, before, chosen = seen
        for key, label in labels.items():
            if key in ss and key in chosen:
                fixed = unlabel(ss[key], chosen[key], lambda v, label=label: label(v, before))
                if fixed != ss[key]:
                    ss[key] = fixed
    drawn = seen[0] if isinstance(seen, tuple) else None
    if drawn == lang:
        return
    chosen = {key: ss[key] for key in labels if key in ss}
    for key, value in chosen.items():
        ss[key] = list(value) if isinstance(value, list) else value
    ss[seen_key] = (lang, drawn, chosen)

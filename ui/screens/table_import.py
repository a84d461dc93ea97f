"""The Add article page's spreadsheet section: read a sheet, show the guessed column mapping for the
user to fix, import its rows as proposed records, list the rows that failed and why."""

from __future__ import annotations

import re
import zlib

import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer
from partnerships import export, params, proposals, store
from partnerships.errors import DataError
from partnerships.roles import NotAllowed
from partnerships.tables import columns, plan, read, reasons
from partnerships.tables.columns import FIELDS
from partnerships.tables.header import cell_text
from partnerships.tables.importer import ImportResult
from ui.screens import place_picker
from ui.shell import data
from ui.shell.i18n import t
from ui.shell.markup import md_code, md_escape, md_table

RESULT_KEY = "it_result"
FIXES_KEY = "it_fixes"  # name -> place id the user picked among the suggestions
MAX_MB = 20


def _run(p, lang: str, *, gaz: Gazetteer, who: str | None, online: bool) -> None:
    """Import the rows, with a progress bar while places are looked up online; the result kept."""
    bar = st.empty()

    def looking_up(n: int, cap: int, name: str) -> None:
        bar.progress(n / cap, text=t("import_looking_up", lang, n=n + 1, cap=cap, name=md_escape(name)))

    try:
        st.session_state[RESULT_KEY] = p.run(sink=proposals.DbProposals(store.open_store(), who, gaz), gaz=gaz,
                                             online=online, progress=looking_up)
    except NotAllowed:  # a new text of a table whose rows are published
        st.error(t("import_needs_reviewer", lang))
    except DataError as exc:
        st.error(t("auth_store_down", lang, detail=md_escape(exc)))
    bar.empty()


def panel(lang: str, *, gaz: Gazetteer, who: str | None, online: bool = False) -> None:
    """Upload a sheet, check the mapping, import."""
    up = st.file_uploader(t("import_label", lang), type=["xlsx", "xls", "csv"], key="it_file",
                          help=t("import_help", lang))
    if up is None:
        st.session_state.pop(RESULT_KEY, None)
        return
    data = up.getvalue()
    presets = columns.preset_names()
    c1, c2 = st.columns(2)
    choice = c1.selectbox(t("import_preset", lang), [t("import_guess", lang), *presets], key="import_preset")
    try:
        preset = columns.load_preset(choice) if choice in presets else None
        sheets = read.sheet_names(data, up.name) if len(data) <= MAX_MB * 2**20 else []
        sheet = c2.selectbox(t("import_sheet", lang), sheets, key="import_sheet") if len(sheets) > 1 else None
        p = plan.plan(data, up.name, preset=preset, sheet=sheet)
    except DataError as exc:
        st.error(t("import_bad_file", lang, detail=md_escape(exc)))
        return
    st.caption(t("import_found", lang, header=_rows(p.table.header_rows, lang), n=len(p.table.rows)))
    p.mapping = mapping_editor(p, lang, key=f"{up.name}:{p.table.sheet}:{choice}")
    mapped = zlib.crc32(f"{up.name}:{p.table.sheet}:{choice}".encode())  # (a saved mapping chosen sets them anew)
    if "korean_place" not in p.mapping:
        fixed = st.text_input(t("import_fixed_korean", lang), value=p.preset.fixed.get("korean_place", ""),
                              key=f"import_fixed_korean_{mapped}").strip()
        if fixed:
            p.preset.fixed["korean_place"] = fixed
    # who the rows come from, shown as their source instead of the file's name
    p.preset.publisher = params.text(st.text_input(t("import_publisher", lang), value=p.preset.publisher[:200],
                                                   max_chars=200, key=f"import_publisher_{mapped}"), max_len=200)
    # rows with no date: undated records (as the national layer keeps them), or listed as not imported
    p.preset.undated = st.checkbox(t("import_undated", lang), value=p.preset.undated, key=f"import_undated_{mapped}")
    # (a field set to none is saved as such, so that choosing the mapping again does not guess it)
    p.preset.columns = {**{f: "" for f in FIELDS if f not in p.mapping}, **p.mapping}
    p.preset.places.update(st.session_state.get(FIXES_KEY, {}))
    need = columns.missing(p.mapping, p.preset.fixed)
    if need:
        st.warning(t("import_missing", lang, fields=", ".join(FIELDS[f][lang == "ko"] if f in FIELDS else f
                                                              for f in need)))
    with st.expander(t("import_preview", lang)):
        st.dataframe(export.spreadsheet_safe(pd.DataFrame(
            [[cell_text(v) for v in cells] for _, cells in p.table.rows[:20]],
            columns=p.table.labels, index=[n for n, _ in p.table.rows[:20]])))
    c1, c2, c3 = st.columns([2, 2, 1])
    if c1.button(t("import_rows", lang), key="import_rows", type="primary", disabled=bool(need)):
        _run(p, lang, gaz=gaz, who=who, online=online)
    name = c2.text_input(t("import_save_as", lang), key="it_preset_name", value=choice if choice in presets else "")
    if c3.button(t("import_save", lang), key="it_save_preset") and name.strip():
        p.preset.name = re.sub(r"\s+", "-", name.strip())  # ('시군 교류표 2025' is saved as '시군-교류표-2025')
        try:
            columns.save_preset_as(p.preset, who, store.open_store())
            st.success(t("import_saved", lang, name=md_escape(p.preset.name)))
        except DataError as exc:
            st.error(md_escape(exc))
    result = st.session_state.get(RESULT_KEY)
    if isinstance(result, ImportResult):
        show_result(result, lang, gaz=gaz)
        place_fixes(result, lang)


def _rows(numbers: tuple[int, ...] | list[int], lang: str) -> str:
    """'row 3' / 'rows 3, 4' ('3행' / '3, 4행')."""
    joined = ", ".join(map(str, numbers))
    if lang == "ko":
        return f"{joined}행"
    return f"row {joined}" if len(numbers) == 1 else f"rows {joined}"


def place_fixes(result: ImportResult, lang: str) -> None:
    """For each name the gazetteer lacks (a partner's or a Korean government's), a choice among its
    nearest places; the choices apply to the next import (and are saved with the mapping)."""
    names: dict[str, list[str]] = {}
    for e in result.errors:
        if e.name and e.suggestions and ("partner:" in e.reason or "Korean government:" in e.reason):
            names.setdefault(e.name, [s.split(" ", 1)[0] for s in e.suggestions])
    if not names:
        return
    st.caption(t("import_fix_places", lang))
    fixes = st.session_state.setdefault(FIXES_KEY, {})
    none = t("import_none_col", lang)
    label = place_picker.labeller(data.gazetteer(), lang)  # 'Fukaya (Japan)', not its id
    for i, (name, ids) in enumerate(list(names.items())[:30]):
        got = st.selectbox(md_escape(name), [none, *ids], key=f"it_fix_{i}_{zlib.crc32(name.encode())}",
                           format_func=lambda x, none=none: x if x == none else label(x))
        if got != none:
            fixes[name] = got
        else:
            fixes.pop(name, None)


def mapping_editor(p: plan.Plan, lang: str, *, key: str) -> dict[str, str]:
    """One selectbox per field, preset to the guess; returns the mapping the user settled on."""
    none = t("import_none_col", lang)
    options = [none, *p.table.labels]
    out: dict[str, str] = {}
    cols = st.columns(4)
    for i, (fld, (en, ko)) in enumerate(FIELDS.items()):
        current = p.mapping.get(fld)
        got = cols[i % 4].selectbox(ko if lang == "ko" else en, options,
                                    index=options.index(current) if current in options else 0,
                                    key=f"it_map_{fld}_{zlib.crc32(key.encode())}")
        if got != none:
            out[fld] = got
    return out


def _suggested(suggestions: list[str], lang: str, gaz: Gazetteer | None) -> str:
    """The nearest places ('us-atlanta (Atlanta, US)') by their names in `lang` ('애틀랜타 (US)')."""
    def one(text: str) -> str:
        pid = text.split(" ", 1)[0]
        return f"{gaz.name_in(pid, lang)} ({gaz.get(pid).country})" if gaz is not None and pid in gaz else text

    return ", ".join(one(x) for x in suggestions)


def show_result(result: ImportResult, lang: str, *, gaz: Gazetteer | None = None) -> None:
    """Counts, then each row not imported with its reason and the nearest places, named in the page's
    language (cells escaped: `st.table` renders markdown, and the reasons quote the sheet)."""
    labels = ("import_row_rows", "import_row_added", "import_row_updated", "import_row_unchanged", "import_row_merges",
              "import_row_waiting", "import_row_errors")
    counts = (result.rows, result.added, result.updated, result.unchanged, len(result.merges), len(result.waiting),
              len(result.errors))
    st.subheader(t("batch_summary", lang), anchor=False)
    st.table(pd.DataFrame({t("batch_what", lang): [t(k, lang) for k in labels], t("batch_count", lang): counts})
             .set_index(t("batch_what", lang)))
    for ids, key in ((result.kept, "import_kept"), (result.held, "import_held")):
        if ids:  # rows changed whose records were not rewritten: said, with the records
            st.info(t(key, lang, n=len(ids)) + "\n\n" + "\n".join(f"- {md_code(i)}" for i in ids[:50]))
    if result.waiting:  # the same sheet under another name: its ties wait once, from the first
        sheets = sorted({sheet for _, _, sheet in result.waiting})
        st.info(t("import_waiting", lang, n=len(result.waiting), sheets=", ".join(sheets[:5])))
    if result.hidden:  # what Excel hid (a filter's rows) was not imported: said, so nobody looks for it
        st.info(t("import_hidden", lang, n=len(result.hidden), rows=", ".join(map(str, result.hidden[:50]))))
    if result.hidden_columns:
        st.info(t("import_hidden_columns", lang, columns=", ".join(result.hidden_columns[:50])))
    if result.above:  # a tie typed above the header row: said, so it is moved, not lost
        st.warning(t("import_above", lang, rows=", ".join(map(str, result.above[:50]))))
    if result.unread_sectors:  # (each such row took its type's usual sector: said, for a reviewer to set)
        st.info(t("import_unread_sectors", lang) + "\n\n" + "\n".join(
            f"- {md_escape(cell)}: {_rows(rows, lang)}" for cell, rows in list(result.unread_sectors.items())[:20]))
    if result.unkept_links:  # a link the workbook gave that no record keeps: said, not lost in silence
        st.info(t("import_unkept_links", lang, rows=", ".join(map(str, result.unkept_links[:50]))))
    if result.errors:
        st.caption(t("import_errors", lang))
        st.table(md_table(pd.DataFrame([(e.row, reasons.describe(e.reason, lang), _suggested(e.suggestions, lang, gaz))
                                        for e in result.errors],
                                       columns=[t("import_row", lang), t("batch_reason", lang),
                                                t("import_suggest", lang)]).set_index(t("import_row", lang))))


def _rows(rows: list[int], lang: str) -> str:
    """'row 3', 'rows 2, 4' (the first twenty)."""
    return t("import_rows_list" if len(rows) > 1 else "import_row_list", lang, rows=", ".join(map(str, rows[:20])))

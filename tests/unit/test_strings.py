"""The interface texts: both languages have every key with the same `{fields}`, and every key is used."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from ui.shell.strings_en import EN
from ui.shell.strings_ko import KO

ROOT = Path(__file__).resolve().parents[2]
CODE = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")),
        *sorted(p for p in (ROOT / "ui").rglob("*.py") if not p.name.startswith("strings_"))]
# Keys the code builds from a prefix and a value (the prefix must appear in the code as written here).
DYNAMIC_PREFIXES = (
    "add_article_err_",  # ui/screens/article_review.py: an intake error's code
    "audit_",  # ui/screens/record_staff.py: an audit line's action
    "add_article_mark_",  # ui/screens/article_review.py: the kind of highlight
    "column_title_", "column_summary_",  # ui/screens/table.py: column headings per language
    "download_",  # ui/screens/table.py: download buttons per file format
    "status_",  # ui/screens/table.py, ui/screens/review_queue.py: a record's status
    "national_column_",  # ui/map/cards.py: the national table's columns in a row's evidence
    "timeline_by_",  # ui/screens/timeline.py: the grouping
    "tour_scope_",  # ui/screens/tour.py: which records the tour shows
    "role_",  # ui/shell/auth.py: a staff role
)


def _code_strings() -> tuple[set[str], set[str], set[str]]:
    """Every string constant in the code, the leading text of each f-string or `"..." + x`, and the
    first argument of every `t(...)` call written as a constant."""
    constants: set[str] = set()
    leads: set[str] = set()
    t_keys: set[str] = set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                leads.add(node.values[0].value)
            elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
                leads.add(node.left.value)
            elif (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "t"
                  and node.args and isinstance(node.args[0], ast.Constant)):
                t_keys.add(node.args[0].value)
    return constants, leads, t_keys


CONSTANTS, LEADS, T_KEYS = _code_strings()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_both_languages_have_the_same_keys_in_the_same_order():
    assert sorted(set(EN) - set(KO)) == [], "missing in ui/shell/strings_ko.py"
    assert sorted(set(KO) - set(EN)) == [], "missing in ui/shell/strings_en.py"
    assert list(EN) == list(KO)


def test_both_languages_fill_the_same_fields():
    differ = {key: (_fields(EN[key]), _fields(KO[key])) for key in EN.keys() & KO.keys()
              if _fields(EN[key]) != _fields(KO[key])}
    assert differ == {}


def test_every_key_is_used():
    unused = [key for key in EN if key not in CONSTANTS and not key.startswith(DYNAMIC_PREFIXES)]
    assert unused == []


def test_every_dynamic_prefix_is_still_built_by_the_code():
    stale = [p for p in DYNAMIC_PREFIXES if not any(lead.startswith(p) for lead in LEADS)]
    assert stale == []
    assert all(any(key.startswith(p) for key in EN) for p in DYNAMIC_PREFIXES)


def test_every_key_the_code_asks_for_exists():
    assert sorted(T_KEYS - set(EN)) == []


def test_a_text_and_its_fields_are_filled_in_the_chosen_language():
    from ui.shell.i18n import t

    assert t("pair_title", "ko", a="서울", b="오덴세") == KO["pair_title"].format(a="서울", b="오덴세")
    assert "서울" in t("pair_title", "ko", a="서울", b="x") and t("app_title", "en") == EN["app_title"]


def test_the_catalogs_are_as_the_rename_script_writes_them(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("rename_text_keys", ROOT / "scripts" / "rename_text_keys.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for name in script.CATALOGS:
        copy = tmp_path / Path(name).name
        copy.write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
        script.rewrap(copy)
        assert copy.read_text(encoding="utf-8") == (ROOT / name).read_text(encoding="utf-8"), name


def test_continents_in_the_region_filter_are_named_in_korean():
    from geo.regions import CONTINENTS
    from ui.shell.i18n import region_label

    names = [region_label(c, "ko") for c in CONTINENTS]
    assert names == ["아프리카", "아메리카", "아시아", "유럽", "오세아니아"]
    assert region_label("Europe", "en") == "Europe" and region_label("Western Europe", "ko") == "서유럽"


def test_an_english_count_agrees_with_its_noun():
    from ui.shell.i18n import t

    assert t("n_agreements", "en", n=1) == "1 agreement" and t("n_agreements", "en", n=2) == "2 agreements"
    assert t("sources_n_records", "en", n="1,204") == "1,204 records"
    assert t("n_agreements", "ko", n=2) == t("n_agreements", "ko", n=2).replace("(s)", "")

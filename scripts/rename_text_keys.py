"""Rename interface-text keys by prefix, in the catalogs and every file that uses them.

    python scripts/rename_text_keys.py OLD_ NEW_ [BUILT_PREFIX ...]
    python scripts/rename_text_keys.py aa_ add_article_ aa_err_ aa_mark_

Every quoted key of ui/shell/strings_en.py that starts with OLD_ ("aa_title", 'aa_title'), and the
same name in a CSS class `st-key-aa_title` (a widget keyed like its text), becomes NEW_... in the
tracked .py and .md files; a BUILT_PREFIX (the start of keys the code builds, as
in f"aa_err_{code}") is renamed wherever a quoted string starts with it. Other strings that
merely start with OLD_ (widget keys such as "aa_read_text") are left alone. The catalogs are then
rewrapped to 120 columns. Refuses a rename onto a key that exists already.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = ("ui/shell/strings_en.py", "ui/shell/strings_ko.py")
WIDTH = 120


def _keys() -> list[str]:
    tree = ast.parse((ROOT / CATALOGS[0]).read_text(encoding="utf-8"))
    table = next(n for n in tree.body if isinstance(n, ast.AnnAssign)).value
    return [k.value for k in table.keys]  # type: ignore[union-attr]


def rename(old: str, new: str, built: list[str]) -> int:
    """Rename; returns the number of files changed."""
    keys = _keys()
    chosen = sorted((k for k in keys if k.startswith(old)), key=len, reverse=True)
    clash = sorted({new + k[len(old):] for k in chosen} & set(keys))
    if clash:
        raise SystemExit(f"these keys exist already: {clash}")
    if not chosen:
        raise SystemExit(f"no key starts with {old!r}")
    keys_re = "|".join(map(re.escape, chosen))
    quoted = re.compile(rf"""(?<=["'])({keys_re})(?=["'])|(?<=st-key-)({keys_re})\b""")
    prefix = re.compile(rf"""(?<=["'])({"|".join(map(re.escape, built))})""") if built else None
    files = subprocess.run(["git", "ls-files", "*.py", "*.md"], capture_output=True, text=True, check=True,
                           cwd=ROOT).stdout.split()
    changed = 0
    for name in files:
        path = ROOT / name
        if not path.is_file() or path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8")
        out = quoted.sub(lambda m: new + m.group(0)[len(old):], text)
        if prefix is not None:
            out = prefix.sub(lambda m: new + m.group(1)[len(old):], out)
        if out != text:
            path.write_text(out, encoding="utf-8")
            changed += 1
    for catalog in CATALOGS:
        rewrap(ROOT / catalog)
    return changed


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _chunks(text: str, width: int) -> list[str]:
    out, line = [], ""
    for word in text.split(" "):
        longer = word if not line else f"{line} {word}"
        if line and _width(_quote(longer + " ")) > width:
            out.append(line + " ")
            line = word
        else:
            line = longer
    return [*out, line]


def rewrap(path: Path) -> None:
    """Write a catalog again, one entry a line where it fits, its comments kept."""
    source = path.read_text(encoding="utf-8")
    lines = source.split("\n")
    table = next(n for n in ast.parse(source).body if isinstance(n, ast.AnnAssign)).value
    out = lines[:table.lineno]
    last = table.lineno
    for key, value in zip(table.keys, table.values, strict=True):  # type: ignore[union-attr]
        out += [line for line in lines[last:key.lineno - 1] if line.strip().startswith("#")]
        last = value.end_lineno
        text = ast.literal_eval(value)
        one = f"    {_quote(key.value)}: {_quote(text)},"
        if _width(one) <= WIDTH:
            out.append(one)
        else:
            parts = ("        " + _quote(c) for c in _chunks(text, WIDTH - 8))
            out += [f"    {_quote(key.value)}: (", *parts, "    ),"]
    path.write_text("\n".join([*out, "}"]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    print(f"{rename(sys.argv[1], sys.argv[2], sys.argv[3:])} files changed")

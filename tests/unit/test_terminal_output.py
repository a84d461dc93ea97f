"""The command line prints text from outside as text: escape sequences from a geocoder's error or a
file's name are written as escapes, never sent to the terminal."""

from __future__ import annotations

import io
import sys

from partnerships import cli
from partnerships.terminal import guarded_output, printable


def test_escape_sequences_and_direction_overrides_are_written_as_escapes():
    text = "HTTP 500 \x1b[31mRED\x1b[0m \x1b]0;pwned\x07 bidi\u202evsc\r\nnext\tline\n서울"
    shown = printable(text)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\r" not in shown
    assert "\\x1b[31mRED" in shown and "\\u202e" in shown
    assert "next\tline\n서울" in shown  # tabs, newlines and Hangul untouched


def test_the_command_line_guards_both_streams_and_gives_them_back(monkeypatch):
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    with guarded_output():
        print("file \x1b]0;TITLE\x07.csv")
        print("row 2: \x1b[31mbad\x1b[0m", file=sys.stderr)
    assert sys.stdout is out and sys.stderr is err
    assert "\x1b" not in out.getvalue() + err.getvalue() and "\\x1b]0;TITLE\\x07" in out.getvalue()


def test_the_command_lines_entry_runs_each_command_guarded(monkeypatch):
    seen = []
    parser = cli.build_parser()
    args = parser.parse_args(["validate"])
    monkeypatch.setattr(args, "func", lambda a: seen.append(type(sys.stdout).__name__) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda: type("P", (), {"parse_args": lambda self, argv: args})())
    assert cli.main(["validate"]) == 0
    assert seen == ["SafeStream"]

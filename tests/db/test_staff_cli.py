"""`python -m partnerships users ...` and `history RECORD_ID`."""

from __future__ import annotations

import io

import pytest

from partnerships import accounts, review, staff_db
from partnerships.cli import main
from tests.db.review_helpers import open_with_staff

SEOUL_ODENSE = "2024-seoul-odense-robotics-mou"


def run(argv, monkeypatch, capsys, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


# The command line is the same on both engines: SQLite only.
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def sqlite_only(folders):
    return folders


def test_users_add_list_passwd_remove(sqlite_only, monkeypatch, capsys):
    code, out, _ = run(["users", "add", "mina", "--role", "reviewer", "--password-stdin"], monkeypatch, capsys,
                       "first long password\n")
    assert code == 0 and "added mina (reviewer)" in out
    eng = staff_db.engine()
    assert accounts.sign_in(eng, "mina", "first long password").role == "reviewer"
    code, out, _ = run(["users", "add", "jun@city.go.kr", "--role", "editor", "--no-password"], monkeypatch, capsys)
    code, out, _ = run(["users", "list"], monkeypatch, capsys)
    assert out.splitlines() == ["jun@city.go.kr\teditor\tidentity provider only", "mina\treviewer\tpassword"]
    code, out, _ = run(["users", "passwd", "mina", "--password-stdin"], monkeypatch, capsys, "second long password\n")
    assert code == 0
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(eng, "mina", "first long password")
    code, _, err = run(["users", "add", "x", "--role", "editor", "--password-stdin"], monkeypatch, capsys, "short\n")
    assert code == 1 and "at least" in err
    code, _, err = run(["users", "remove", "nobody"], monkeypatch, capsys)
    assert code == 1 and "no account named 'nobody'" in err
    code, out, _ = run(["users", "remove", "mina"], monkeypatch, capsys)
    assert code == 0 and accounts.role_of(eng, "mina") == "viewer"


def test_history_prints_every_change(sqlite_only, monkeypatch, capsys):
    eng = open_with_staff()
    code, out, _ = run(["history", SEOUL_ODENSE], monkeypatch, capsys)
    assert code == 0 and "no change recorded" in out
    review.retract(eng, "rita", SEOUL_ODENSE, version=1, reason="never signed")
    review.edit(eng, "ravi", SEOUL_ODENSE, {"title_en": "Seoul–Odense robotics MOU"}, version=2, reason="dash")
    code, out, _ = run(["history", SEOUL_ODENSE], monkeypatch, capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "rita  retract  reviewed → retracted" in lines[0] and "reason: never signed" in lines[0]
    assert "ravi  edit  retracted" in lines[1] and "fields: title_en" in lines[1]
    code, _, err = run(["history", "no-such-record"], monkeypatch, capsys)
    assert code == 1 and "no record" in err

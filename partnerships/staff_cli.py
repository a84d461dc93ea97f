"""`python -m partnerships users add|list|passwd|remove ...` and `... history RECORD_ID`.

    python -m partnerships users add mina --role reviewer      # asks for the password twice
    python -m partnerships users add jun@city.go.kr --role editor --no-password   # identity provider only
    printf 'secret...\\n' | python -m partnerships users passwd mina --password-stdin
    python -m partnerships history 2024-seoul-odense-robotics-mou

Whoever can run these on the server holds the database already: they are the administrator's
tools, not checked against a role.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from partnerships import accounts, review, roles, staff_db, store
from partnerships.errors import DataError


def add_parsers(subparsers) -> None:
    """Register the `users` and `history` subcommands."""
    users = subparsers.add_parser("users", help="staff accounts: add, list, passwd, remove")
    verbs = users.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("add", help="create an account")
    p.add_argument("name")
    p.add_argument("--role", choices=(roles.EDITOR, roles.REVIEWER), required=True)
    how = p.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    how.add_argument("--no-password", action="store_true",
                     help="signs in only through the identity provider (the name is its e-mail address)")
    p.set_defaults(func=cmd_users_add)
    p = verbs.add_parser("list", help="every account and its role")
    p.set_defaults(func=cmd_users_list)
    p = verbs.add_parser("passwd", help="set a new password")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=cmd_users_passwd)
    p = verbs.add_parser("role", help="change an account's role")
    p.add_argument("name")
    p.add_argument("role", choices=(roles.EDITOR, roles.REVIEWER))
    p.set_defaults(func=cmd_users_role)
    p = verbs.add_parser("remove", help="delete an account (its changes stay in the history)")
    p.add_argument("name")
    p.set_defaults(func=cmd_users_remove)

    p = subparsers.add_parser("history", help="every change of one record: who, when, what, why")
    p.add_argument("record_id")
    p.add_argument("--json", action="store_true", help="one JSON object per change, with before and after")
    p.set_defaults(func=cmd_history)


def _engine(args: argparse.Namespace):
    if getattr(args, "data", None) is not None:
        os.environ["ATLAS_DATA_DIR"] = str(Path(args.data))
    return staff_db.engine()


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise accounts.AccountError("the two passwords differ")
    return first


def _run(action) -> int:
    try:
        action()
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    def action() -> None:
        password = None if args.no_password else _password(args)
        got = accounts.add_user(_engine(args), args.name, role=args.role, password=password)
        print(f"added {got.name} ({got.role})")
    return _run(action)


def cmd_users_list(args: argparse.Namespace) -> int:
    found = accounts.list_users(_engine(args))
    for a in found:
        print(f"{a.name}\t{a.role}\t{'password' if a.has_password else 'identity provider only'}")
    if not found:
        print("no accounts: the atlas is read-only (add one with `users add NAME --role reviewer`)")
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    def action() -> None:
        accounts.set_password(_engine(args), args.name, _password(args))
        print(f"password of {args.name} changed")
    return _run(action)


def cmd_users_role(args: argparse.Namespace) -> int:
    def action() -> None:
        accounts.set_role(_engine(args), args.name, args.role)
        print(f"{args.name} is now {args.role}")
    return _run(action)


def cmd_users_remove(args: argparse.Namespace) -> int:
    def action() -> None:
        accounts.remove_user(_engine(args), args.name)
        print(f"removed {args.name}")
    return _run(action)


def describe(line: dict) -> str:
    """One change as a line of text: when, who, what, and the fields it changed."""
    status, changed = review.change_parts(line)
    text = f"#{line['id']}  {line['at']:%Y-%m-%d %H:%M:%S}  {line['who']}  {line['action']}  {status}"
    if changed:
        text += f"  fields: {', '.join(changed)}"
    if line["reason"]:
        text += f"  reason: {line['reason']}"
    return text


def cmd_history(args: argparse.Namespace) -> int:
    if getattr(args, "data", None) is not None:
        os.environ["ATLAS_DATA_DIR"] = str(Path(args.data))
    eng = store.open_store()
    lines = review.history(eng, args.record_id)
    if not lines:
        try:
            review.get(eng, args.record_id)
        except review.NotFound:
            print(f"error: no record {args.record_id!r}", file=sys.stderr)
            return 1
        print(f"{args.record_id}: no change recorded since it was loaded from the record files")
        return 0
    for line in lines:
        if args.json:
            print(json.dumps({**line, "at": line["at"].isoformat()}, ensure_ascii=False))
        else:
            print(describe(line))
    return 0

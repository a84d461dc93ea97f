"""Roles: one rule says who may do what."""

from __future__ import annotations

import pytest

from partnerships import roles


@pytest.mark.parametrize(("role", "action", "allowed"), [
    ("viewer", "read_public", True),
    ("viewer", "propose", False),
    ("viewer", "publish", False),
    ("viewer", "read_drafts", False),
    ("editor", "propose", True),
    ("editor", "read_drafts", True),
    ("editor", "publish", False),
    ("editor", "retract", False),
    ("editor", "revert", False),
    ("reviewer", "publish", True),
    ("reviewer", "merge", True),
    ("reviewer", "revert", True),
    ("reviewer", "propose", True),
    (None, "read_public", False),  # nobody at all: not even a role
    ("admin", "publish", False),  # unknown roles may nothing
    ("reviewer", "drop_table", False),  # unknown actions are refused
])
def test_may(role, action, allowed):
    assert roles.may(role, action) is allowed


def test_require_names_who_and_what():
    with pytest.raises(roles.NotAllowed) as got:
        roles.require("editor", "publish", who="mina")
    assert got.value.who == "mina" and got.value.action == "publish"
    assert "mina" in str(got.value) and "publish" in str(got.value)
    assert isinstance(got.value, PermissionError)
    roles.require("reviewer", "publish", who="jun")  # no error


def test_staff():
    assert [roles.is_staff(r) for r in roles.ROLES] == [False, True, True]


def test_upload_endpoint_is_capped_at_the_article_limit():
    """Streamlit's upload endpoint accepts files from any open session (also a viewer's): its
    size cap is the article limit, not Streamlit's default 200 MB."""
    import tomllib
    from pathlib import Path

    from partnerships.intake import MAX_BYTES

    config = tomllib.loads((Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 2**20 == MAX_BYTES

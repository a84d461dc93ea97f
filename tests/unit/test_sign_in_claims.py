"""Which e-mail address a single sign-on gives the app: only one the identity provider verified."""

from __future__ import annotations

import pytest

from ui.shell.auth import verified_email


@pytest.mark.parametrize(("claims", "expected"), [
    ({"email": "jun@city.go.kr", "email_verified": True}, "jun@city.go.kr"),
    ({"email": "jun@city.go.kr"}, "jun@city.go.kr"),  # a provider that sends no such claim vouches by signing
    ({"email": "jun@city.go.kr", "email_verified": False}, None),
    ({"email": "jun@city.go.kr", "email_verified": "false"}, None),
    ({"email": "", "email_verified": True}, None),
    ({"name": "Jun"}, None),
])
def test_only_an_address_the_provider_verified_signs_in(claims, expected):
    assert verified_email(claims) == expected

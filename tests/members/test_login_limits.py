"""Failed log-ins are limited per account and address together, and per address: a stranger
guessing a member's password locks out only themselves, not the member."""

import pytest
from django.test import Client

from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db

REFUSED = "Too many failed login attempts. Try again later."
WRONG = "The email address and/or password you specified are not correct."


def login(client, email, password):
    return client.post("/en/accounts/login/", {"login": email, "password": password})


def test_five_wrong_passwords_lock_out_that_address_not_the_member(password):
    bob = UserFactory(email="bob@example.lv")
    stranger = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        assert WRONG in login(stranger, bob.email, "guess").content.decode()
    # The stranger's address is refused for bob now, even with the right password...
    assert REFUSED in login(stranger, bob.email, password).content.decode()
    assert "_auth_user_id" not in stranger.session
    # ...while bob, from his own address, logs in straight away.
    member = Client(REMOTE_ADDR="198.51.100.20")
    response = login(member, bob.email, password)
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert int(member.session["_auth_user_id"]) == bob.pk


def test_one_address_guessing_many_accounts_is_refused(password):
    bob = UserFactory(email="bob@example.lv")
    guesser = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(10):
        response = login(guesser, f"person{number}@example.lv", "guess")
        assert WRONG in response.content.decode()
    # The eleventh account within the minute: refused, right password or not.
    assert REFUSED in login(guesser, bob.email, password).content.decode()
    assert "_auth_user_id" not in guesser.session

"""The account flows a visitor goes through, end to end through the Django test client."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, format_hotp_value, hotp_value
from django.core import mail

from members.models import User
from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "round-table-riga-77"
LINK = re.compile(r"https?://testserver(/[^\s]+)")


def signup(client, email="anna@example.lv", language="en", **extra):
    data = {
        "email": email,
        "display_name": "Anna Bērziņa",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        **extra,
    }
    return client.post(f"/{language}/accounts/signup/", data)


def link_in(message) -> str:
    return LINK.search(message.body).group(1)


def login(client, email, password, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def test_sign_up_verify_log_in_and_out(client):
    response = signup(client)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = User.objects.get(email="anna@example.lv")
    assert user.display_name == "Anna Bērziņa"
    assert not EmailAddress.objects.get(user=user).verified

    # The verification e-mail went out (through the e-mail task) with a link.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["anna@example.lv"]
    confirm_url = link_in(mail.outbox[0])
    assert "/en/accounts/confirm-email/" in confirm_url

    # Until verified, logging in only re-sends the verification.
    client.logout()
    response = login(client, "anna@example.lv", NEW_PASSWORD)
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    # Opening the link shows a confirm button (a mail scanner's GET verifies nothing).
    page = client.get(confirm_url)
    assert page.status_code == 200
    assert not EmailAddress.objects.get(user=user).verified
    client.post(confirm_url)
    assert EmailAddress.objects.get(user=user).verified

    response = login(client, "ANNA@example.lv", NEW_PASSWORD)  # e-mail is case-insensitive
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    home = client.get("/en/")
    assert "My account (Anna Bērziņa)" in home.content.decode()

    client.post("/en/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_sign_up_in_latvian_remembers_the_language_and_mails_in_latvian(client):
    signup(client, email="janis@example.lv", language="lv")
    user = User.objects.get(email="janis@example.lv")
    assert user.preferred_language == "lv"
    assert "/lv/accounts/confirm-email/" in mail.outbox[0].body
    assert "e-pasta adresi" in mail.outbox[0].body  # allauth's Latvian text


def test_sign_up_with_a_registered_email_says_the_same_and_tells_the_owner(client, user):
    response = signup(client, email=user.email)
    # The visitor sees exactly what a new address would see...
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert User.objects.filter(email=user.email).count() == 1
    # ...and only the owner of the address learns, by e-mail, that the account exists.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    assert "already" in mail.outbox[0].body.lower()


def test_sign_up_errors_keep_what_was_typed(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "not-an-email",
            "display_name": "Pēteris Liepa",
            "password1": NEW_PASSWORD,
            "password2": "something-else",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="not-an-email"' in html
    assert 'value="Pēteris Liepa"' in html
    assert 'aria-invalid="true"' in html
    assert "Enter a valid email address." in html
    assert not User.objects.exists()


def test_failed_log_in_does_not_reveal_whether_the_email_is_registered(client, user):
    wrong_password = login(client, user.email, "not-the-password").content.decode()
    unknown_email = login(client, "nobody@example.org", "not-the-password").content.decode()
    message = "The email address and/or password you specified are not correct."
    assert message in wrong_password
    assert message in unknown_email


def test_repeated_failed_log_ins_are_rate_limited_with_a_clear_message(client, user, password):
    for _ in range(5):
        login(client, user.email, "wrong-password")
    response = login(client, user.email, password)  # even the right password waits now
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_sign_ups_from_one_address_are_rate_limited(client):
    for number in range(5):
        assert signup(client, email=f"person{number}@example.lv").status_code == 302
        client.logout()
    response = signup(client, email="one-too-many@example.lv")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert not User.objects.filter(email="one-too-many@example.lv").exists()


def test_password_reset_round_trip(client, user):
    response = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert response["Location"] == "/en/accounts/password/reset/done/"
    reset_url = link_in(mail.outbox[0])
    form_url = client.get(reset_url, follow=True).redirect_chain[-1][0]
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert login(client, user.email, NEW_PASSWORD).status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_password_reset_answers_the_same_for_an_unknown_email(client, user):
    known = client.post("/en/accounts/password/reset/", {"email": user.email})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # The unknown address is told no account exists; nobody else learns anything.
    assert [m.to for m in mail.outbox] == [[user.email], ["nobody@example.org"]]


def totp_code(secret: str, step: int = 0) -> str:
    """The code an authenticator app shows now (step 0) or in the next period (step 1).

    Taken from the middle of the accepted window, not its edge, so that a 30-second
    boundary passing between computing the code and posting it still leaves it valid.
    """
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD + step
    return format_hotp_value(hotp_value(secret, counter))


def test_turn_on_totp_then_log_in_with_the_second_factor(client, user, password, settings):
    settings.MFA_TOTP_TOLERANCE = 1  # lets the test use the next 30-second code at log-in
    login(client, user.email, password)
    # Turning on a second factor asks for the password again first.
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(page["Location"], {"password": password})
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    assert secret in page.content.decode()  # shown for apps that cannot scan the QR code
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

    client.post("/en/accounts/logout/")
    response = login(client, user.email, password)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret, step=1)})
    assert int(client.session["_auth_user_id"]) == user.pk


def test_unverified_factory_user_cannot_log_in(client, password):
    user = UserFactory(verified=False)
    response = login(client, user.email, password)
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

"""One log-in for the whole site, allauth's: Wagtail's admin log-in form takes no password.

Its form at /admin/login/ logged people in with a password alone: no second factor, no rate
limit, no e-mail verification, and a session for the whole site. It only sends to allauth now,
and a member without admin access who opens the admin is told so instead of going round.
"""

import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

from tests.members.factories import EditorFactory, UserFactory

pytestmark = pytest.mark.django_db


def totp_code(secret: str, step: int = 0) -> str:
    # The next period's code with MFA_TOTP_TOLERANCE = 1: a 30-second boundary passing
    # between computing and posting it leaves it valid.
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD + step
    return format_hotp_value(hotp_value(secret, counter))


def admin_password_login(client, user, password, **extra):
    return client.post("/admin/login/", {"username": user.email, "password": password, **extra})


def test_the_right_password_at_the_admin_log_in_skips_no_second_factor(client, password):
    editor = EditorFactory()
    TOTP.activate(editor, generate_totp_secret())
    response = admin_password_login(client, editor, password)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2F"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # back to log in
    assert client.get("/en/accounts/email/").status_code == 302  # nor a session for the site


def test_the_right_password_at_the_admin_log_in_skips_no_email_verification(client, password):
    editor = EditorFactory(verified=False)
    admin_password_login(client, editor, password)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_admin_log_in_sends_to_allauths_keeping_next(client, method):
    if method == "get":
        response = client.get("/admin/login/?next=/admin/pages/")
    else:
        response = client.post("/admin/login/", {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fpages%2F"
    # Another site as `next` is not passed on: the admin instead.
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2F"


def test_the_admin_log_in_page_speaks_the_visitors_language(client):
    response = client.get("/admin/login/?next=/admin/", HTTP_ACCEPT_LANGUAGE="lv")
    assert response["Location"] == "/lv/accounts/login/?next=%2Fadmin%2F"


def test_an_editor_with_totp_reaches_the_admin_only_after_the_code(client, password, settings):
    settings.MFA_TOTP_TOLERANCE = 1
    editor = EditorFactory()
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    # The admin sends a visitor to log in, and the log-in form is allauth's.
    login_page = client.get("/admin/pages/", follow=True)
    assert login_page.redirect_chain[-1][0] == "/en/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert login_page.status_code == 200
    response = client.post(
        "/en/accounts/login/",
        {"login": editor.email, "password": password, "next": "/admin/pages/"},
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # the password alone opens nothing
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret, 1)})
    assert response["Location"] == "/admin/pages/"
    assert int(client.session["_auth_user_id"]) == editor.pk
    assert client.get("/admin/").status_code == 200
    # Logged in, the admin's log-in page sends an editor on, into the admin.
    assert client.get("/admin/login/?next=/admin/pages/")["Location"] == "/admin/pages/"


@pytest.mark.parametrize("is_staff", [False, True], ids=["member", "staff flag only"])
def test_a_member_without_admin_access_is_told_so_not_sent_round(client, is_staff):
    client.force_login(UserFactory(is_staff=is_staff))
    response = client.get("/admin/", follow=True)  # a redirect loop raises here
    assert response.redirect_chain == [("/admin/login/?next=/admin/", 302)]
    assert response.status_code == 403
    page = response.content.decode()
    assert "No access to the editors" in page
    assert "Editors or Moderators group" in page


def test_a_member_without_admin_access_is_told_in_latvian(client):
    client.force_login(UserFactory())
    response = client.get("/admin/", follow=True, HTTP_ACCEPT_LANGUAGE="lv")
    assert response.status_code == 403
    page = response.content.decode()
    assert "Nav piekļuves redaktoru videi" in page
    assert "You do not have permission" not in page  # Wagtail's own refusal, English only


def test_the_admins_own_password_reset_and_change_are_off(client):
    # They bypassed allauth's rate limits (reset mails) and its checks (a new address).
    assert client.get("/admin/password_reset/", follow=True).status_code == 404
    editor = EditorFactory()
    client.force_login(editor)
    account = client.get("/admin/account/")
    assert account.status_code == 200
    page = account.content.decode()
    assert 'name="password-old_password"' not in page
    assert 'name="name_email-email"' not in page

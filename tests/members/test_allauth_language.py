"""allauth's pages and e-mails in the site's words and languages: its e-mails name GPP Commons
and link to SITE_URL, its log-in and sign-up pages say what the header says."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+")
H1 = re.compile(r"<h1[^>]*> ?(.*?) ?</h1>")


def page_text(client, url) -> str:
    """The page's HTML with its runs of white space (template indentation) as one space."""
    return " ".join(client.get(url).content.decode().split())


@pytest.mark.parametrize(
    ("language", "greeting", "thanks"),
    [
        ("en", "Hello from GPP Commons!", "Thank you for using GPP Commons!"),
        ("lv", "Sveiciens no GPP Commons!", "Paldies, ka izmantojat GPP Commons!"),
    ],
)
def test_password_reset_mail_names_the_site_and_links_to_site_url(
    client, settings, user, language, greeting, thanks
):
    # allauth's own template (the project does not override this one): its site name came
    # from a `current_site` our adapter never passed, so it read "Hello from !".
    client.post(f"/{language}/accounts/password/reset/", {"email": user.email})
    (message,) = mail.outbox
    assert greeting in message.body
    assert thanks in message.body
    assert " !" not in message.body  # "Hello from !", "Sveiciens no !"
    (link,) = LINK.findall(message.body)
    assert link.startswith(f"{settings.SITE_URL}/{language}/accounts/password/reset/key/")


def test_mail_links_go_to_site_url_whatever_host_the_request_named(client, settings, user):
    # "localhost" is an allowed host too; the reset link still goes to the site's address.
    client.post("/en/accounts/password/reset/", {"email": user.email}, HTTP_HOST="localhost")
    (link,) = LINK.findall(mail.outbox[0].body)
    assert link.startswith(f"{settings.SITE_URL}/en/accounts/password/reset/key/")
    assert "localhost" not in mail.outbox[0].body


def test_sign_up_page_latvian_has_allauths_typo_corrected(client):
    page = page_text(client, "/lv/accounts/signup/")
    assert "spiediet šeit" in page
    assert "spiedied" not in page


@pytest.mark.parametrize(
    ("language", "log_in", "allauths"),
    [("en", "Log in", "Sign In"), ("lv", "Pieteikties", "Ieiet")],
)
def test_log_in_page_is_named_as_the_header_names_it(client, language, log_in, allauths):
    page = page_text(client, f"/{language}/accounts/login/")
    assert H1.findall(page) == [log_in]
    assert f"<title> {log_in} · GPP Commons </title>" in page
    assert re.search(rf'<button [^>]*type="submit"> ?{log_in} ?</button>', page)
    assert allauths not in page


@pytest.mark.parametrize(("language", "sign_up"), [("en", "Sign up"), ("lv", "Reģistrēties")])
def test_sign_up_page_is_named_as_the_header_names_it(client, language, sign_up):
    page = page_text(client, f"/{language}/accounts/signup/")
    assert H1.findall(page) == [sign_up]
    assert f"<title> {sign_up} · GPP Commons </title>" in page
    assert re.search(rf'<button [^>]*type="submit"> ?{sign_up} ?</button>', page)
    assert "Sign Up" not in page
    assert "Signup" not in page

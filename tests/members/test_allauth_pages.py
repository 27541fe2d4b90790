"""Every allauth page a member can reach is Latvian on /lv/, in the site's words: the log-out
page says "Log out"/"Iziet" as the header does, and the two-factor pages have no English left.

A page's Latvian version is compared with its English one: a line of its text (or a button's,
a field's placeholder or label) that reads the same in both is a string nobody translated.
"""

import re
import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

pytestmark = pytest.mark.django_db
H1 = re.compile(r"<h1[^>]*>\s*(.*?)\s*</h1>", re.DOTALL)
# Words that are the same in both languages: names, and what allauth shows of the member.
SAME_IN_BOTH = {"GPP Commons", "TOTP", "OK"}
# allauth's names for what the header calls Log in / Log out / Sign up (Pieteikties, Iziet,
# Reģistrēties): none of them may show on any of its pages.
ALLAUTHS_WORDS = re.compile(r"Sign In|Sign Out|Sign Up|Signup|Ieiet|Izrakstīties|Pierakstīties")


def texts(html: str) -> set[str]:
    """What a reader sees in <main>: each text run, and the words in attributes a reader meets
    (placeholders, labels, titles, button values)."""
    main = re.search(r"<main.*?</main>", html, re.DOTALL)
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", main.group(0), flags=re.DOTALL)
    seen = {" ".join(run.split()) for run in re.sub(r"<[^>]+>", "\n", html).splitlines()}
    seen |= set(re.findall(r'(?:placeholder|aria-label|title|alt)="([^"]+)"', html))
    seen |= set(re.findall(r'<(?:input|button)[^>]*type="submit"[^>]*value="([^"]+)"', html))
    return {text for text in seen if re.search(r"[A-Za-z]{2}", text)}


def untranslated(client, path: str, *, member=None) -> set[str]:
    """The text of /lv/<path> that reads as on /en/<path>."""
    latvian, english = client.get(f"/lv/{path}"), client.get(f"/en/{path}")
    assert latvian.status_code == english.status_code == 200, (path, latvian.status_code)
    lv_texts, en_texts = texts(latvian.content.decode()), texts(english.content.decode())
    assert lv_texts, path  # the page has words to compare
    own = {member.email, member.get_full_name()} if member else set()
    same = {text for text in lv_texts & en_texts if text not in SAME_IN_BOTH | own}
    other_words = {text for text in lv_texts | en_texts if ALLAUTHS_WORDS.search(text)}
    return {text for text in same | other_words if "@" not in text}


def code_for(secret: str, step: int = 0) -> str:
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD + step
    return format_hotp_value(hotp_value(secret, counter))


def log_in(client, user, password, language="lv"):
    response = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": password}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def reauthenticate(client, password):
    response = client.post("/lv/accounts/reauthenticate/", {"password": password})
    assert response.status_code == 302


@pytest.mark.parametrize(("language", "log_out"), [("en", "Log out"), ("lv", "Iziet")])
def test_the_log_out_page_says_what_the_header_says(client, user, password, language, log_out):
    log_in(client, user, password, language)
    page = client.get(f"/{language}/accounts/logout/").content.decode()
    header = re.search(r"<header.*?</header>", page, re.DOTALL).group(0)
    assert re.search(rf'<button [^>]*type="submit"[^>]*>\s*{log_out}\s*</button>', header)
    assert H1.findall(page) == [log_out]
    assert f"<title>{log_out} · GPP Commons</title>" in " ".join(page.split()).replace(
        "<title> ", "<title>"
    ).replace(" </title>", "</title>")
    main = re.search(r"<main.*?</main>", page, re.DOTALL).group(0)
    assert re.search(rf'<button [^>]*type="submit"[^>]*>\s*{log_out}\s*</button>', main)
    for allauths in ("Sign Out", "sign out", "Izrakstīties"):
        assert allauths not in page


@pytest.mark.parametrize(
    "path",
    [
        "accounts/login/",
        "accounts/signup/",
        "accounts/password/reset/",
        "accounts/password/reset/done/",
        "accounts/password/reset/key/1-set-password/",  # a link that is no longer valid
        "accounts/confirm-email/",
    ],
)
def test_allauths_pages_for_visitors_are_latvian(client, path):
    assert untranslated(client, path) == set()


def test_allauths_pages_for_members_are_latvian(client, user, password):
    log_in(client, user, password)
    for path in (
        "accounts/logout/",
        "accounts/email/",
        "accounts/password/change/",
        "accounts/reauthenticate/",
        "accounts/2fa/",
    ):
        assert untranslated(client, path, member=user) == set(), path
    reauthenticate(client, password)  # setting up a second factor asks for the password again
    assert untranslated(client, "accounts/2fa/totp/activate/", member=user) == set()


def test_the_two_factor_pages_have_no_english_on_lv(client, user, password, settings):
    settings.MFA_TOTP_TOLERANCE = 1
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    log_in(client, user, password)
    assert untranslated(client, "accounts/2fa/authenticate/", member=user) == set()
    response = client.post("/lv/accounts/2fa/authenticate/", {"code": code_for(secret, 1)})
    assert response.status_code == 302
    assert untranslated(client, "accounts/2fa/reauthenticate/", member=user) == set()
    reauthenticate(client, password)
    for path in (
        "accounts/2fa/",
        "accounts/2fa/recovery-codes/",
        "accounts/2fa/recovery-codes/generate/",
        "accounts/2fa/totp/deactivate/",
    ):
        assert untranslated(client, path, member=user) == set(), path

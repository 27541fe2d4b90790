"""Signed links for people without a log-in: confirm a registration, manage a subscription.

The signature is the key, so nothing secret is stored; a changed character or an old link is
refused with a message, never with an error page.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_MAX_AGE = timedelta(days=3)

REGISTRATION = "events.registration"
REGISTRATION_CANCEL = "events.registration-cancel"
NEWSLETTER_CONFIRM = "events.newsletter-confirm"
NEWSLETTER_MANAGE = "events.newsletter-manage"


class BadToken(Exception):
    def __init__(self, expired: bool):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make(salt: str, **payload) -> str:
    return signing.dumps(payload, salt=salt, compress=True)


def read(token: str, salt: str, *, max_age: timedelta | None = CONFIRM_MAX_AGE) -> dict:
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise BadToken(expired=True) from None
    except signing.BadSignature:
        raise BadToken(expired=False) from None


def absolute(name: str, language: str, **kwargs) -> str:
    """The address of a view in the recipient's language, for an e-mail."""
    with translation.override(language):
        return f"{settings.SITE_URL}{reverse(name, kwargs=kwargs)}"


def manage_token(email: str) -> str:
    """The key to one address's newsletter preferences and one-click unsubscribe; no expiry."""
    return make(NEWSLETTER_MANAGE, e=email.lower())


def unsubscribe_url(email: str, language: str) -> str:
    return absolute("events:unsubscribe", language, token=manage_token(email))


def preferences_url(email: str, language: str) -> str:
    return absolute("events:newsletter_preferences", language, token=manage_token(email))


def unsubscribe_headers(email: str, language: str) -> dict[str, str]:
    """RFC 2369 + RFC 8058: mail clients show an "Unsubscribe" button that POSTs, one click."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(email, language)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def newsletter_confirm_url(email: str, language: str) -> str:
    return absolute(
        "events:newsletter_confirm", language, token=make(NEWSLETTER_CONFIRM, e=email.lower())
    )


def registration_confirm_url(registration) -> str:
    token = make(REGISTRATION, r=registration.pk, e=registration.email)
    return absolute("events:registration_confirm", registration.language, token=token)


def registration_cancel_url(registration) -> str:
    """No expiry: the link in every mail about a place lets its holder give it up."""
    token = make(REGISTRATION_CANCEL, r=registration.pk, e=registration.email)
    return absolute("events:registration_cancel_link", registration.language, token=token)

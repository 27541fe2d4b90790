"""Notifications read in the reader's language: a message and its values, translated when read.

A notification keeps the English message (the msgid, marked with gettext_noop where it is
written so that the catalogue has it) and its values; the notifications page translates it in
the language of the page, so a member who switches to Latvian reads Latvian, whatever the
language of the request that caused it. Dates are kept as ISO strings and written in the
reader's format when read. ``Notification.text`` still holds the message as the recipient's
preferred language put it when it was made: e-mails use it, and rows older than the message
field have nothing else.
"""

from datetime import date, datetime
from urllib.parse import urlsplit, urlunsplit

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext


def storable(params: dict | None) -> dict:
    """The values as JSON: strings stay, dates become {"date": iso}, datetimes {"datetime": iso}."""
    stored = {}
    for name, value in (params or {}).items():
        if isinstance(value, datetime):
            stored[name] = {"datetime": value.isoformat()}
        elif isinstance(value, date):
            stored[name] = {"date": value.isoformat()}
        else:
            stored[name] = str(value)
    return stored


def _readable(value):
    if isinstance(value, dict) and "datetime" in value:
        moment = timezone.localtime(datetime.fromisoformat(value["datetime"]))
        return date_format(moment, "SHORT_DATETIME_FORMAT")
    if isinstance(value, dict) and "date" in value:
        return date_format(date.fromisoformat(value["date"]), "DATE_FORMAT")
    return value


def render(message: str, params: dict) -> str:
    """``message`` translated into the active language, with its values filled in."""
    return gettext(message) % {name: _readable(value) for name, value in params.items()}


def read_url(url: str) -> str:
    """A notification's link in the reader's language: a site view's address in that
    language; a Wagtail page (whose translation has another address, if any) at its own
    address with ``?lang=`` so the interface stays the reader's and the switcher leads on."""
    from django.conf import settings
    from django.urls import Resolver404, resolve, translate_url
    from django.utils import translation

    from kb_site.interface_language import PARAMETER

    current = translation.get_language()
    parts = urlsplit(url)
    language = parts.path.strip("/").split("/", 1)[0]
    if parts.netloc or language == current or language not in dict(settings.LANGUAGES):
        return url
    with translation.override(language):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return url
        if match.url_name not in ("wagtail_serve", "home"):
            return translate_url(url, current)
    query = f"{parts.query}&" if parts.query else ""
    return urlunsplit(parts._replace(query=f"{query}{PARAMETER}={current}"))

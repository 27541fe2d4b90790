"""URLs for many objects of one kind without a reverse() each.

A page that links 20 posts five ways each called reverse() a hundred times (about 20 µs each,
a tenth of a forum thread page). ``url_maker("forum:post_edit")`` reverses once per language
and URL prefix, then formats: ``make(pk)`` gives what ``reverse(name, args=[pk])`` would, and
``url_maker("forum:thread", 2)(pk, slug)`` what ``reverse(name, args=[pk, slug])`` would (a
text argument quoted as reverse() quotes it). Arguments are not checked against the pattern:
they come from rows that already fit it.
"""

from collections.abc import Callable
from functools import cache
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS

# Digits fit int, slug and str converters alike; no real id or slug is this long a number.
_MARKS = tuple(str(2147483640 + n) for n in range(8))
_PATH_SAFE = RFC3986_SUBDELIMS + "/~:@"  # what reverse() leaves unquoted in a path


@cache
def _parts(name: str, arity: int, language: str, prefix: str) -> tuple[str, ...]:
    """The reversed URL's text around each argument."""
    parts, rest = [], reverse(name, args=_MARKS[:arity])
    for mark in _MARKS[:arity]:
        head, rest = rest.split(mark, 1)
        parts.append(head)
    return (*parts, rest)


def _text(value) -> str:
    return str(value) if isinstance(value, int) else quote(str(value), safe=_PATH_SAFE)


def url_maker(name: str, arity: int = 1) -> Callable[..., str]:
    """A function of ``arity`` arguments giving the URL ``name`` reverses to, in the active
    language."""
    parts = _parts(name, arity, translation.get_language() or "", get_script_prefix())
    if arity == 1:  # the common case, kept short: one id or slug
        head, tail = parts
        return lambda value: f"{head}{_text(value)}{tail}"

    def make(*values) -> str:
        pieces = zip(parts[:-1], values, strict=True)
        return "".join(part + _text(value) for part, value in pieces) + parts[-1]

    return make


def with_page_links(pages: list, request) -> list:
    """Sets ``page.link``, what ``{% pageurl page %}`` gives, on each Wagtail page of a list.

    Wagtail's ``get_url`` reverses under a language override for every page; siblings differ
    only by their slug, so it runs once per parent and locale and the rest are appended.
    """
    heads: dict[tuple, str | None] = {}
    for page in pages:
        parent_path, slug = page.url_path.rstrip("/").rsplit("/", 1)
        key = (page.locale_id, parent_path)
        if key not in heads:
            url = page.get_url(request)
            ending = f"/{slug}/"
            heads[key] = url[: -len(ending) + 1] if url and url.endswith(ending) else None
            page.link = url
        elif heads[key] is None:  # an unusual URL (a quoted slug): ask Wagtail
            page.link = page.get_url(request)
        else:
            page.link = f"{heads[key]}{slug}/"
    return pages

"""Reads: the search itself (Elasticsearch, or the database when it is not configured or
fails), autocomplete, snippets and "did you mean"."""

import difflib
import html
import logging
import re
from functools import lru_cache

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .analysis import fold, query_groups, stem, words
from .engines import database, elastic
from .query import Query, Results
from .services import elasticsearch_enabled

log = logging.getLogger(__name__)
SNIPPET_WORDS = 40


def search(query: Query) -> Results:
    if elasticsearch_enabled():
        try:
            return elastic.search(query)
        except Exception as error:
            log.error("search: Elasticsearch failed, answering from the database: %s", error)
            results = database.search(query)
            results.notice = _(
                "The main search engine is not answering; these results come from the simpler "
                "database search. Try again in a few minutes for the best results."
            )
            return results
    return database.search(query)


def autocomplete(text: str, audiences: tuple[str, ...]) -> list[dict]:
    if elasticsearch_enabled():
        try:
            return elastic.autocomplete(text, audiences)
        except Exception as error:
            log.error("search: Elasticsearch autocomplete failed: %s", error)
    return database.autocomplete(text, audiences)


def did_you_mean(text: str) -> str:
    """A respelling of the query from words in titles, or "" when every word is known."""
    vocabulary = cache.get("search-vocabulary")
    if vocabulary is None:
        vocabulary = database.vocabulary()
        cache.set("search-vocabulary", vocabulary, 600)
    known = set(vocabulary)
    fixed, changed = [], False
    for word in words(text):
        if word in known or len(word) <= 3:
            fixed.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        if close:
            fixed.append(close[0])
            changed = True
        else:
            fixed.append(word)
    return " ".join(fixed) if changed else ""


@lru_cache(maxsize=50_000)
def _token_stems(token: str) -> tuple[str, ...]:
    """The stems of one whitespace-separated token (the same tokens recur page after page)."""
    return tuple(stem(w) for w in words(token))


def _matcher(text: str):
    """Whether a token holds a query term or a word starting with one."""
    stems = tuple(set().union(*query_groups(text))) if text.strip() else ()
    found: dict[str, bool] = {}

    def matches(token: str) -> bool:
        if token not in found:
            found[token] = any(s.startswith(stems) for s in _token_stems(token))
        return found[token]

    return stems, matches


def snippet(body: str, text: str) -> str:
    """Up to SNIPPET_WORDS words of the body around the first match, matches in <mark>."""
    stems, matches = _matcher(text)
    plain = body.split()  # the whitespace-separated tokens
    first = next((i for i, token in enumerate(plain) if matches(token)), 0) if stems else 0
    start = max(0, first - SNIPPET_WORDS // 4)
    chosen = plain[start : start + SNIPPET_WORDS]
    parts = [
        f"<mark>{html.escape(token)}</mark>" if stems and matches(token) else html.escape(token)
        for token in chosen
    ]
    text_out = " ".join(parts)
    if start > 0:
        text_out = "… " + text_out
    if start + SNIPPET_WORDS < len(plain):
        text_out += " …"
    return mark_safe(text_out)  # noqa: S308 - every piece is escaped above


def highlight_title(title: str, text: str) -> str:
    stems = set().union(*query_groups(text)) if text.strip() else set()
    parts = []
    for token in re.split(r"(\s+)", title):
        hit = stems and any(s in stems for s in _token_stems(token))
        parts.append(f"<mark>{html.escape(token)}</mark>" if hit else html.escape(token))
    return mark_safe("".join(parts))  # noqa: S308 - escaped above


__all__ = ["autocomplete", "did_you_mean", "fold", "highlight_title", "search", "snippet"]

"""Cached fragments: parts of pages kept in the cache for every reader, logged in or not.

A key holds the fragment's name, what it varies on, the active language and the page cache's
generation, which any database write bumps (kb_site/page_cache.py): a fragment is never
stale after a publish or a post (only time-based wording such as "3 hours ago" can lag, by
at most ``FRAGMENT_CACHE_SECONDS``). ``FRAGMENT_CACHE_SECONDS = 0`` turns it off.
Used by ``{% fragment %}`` (kb_site/templatetags/fragments.py) and shared panels.
"""

import hashlib
from collections.abc import Callable
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from .page_cache import generation


def cached(name: str, varies_on, compute: Callable[[], object]):
    """``compute()``'s value, kept under the current generation for every reader whose
    ``varies_on`` is the same (any picklable value: HTML, a page's route, its translations)."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        return compute()
    digest = hashlib.md5(repr(varies_on).encode(), usedforsecurity=False).hexdigest()
    key = f"fragment:{generation()}:{translation.get_language() or ''}:{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


class lazy:  # lower case: it reads as a function where it is used
    """A value computed on first use: a template's ``{% fragment %}`` hit never computes it.

    It stands in for a list (iteration, length, truth, items) or any object (attributes), so
    a view can hand a whole context to a fragment: ``lazy(lambda: selectors.listing(...))``.
    """

    def __init__(self, compute: Callable[[], object]):
        self._compute = compute

    @cached_property
    def value(self):
        return self._compute()

    def __iter__(self):
        return iter(self.value)

    def __len__(self):
        return len(self.value)

    def __bool__(self):
        return bool(self.value)

    def __getitem__(self, index):
        return self.value[index]

    def __getattr__(self, name):  # only for names the class itself does not have
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.value, name)

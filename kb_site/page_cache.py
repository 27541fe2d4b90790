"""Whole-page cache for visitors who are not logged in.

A page is stored when the request carried no credential (no session or messages cookie, no
Authorization header, no token in the query string or the path: a signed link's page is its
holder's) and the response is a plain 200 that sets no cookie and used no CSRF token (a cached
token would belong to someone else). A request with a credential is never answered from the
cache either. Pages are kept per host: `request.get_host()` also refuses a Host that is not
in ALLOWED_HOSTS, with Django's 400, before anything is served.

Every stored page sits under a generation number; any write to the database (publish, post,
profile edit, index update) bumps it, so the next visitor gets a fresh page. That is coarse on
purpose: nothing can be forgotten when an app adds a model.

The middleware runs before sessions, locale and authentication, so a hit costs a cache read.
Several processes (gunicorn workers) need a shared cache (`CACHE_URL`, e.g.
`filecache:///var/tmp/gpp-cache` on one machine, Redis on several); with the default
per-process memory cache each process would keep its own generation.
"""

from functools import cache as once
from zoneinfo import available_timezones

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control, patch_vary_headers

GENERATION_KEY = "page-cache:generation"
# Rows written on reads or by the machinery itself: they never change what a page shows.
IGNORED = {
    "sessions.session",
    "django_tasks_db.dbtaskresult",
    "admin.logentry",
    "forum.readstate",  # written each time a member opens a thread
}
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/")
# Names that carry a credential: in the query string (none of ours reads one today), or as a
# URL pattern's argument (signed links in e-mails, the calendar feed's secret, allauth's keys).
CREDENTIALS = {"token", "key", "uidb36", "access_token", "api_key", "auth"}
# The browser's time zone, set by static/js/time_zone.js and read by events' pages ("Your
# time", the listings): not a credential, but the HTML follows it, so it is part of the key.
TIME_ZONE_COOKIE = "tz"


def generation() -> int:
    """The number every cached page and fragment is stored under (kb_site/fragments.py too)."""
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def invalidate(**_kwargs) -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there yet (or evicted): any new value invalidates
        cache.set(GENERATION_KEY, 2, timeout=None)


def _on_write(sender, **kwargs) -> None:
    if sender._meta.label_lower not in IGNORED:
        invalidate()
        # Again once the write is visible: a request in another process between the signal
        # and the commit (a publish runs in a transaction) read the old rows and kept them
        # under the new generation, a stale translation link until the next write.
        transaction.on_commit(invalidate)


def connect() -> None:
    """Called from kb_site's AppConfig.ready."""
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_write, dispatch_uid=f"page-cache-{signal!r}")


@once
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _zone_variant(request) -> str:
    """The zone cookie when it names a zone (the pages use it then), else "": a made-up value
    gets the zone-less page rather than a cache entry of its own."""
    zone = request.COOKIES.get(TIME_ZONE_COOKIE, "")
    return zone if zone in _zones() else ""


def _anonymous_get(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and CREDENTIALS.isdisjoint(request.GET)
        and not request.path.startswith(SKIPPED_PREFIXES)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _anonymous_get(request):
            return self.get_response(request)
        # get_host() first: a Host not in ALLOWED_HOSTS gets Django's 400, even for a kept page.
        key = (
            f"page-cache:{generation()}:{request.get_host()}:{_zone_variant(request)}:"
            f"{request.get_full_path()}"
        )
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self._storable(request, response):
            response["X-Page-Cache"] = "miss"
            patch_cache_control(response, public=True, max_age=seconds)
            patch_vary_headers(response, ["Cookie"])
            cache.set(key, response, seconds)  # already rendered by the handler
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        match = request.resolver_match
        return (
            response.status_code == 200
            and not (match and CREDENTIALS.intersection(match.kwargs))
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

"""Wagtail's page routing, its answer kept in the cache.

Serving a Wagtail page first finds the site for the host, the root page in the active
language, each page along the path with its specific class, then the view restrictions of
the page and its ancestors: eight to ten queries and about 10 ms on this machine before the
page's own work starts (profiled on a case study; the whole bare view costs under 1 ms). The
result is the same for every reader, so it is kept as a fragment value (kb_site/fragments.py):
under the page cache's generation, which any write bumps (a publish, a move, a new view
restriction), so a route is never stale.

Only plain routes are kept: the page at exactly that path, no sub-route arguments. A page
with view restrictions (members-only news) has them read and checked by Wagtail's own hook on
every request as before; for the others (nearly all) the empty answer is known.
"""

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site

from .fragments import cached


def serve(request: HttpRequest, path: str):
    """Wagtail's ``serve`` view, with the site and the route looked up in the cache first.

    The route is found in the address's language even when ``?lang=`` put the interface in
    another one (kb_site/interface_language.py); the page then renders in the interface's."""
    language = getattr(request, "content_language", None)
    if language:
        with translation.override(language):
            _find_route(request, path)  # kept on the request for Wagtail's serve
    else:
        _find_route(request, path)
    return wagtail_views.serve(request, path)


def _find_route(request: HttpRequest, path: str) -> None:
    route = settings.FRAGMENT_CACHE_SECONDS and cached(
        "route", (request.get_host(), path), lambda: _route(request, path)
    )
    if not route:
        Page.route_for_request(request, path)  # Wagtail's own lookup (a 404, a sub-route)
    else:
        site, page, restricted = route
        request._wagtail_site = site  # what Site.find_for_request returns for this request
        request._wagtail_route_for_request = (page, [], {})  # likewise Page.route_for_request
        if not restricted:  # Wagtail's restriction hook asks the page: no query for "none"
            page.get_view_restrictions = PageViewRestriction.objects.none


def _route(request: HttpRequest, path: str):
    """(site, specific page, whether it has view restrictions), or False when the route is
    not plain (False, not None: the cache keeps it, so a sub-route is not looked up twice)."""
    result = Page.route_for_request(request, path)
    if result is None:
        return False  # a 404 is not kept: Wagtail answers it again
    page, args, kwargs = result
    site = Site.find_for_request(request)
    if args or kwargs or site is None:
        return False
    if not page.url_path.endswith(f"/{path}"):
        return False  # a page's own route() answered with another page
    return site, page, page.get_view_restrictions().exists()

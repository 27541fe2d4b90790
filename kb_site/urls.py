from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from members.views import admin_login

from . import media, routing
from .api import api_router

handler500 = "kb_site.errors.server_error"

urlpatterns = [
    path("api/v2/", api_router.urls),
    # Before Wagtail's admin, and under its name: the admin's own log-in form took a password
    # alone (no second factor, rate limit or e-mail verification); this one sends to allauth.
    path("admin/login/", admin_login, name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Uploads, in development and production, with headers that keep them from running as
    # pages; a web server in front may answer the same way instead (docs/media.md).
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", media.public, name="media"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("", include("practices.urls")),
    path("", include("forum.urls")),
    path("", include("events.urls")),
    path("", include("search.urls")),
    path("", routing.serve, {"path": ""}, name="home"),
    # Wagtail's own front-end log-in form would skip allauth's second factor, e-mail
    # verification and rate limits: it only passes the visitor on to allauth.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailcore_login",
    ),
    # Wagtail's page view with its routing cached (kb_site/routing.py); the pattern is the
    # one of wagtail.urls, which still serves Wagtail's other front-end views.
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

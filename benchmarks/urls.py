"""The site's URLs plus the bare view every page is measured against."""

from django.template import engines
from django.template.response import TemplateResponse
from django.urls import path

from kb_site.urls import urlpatterns as site_urlpatterns

BARE = engines["django"].from_string(
    '<!doctype html><html lang="{{ LANGUAGE_CODE }}"><head><title>{{ title }}</title></head>'
    "<body><main><h1>{{ title }}</h1><p>{{ text }}</p></main></body></html>"
)


def bare(request):
    """One small template, rendered with the request's context processors, like every page."""
    return TemplateResponse(request, BARE, {"title": "Bare", "text": "A reference page."})


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]

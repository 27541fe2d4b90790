"""The interface in the visitor's language around a page that exists in one language only.

A page without a Latvian translation has no Latvian address. The language switcher (and a
Latvian list's link to an English-only item) sends the visitor to the page's own address with
``?lang=lv``: the URL's language still finds the page, and everything around its content (menus,
labels, links, dates) is Latvian, so the next click stays in Latvian too.

A query parameter rather than Django's language cookie (set by a POST to set_language): it is a
plain link that works without JavaScript, and the address alone decides the page, so the
anonymous page cache (keyed by host and full path, kb_site/page_cache.py) and any shared cache
in front keep the two interfaces apart. A cookie would need the cache to vary on it, and
i18n_patterns would ignore it under a language prefix anyway.
"""

from django.conf import settings
from django.utils import translation

PARAMETER = "lang"


def chosen_language(request) -> str | None:
    """The interface language ``?lang=`` asks for, when it is one of ours."""
    chosen = request.GET.get(PARAMETER, "")
    return chosen if chosen in dict(settings.LANGUAGES) else None


def content_language(request) -> str:
    """The language of the address (the page's own): what Wagtail finds the page in."""
    return getattr(request, "content_language", None) or translation.get_language()


class InterfaceLanguageMiddleware:
    """After LocaleMiddleware. The switch happens in process_view: the URL (its /en/ prefix) is
    resolved in the address's language first, and kb_site/routing.py finds the Wagtail page in
    it (``request.content_language``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        chosen = chosen_language(request)
        current = translation.get_language()
        if chosen and chosen != current:
            request.content_language = current
            translation.activate(chosen)
            request.LANGUAGE_CODE = chosen
        return None

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from kb_site.fragments import cached
from kb_site.l10n import duration_words, money

register = template.Library()


def _translated_path(request, code: str) -> str:
    """The request's path in another language. Reverses the match the request already has
    (resolving the path again cost 9% of a forum thread page); translate_url when there is none."""
    match = request.resolver_match
    if match is None or match.url_name is None:
        return translate_url(request.path, code)
    with translation.override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.path


def _translation_urls(page: Page, request) -> dict[str, str]:
    """The live translations of a page by language: one query, then kept in the cache (a
    fifth of a case study's time went to it)."""

    def urls():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {t.locale.language_code: t.get_url(request) for t in translations}

    if getattr(request, "is_preview", False):
        return urls()
    return cached("translations", (request.get_host(), page.pk), urls)


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current page in every language; a Wagtail page links to its own translation."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "")
    page_urls = _translation_urls(page, request) if isinstance(page, Page) else {}
    links = []
    for code, name in settings.LANGUAGES:
        url = page_urls.get(code)
        if url is None:
            url = request.path if code == current else _translated_path(request, code)
            if url == request.path and code != current:
                url = f"/{code}/"  # a page without a translation: go to that language's home
            elif query:
                url = f"{url}?{query}"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


@register.simple_tag
def field_widget(field):
    """A field's widget with aria-describedby and aria-invalid pointing at its help and errors."""
    attrs = {}
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}_help")
    if field.errors:
        described.append(f"{field.auto_id}_errors")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)


@register.filter
def markdown(text: str):
    from django.utils.safestring import mark_safe

    from kb_site.markup import render_markdown

    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3 in render_markdown


@register.simple_tag(takes_context=True)
def panels(context, slot: str, obj=None):
    """Render the panels later apps registered for a slot of this page (kb_site.panels)."""
    from django.utils.safestring import mark_safe

    from kb_site.panels import render_panels

    html = render_panels(slot, context["request"], obj)
    return mark_safe(html)  # noqa: S308 - each part is an autoescaped template


@register.simple_tag
def discussion_link(obj):
    """The URL of the forum thread about ``obj``, or "" while no forum is installed."""
    from kb_site.discussion import discussion_url

    return discussion_url(obj) or ""


@register.filter
def duration(value):
    """A timedelta in words in the page's language: "3 days and 8 hours"."""
    return duration_words(value)


@register.filter(name="money")
def money_filter(amount, currency="EUR"):
    """A whole amount of money as the page's language writes it: "1 234 567 EUR"."""
    return money(amount, currency or "EUR")

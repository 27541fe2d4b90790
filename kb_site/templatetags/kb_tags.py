from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

register = template.Library()


def _page_url_in(page: Page, language: str, request) -> str | None:
    try:
        locale = Locale.objects.get_for_language(language)
    except Locale.DoesNotExist:
        return None
    translated = page.get_translation_or_none(locale)
    return translated.get_url(request) if translated and translated.live else None


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current page in every language; a Wagtail page links to its own translation."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if isinstance(page, Page):
            url = _page_url_in(page, code, request)
        if url is None:
            url = translate_url(request.path, code)
            if url == request.path and code != current:
                url = f"/{code}/"  # a page without a translation: go to that language's home
            elif query:
                url = f"{url}?{query}"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


@register.simple_tag
def field_widget(field):
    """Render a form field's widget with aria-describedby / aria-invalid pointing at help and errors."""
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

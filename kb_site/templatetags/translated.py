"""For texts with a column per language (django-modeltranslation): mark the ones shown in the
other language, so screen readers pronounce English text on a Latvian page as English."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from kb_site.translation import shown_language

register = template.Library()


@register.filter
def lang_attr(obj, field: str) -> str:
    """` lang="en"` when obj.<field> is shown in another language than the page's, else ""."""
    language = shown_language(obj, field)
    if language and language != get_language():
        return format_html(' lang="{}"', language)
    return ""

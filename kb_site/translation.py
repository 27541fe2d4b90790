"""Which reference-data fields have a column per language (django-modeltranslation).

`name` then reads `name_<visitor's language>`, falling back to the other language when that
one is empty (settings: MODELTRANSLATION_FALLBACK_LANGUAGES); forms edit `name_en`, `name_lv`.
English is required where the field itself is.
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.translator import TranslationOptions, register
from modeltranslation.utils import build_localized_fieldname, resolution_order

from .taxonomy import Criterion, ProductGroup


def translations(obj, field: str) -> list[str]:
    """Every language's text of obj.<field>, English first, each once (for search documents)."""
    texts = []
    for language, _name in settings.LANGUAGES:
        text = getattr(obj, build_localized_fieldname(field, language), None)
        if text and text not in texts:
            texts.append(text)
    return texts


def shown_language(obj, field: str) -> str:
    """The language of what obj.<field> shows: the visitor's, or the one it falls back to."""
    fallbacks = getattr(type(obj), field).fallback_languages
    for language in resolution_order(get_language(), fallbacks):
        if getattr(obj, build_localized_fieldname(field, language), None):
            return language
    return ""


@register(ProductGroup)
class ProductGroupTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"en": ("name",)}
    # Names are unique: a missing Latvian name is NULL, which unique lets several rows have.
    empty_values = {"name": None}


@register(Criterion)
class CriterionTranslation(TranslationOptions):
    fields = ("text", "verification")
    required_languages = {"en": ("text",)}

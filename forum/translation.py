"""Forum categories have a column per language (django-modeltranslation, see
kb_site/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Category


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"en": ("name",)}

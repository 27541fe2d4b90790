"""What members read in their language: a column per language (django-modeltranslation; see
kb_site/translation.py). An organisation's or supplier's own texts may be in either language:
only an offer's title is required, in English."""

from modeltranslation.translator import TranslationOptions, register

from .models import Organisation, SupplierOffer, SupportUnit, WorkingGroup


@register(WorkingGroup)
class WorkingGroupTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"en": ("name",)}


@register(SupportUnit)
class SupportUnitTranslation(TranslationOptions):
    fields = ("name", "services")
    required_languages = {"en": ("name",)}


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(SupplierOffer)
class SupplierOfferTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"en": ("title",)}

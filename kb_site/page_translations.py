"""Page translations through wagtail-localize, the machinery editors use in the admin: the
source page's translatable segments are extracted, each gets its translated string, and the
translation is saved as the page in the other locale (kept in sync with its source).

The demo loader and the tests use it; editors reach the same models through the admin's
"Translate" action, and translation agencies through its PO download and upload."""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingTranslation(ValueError):
    """A translatable segment of the source has no string in the given mapping."""


def translate_page(
    page: Page, language: str, strings: dict[str, str], *, publish: bool = True, user=None
) -> Page:
    """The page in `language`, made from `strings` (source text -> translated text).

    Every translatable segment must be covered, so a demo page is never half translated;
    re-running with the same strings changes nothing but the translation's revision."""
    with transaction.atomic():
        target = _save_translation(page, language, strings, user)
        if publish:
            # save_target(publish=True) publishes on commit, which never comes inside an
            # outer transaction (a demo step, a test): publish the revision it saved, now.
            target.get_latest_revision().publish(user=user)
    return page.get_translation(target.locale)


def _save_translation(page: Page, language: str, strings: dict[str, str], user) -> Page:
    locale = Locale.objects.get(language_code=language)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()  # the source may have changed since its last extraction
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    missing = []
    for segment in segments:
        text = segment.string.data
        translated = strings.get(text)
        if translated is None:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    if missing:
        raise MissingTranslation(f"{page.slug} into {language}: no string for {missing!r}")
    translation.save_target(user=user, publish=False)
    return page.get_translation(locale)

"""Lists of Wagtail pages in the reader's language: each page once, per translation.

Most case studies, events and news are written in one language; a translated one has a version
per language (one translation_key). A Latvian list shows the Latvian version where there is a
live one and the others as they were written (the template marks them "EN" and links them with
the Latvian interface, kb_site/templatetags/kb_tags.py): never both versions, never neither.
"""

from django.db.models import Case, Q, QuerySet, Value, When


def _in(locale) -> Q:
    """A locale by its id, or by its language code (the active language: no query for it)."""
    return Q(locale__language_code=locale) if isinstance(locale, str) else Q(locale_id=locale)


def preferred(pages: QuerySet, locale) -> Q:
    """The condition for a page of ``pages`` to be the one listed: in the reader's locale, or
    with no version there among ``pages`` (live and public: a draft translation does not hide
    the published original). One subquery, no extra query."""
    there = pages.filter(_in(locale)).order_by().values("translation_key")
    return _in(locale) | ~Q(translation_key__in=there)


def one_per_translation(pages: QuerySet, locale) -> QuerySet:
    """``pages`` (before the list's own filters) each once, the reader's version first."""
    if locale is None:
        return pages
    return pages.filter(preferred(pages, locale))


def preferred_flag(pages: QuerySet, locale):
    """``preferred`` as a column, for counts that list every version (a language facet)."""
    return Case(When(preferred(pages, locale), then=Value(True)), default=Value(False))

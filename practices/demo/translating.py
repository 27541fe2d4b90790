"""Demo pages in both languages the way an editor makes them: the source page is published,
then translated through wagtail-localize (kb_site.page_translations) segment by segment."""

from wagtail.models import Locale, Page
from wagtail_localize.strings import StringValue, extract_strings

from kb_site.page_translations import translate_page

OTHER = {"en": "lv", "lv": "en"}


def strings_between(source: dict, target: dict, rich=()) -> dict[str, str]:
    """{source segment -> target segment} for the fields of one page (or inline object), as
    wagtail-localize extracts them: a rich-text field gives one segment per block, a plain
    field one segment, escaped like its extraction."""
    strings = {}
    for name, text in source.items():
        if not text:
            continue
        if name in rich:
            ours = [string.data for string, _attrs in extract_strings(text)[1]]
            theirs = [string.data for string, _attrs in extract_strings(target[name])[1]]
            if len(ours) != len(theirs):
                raise ValueError(f"{name}: {len(ours)} segments but {len(theirs)} translated")
            strings.update(zip(ours, theirs, strict=True))
        else:
            strings[StringValue.from_plaintext(text).data] = StringValue.from_plaintext(
                target[name]
            ).data
    return strings


def translate_once(page: Page, language: str, strings: dict[str, str]) -> bool:
    """Translate `page` into `language` unless it already is (so a second run of the loader
    publishes nothing). A page of an older demo with the same slug in the other tree is left
    alone rather than clashing with it: `make run` on an old database keeps working."""
    locale = Locale.objects.get(language_code=language)
    if page.has_translation(locale):
        return False
    parent = page.get_parent().get_translation(locale)
    if parent.get_children().filter(slug=page.slug).exists():
        return False
    translate_page(page, language, strings)
    return True

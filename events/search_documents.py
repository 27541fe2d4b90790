"""What news and events give the site search (read by search's registry; nothing here imports
search). Only live, public pages are documents. Round-table minutes are for the working group,
so an event's document never holds them."""

from django.utils.html import strip_tags

from .models import EventPage, NewsPage


def _is_searchable(page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def news_document(page: NewsPage) -> dict | None:
    if not _is_searchable(page):
        return None
    return {
        "title": page.title,
        "body": " ".join([page.summary, strip_tags(str(page.body)) if page.body else ""]),
        "url": page.url,
        "language": page.locale.language_code,
        "year": page.date.year,
        "tags": [tag.name for tag in page.tags.all()],
        "date": page.first_published_at,
    }


def event_document(page: EventPage) -> dict | None:
    if not _is_searchable(page):
        return None
    return {
        "title": page.title,
        "body": " ".join(
            [
                page.summary,
                page.place,
                strip_tags(page.agenda),
                " ".join(speaker.name for speaker in page.speakers.all()),
                page.working_group.name if page.working_group else "",
            ]
        ),
        "url": page.url,
        "language": page.locale.language_code,
        "country": page.country,
        "year": page.start_date.year,
        "kind": page.kind,
        "product_groups": [group.slug for group in page.product_groups.all()],
        "date": page.starts_at,
        "suggest": True,
    }


SOURCES = [
    {
        "type": "news",
        "model": NewsPage,
        "items": lambda: NewsPage.objects.live().select_related("locale").prefetch_related("tags"),
        "document": news_document,
    },
    {
        "type": "event",
        "model": EventPage,
        "items": lambda: (
            EventPage.objects.live()
            .select_related("locale", "working_group")
            .prefetch_related("product_groups", "speakers")
        ),
        "document": event_document,
    },
]

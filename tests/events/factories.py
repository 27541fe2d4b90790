"""Events, news, registrations and subscribers for the tests, through the models' own save."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from events.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, Subscriber


def index(model, language="en"):
    return model.objects.get(locale__language_code=language)


def event(number=1, *, when=None, zone="Europe/Riga", language="en", product_groups=(),
          organisers=(), **fields) -> EventPage:  # fmt: skip
    """A live event; ``when`` is an aware datetime (default: in ten days), shown in ``zone``."""
    when = (when or timezone.now() + timedelta(days=10)).astimezone(ZoneInfo(zone))
    end = when + timedelta(hours=2)
    values = {
        "title": f"Event {number}",
        "slug": f"event-{number}",
        "kind": EventPage.Kind.WEBINAR,
        "summary": f"Summary of event {number}",
        "start_date": when.date(),
        "start_time": when.time().replace(microsecond=0),
        "end_date": end.date(),
        "end_time": end.time().replace(microsecond=0),
        "time_zone": zone,
        "live": True,
        **fields,
    }
    page = EventPage(**values)
    if product_groups:
        page.product_groups = list(product_groups)
    if organisers:
        page.organisers = list(organisers)
    index(EventIndexPage, language).add_child(instance=page)
    return page


def news(number=1, *, language="en", tags=(), working_groups=(), **fields) -> NewsPage:
    values = {
        "title": f"News {number}",
        "slug": f"news-{number}",
        "date": date(2026, 1, 1) + timedelta(days=number),
        "summary": f"Summary of news {number}",
        "live": True,
        **fields,
    }
    page = NewsPage(**values)
    if working_groups:
        page.working_groups = list(working_groups)
    for tag in tags:
        page.tags.add(tag)
    index(NewsIndexPage, language).add_child(instance=page)
    return page


def riga(*args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo("Europe/Riga"))


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"reader{n}@example.eu")
    language = "en"
    confirmed_at = factory.LazyFunction(timezone.now)

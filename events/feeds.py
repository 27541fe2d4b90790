"""News as RSS and Atom, and events as iCalendar (RFC 5545) for calendar apps."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from icalendar import Calendar, Event

from .models import EventPage, NewsPage

FEED_SIZE = 30


class NewsFeed(Feed):
    title = _("GPP Commons: news")
    description = _("Round tables announced, webinars reported, and what the GPP network is doing.")

    def link(self):
        return reverse("events:news_index")

    def items(self):
        return (
            NewsPage.objects.live()
            .public()
            .select_related("locale")
            .order_by("-date", "-first_published_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


def events_calendar(events: list[EventPage], name: str) -> bytes:
    """Events with their UTC instants; calendar apps show them in the reader's own zone.

    The join link stays out: a calendar feed is public, the link is for registered people.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//GPP Commons//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for page in events:
        event = Event()
        event.add("uid", f"event-{page.pk}@gpp-commons")
        event.add("summary", page.title)
        event.add("dtstart", page.starts_at)
        event.add("dtend", page.ends_at)
        event.add("dtstamp", page.last_published_at or page.starts_at)
        location = _("Online") if page.is_online and not page.place else page.place
        if location:
            event.add("location", str(location))
        url = page.full_url or f"{settings.SITE_URL}{page.url or ''}"
        event.add("url", url)
        event.add("description", f"{page.summary}\n\n{strip_tags(page.agenda or '')}".strip())
        event.add("categories", [page.get_kind_display()])
        calendar.add_component(event)
    return calendar.to_ical()

"""The news and events pages as a visitor sees them: filters, zones, calendar, feeds."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale

from events.models import EventPage
from kb_site.taxonomy import ProductGroup
from tests.events.factories import event, news, riga
from tests.members.factories import WorkingGroupFactory

pytestmark = pytest.mark.django_db


def test_index_pages_exist_in_both_languages(client):
    assert client.get("/en/events/").status_code == 200
    assert client.get("/lv/pasakumi/").status_code == 200
    assert client.get("/en/news/").status_code == 200
    assert client.get("/lv/jaunumi/").status_code == 200
    assert client.get("/en/agenda/").url == "/en/events/"


def test_upcoming_and_past_and_filters(client):
    group = WorkingGroupFactory(slug="zemgale")
    event(1, title="Future webinar")
    event(2, title="Old round table", kind=EventPage.Kind.ROUND_TABLE, working_group=group,
          when=timezone.now() - timedelta(days=30))  # fmt: skip
    event(3, title="Latvian training", kind=EventPage.Kind.TRAINING, country="LV",
          product_groups=[ProductGroup.objects.get(slug="furniture")])  # fmt: skip
    upcoming = client.get("/en/events/").content.decode()
    assert "Future webinar" in upcoming
    assert "Old round table" not in upcoming
    past = client.get("/en/events/?when=past").content.decode()
    assert "Old round table" in past
    assert "Future webinar" not in past
    by_group = client.get("/en/events/?when=past&working_group=zemgale").content.decode()
    assert "Old round table" in by_group
    by_kind = client.get("/en/events/?kind=training").content.decode()
    assert "Latvian training" in by_kind
    assert "Future webinar" not in by_kind
    by_country = client.get("/en/events/?country=LV").content.decode()
    assert "Latvian training" in by_country
    assert "Future webinar" not in by_country
    by_group = client.get("/en/events/?product_group=furniture").content.decode()
    assert "Latvian training" in by_group
    assert "Future webinar" not in by_group


def test_riga_event_shows_in_riga_and_lisbon_time(client):
    page = event(1, when=riga(2030, 3, 10, 14, 0))
    html = client.get(page.url + "?tz=Europe/Lisbon").content.decode()
    assert "10 March 2030, 14:00" in html  # local time of the event
    assert "10 March 2030, 12:00" in html  # the same moment in Lisbon
    # The choice is remembered for the next page.
    assert "12:00" in client.get("/en/events/?view=calendar&month=2030-03").content.decode()


def test_bad_zone_is_ignored(client):
    page = event(1, when=riga(2030, 3, 10, 14, 0))
    assert client.get(page.url + "?tz=Mars/Base").status_code == 200


def test_month_calendar_is_a_table_with_the_event_on_its_day(client):
    event(1, title="March webinar", when=riga(2030, 3, 10, 14, 0))
    html = client.get("/en/events/?view=calendar&month=2030-03").content.decode()
    assert "<caption>March 2030</caption>" in html
    assert 'scope="col"' in html
    assert "March webinar" in html
    assert (
        "March webinar"
        not in client.get("/en/events/?view=calendar&month=2030-04").content.decode()
    )


def test_end_before_start_is_refused():
    day = riga(2030, 1, 2)
    page = EventPage(
        title="x", slug="x", kind="webinar", summary="s", start_date=day.date(),
        start_time=riga(2030, 1, 2, 10).time(), end_date=day.date(),
        end_time=riga(2030, 1, 2, 9).time(),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="must end after it starts"):
        page.clean()


def test_ics_validates_and_has_utc_times(client):
    page = event(1, when=riga(2030, 3, 10, 14, 0))
    response = client.get(f"/en/agenda/{page.pk}/event.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["SUMMARY"] == "Event 1"
    assert vevent.decoded("DTSTART") == riga(2030, 3, 10, 14, 0)
    assert "join" not in response.content.decode().lower()


def test_working_group_calendar_has_only_its_round_tables(client):
    group = WorkingGroupFactory(slug="vidzeme")
    event(1, title="Its round table", kind="round_table", working_group=group)
    event(2, title="Someone else's webinar")
    calendar = Calendar.from_ical(client.get("/en/agenda/calendar/vidzeme.ics").content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Its round table"]
    everything = Calendar.from_ical(client.get("/en/agenda/calendar.ics").content)
    assert len(everything.walk("VEVENT")) == 2


def test_news_index_filters_and_feeds(client):
    group = WorkingGroupFactory(slug="kurzeme")
    news(1, title="Round table announced", tags=["roundtable"], working_groups=[group])
    news(2, title="Webinar report", tags=["webinar"])
    html = client.get("/en/news/?tag=roundtable").content.decode()
    assert "Round table announced" in html
    assert "Webinar report" not in html
    html = client.get("/en/news/?working_group=kurzeme").content.decode()
    assert "Round table announced" in html
    assert "Webinar report" not in html
    rss = client.get("/en/agenda/news/rss/").content.decode()
    assert "Webinar report" in rss
    assert "<rss" in rss
    assert "<feed" in client.get("/en/agenda/news/atom/").content.decode()


def test_news_page_lists_related_event(client):
    page = event(1, title="The webinar")
    item = news(1)
    item.related_events.add(page)
    item.save()
    assert "The webinar" in client.get(item.url).content.decode()


def test_index_shows_places_left_and_full_events(client):
    from events import services
    from tests.members.factories import UserFactory

    small = event(1, title="Small", capacity=2)
    full = event(2, title="Full one", capacity=1)
    services.registration_create(event=small, user=UserFactory())
    services.registration_create(event=full, user=UserFactory())
    html = client.get("/en/events/").content.decode()
    assert "1 place left" in html
    assert "Full: waiting list open" in html


def test_latvian_readers_see_english_only_events_and_one_version_of_translated_ones(client):
    english_only = event(1, title="English-only webinar")
    both = event(2, title="Translated training")
    latvian = both.copy_for_translation(Locale.objects.get(language_code="lv"))
    latvian.title = "Tulkotas apmācības"
    latvian.save_revision().publish()
    html = client.get("/lv/pasakumi/").content.decode()
    assert english_only.title in html
    assert "Tulkotas apmācības" in html
    assert "Translated training" not in html
    english = client.get("/en/events/").content.decode()
    assert "Translated training" in english
    assert "Tulkotas apmācības" not in english


def test_an_editor_previews_a_news_item_with_related_events():
    """A preview reads the page from its revision: relations are in-memory lists there."""
    from tests.events.factories import event, news

    related = event(71, title="Related round table")
    item = news(71)
    item.related_events = [related]
    item.save_revision()
    preview = item.get_latest_revision_as_object()
    response = preview.make_preview_request()
    assert response.status_code == 200
    assert "Related round table" in response.content.decode()

"""The events and news indexes keep their listing as a fragment: a second view runs none of the
listing's queries, a write shows at once, a members-only page is never listed, and the listing
varies on what it shows (the reader's time zone, the minute for "upcoming")."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events import services
from tests.events.factories import event, news, riga
from tests.members.factories import UserFactory, logged_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]


def listing_queries(captured) -> list[str]:
    return [q["sql"] for q in captured.captured_queries if "COUNT(" in q["sql"].upper()
            or "events_eventpage" in q["sql"] or "events_newspage" in q["sql"]]  # fmt: skip


@pytest.mark.parametrize("url", ["/en/events/", "/en/events/?view=calendar", "/en/news/"])
def test_a_second_view_runs_none_of_the_listing_queries(url, monkeypatch):
    event(1, title="LED webinar")
    news(1, title="LED news")
    now = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: now)  # both views in one minute of the key
    Client().get(url)
    with CaptureQueriesContext(connection) as warm:
        html = Client().get(url).content.decode()
    assert listing_queries(warm) == []
    assert ("LED news" if "news" in url else "LED webinar") in html


def test_a_new_event_and_a_registration_show_at_once():
    small = event(1, title="Small webinar", capacity=2)
    client = Client()
    assert "2 places left" in client.get("/en/events/").content.decode()
    services.registration_create(event=small, user=UserFactory())
    event(2, title="Brand new training")
    html = client.get("/en/events/").content.decode()
    assert "1 place left" in html
    assert "Brand new training" in html


def test_a_news_item_shows_at_once():
    client = Client()
    client.get("/en/news/")
    news(1, title="Brand new report")
    assert "Brand new report" in client.get("/en/news/").content.decode()


def test_members_only_pages_are_listed_to_nobody():
    """The listing is shared by every reader because it holds public pages only."""
    news(1, title="Public news")
    PageViewRestriction.objects.create(page=news(2, title="Members news"), restriction_type="login")
    event(1, title="Public webinar")
    PageViewRestriction.objects.create(
        page=event(2, title="Members webinar"), restriction_type="login"
    )
    member = logged_in()
    for url, public, private in [
        ("/en/news/", "Public news", "Members news"),
        ("/en/events/", "Public webinar", "Members webinar"),
    ]:
        for client in (member, Client(), member):  # a miss for one, hits for the others
            html = client.get(url).content.decode()
            assert public in html
            assert private not in html


def test_the_listing_varies_on_the_time_zone():
    event(1, when=riga(2030, 3, 10, 14, 0))
    assert "10 March 2030, 12:00" in Client().get("/en/events/?tz=Europe/Lisbon").content.decode()
    lisbon = Client()
    lisbon.get("/en/events/?tz=Europe/Lisbon")  # remembered in the session
    assert "10 March 2030, 12:00" in lisbon.get("/en/events/").content.decode()
    riga_html = Client().get("/en/events/").content.decode()
    assert "10 March 2030, 14:00" in riga_html
    assert "12:00" not in riga_html


def test_an_event_that_ended_leaves_the_upcoming_list_within_a_minute(monkeypatch):
    now = timezone.now()
    event(1, title="Ending webinar", when=now - timedelta(hours=2) + timedelta(seconds=30))
    monkeypatch.setattr(timezone, "now", lambda: now)  # the first view in the minute of `now`
    assert "Ending webinar" in Client().get("/en/events/").content.decode()
    monkeypatch.setattr(timezone, "now", lambda: now + timedelta(minutes=1))
    assert "Ending webinar" not in Client().get("/en/events/").content.decode()
    assert "Ending webinar" in Client().get("/en/events/?when=past").content.decode()

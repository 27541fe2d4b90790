"""The events demo: the numbers the issue asks for, every registration state, both languages
made through wagtail-localize, places and time zones that agree, idempotent.

The demo is loaded once for the module (inside a transaction rolled back at the end), with its
clock stopped on a day whose events span a change to summer time."""

import time
from datetime import UTC, datetime
from html import unescape
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, TranslationSource

from events import demo
from events.demo.event_items import EVENTS
from events.demo.news_items import NEWS
from events.models import EventPage, NewsPage, Registration, Subscriber

pytestmark = pytest.mark.django_db
TODAY = datetime(2030, 3, 20, 9, 0, tzinfo=UTC)  # summer time starts on 31 March 2030
ZONES = {"LV": "Europe/Riga", "HR": "Europe/Zagreb", "ES": "Europe/Madrid", "IT": "Europe/Rome",
         "EL": "Europe/Athens", "PT": "Europe/Lisbon", "CY": "Europe/Nicosia",
         "BE": "Europe/Brussels", "EE": "Europe/Tallinn"}  # fmt: skip
LATVIAN_TOWNS = ["Rīga", "Jelgava", "Cēsis", "Valmiera", "Tukums", "Liepāja", "Bauska"]


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo, "timezone", SimpleNamespace(now=lambda: TODAY))
        with transaction.atomic():
            start = time.monotonic()
            call_command("load_demo", allow_production=True, no_progress=True)
            print(f"load_demo took {time.monotonic() - start:.1f}s")
            yield
            transaction.set_rollback(True)


def load():
    call_command("load_demo", allow_production=True, no_progress=True)


def counts():
    return {
        "events": EventPage.objects.live().count(),
        "news": NewsPage.objects.live().count(),
        "subscribers": Subscriber.objects.count(),
        "registrations": Registration.objects.count(),
    }


def pairs(model, items):
    """Each demo item's page in each language, by slug."""
    pages = model.objects.live().filter(slug__in=[item["slug"] for item in items])
    found = {}
    for page in pages.select_related("locale"):
        found.setdefault(page.slug, {})[page.locale.language_code] = page
    return found


def test_demo_events_news_subscribers_and_registrations(loaded):
    assert counts()["events"] == 2 * 25  # each in English and Latvian
    assert counts()["news"] == 2 * 30
    assert counts()["subscribers"] == 200
    assert set(EventPage.objects.values_list("kind", flat=True)) == set(EventPage.Kind.values)
    round_tables = EventPage.objects.filter(kind="round_table", locale__language_code="en")
    assert round_tables.values("working_group").distinct().count() >= 4
    assert round_tables.exclude(minutes="").count() >= 4
    states = set(Registration.objects.values_list("status", flat=True))
    assert states == set(Registration.Status.values)
    assert Registration.objects.filter(attended=True).exists()
    assert Registration.objects.filter(attended=False).exists()


def test_every_item_has_a_live_translation_made_by_wagtail_localize(loaded):
    for model, items in ((EventPage, EVENTS), (NewsPage, NEWS)):
        found = pairs(model, items)
        assert set(found) == {item["slug"] for item in items}
        for item in items:
            pages = found[item["slug"]]
            assert set(pages) == {"en", "lv"}, item["slug"]
            assert pages["en"].translation_key == pages["lv"].translation_key
            source = TranslationSource.objects.get(object_id=pages["en"].translation_key)
            # Written in the organiser's language, translated into the other one.
            assert source.locale.language_code == item["source"], item["slug"]
            assert source.translations.filter(
                target_locale__language_code__in={"en", "lv"} - {item["source"]}
            ).exists()
    assert StringTranslation.objects.filter(locale__language_code="lv").count() > 500


def test_events_organised_in_latvia_are_written_in_latvian(loaded):
    for event in EventPage.objects.filter(locale__language_code="en"):
        source = TranslationSource.objects.get(object_id=event.translation_key)
        organisers = set(event.organisers.values_list("country", flat=True))
        in_latvia = event.country == "LV" or (event.is_online and organisers == {"LV"})
        assert (source.locale.language_code == "lv") == in_latvia, event.slug


def test_latvian_and_english_pages_answer_in_their_language(client, loaded):
    for model, items in ((EventPage, EVENTS), (NewsPage, NEWS)):
        for item in items:
            for language, index in (("lv", 1), ("en", 0)):
                page = model.objects.get(slug=item["slug"], locale__language_code=language)
                assert page.url.startswith(f"/{language}/")
                response = client.get(page.url)
                assert response.status_code == 200, page.url
                html = unescape(response.content.decode())
                assert f'lang="{language}"' in html
                assert item["title"][index] in html, page.url
                assert item["summary"][index] in html, page.url
                assert item["title"][1 - index] not in html, page.url


def test_latvian_agenda_and_body_are_translated_segment_by_segment(client, loaded):
    # Written in English, translated into Latvian: the agenda's rows one by one.
    event = EventPage.objects.get(slug="event-05", locale__language_code="lv")
    html = unescape(client.get(event.url).content.decode())
    assert "Porto autoparka atjaunošana: 48 elektroautobusi trijos iepirkumos" in html
    assert "<b>10.10</b>" in html  # Latvian writes the time with a dot
    assert "Porto's fleet renewal" not in html
    news = NewsPage.objects.get(slug="news-05", locale__language_code="lv")
    assert "Pieejami desmit tikšanās laiki" in unescape(client.get(news.url).content.decode())


def test_place_and_time_zone_agree(loaded):
    for event in EventPage.objects.all():
        if event.is_online:
            assert not event.place, event.slug
            countries = set(event.organisers.values_list("country", flat=True))
            assert {ZONES[c] for c in countries} == {event.time_zone}, event.slug
        else:
            assert event.country, event.slug
            assert event.time_zone == ZONES[event.country], event.slug
        if any(town in event.place for town in LATVIAN_TOWNS):
            assert (event.country, event.time_zone) == ("LV", "Europe/Riga"), event.slug


def test_times_are_the_wall_clock_of_the_place(loaded):
    for item in EVENTS:
        event = EventPage.objects.get(slug=item["slug"], locale__language_code="lv")
        local = event.starts_at.astimezone(event.zone)
        assert local.strftime("%H:%M") == item["start"], item["slug"]
        assert event.agenda.count("<li>") == len(item["agenda"])
    riga = EventPage.objects.filter(time_zone="Europe/Riga", locale__language_code="en")
    offsets = {e.starts_at.astimezone(e.zone).utcoffset().seconds // 3600 for e in riga}
    assert offsets == {2, 3}  # winter and summer time, both at the hour the agenda says


def test_past_and_coming_events_around_today(loaded):
    events = EventPage.objects.filter(locale__language_code="en")
    assert events.filter(ends_at__lt=TODAY).count() == 10
    assert events.filter(starts_at__gt=TODAY).count() == 15
    assert events.filter(starts_at__gt=TODAY, starts_at__lt=datetime(2030, 3, 28, tzinfo=UTC))


def test_titles_are_distinct(loaded):
    for model in (EventPage, NewsPage):
        for language in ("en", "lv"):
            titles = list(
                model.objects.filter(locale__language_code=language).values_list("title", flat=True)
            )
            assert len(titles) == len(set(titles)), (model.__name__, language)
    for item in (*EVENTS, *NEWS):
        assert item["title"][0] != item["title"][1]


def test_registrations_belong_to_the_event_as_published(loaded):
    """An event and its translation are one event: its places are taken on the source page."""
    sources = {(s.object_id, s.locale_id) for s in TranslationSource.objects.all()}
    events = EventPage.objects.filter(registrations__isnull=False).distinct()
    assert events.count() == 25
    assert all((event.translation_key, event.locale_id) in sources for event in events)


def test_loading_again_changes_nothing(loaded):
    def snapshot():
        return {
            **counts(),
            "pages": sorted(Page.objects.values_list("pk", "title", "live", "latest_revision")),
            "strings": StringTranslation.objects.count(),
            "registrations": sorted(Registration.objects.values_list("pk", "status", "seat")),
        }

    first = snapshot()
    load()
    assert snapshot() == first

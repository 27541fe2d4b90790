"""The events demo: the numbers the issue asks for, every registration state, idempotent."""

import time

import pytest
from django.core.management import call_command

from events.models import EventPage, NewsPage, Registration, Subscriber

pytestmark = pytest.mark.django_db


def counts():
    return {
        "events": EventPage.objects.live().count(),
        "news": NewsPage.objects.live().count(),
        "subscribers": Subscriber.objects.count(),
        "registrations": Registration.objects.count(),
    }


def test_demo_events_news_subscribers_and_registrations(capsys):
    start = time.monotonic()
    call_command("load_demo", allow_production=True, no_progress=True)
    first = counts()
    print(f"load_demo took {time.monotonic() - start:.1f}s")
    assert first["events"] == 25
    assert first["news"] == 30
    assert first["subscribers"] == 200
    assert set(EventPage.objects.values_list("kind", flat=True)) == set(EventPage.Kind.values)
    round_tables = EventPage.objects.filter(kind="round_table")
    assert round_tables.values("working_group").distinct().count() >= 4
    assert round_tables.exclude(minutes="").count() >= 4
    states = set(Registration.objects.values_list("status", flat=True))
    assert states == set(Registration.Status.values)
    assert Registration.objects.filter(attended=True).exists()
    assert Registration.objects.filter(attended=False).exists()
    call_command("load_demo", allow_production=True, no_progress=True)
    assert counts() == first

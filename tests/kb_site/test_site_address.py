"""Absolute links start at SITE_URL: the API's page URLs, the calendars' URL lines and the
e-mails' links, through the two site records that `migrate` sets from it (kb_site/sites.py).
They said http://localhost/, the hostname a migration once wrote."""

import json

import pytest
from django.contrib.sites.models import Site as DjangoSite
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Site

from tests.events.factories import event, news

pytestmark = pytest.mark.django_db


def test_api_page_urls_start_at_site_url(client):
    page = news(1, title="Public news")
    listing = json.loads(client.get("/api/v2/pages/?type=events.NewsPage").content)
    (item,) = listing["items"]
    assert item["meta"]["html_url"] == f"http://testserver{page.url}"
    assert item["meta"]["detail_url"] == f"http://testserver/api/v2/pages/{page.pk}/"
    every = json.loads(client.get("/api/v2/pages/?limit=20").content)["items"]
    assert all(i["meta"]["html_url"].startswith("http://testserver/") for i in every)
    assert all(i["meta"]["detail_url"].startswith("http://testserver/") for i in every)


@pytest.mark.parametrize("path", ["/en/agenda/{pk}/event.ics", "/en/agenda/calendar.ics"])
def test_event_calendar_url_lines_start_at_site_url(client, path):
    page = event(1)
    response = client.get(path.format(pk=page.pk))
    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(vevent["URL"]) == f"http://testserver{page.url}"
    assert "URL:http://testserver/en/" in response.content.decode()


def test_migrate_sets_both_site_records_from_site_url(settings):
    # An operator moves the site and runs `migrate`, as every deployment does.
    settings.SITE_URL = "https://gpp-commons.example.eu"
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == (
        "gpp-commons.example.eu",
        443,
        "GPP Commons",
    )
    assert site.root_url == settings.SITE_URL
    django_site = DjangoSite.objects.get_current()
    assert (django_site.domain, django_site.name) == ("gpp-commons.example.eu", "GPP Commons")
    page = news(1)
    assert page.full_url == f"https://gpp-commons.example.eu{page.url}"


def test_a_site_url_with_a_port_keeps_it(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"  # `make run`
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8000"
    assert DjangoSite.objects.get_current().domain == "127.0.0.1:8000"

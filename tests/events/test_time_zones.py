"""Any IANA zone: a visitor types one in the zone form, the browser's zone arrives as the "tz"
cookie (static/js/time_zone.js), an editor picks one for the event; the page cache keeps one
copy per zone, never serving one visitor's zone to another."""

import re
from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from events.models import EventPage
from tests.events.factories import event, riga

pytestmark = pytest.mark.django_db
# 14:00 in Riga (UTC+2 in March) is 09:00 in São Paulo (UTC-3) and 21:00 in Tokyo (UTC+9).
WHEN = (2030, 3, 10, 14, 0)


def text(response) -> str:
    return " ".join(response.content.decode().split())


def words(response) -> str:
    """The page's text as a reader sees it: no tags, runs of white space as one space."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def your_time(response) -> str:
    """What the "Your time (…)" row of the event page says, or "" when there is none."""
    match = re.search(r"<dt>(Your time \([^)]*\)|Jūsu laiks \([^)]*\))</dt> <dd[^>]*>(.*?)</dd>",
                      text(response))  # fmt: skip
    return " ".join(re.sub(r"<[^>]+>", " ", f"{match[1]} {match[2]}").split()) if match else ""


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("America/Sao_Paulo", "Your time (America/Sao_Paulo) 10 March 2030, 09:00"),
        ("Asia/Tokyo", "Your time (Asia/Tokyo) 10 March 2030, 21:00"),
        ("tokyo", "Your time (Asia/Tokyo) 10 March 2030, 21:00"),  # a city, any case
        ("sao paulo", "Your time (America/Sao_Paulo) 10 March 2030, 09:00"),
    ],
)
def test_the_zone_form_takes_any_iana_zone_and_shows_the_converted_time(client, typed, expected):
    page = event(1, when=riga(*WHEN))
    response = client.get(page.url, {"tz": typed})
    assert your_time(response).startswith(expected)
    assert "Local time (Europe/Riga)" in text(response)
    assert "10 March 2030, 14:00" in text(response)
    # Remembered: the next page without ?tz= is in the same zone, said to be the visitor's choice.
    again = client.get(page.url)
    assert your_time(again).startswith(expected)
    assert "the zone you chose" in text(again)


def test_the_zone_form_in_latvian_shows_latvian_formats_and_names_the_zone(client):
    page = event(1, when=riga(*WHEN), language="lv", slug="pasakums")
    response = client.get(page.url, {"tz": "Asia/Tokyo"})
    assert your_time(response).startswith("Jūsu laiks (Asia/Tokyo) 2030. gada 10. marts, 21:00")


def test_an_unknown_zone_is_refused_with_a_message_that_keeps_what_was_typed(client):
    page = event(1, when=riga(*WHEN))
    client.get(page.url, {"tz": "Asia/Tokyo"})
    response = client.get(page.url, {"tz": "Mars/Olympus_Mons"})
    assert response.status_code == 200
    html = text(response)
    assert "“Mars/Olympus_Mons” is not a time zone we know." in html
    assert 'value="Mars/Olympus_Mons"' in html
    assert 'aria-invalid="true"' in html
    # Nothing changed: still the zone chosen before.
    assert your_time(response).startswith("Your time (Asia/Tokyo)")


def test_the_unknown_zone_message_is_latvian_on_lv(client):
    page = event(1, when=riga(*WHEN), language="lv", slug="pasakums")
    html = text(client.get(page.url, {"tz": "Marss"}))
    assert "“Marss” nav mums zināma laika josla." in html


def test_without_javascript_or_a_choice_the_events_own_zone_is_shown_labelled(client):
    page = event(1, when=riga(*WHEN), zone="Europe/Lisbon")
    response = client.get(page.url)
    assert your_time(response) == ""  # no guess labelled "your time"
    assert "Local time (Europe/Lisbon) 10 March 2030, 12:00" in words(response)
    assert "Times are shown in Europe/Lisbon." in text(response)


def test_the_browsers_zone_cookie_gives_your_time(client):
    page = event(1, when=riga(*WHEN))
    client.cookies["tz"] = "Europe/Lisbon"
    response = client.get(page.url)
    assert your_time(response).startswith("Your time (Europe/Lisbon) 10 March 2030, 12:00")
    assert "Europe/Lisbon, your browser’s zone" in text(response)  # noqa: RUF001
    assert 'data-zone="Europe/Lisbon" data-zone-source="browser"' in text(response)


def test_a_chosen_zone_wins_over_the_browsers_and_an_empty_choice_goes_back_to_it(client):
    page = event(1, when=riga(*WHEN))
    client.cookies["tz"] = "Europe/Lisbon"
    assert your_time(client.get(page.url, {"tz": "Asia/Tokyo"})).startswith(
        "Your time (Asia/Tokyo)"
    )
    assert your_time(client.get(page.url, {"tz": ""})).startswith("Your time (Europe/Lisbon)")


def test_a_made_up_cookie_is_ignored(client):
    page = event(1, when=riga(*WHEN))
    client.cookies["tz"] = "../../etc/passwd"
    response = client.get(page.url)
    assert response.status_code == 200
    assert your_time(response) == ""


def test_the_listing_and_calendar_follow_the_browsers_zone(client):
    event(1, when=riga(*WHEN))
    client.cookies["tz"] = "Asia/Tokyo"
    listing = text(client.get("/en/events/"))
    assert "10 March 2030, 21:00" in listing
    assert "(Asia/Tokyo)" in listing
    calendar = text(client.get("/en/events/?view=calendar&month=2030-03"))
    assert "21:00" in calendar


def test_an_editor_may_give_an_event_any_iana_zone():
    page = event(1, when=riga(*WHEN))
    page.time_zone = "America/Sao_Paulo"
    page.full_clean()
    page.save()
    page.refresh_from_db()
    assert page.starts_at == datetime(2030, 3, 10, 17, 0, tzinfo=UTC)  # 14:00 in São Paulo
    page.time_zone = "Mars/Base"
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "time_zone" in refused.value.message_dict


def test_the_editors_chooser_groups_every_zone_by_region():
    form_class = EventPage.get_edit_handler().get_form_class()
    html = str(form_class(for_user=None)["time_zone"])
    assert '<optgroup label="Partner countries">' in html
    assert re.search(r'<optgroup label="Asia">.*<option value="Asia/Tokyo">Tokyo</option>', html,
                     re.DOTALL)  # fmt: skip
    assert '<option value="America/Sao_Paulo">Sao Paulo</option>' in html


# --- the page cache ---------------------------------------------------------------------------


@pytest.mark.usefixtures("page_cache")
def test_the_page_cache_keeps_one_page_per_zone_and_never_serves_another_visitors():
    page = event(1, when=riga(*WHEN))
    lisbon, tokyo, plain = Client(), Client(), Client()
    lisbon.cookies["tz"] = "Europe/Lisbon"
    tokyo.cookies["tz"] = "Asia/Tokyo"
    first = lisbon.get(page.url)
    assert first["X-Page-Cache"] == "miss"
    assert "Cookie" in first["Vary"]
    assert your_time(first).startswith("Your time (Europe/Lisbon)")
    in_tokyo = tokyo.get(page.url)
    assert in_tokyo["X-Page-Cache"] == "miss"  # not Lisbon's copy
    assert your_time(in_tokyo).startswith("Your time (Asia/Tokyo)")
    no_zone = plain.get(page.url)
    assert no_zone["X-Page-Cache"] == "miss"
    assert your_time(no_zone) == ""
    # Each zone's copy is served to the next visitor in that zone, and only to them.
    again = Client()
    again.cookies["tz"] = "Asia/Tokyo"
    hit = again.get(page.url)
    assert hit["X-Page-Cache"] == "hit"
    assert your_time(hit).startswith("Your time (Asia/Tokyo)")
    assert Client().get(page.url)["X-Page-Cache"] == "hit"
    assert your_time(Client().get(page.url)) == ""


@pytest.mark.usefixtures("page_cache")
def test_a_made_up_zone_cookie_shares_the_zone_less_page():
    page = event(1, when=riga(*WHEN))
    Client().get(page.url)
    made_up = Client()
    made_up.cookies["tz"] = "Nowhere/At_All"
    response = made_up.get(page.url)
    assert response["X-Page-Cache"] == "hit"  # no cache entry of its own for any string sent
    assert your_time(response) == ""

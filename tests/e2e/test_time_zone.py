"""A browser in Lisbon opening a webinar held in Riga reads "Your time (Europe/Lisbon)" with
the Lisbon time, from static/js/time_zone.js; a browser in Tokyo, right after it, with the page
cache on, gets Tokyo's time and not Lisbon's page."""

import pytest
from playwright.sync_api import expect

from tests.events.factories import event, riga


def open_in(browser, live_server, zone, path):
    context = browser.new_context(base_url=live_server.url, timezone_id=zone)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(path)
    return context, page


@pytest.mark.usefixtures("page_cache")
def test_your_time_follows_the_browsers_zone(browser, live_server):
    webinar = event(1, title="Riga webinar", when=riga(2030, 3, 10, 14, 0))
    times = {"Europe/Lisbon": "10 March 2030, 12:00", "Asia/Tokyo": "10 March 2030, 21:00"}
    for zone, expected in times.items():
        context, page = open_in(browser, live_server, zone, webinar.url)
        label = page.locator("dt", has_text=f"Your time ({zone})")
        expect(label).to_be_visible()
        expect(page.locator("dd.visitor-time")).to_contain_text(expected)
        expect(page.get_by_text(f"{zone}, your browser’s zone")).to_be_visible()  # noqa: RUF001
        # The event's own time stays, named as such.
        expect(page.get_by_text("Local time (Europe/Riga)")).to_be_visible()
        context.close()


def test_without_javascript_the_events_own_zone_is_shown(browser, live_server):
    webinar = event(1, title="Riga webinar", when=riga(2030, 3, 10, 14, 0))
    context = browser.new_context(
        base_url=live_server.url, timezone_id="Europe/Lisbon", java_script_enabled=False
    )
    page = context.new_page()
    page.goto(webinar.url)
    expect(page.get_by_text("Local time (Europe/Riga)")).to_be_visible()
    expect(page.locator("dt", has_text="Your time")).to_have_count(0)
    # The form still works: type a zone, submit.
    page.get_by_label("Show times in").fill("America/Sao_Paulo")
    page.get_by_role("button", name="Change").click()
    expect(page.locator("dt", has_text="Your time (America/Sao_Paulo)")).to_be_visible()
    expect(page.locator("dd.visitor-time")).to_contain_text("10 March 2030, 09:00")
    context.close()

"""An event and its Latvian translation are one event: one set of places, one waiting list."""

import pytest
from django.core import mail

from kb_site.page_translations import translate_page
from tests.events.factories import event, news
from tests.members.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def supplier_day(**fields):
    """A supplier day with one place, in English and (through wagtail-localize) in Latvian."""
    english = event(1, title="Supplier day on furniture", slug="supplier-day", capacity=1,
                    kind="supplier_day", **fields)  # fmt: skip
    latvian = translate_page(english, "lv", {
        "Supplier day on furniture": "Piegādātāju diena par mēbelēm",
        "supplier-day": "piegadataju-diena",
        "Summary of event 1": "Pasākuma 1 kopsavilkums",
    })  # fmt: skip
    return english, latvian


def register(client, user, page, language):
    client.force_login(user)
    return client.post(f"/{language}/agenda/{page.pk}/register/", follow=True).content.decode()


def test_a_place_taken_on_the_latvian_page_is_taken_on_the_english_one(client):
    english, latvian = supplier_day()
    assert english.translation_key == latvian.translation_key
    assert english.pk != latvian.pk
    alice, bob = UserFactory(), UserFactory()
    assert "Jūs esat reģistrēts." in register(client, alice, latvian, "lv")
    html = register(client, bob, english, "en")
    assert "The event is full: you are on the waiting list." in html
    assert "0 of 1 left" in html
    assert "1 waiting" in html
    # Both pages, whoever reads them, count the same places.
    latvian_html = client.get(latvian.url).content.decode()
    assert "brīvas 0 no 1" in latvian_html
    assert "Jūs esat gaidīšanas sarakstā." in latvian_html  # Bob registered in English
    client.force_login(alice)
    assert "You are registered." in client.get(english.url).content.decode()
    # The event cards: full in both languages, no "Brīvas 1 vieta" on the Latvian one.
    assert "Full: waiting list open" in client.get("/en/events/").content.decode()
    latvian_index = client.get("/lv/pasakumi/").content.decode()
    assert "Piegādātāju diena par mēbelēm" in latvian_index
    assert "Vietu nav: atvērts gaidīšanas saraksts" in latvian_index


def test_cancelling_on_one_page_promotes_the_person_waiting_on_the_other(
    client, django_capture_on_commit_callbacks
):
    english, latvian = supplier_day()
    alice, bob = UserFactory(), UserFactory(preferred_language="lv")
    register(client, alice, latvian, "lv")
    register(client, bob, english, "en")
    client.force_login(alice)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/agenda/{english.pk}/cancel/")
    assert [message.to for message in mail.outbox] == [[bob.email]]
    # Bob reads Latvian: the e-mail names and links the Latvian page.
    assert "Jums ir brīva vieta: Piegādātāju diena par mēbelēm" in mail.outbox[0].subject
    assert latvian.url in mail.outbox[0].body
    client.force_login(bob)
    assert "Jūs esat reģistrēts." in client.get(latvian.url).content.decode()
    assert "1 of 1 left" not in client.get(english.url).content.decode()
    assert "0 of 1 left" in client.get(english.url).content.decode()


def test_the_organiser_sees_both_registrations_from_either_page(client):
    english, latvian = supplier_day()
    alice = UserFactory(display_name="Alise Ozola")
    bob = UserFactory(display_name="Bob Smith")
    register(client, alice, latvian, "lv")
    register(client, bob, english, "en")
    client.force_login(UserFactory(is_staff=True))
    for page in (english, latvian):
        html = client.get(f"/en/agenda/{page.pk}/participants/").content.decode()
        assert "Alise Ozola" in html
        assert "Bob Smith" in html
    csv = client.get(f"/en/agenda/{latvian.pk}/participants.csv").content.decode()
    assert "Alise Ozola" in csv
    assert "Bob Smith" in csv


def test_attendance_ticked_on_the_latvian_list_is_the_events(client):
    english, latvian = supplier_day(organisers=[OrganisationFactory()])
    alice = UserFactory()
    register(client, alice, english, "en")
    registration = alice.event_registrations.get()
    client.force_login(UserFactory(is_staff=True))
    client.post(f"/lv/agenda/{latvian.pk}/participants/", {"attended": [registration.pk]})
    registration.refresh_from_db()
    assert registration.attended is True


def test_a_latvian_news_item_links_the_latvian_event(client):
    english, latvian = supplier_day()
    item = news(1, title="Supplier day announced", slug="supplier-day-news")
    item.related_events = [english]
    item.save_revision().publish()
    latvian_item = translate_page(item, "lv", {
        "Supplier day announced": "Izsludināta piegādātāju diena",
        "supplier-day-news": "piegadataju-dienas-zina",
        "Summary of news 1": "Ziņas 1 kopsavilkums",
    })  # fmt: skip
    html = client.get(latvian_item.url).content.decode()
    assert f'href="{latvian.url}"' in html
    assert "Piegādātāju diena par mēbelēm" in html
    assert f'href="{english.url}"' not in html
    english_html = client.get(item.url).content.decode()
    assert f'href="{english.url}"' in english_html

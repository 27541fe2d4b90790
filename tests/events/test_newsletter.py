"""Newsletter: double opt-in, preferences without log-in, one-click unsubscribe (RFC 8058)."""

import re

import pytest
from django.core import mail

from events import tokens
from events.models import Subscriber
from kb_site.taxonomy import ProductGroup
from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db


def link_in(message) -> str:
    return re.search(r"http://testserver(\S+)", message.body).group(1)


def test_double_opt_in(client, django_capture_on_commit_callbacks):
    furniture = ProductGroup.objects.get(slug="furniture")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/agenda/newsletter/",
            {"email": "Reader@Example.eu", "language": "lv", "product_groups": [furniture.pk],
             "countries": ["LV"], "event_kinds": ["webinar"]},
        )  # fmt: skip
    assert "Check your e-mail" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.eu"
    assert not subscriber.is_active  # nothing goes to an unconfirmed address
    (message,) = mail.outbox
    assert message.to == ["reader@example.eu"]
    link = link_in(message)
    assert link.startswith("/lv/")  # in the language chosen
    client.post(link)
    subscriber.refresh_from_db()
    assert subscriber.is_active
    assert subscriber.countries == ["LV"]
    assert list(subscriber.product_groups.all()) == [furniture]


def test_signup_form_keeps_input_on_error(client):
    response = client.post("/en/agenda/newsletter/", {"email": "not-an-address", "language": "en"})
    assert response.status_code == 400
    assert 'value="not-an-address"' in response.content.decode()


def test_member_with_own_address_needs_no_second_confirmation(client):
    user = UserFactory()
    client.force_login(user)
    client.post("/en/agenda/newsletter/", {"email": user.email, "language": "en"})
    subscriber = Subscriber.objects.get()
    assert subscriber.is_active
    assert subscriber.user == user


def test_tampered_confirmation_link(client):
    url = tokens.newsletter_confirm_url("a@b.eu", "en").removeprefix("http://testserver")
    response = client.post(url.replace("/confirm/", "/confirm/x"))
    assert response.status_code == 400
    assert "not valid" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_preferences_without_login(client):
    subscriber = Subscriber.objects.create(email="p@example.eu", confirmed_at="2026-01-01T00:00Z")
    url = tokens.preferences_url(subscriber.email, "en").removeprefix("http://testserver")
    assert client.get(url).status_code == 200
    client.post(url, {"language": "lv", "countries": ["PT", "LV"], "event_kinds": ["training"]})
    subscriber.refresh_from_db()
    assert subscriber.language == "lv"
    assert subscriber.countries == ["LV", "PT"]


def test_one_click_unsubscribe_is_a_csrf_exempt_post(client):
    from django.test import Client

    subscriber = Subscriber.objects.create(email="u@example.eu", confirmed_at="2026-01-01T00:00Z")
    headers = tokens.unsubscribe_headers(subscriber.email, "en")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(url).status_code == 200  # a link scanner's GET unsubscribes nobody
    subscriber.refresh_from_db()
    assert subscriber.is_active
    response = strict.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert not subscriber.is_active


def test_subscribed_member_finds_their_preferences_on_the_sign_up_page(client):
    user = UserFactory()
    client.force_login(user)
    assert "You are subscribed." not in client.get("/en/agenda/newsletter/").content.decode()
    client.post("/en/agenda/newsletter/", {"email": user.email, "language": "en"})
    html = client.get("/en/agenda/newsletter/").content.decode()
    assert "You are subscribed." in html
    assert "/en/agenda/newsletter/preferences/" in html


def test_editors_find_the_mailings_in_the_wagtail_admin(client):
    from tests.members.factories import EditorFactory

    client.force_login(EditorFactory(is_staff=False))
    html = client.get("/admin/").content.decode()
    assert "Invitations and newsletters" in html

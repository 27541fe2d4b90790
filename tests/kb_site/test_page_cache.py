"""Visitors who are not logged in get whole pages from the cache; a write shows at once;
members, forms with a CSRF token, messages and any credential (a password, a signed link) are
never served from it nor stored in it; each host has its own pages."""

import base64

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from members.meetings import calendar_token
from tests.events.factories import news
from tests.members.factories import UserFactory
from tests.practices.helpers import bulk_case_studies

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
INDEX = "/en/case-studies/"


def test_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, django_assert_num_queries
):
    first = client.get(INDEX)
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"]
    assert "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = Client().get(INDEX)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_shows_on_the_next_visit():
    assert b"Bulk case study 0" not in Client().get(INDEX).content
    bulk_case_studies(1)
    response = Client().get(INDEX)
    assert response["X-Page-Cache"] == "miss"
    assert b"Bulk case study 0" in response.content


def test_a_member_never_gets_the_visitors_page():
    Client().get(INDEX)  # cached for visitors
    member = Client()
    user = UserFactory()
    member.force_login(user)
    response = member.get(INDEX)
    assert "X-Page-Cache" not in response
    assert f"My account ({user.get_short_name()})" in response.content.decode()


def test_pages_with_a_csrf_token_are_not_cached():
    first, second = Client(), Client()
    one = first.get("/en/accounts/login/")
    two = second.get("/en/accounts/login/")
    assert "X-Page-Cache" not in one
    assert "X-Page-Cache" not in two
    assert one.cookies["csrftoken"].value != two.cookies["csrftoken"].value


def test_a_visitor_with_messages_waiting_is_not_served_from_the_cache():
    Client().get(INDEX)
    visitor = Client()
    visitor.cookies["messages"] = "something"
    assert "X-Page-Cache" not in visitor.get(INDEX)


def test_query_strings_are_cached_apart():
    bulk_case_studies(2)
    Client().get(INDEX)
    filtered = Client().get(INDEX + "?year=2021")
    assert filtered["X-Page-Cache"] == "miss"
    assert b"Bulk case study 1" in filtered.content
    assert b"Bulk case study 0" not in filtered.content


# --- credentials and hosts --------------------------------------------------------------------

PASSWORD = "green-tender-2026"  # tests/members/factories.py


def basic(user, password=PASSWORD) -> dict:
    pair = base64.b64encode(f"{user.email}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {pair}"}


@pytest.fixture
def restricted_news():
    page = news(7, title="Zzmembersonly news", slug="members-only")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    return page


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/pages/{pk}/"])
def test_an_answer_to_a_member_with_a_password_is_not_kept_for_visitors(url, restricted_news):
    url = url.format(pk=restricted_news.pk)
    member = Client().get(url, **basic(UserFactory()))
    assert "X-Page-Cache" not in member
    visitor = Client().get(url)
    assert visitor.get("X-Page-Cache") != "hit"
    assert b"Zzmembersonly" not in visitor.content


def test_a_request_with_an_authorization_header_is_never_answered_from_the_cache():
    assert Client().get(INDEX)["X-Page-Cache"] == "miss"
    assert Client().get(INDEX)["X-Page-Cache"] == "hit"
    for header in ("Basic Zm9vOmJhcg==", "Bearer abc", "Token abc"):
        assert "X-Page-Cache" not in Client().get(INDEX, HTTP_AUTHORIZATION=header)


def test_a_signed_link_is_not_kept():
    # The calendar feed's address is its credential: its answer is the holder's alone.
    url = reverse("members:meeting_feed", kwargs={"token": calendar_token(user=UserFactory())})
    response = Client().get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_a_token_in_the_query_string_is_not_answered_from_the_cache():
    Client().get(INDEX)
    assert "X-Page-Cache" not in Client().get(INDEX + "?token=abc")


def test_each_host_has_its_own_pages(settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    assert Client().get(INDEX)["X-Page-Cache"] == "miss"
    assert Client().get(INDEX, HTTP_HOST="other.example")["X-Page-Cache"] == "miss"
    assert Client().get(INDEX, HTTP_HOST="other.example")["X-Page-Cache"] == "hit"


def test_a_host_not_allowed_gets_400_even_for_a_kept_page():
    assert Client().get(INDEX)["X-Page-Cache"] == "miss"
    response = Client().get(INDEX, HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "X-Page-Cache" not in response

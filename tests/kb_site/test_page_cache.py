"""Visitors who are not logged in get whole pages from the cache; a write shows at once;
members, forms with a CSRF token and messages are never served from it."""

import pytest
from django.core.cache import cache
from django.test import Client

from tests.members.factories import UserFactory
from tests.practices.helpers import bulk_case_studies

pytestmark = pytest.mark.django_db
INDEX = "/en/case-studies/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


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

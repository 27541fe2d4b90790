"""Wagtail routing kept in the cache (kb_site/routing.py): a second request skips the site,
tree and restriction queries; an unpublish, a move or a new view restriction shows at once;
restrictions are still enforced for every reader."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.events.factories import news
from tests.members.factories import UserFactory
from tests.practices.helpers import bulk_case_studies

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]


def sql_of(url, client=None) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = (client or Client()).get(url)
    return response.status_code, [query["sql"] for query in captured.captured_queries]


def test_a_second_request_skips_the_routing_queries():
    bulk_case_studies(1)
    url = "/en/case-studies/bulk-0/"
    status, cold = sql_of(url)
    assert status == 200
    status, warm = sql_of(url)
    assert status == 200
    for table in ("wagtailcore_site", "wagtailcore_pageviewrestriction"):
        assert any(table in sql for sql in cold)
        assert not any(table in sql for sql in warm), table
    assert len(cold) - len(warm) >= 5


def test_an_unpublished_page_is_gone_at_once():
    bulk_case_studies(1)
    from practices.models import CaseStudyPage

    url = "/en/case-studies/bulk-0/"
    assert Client().get(url).status_code == 200
    CaseStudyPage.objects.get(slug="bulk-0").unpublish()
    assert Client().get(url).status_code == 404


def test_a_renamed_page_answers_at_its_new_address_only():
    bulk_case_studies(1)
    from practices.models import CaseStudyPage

    assert Client().get("/en/case-studies/bulk-0/").status_code == 200
    page = CaseStudyPage.objects.get(slug="bulk-0")
    page.slug = "renamed"
    page.save_revision().publish()
    assert Client().get("/en/case-studies/bulk-0/").status_code == 404
    assert Client().get("/en/case-studies/renamed/").status_code == 200


def test_a_view_restriction_is_enforced_on_every_request_cached_or_not():
    page = news(1, title="Members only desks news")
    url = page.url
    assert "Members only desks news" in Client().get(url).content.decode()
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    for _ in range(2):  # the second request has its route from the cache
        response = Client().get(url)
        assert response.status_code == 302
        assert "Members only desks news" not in response.content.decode()
    member = Client()
    member.force_login(UserFactory())
    for _ in range(2):
        assert "Members only desks news" in member.get(url).content.decode()


def test_an_unknown_path_is_not_found_twice():
    assert Client().get("/en/no-such-page/").status_code == 404
    assert Client().get("/en/no-such-page/").status_code == 404
    assert Client().get("/lv/").status_code == 200

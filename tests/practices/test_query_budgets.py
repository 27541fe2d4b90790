"""Every knowledge-base list and detail page runs the same number of queries whether there
are 10 case studies or 500 (the issue's range), as stated in each budget."""

import pytest

from tests.practices.helpers import bulk_case_studies, resource, strategy

pytestmark = pytest.mark.django_db

# page -> the most queries it may run (a page that needs more has a problem to fix), with the
# fragment cache off as in every test: what a page costs when it renders everything
BUDGETS = {
    "/en/case-studies/": 16,  # two of them count the filters' choices
    "/en/case-studies/?product_group=furniture&sort=impact": 16,
    "/en/practices/impact/": 8,
    "case study": 16,
    "/en/strategies/": 14,
    "/en/resources/": 14,
    "/en/practices/product-groups/": 1,
    "/en/practices/product-groups/furniture/": 13,
    "/en/practices/feed/rss/": 2,
}


def measure(client, url, budget, django_assert_max_num_queries) -> int:
    client.get(url)  # warm Wagtail's site and locale caches
    with django_assert_max_num_queries(budget) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_query_counts_are_the_same_for_10_and_500_case_studies(
    client, django_assert_max_num_queries
):
    # One test for all pages: growing the data to 500 pages is the slow part, done once.
    bulk_case_studies(10)
    for number in range(3):
        strategy(number)
        resource(number)
    urls = {page: "/en/case-studies/bulk-3/" if page == "case study" else page for page in BUDGETS}
    small = {
        page: measure(client, url, BUDGETS[page], django_assert_max_num_queries)
        for page, url in urls.items()
    }
    bulk_case_studies(490, start=10)
    for number in range(3, 30):
        strategy(number)
        resource(number)
    large = {
        page: measure(client, url, BUDGETS[page], django_assert_max_num_queries)
        for page, url in urls.items()
    }
    assert large == small

from decimal import Decimal

import pytest

from tests.practices.test_case_studies import publish

pytestmark = pytest.mark.django_db


def test_dashboard_totals_and_breakdowns_follow_the_filters(client):
    publish(1, country="LV", year=2021, co2_tonnes_per_year=Decimal("100"), mwh_per_year=10)
    publish(2, country="LV", year=2022, co2_tonnes_per_year=Decimal("50"), group="electricity")
    publish(3, country="HR", year=2022, co2_tonnes_per_year=Decimal("25"))
    context = client.get("/en/practices/impact/").context
    assert context["totals"]["co2"] == Decimal("175")
    assert context["totals"]["count"] == 3
    by_country = {row["label"]: row["co2"] for row in context["by_country"].rows}
    assert by_country == {"Latvia": Decimal("150"), "Croatia": Decimal("25")}
    assert context["by_country"].rows[0]["width"] == 100.0
    by_group = {row["label"]: row["co2"] for row in context["by_group"].rows}
    assert by_group == {"Furniture": Decimal("125"), "Electricity": Decimal("50")}

    filtered = client.get("/en/practices/impact/?year=2022").context
    assert filtered["totals"]["co2"] == Decimal("75")
    html = client.get("/lv/practices/impact/").content.decode()
    assert "<svg" in html
    assert "<table" in html
    assert "Latvija" in html


def test_dashboard_query_count_stays_flat(client, django_assert_max_num_queries):
    for number in range(3):
        publish(number, co2_tonnes_per_year=Decimal(number + 1))
    client.get("/en/practices/impact/")
    with django_assert_max_num_queries(8) as small:
        client.get("/en/practices/impact/")
    budget = len(small.captured_queries)
    for number in range(3, 30):
        publish(number, co2_tonnes_per_year=Decimal(number + 1), country="HR")
    with django_assert_max_num_queries(budget):
        client.get("/en/practices/impact/")

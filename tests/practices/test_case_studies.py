"""Case studies: the index filters, sorts and pages as plain links; each study shows its impact."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from kb_site.taxonomy import ProductGroup
from practices.models import CaseStudyIndexPage, CaseStudyPage
from practices.services import case_study_publish
from tests.members.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def index(language="en"):
    return CaseStudyIndexPage.objects.get(locale__language_code=language)


def publish(number, language="en", group="furniture", **data):
    values = {
        "title": f"Case study {number}",
        "summary": f"Summary {number}",
        "country": "LV",
        "procedure": "open",
        "year": 2022,
        **data,
    }
    page, _ = case_study_publish(
        index=index(language),
        slug=f"case-{number}",
        data=values,
        product_groups=[ProductGroup.objects.get(slug=group)],
        tags=["circular", "framework", "LED"] if number % 2 else [],
    )
    return page


def titles(client, query=""):
    html = client.get(f"/en/case-studies/?{query}").content.decode()
    return {
        chunk.split("</a>")[0].split(">")[-1] for chunk in html.split('class="card__title">')[1:]
    }


def test_the_menu_link_opens_the_index_in_each_language(client):
    assert client.get("/en/practices/")["Location"] == "/en/case-studies/"
    assert client.get("/lv/practices/")["Location"] == "/lv/labas-prakses/"


def test_index_filters_by_group_country_kind_year_language_and_tag(client):
    publish(1, country="LV", kind="good", year=2021)
    publish(2, country="HR", kind="bad", year=2023, group="electricity")
    publish(3, language="lv", title="Ielu apgaismojums", country="LV", year=2023)
    assert titles(client) == {"Case study 1", "Case study 2", "Ielu apgaismojums"}
    assert titles(client, "country=HR") == {"Case study 2"}
    assert titles(client, "kind=bad") == {"Case study 2"}
    assert titles(client, "product_group=electricity") == {"Case study 2"}
    assert titles(client, "year=2023&country=LV") == {"Ielu apgaismojums"}
    assert titles(client, "language=lv") == {"Ielu apgaismojums"}
    assert titles(client, "tag=circular") == {"Case study 1", "Ielu apgaismojums"}


def choices(client, name: str, query="") -> dict[str, str]:
    """The options of one filter select on the index: value -> what the reader sees."""
    html = client.get(f"/en/case-studies/?{query}").content.decode()
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select))


def test_each_filter_choice_says_how_many_it_would_list_with_the_other_filters_kept(client):
    publish(1, country="LV", kind="good", year=2021)
    publish(2, country="HR", kind="bad", year=2023, group="electricity")
    publish(3, language="lv", title="Ielu apgaismojums", country="LV", year=2023)
    assert choices(client, "country") == {"": "All", "HR": "Croatia (1)", "LV": "Latvia (2)"}
    assert choices(client, "year") == {"": "All", "2023": "2023 (2)", "2021": "2021 (1)"}
    assert choices(client, "language") == {"": "All", "en": "English (2)", "lv": "Latviešu (1)"}
    assert choices(client, "product_group")["electricity"] == "Electricity (1)"
    # With a country chosen, the other filters count within it; its own choices do not change.
    assert choices(client, "kind", "country=LV") == {"": "All", "good": "Good practice (2)"}
    assert choices(client, "year", "country=LV") == {
        "": "All",
        "2023": "2023 (1)",
        "2021": "2021 (1)",
    }
    assert choices(client, "country", "country=LV")["HR"] == "Croatia (1)"
    assert "electricity" not in choices(client, "product_group", "country=LV")
    # A choice that lists nothing is offered only when it is the one chosen (an old link).
    assert choices(client, "country", "country=EE&kind=bad")["EE"] == "Estonia (0)"
    assert "EE" not in choices(client, "country")
    # A bad value drops its own filter only: the list and the counts keep the country.
    assert titles(client, "country=HR&year=abc") == {"Case study 2"}
    assert choices(client, "kind", "country=HR&year=abc") == {"": "All", "bad": "Bad practice (1)"}


def test_highest_impact_first(client):
    publish(1, co2_tonnes_per_year=Decimal("10"))
    publish(2, co2_tonnes_per_year=Decimal("500"))
    publish(3)  # no figure: last
    html = client.get("/en/case-studies/?sort=impact").content.decode()
    assert html.index("Case study 2") < html.index("Case study 1") < html.index("Case study 3")


def test_bad_filter_values_show_everything(client):
    publish(1)
    response = client.get("/en/case-studies/?year=abc&sort=nonsense&page=999")
    assert response.status_code == 200
    assert "Case study 1" in response.content.decode()


def test_case_study_shows_impact_procurer_and_criteria(client):
    buyer = OrganisationFactory(name="Jelgava municipality")
    page = publish(
        1,
        procurer=buyer,
        co2_tonnes_per_year=Decimal("310.5"),
        mwh_per_year=Decimal("640"),
        impact_method="Metered before and after.",
    )
    html = client.get(page.url).content.decode()
    assert "310.5" in html
    assert "tCO2e avoided per year" in html
    assert "Metered before and after." in html
    assert f'href="/en/organisations/{buyer.slug}/"' in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("co2_tonnes_per_year", Decimal("-5"), "greater than or equal to 0"),
        ("year", timezone.localdate().year + 5, "is in the future"),
        ("contract_value", Decimal("-1"), "greater than or equal to 0"),
    ],
)
def test_impossible_figures_are_refused_with_the_reason(field, value, message):
    page = CaseStudyPage(
        title="Bad figures", slug="bad", summary="x", country="LV", procedure="open", year=2022
    )
    setattr(page, field, value)
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth", "url_path", "draft_title", "translation_key",
                                 "locale", "content_type"])  # fmt: skip
    assert message in str(error.value.message_dict[field])


@pytest.mark.parametrize("url", ["/en/case-studies/", "detail"])
def test_query_count_stays_flat_as_case_studies_grow(client, url, django_assert_max_num_queries):
    pages = [publish(number) for number in range(5)]
    target = pages[0].url if url == "detail" else url
    client.get(target)
    with django_assert_max_num_queries(16) as small:
        client.get(target)
    budget = len(small.captured_queries)
    for number in range(5, 50):
        publish(number)
    with django_assert_max_num_queries(budget):
        client.get(target)


def test_filtered_list_exports_as_csv_and_json(client):
    publish(1, country="LV", co2_tonnes_per_year=Decimal("12.5"), title="Ielu apgaismojums")
    publish(2, country="HR")
    data = client.get("/en/practices/export.json?country=LV").json()
    assert data["count"] == 1
    row = data["results"][0]
    assert row["title"] == "Ielu apgaismojums"
    assert row["co2_tonnes_per_year"] == 12.5
    assert row["product_groups"] == ["Furniture"]
    assert row["url"] == "http://testserver/en/case-studies/case-1/"
    response = client.get("/en/practices/export.csv?country=LV")
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    lines = text.strip().splitlines()
    assert lines[0].startswith("title,url,language")
    assert len(lines) == 2
    assert lines[1].startswith("Ielu apgaismojums,")
    assert client.get("/en/practices/export.xml").status_code == 404


def test_new_case_studies_are_in_rss_and_atom(client):
    publish(1, title="LED street lights in Jelgava")
    rss = client.get("/en/practices/feed/rss/").content.decode()
    assert "<title>LED street lights in Jelgava</title>" in rss
    assert "http://testserver/en/case-studies/case-1/" in rss
    atom = client.get("/en/practices/feed/atom/").content.decode()
    assert 'xmlns="http://www.w3.org/2005/Atom"' in atom
    assert "LED street lights in Jelgava" in atom


def test_published_case_studies_are_in_the_read_only_api(client):
    publish(1, co2_tonnes_per_year=Decimal("12.5"))
    draft = publish(2)
    draft.unpublish()
    data = client.get(
        "/api/v2/pages/?type=practices.CaseStudyPage&fields=co2_tonnes_per_year,country"
    ).json()
    assert data["meta"]["total_count"] == 1
    assert data["items"][0]["co2_tonnes_per_year"] == "12.50"
    assert client.post("/api/v2/pages/", {}).status_code == 405


def test_an_editor_previews_a_case_study_with_related_case_studies():
    """A preview reads the page from its revision: relations are in-memory lists there."""
    from practices.models import CaseStudyPage
    from tests.practices.helpers import bulk_case_studies

    bulk_case_studies(2)
    first, second = CaseStudyPage.objects.order_by("pk")
    first.related_case_studies = [second]
    first.save_revision()
    response = first.get_latest_revision_as_object().make_preview_request()
    assert response.status_code == 200
    assert "Bulk case study 1" in response.content.decode()

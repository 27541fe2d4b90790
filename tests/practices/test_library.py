"""Strategies, resources and product-group pages, their feeds, and document upload checks."""

import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kb_site.forms import DocumentForm
from tests.practices.helpers import PDF, bulk_case_studies, resource, strategy

pytestmark = pytest.mark.django_db


def cards(client, url):
    html = client.get(url).content.decode()
    return {chunk.split("</a>")[0].split(">")[-1] for chunk in html.split('class="card__title')[1:]}


def test_menu_links_open_each_index_in_the_visitors_language_and_keep_filters(client):
    assert client.get("/en/practices/strategies/")["Location"] == "/en/strategies/"
    assert client.get("/lv/practices/strategies/")["Location"] == "/lv/strategijas/"
    assert client.get("/lv/practices/resources/")["Location"] == "/lv/resursi/"
    assert (
        client.get("/en/practices/?product_group=furniture")["Location"]
        == "/en/case-studies/?product_group=furniture"
    )


def test_strategy_shows_progress_of_actions_done_against_planned(client):
    page = strategy(1)
    html = " ".join(client.get(page.url).content.decode().split())
    # Four actions, one dropped: three planned in all, one done, one under way.
    assert "1 of 3 planned actions done, 1 under way" in html
    assert "(33 %)" in html
    assert "1 action is past its target date." in html
    assert page.support_unit.name in html
    assert 'class="progress__done" x="0" y="0" width="33"' in html


def test_strategy_period_must_not_end_before_it_starts():
    page = strategy(1)
    page.period_end = 2020
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "cannot end before it starts" in str(error.value.message_dict["period_end"])


def test_strategy_index_filters_by_country_and_shows_the_support_unit_page_link(client):
    from tests.members.factories import OrganisationFactory, SupportUnitFactory

    latvian = SupportUnitFactory(host=OrganisationFactory(kind="energy_agency", country="LV"))
    croatian = SupportUnitFactory(host=OrganisationFactory(kind="energy_agency", country="HR"))
    strategy(1, unit=latvian)
    strategy(2, unit=croatian)
    assert cards(client, "/en/strategies/") == {"Strategy 1", "Strategy 2"}
    assert cards(client, "/en/strategies/?country=HR") == {"Strategy 2"}
    unit_page = client.get(f"/en/support-units/{latvian.slug}/").content.decode()
    assert "Strategy 1" in unit_page
    assert "Strategy 2" not in unit_page


def test_resource_index_filters_by_type_language_group_and_tag(client):
    resource(1, kind="template", written_in="lv", groups=("furniture",), tags=["circular"])
    resource(2, kind="guide", written_in="en", groups=("electricity",))
    assert cards(client, "/en/resources/") == {"Resource 1", "Resource 2"}
    assert cards(client, "/en/resources/?kind=template") == {"Resource 1"}
    assert cards(client, "/en/resources/?resource_language=en") == {"Resource 2"}
    assert cards(client, "/en/resources/?product_group=electricity") == {"Resource 2"}
    assert cards(client, "/en/resources/?tag=Circular") == {"Resource 1"}
    assert cards(client, "/en/resources/?sort=title") == {"Resource 1", "Resource 2"}


def test_resource_page_links_its_documents(client):
    page = resource(1)
    html = client.get(page.url).content.decode()
    assert "Doc 1" in html
    assert "/documents/" in html
    assert "PDF" in html


def test_product_group_page_lists_criteria_and_everything_that_uses_it(client):
    from practices.selectors import product_group_detail

    bulk_case_studies(2, group="electricity")
    resource(1, groups=("electricity",))
    strategy(1, groups=("electricity",))
    resource(2, groups=("furniture",))
    html = client.get("/en/practices/product-groups/electricity/").content.decode()
    assert "Bulk case study 0" in html
    assert "Bulk case study 1" in html
    assert "Resource 1" in html
    assert "Resource 2" not in html
    assert "Strategy 1" in html
    assert "Core criteria" in html
    context = product_group_detail(slug="electricity")
    assert context["case_study_count"] == 2
    assert client.get("/en/practices/product-groups/no-such-group/").status_code == 404
    listing = client.get("/en/practices/product-groups/").content.decode()
    assert "/en/practices/product-groups/electricity/" in listing


def test_product_group_page_shows_market_research_and_case_studies_link_to_suppliers(client):
    from datetime import date

    from kb_site.taxonomy import ProductGroup
    from members.models import MarketResearch
    from practices.models import CaseStudyPage
    from tests.members.factories import SupportUnitFactory

    group = ProductGroup.objects.get(slug="electricity")
    MarketResearch.objects.create(
        support_unit=SupportUnitFactory(name="Zemgale GPP unit"), product_group=group,
        region="Zemgale", carried_out_on=date(2025, 3, 1), method="survey",
        findings="Nine **suppliers** offer certified green electricity.", supplier_count=9,
    )  # fmt: skip
    html = client.get("/en/practices/product-groups/electricity/").content.decode()
    assert "Zemgale GPP unit" in html
    assert "<strong>suppliers</strong>" in html
    assert "9 suppliers reached" in html
    bulk_case_studies(1, group="electricity")
    study = client.get(CaseStudyPage.objects.get().url).content.decode()
    assert 'href="/en/suppliers/criteria/electricity/"' in study


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/en/practices/strategies/feed/rss/", "Strategy 1"),
        ("/en/practices/strategies/feed/atom/", "Strategy 1"),
        ("/en/practices/resources/feed/rss/", "Resource 1"),
        ("/en/practices/resources/feed/atom/", "Resource 1"),
    ],
)
def test_new_strategies_and_resources_are_in_feeds(client, url, title):
    strategy(1)
    resource(1)
    response = client.get(url)
    assert response.status_code == 200
    assert f"<title>{title}</title>" in response.content.decode()


def test_strategies_and_resources_are_in_the_read_only_api(client):
    strategy(1)
    resource(1)
    data = json.loads(
        client.get("/api/v2/pages/?type=practices.StrategyPage&fields=period_end,actions").content
    )
    assert data["meta"]["total_count"] == 1
    assert data["items"][0]["period_end"] == 2027
    assert len(data["items"][0]["actions"]) == 4
    data = json.loads(client.get("/api/v2/pages/?type=practices.ResourcePage&fields=kind").content)
    assert data["items"][0]["kind"] == "guide"


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def document_form(file):
    from wagtail.documents import get_document_model
    from wagtail.documents.forms import get_document_form
    from wagtail.models import Collection

    form_class = get_document_form(get_document_model())
    assert issubclass(form_class, DocumentForm)
    return form_class(
        data={"title": "Tender", "collection": Collection.get_first_root_node().pk},
        files={"file": file},
        user=None,
    )


def test_a_document_of_the_right_type_is_accepted():
    form = document_form(upload("tender.pdf", PDF))
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("tender.pdf", b"MZ\x90\x00 an executable", "is named tender.pdf but is not a PDF file"),
        ("tender.exe", b"MZ\x90\x00", "Upload one of these file types"),
        ("notes.txt", b"\x00\x01\x02binary", "is named notes.txt but is not a TXT file"),
    ],
)
def test_a_document_whose_content_is_not_its_type_is_refused_with_the_reason(name, content, reason):
    form = document_form(upload(name, content))
    assert not form.is_valid()
    assert reason in str(form.errors["file"])


def test_a_document_over_the_configured_size_limit_is_refused(settings):
    settings.DOCUMENT_MAX_MB = 1
    big = io.BytesIO(PDF + b"0" * (2 * 2**20))
    form = document_form(upload("report.pdf", big.getvalue()))
    assert not form.is_valid()
    assert "The file is 2.0 MB; the limit is 1 MB." in str(form.errors["file"])
    assert "at most 1 MB" in str(form.fields["file"].help_text)

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kb_site.taxonomy import ProductGroup
from members.models import MarketResearch
from tests.members.factories import EditorFactory, SupportUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def record(client, unit, **changes):
    data = {
        "product_group": ProductGroup.objects.get(slug="furniture").pk,
        "country": "LV",
        "region": "Zemgale",
        "carried_out_on": "2026-10-01",
        "method": "survey",
        "supplier_count": 14,
        "findings": "Nine of **14** makers can supply FSC wood.",
        **changes,
    }
    return client.post(f"/en/support-units/{unit.slug}/market-research/new/", data)


def test_support_unit_staff_record_research_shown_with_the_product_groups_suppliers(client):
    unit = SupportUnitFactory.create_with_staff(name="Latvian GPP support unit")
    client.force_login(unit.staff.first())
    response = record(client, unit)
    assert response["Location"] == "/en/suppliers/criteria/furniture/"
    html = client.get("/en/suppliers/criteria/furniture/").content.decode()
    assert "Supplier survey" in html
    assert "<strong>14</strong>" in html
    assert "14 suppliers reached" in html


@pytest.mark.parametrize(
    ("who", "status"),
    [("member", 403), ("editor", 403), ("staff of another unit", 403), ("site staff", 302)],
)
def test_only_the_units_staff_record_its_research(client, who, status):
    unit = SupportUnitFactory.create_with_staff()
    users = {
        "member": UserFactory(),
        "editor": EditorFactory(),
        "staff of another unit": SupportUnitFactory.create_with_staff().staff.first(),
        "site staff": UserFactory(is_staff=True),
    }
    client.force_login(users[who])
    assert record(client, unit).status_code == status
    assert MarketResearch.objects.exists() == (status == 302)


def test_a_report_that_is_not_a_pdf_is_refused_and_the_findings_kept(client):
    unit = SupportUnitFactory.create_with_staff()
    client.force_login(unit.staff.first())
    fake = SimpleUploadedFile("report.pdf", b"GIF89a not a pdf", "application/pdf")
    response = record(client, unit, document=fake)
    html = response.content.decode()
    assert "This file is named report.pdf but is not a PDF file." in html
    assert "Nine of **14** makers" in html
    assert not MarketResearch.objects.exists()

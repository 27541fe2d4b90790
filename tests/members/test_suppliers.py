"""The supplier catalogue: offers, evidence that is checked and runs out, criteria matching."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from kb_site.taxonomy import ProductGroup
from members.models import Evidence, Membership, Organisation, SupplierOffer
from tests.members.factories import (
    CriterionFactory,
    EditorFactory,
    EvidenceFactory,
    MembershipFactory,
    OrganisationFactory,
    SupplierOfferFactory,
    SupportUnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_catalogue_filters_by_group_country_level_evidence_and_verified(client):
    core = CriterionFactory(level="core")
    comprehensive = CriterionFactory(level="comprehensive")
    desks = SupplierOfferFactory(title="Desks", country="LV")
    desks.criteria.add(comprehensive)
    EvidenceFactory(offer=desks, verified_at=timezone.now())
    chairs = SupplierOfferFactory(title="Chairs", country="HR")
    chairs.criteria.add(core)
    EvidenceFactory(offer=chairs, kind=Evidence.Kind.CERTIFICATE, name="ISO 14001")
    SupplierOfferFactory(
        title="Laptops", product_group=ProductGroup.objects.get(slug="computers-and-monitors")
    )

    def titles(query):
        html = client.get(f"/en/suppliers/?{query}").content.decode()
        cards = html.split('class="card__title">')[1:]
        return {card.split("</span>")[0].split(">")[-1].strip() for card in cards}

    assert titles("") == {"Desks", "Chairs", "Laptops"}
    assert titles("product_group=furniture") == {"Desks", "Chairs"}
    assert titles("country=LV") == {"Desks", "Laptops"}
    assert titles("level=comprehensive") == {"Desks"}
    assert titles("evidence=certificate") == {"Chairs"}
    assert titles("verified=on") == {"Desks"}


def test_verified_badge_disappears_when_the_evidence_expires(client):
    offer = SupplierOfferFactory(title="Ecolabelled cleaning")
    evidence = EvidenceFactory(offer=offer, verified_at=timezone.now())
    html = client.get("/en/suppliers/").content.decode()
    assert "✓ Verified" in html
    Evidence.objects.filter(pk=evidence.pk).update(
        valid_until=timezone.localdate() - timedelta(days=1)
    )
    html = client.get("/en/suppliers/").content.decode()
    assert "✓ Verified" not in html
    assert "0 offers found." in client.get("/en/suppliers/?verified=on").content.decode()


def test_criteria_matching_table_shows_who_meets_what(client):
    first, second = CriterionFactory(code="TS1"), CriterionFactory(code="TS2")
    a = SupplierOfferFactory(organisation__name="Alpha Furniture")
    a.criteria.add(first, second)
    b = SupplierOfferFactory(organisation__name="Beta Furniture")
    b.criteria.add(second)
    html = client.get("/en/suppliers/criteria/furniture/").content.decode()
    alpha_row = html.split("Alpha Furniture")[1].split("</tr>")[0]
    beta_row = html.split("Beta Furniture")[1].split("</tr>")[0]
    assert alpha_row.count(">meets<") == 2
    assert beta_row.count(">meets<") == 1
    assert beta_row.count(">not stated<") == 1


@pytest.fixture
def supplier():
    organisation = OrganisationFactory(kind=Organisation.Kind.MANUFACTURER)
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    return organisation, admin


def test_supplier_admin_publishes_an_offer_and_adds_evidence(client, supplier):
    organisation, admin = supplier
    criterion = CriterionFactory()
    client.force_login(admin)
    response = client.post(
        f"/en/organisations/{organisation.slug}/offers/new/",
        {"title_en": "Oak desks", "product_group": criterion.product_group_id, "country": "LV",
         "criteria": [criterion.pk], "description_en": "FSC oak."},
    )  # fmt: skip
    assert response.status_code == 302
    offer = SupplierOffer.objects.get(title="Oak desks")
    assert list(offer.criteria.all()) == [criterion]
    pdf = SimpleUploadedFile("ecolabel.pdf", b"%PDF-1.7 certificate", "application/pdf")
    client.post(
        f"/en/organisations/{organisation.slug}/offers/{offer.pk}/evidence/",
        {"kind": "ecolabel", "name": "EU Ecolabel", "valid_until": "2031-01-01", "document": pdf},
    )
    assert offer.evidence.get().document.name.startswith("suppliers/evidence/")


def test_criteria_of_another_product_group_are_refused(client, supplier):
    organisation, admin = supplier
    other = CriterionFactory(product_group=ProductGroup.objects.get(slug="electricity"))
    client.force_login(admin)
    response = client.post(
        f"/en/organisations/{organisation.slug}/offers/new/",
        {"title_en": "Desks", "product_group": CriterionFactory().product_group_id, "country": "LV",
         "criteria": [other.pk]},
    )  # fmt: skip
    assert response.status_code == 200
    assert "Choose only criteria of the offer" in response.content.decode()
    assert 'value="Desks"' in response.content.decode()
    assert not SupplierOffer.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("label.exe", b"MZ...", "application/octet-stream"),
         "Upload one of these file types: JPEG, JPG, PDF, PNG."),
        (SimpleUploadedFile("label.pdf", b"<html>not a pdf</html>", "application/pdf"),
         "This file is named label.pdf but is not a PDF file."),
        (SimpleUploadedFile("label.pdf", b"%PDF-" + b"0" * (11 * 1024 * 1024), "application/pdf"),
         "The file is 11.0 MB; the limit is 10 MB."),
    ],
)  # fmt: skip
def test_bad_evidence_files_are_refused_with_the_reason(client, supplier, upload, message):
    organisation, admin = supplier
    offer = SupplierOfferFactory(organisation=organisation)
    client.force_login(admin)
    response = client.post(
        f"/en/organisations/{organisation.slug}/offers/{offer.pk}/evidence/",
        {"kind": "ecolabel", "name": "Blue Angel", "valid_until": "2031-01-01", "document": upload},
    )
    assert message in response.content.decode()
    assert 'value="Blue Angel"' in response.content.decode()
    assert not offer.evidence.exists()


def test_only_supplier_kinds_publish_offers(client):
    municipality = OrganisationFactory(kind=Organisation.Kind.MUNICIPALITY)
    admin = MembershipFactory(organisation=municipality, role=Membership.Role.ADMIN).user
    client.force_login(admin)
    assert client.get(f"/en/organisations/{municipality.slug}/offers/new/").status_code == 403


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("anonymous", False), ("member", False), ("supplier admin", False),
     ("support-unit staff", True), ("editor", True), ("staff", True)],
)  # fmt: skip
def test_who_may_verify_evidence(client, supplier, role, allowed):
    organisation, admin = supplier
    evidence = EvidenceFactory(offer=SupplierOfferFactory(organisation=organisation))
    users = {
        "member": UserFactory(),
        "supplier admin": admin,
        "support-unit staff": SupportUnitFactory.create_with_staff().staff.first(),
        "editor": EditorFactory(),
        "staff": UserFactory(is_staff=True),
    }
    if role != "anonymous":
        client.force_login(users[role])
    response = client.post(f"/en/evidence/{evidence.pk}/verify/")
    evidence.refresh_from_db()
    assert (evidence.verified_at is not None) == allowed
    assert response.status_code == (302 if allowed or role == "anonymous" else 403)


def test_expired_evidence_cannot_be_verified(client):
    evidence = EvidenceFactory(valid_until=timezone.localdate() - timedelta(days=1))
    client.force_login(EditorFactory())
    html = client.post(f"/en/evidence/{evidence.pk}/verify/", follow=True).content.decode()
    assert "This evidence expired on" in html
    evidence.refresh_from_db()
    assert evidence.verified_at is None


@pytest.mark.parametrize("url", ["/en/suppliers/", "/en/suppliers/criteria/furniture/", "offers"])
def test_catalogue_pages_run_a_constant_number_of_queries(
    client, url, django_assert_max_num_queries
):
    criteria = [CriterionFactory(), CriterionFactory()]
    organisation = OrganisationFactory(kind=Organisation.Kind.MANUFACTURER)
    if url == "offers":
        url = f"/en/organisations/{organisation.slug}/offers/"

    def add_offers(count):
        for _ in range(count):
            offer = SupplierOfferFactory(organisation=organisation)
            offer.criteria.add(*criteria)
            EvidenceFactory(offer=offer, verified_at=timezone.now())
            EvidenceFactory(offer=offer, kind=Evidence.Kind.CERTIFICATE)

    add_offers(2)
    client.get(url)
    with django_assert_max_num_queries(12) as small:
        client.get(url)
    add_offers(18)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)


def test_catalogue_runs_four_queries_for_3_or_30_offers(client, django_assert_max_num_queries):
    """Product groups, the count, the page of offers with their badges, the evidence names."""

    def add(count):
        for _ in range(count):
            offer = SupplierOfferFactory()
            offer.criteria.add(CriterionFactory())
            EvidenceFactory(offer=offer, verified_at=timezone.now())

    add(3)
    for query in ("", "?level=core&evidence=ecolabel&verified=on&country=LV"):
        with django_assert_max_num_queries(4):
            client.get(f"/en/suppliers/{query}")
    add(27)
    for query in ("", "?level=core&evidence=ecolabel&verified=on&country=LV&page=2"):
        with django_assert_max_num_queries(4):
            assert client.get(f"/en/suppliers/{query}").status_code == 200

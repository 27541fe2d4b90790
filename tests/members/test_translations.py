"""Texts members write in both languages (django-modeltranslation): an organisation's profile and
a supplier's offers, edited in their forms and read on /en/ and /lv/."""

import pytest
from django.utils import translation

from members.models import Membership, Organisation, SupplierOffer
from tests.members.factories import (
    CriterionFactory,
    MembershipFactory,
    OrganisationFactory,
    SupplierOfferFactory,
    WorkingGroupFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A request to /lv/ leaves Latvian active in this thread: later tests expect English."""
    yield
    translation.activate("en")


def profile_form_data(organisation, **changes):
    data = {
        "name": organisation.name,
        "region": organisation.region,
        "website": organisation.website,
        "is_public": "on",
    }
    data.update(changes)
    return data


def test_admin_writes_the_profile_in_both_languages_and_each_page_shows_its_own(client):
    organisation = OrganisationFactory()
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    client.force_login(admin)
    form = client.get(f"/lv/organisations/{organisation.slug}/edit/").content.decode()
    assert 'lang="en"' in form
    assert 'lang="lv"' in form
    assert "Apraksts (latviski)" in form
    response = client.post(
        f"/lv/organisations/{organisation.slug}/edit/",
        profile_form_data(
            organisation,
            description_en="We advise municipalities on **green tenders**.",
            description_lv="Konsultējam pašvaldības par **zaļajiem iepirkumiem**.",
        ),
    )
    assert response.status_code == 302
    latvian = client.get(f"/lv/organisations/{organisation.slug}/").content.decode()
    english = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert "Konsultējam pašvaldības par <strong>zaļajiem iepirkumiem</strong>." in latvian
    assert "green tenders" not in latvian
    assert "We advise municipalities on <strong>green tenders</strong>." in english
    assert "Konsultējam" not in english


def test_a_missing_latvian_description_shows_the_english_one_marked_as_english(client):
    organisation = OrganisationFactory(description_en="Energy agency of Zemgale.")
    html = client.get(f"/lv/organisations/{organisation.slug}/").content.decode()
    assert '<div class="rich-text" lang="en"><p>Energy agency of Zemgale.</p>' in html
    html = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert '<div class="rich-text"><p>Energy agency of Zemgale.</p>' in html


def test_a_latvian_only_description_shows_on_the_english_page_marked_as_latvian(client):
    organisation = OrganisationFactory(description_lv="Zemgales enerģētikas aģentūra.")
    html = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert '<div class="rich-text" lang="lv"><p>Zemgales enerģētikas aģentūra.</p>' in html


@pytest.fixture
def supplier(client):
    organisation = OrganisationFactory(kind=Organisation.Kind.MANUFACTURER)
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    client.force_login(admin)
    return organisation


def test_an_offer_in_both_languages_shows_each_on_its_page(client, supplier):
    criterion = CriterionFactory(text_en="Wood from legal sources.", text_lv="Likumīga koksne.")
    response = client.post(
        f"/en/organisations/{supplier.slug}/offers/new/",
        {"title_en": "Oak desks", "title_lv": "Ozolkoka galdi", "country": "LV",
         "product_group": criterion.product_group_id, "criteria": [criterion.pk],
         "description_en": "Desks of FSC oak.", "description_lv": "Galdi no FSC ozola."},
    )  # fmt: skip
    assert response.status_code == 302
    offers_url = f"/organisations/{supplier.slug}/offers/"
    latvian = client.get(f"/lv{offers_url}").content.decode()
    assert "Ozolkoka galdi" in latvian
    assert "Galdi no FSC ozola." in latvian
    assert "Likumīga koksne." in latvian
    assert "Oak desks" not in latvian
    english = client.get(f"/en{offers_url}").content.decode()
    assert "Oak desks" in english
    assert "Desks of FSC oak." in english
    assert "Ozolkoka" not in english
    catalogue = client.get("/lv/suppliers/").content.decode()
    assert "<span>Ozolkoka galdi</span>" in catalogue


def test_an_offer_without_latvian_shows_english_marked_as_english(client, supplier):
    SupplierOfferFactory(organisation=supplier, title_en="Oak desks", description_en="FSC oak.")
    html = client.get(f"/lv/organisations/{supplier.slug}/offers/").content.decode()
    assert '<span lang="en">Oak desks</span>' in html
    assert '<div class="rich-text" lang="en"><p>FSC oak.</p>' in html
    assert '<span lang="en">Oak desks</span>' in client.get("/lv/suppliers/").content.decode()


def test_the_offer_form_keeps_both_languages_when_it_is_refused(client, supplier):
    criterion = CriterionFactory()
    response = client.post(
        f"/lv/organisations/{supplier.slug}/offers/new/",
        # No English title: it is required (the Latvian one is not).
        {"title_en": "", "title_lv": "Ozolkoka galdi", "country": "LV",
         "product_group": criterion.product_group_id,
         "description_en": "Desks of FSC oak.", "description_lv": "Galdi no FSC ozola."},
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Ozolkoka galdi"' in html
    assert "Desks of FSC oak.</textarea>" in html
    assert "Galdi no FSC ozola.</textarea>" in html
    assert "Piedāvājums (angliski)" in html
    assert "Piedāvājums (latviski)" in html
    assert not SupplierOffer.objects.exists()


def test_working_groups_show_their_latvian_name_on_lv(client):
    group = WorkingGroupFactory(name_en="Zemgale GPP working group", name_lv="Zemgales ZPI grupa")
    assert "Zemgales ZPI grupa" in client.get("/lv/working-groups/").content.decode()
    english = client.get(f"/en/working-groups/{group.slug}/").content.decode()
    assert "<h1>Zemgale GPP working group</h1>" in english

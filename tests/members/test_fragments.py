"""The supplier catalogue and the organisation directory keep their listing as a fragment: a
second view runs no query, a write shows at once, a hidden organisation reaches only those who
may see it (its offers nobody), and verified badges run out by day."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from members.models import Membership
from tests.members.factories import (
    EvidenceFactory,
    MembershipFactory,
    OrganisationFactory,
    SupplierOfferFactory,
    UserFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]
CATALOGUE = "/en/suppliers/"


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_second_view_of_the_catalogue_runs_no_query(monkeypatch):
    EvidenceFactory(offer=SupplierOfferFactory(title="Oak desks"), name="FSC")
    today = timezone.localdate()
    monkeypatch.setattr(timezone, "localdate", lambda *args: today)  # one day of the key
    Client().get(CATALOGUE)
    with CaptureQueriesContext(connection) as warm:
        html = Client().get(f"{CATALOGUE}").content.decode()
    assert len(warm) == 0
    assert "Oak desks" in html
    assert "FSC" in html


def test_a_new_offer_and_checked_evidence_show_at_once():
    offer = SupplierOfferFactory(title="Oak desks")
    client = Client()
    assert "✓ Verified" not in client.get(CATALOGUE).content.decode()
    evidence = EvidenceFactory(offer=offer)
    evidence.verified_at = timezone.now()
    evidence.save()
    SupplierOfferFactory(title="Birch chairs")
    html = client.get(CATALOGUE).content.decode()
    assert "✓ Verified" in html
    assert "Birch chairs" in html


def test_a_hidden_organisations_offers_reach_nobody():
    """The listing is shared by every reader because it holds public organisations only."""
    hidden = OrganisationFactory(is_public=False, kind="manufacturer")
    SupplierOfferFactory(title="Secret lamps", organisation=hidden)
    SupplierOfferFactory(title="Public lamps")
    insider = MembershipFactory(organisation=hidden, role=Membership.Role.ADMIN).user
    readers = [logged_in(insider), Client(), logged_in(UserFactory(is_staff=True)), Client()]
    for client in readers:  # the first is a miss, the others hits
        html = client.get(CATALOGUE).content.decode()
        assert "Public lamps" in html
        assert "Secret lamps" not in html


def test_the_listing_varies_on_the_query_string():
    SupplierOfferFactory(title="Latvian desks", country="LV")
    SupplierOfferFactory(title="Croatian desks", country="HR")
    Client().get(CATALOGUE)
    html = Client().get(f"{CATALOGUE}?country=HR").content.decode()
    assert "Croatian desks" in html
    assert "Latvian desks" not in html


def test_a_verified_badge_runs_out_the_next_day_without_a_write(monkeypatch):
    today = timezone.localdate()
    monkeypatch.setattr(timezone, "localdate", lambda *args: today)  # no midnight in between
    EvidenceFactory(verified_at=timezone.now(), valid_until=today)
    assert "✓ Verified" in Client().get(CATALOGUE).content.decode()
    monkeypatch.setattr(timezone, "localdate", lambda *args: today + timedelta(days=1))
    assert "✓ Verified" not in Client().get(CATALOGUE).content.decode()


# --- the organisation directory: one fragment per audience -----------------------------------

DIRECTORY = "/en/organisations/"


def test_a_second_view_of_the_directory_runs_no_query():
    OrganisationFactory(name="Tartu Energy Agency")
    Client().get(DIRECTORY)
    with CaptureQueriesContext(connection) as warm:
        html = Client().get(DIRECTORY).content.decode()
    assert len(warm) == 0
    assert "Tartu Energy Agency" in html


def test_a_hidden_organisation_reaches_only_its_members_and_staff():
    hidden = OrganisationFactory(name="Quiet Agency", is_public=False)
    OrganisationFactory(name="Loud Agency")
    insider, colleague = (MembershipFactory(organisation=hidden).user for _ in range(2))
    assert "Quiet Agency" in logged_in(insider).get(DIRECTORY).content.decode()  # a miss
    for client in (Client(), logged_in(UserFactory()), logged_in(UserFactory())):
        html = client.get(DIRECTORY).content.decode()
        assert "Loud Agency" in html
        assert "Quiet Agency" not in html
    assert "Quiet Agency" in logged_in(colleague).get(DIRECTORY).content.decode()  # a hit
    assert "Quiet Agency" in logged_in(UserFactory(is_staff=True)).get(DIRECTORY).content.decode()


def test_joining_a_hidden_organisation_shows_it_at_once():
    hidden = OrganisationFactory(name="Quiet Agency", is_public=False)
    user = UserFactory()
    client = logged_in(user)
    assert "Quiet Agency" not in client.get(DIRECTORY).content.decode()
    MembershipFactory(organisation=hidden, user=user)
    assert "Quiet Agency" in client.get(DIRECTORY).content.decode()

"""The supplier catalogue keeps its listing as a fragment: a second view runs no query, a write
shows at once, a hidden organisation's offers reach nobody, and verified badges run out by day."""

from datetime import timedelta

import pytest
from django.core.cache import cache
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

pytestmark = pytest.mark.django_db
CATALOGUE = "/en/suppliers/"


@pytest.fixture(autouse=True)
def fragments(settings):
    settings.FRAGMENT_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_second_view_of_the_catalogue_runs_no_query():
    EvidenceFactory(offer=SupplierOfferFactory(title="Oak desks"), name="FSC")
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
    EvidenceFactory(verified_at=timezone.now(), valid_until=today)
    assert "✓ Verified" in Client().get(CATALOGUE).content.decode()
    monkeypatch.setattr(timezone, "localdate", lambda *args: today + timedelta(days=1))
    assert "✓ Verified" not in Client().get(CATALOGUE).content.decode()

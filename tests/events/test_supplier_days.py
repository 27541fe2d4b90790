"""Support-unit staff gather their region's supplier meetings into a supplier day: the event
is published, every buyer and supplier admin of the chosen meetings gets a place and a
notification; others may not, and a mistake keeps what was typed."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventPage, Registration
from kb_site.taxonomy import ProductGroup
from members.meetings import meeting_request
from members.models import Notification
from tests.members.factories import (
    MembershipFactory,
    OrganisationFactory,
    SupportUnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
URL = "/en/agenda/supplier-days/new/"


@pytest.fixture
def region():
    unit = SupportUnitFactory.create_with_staff(host=OrganisationFactory(country="LV"))
    staff = unit.staff.get()
    soon = timezone.now() + timedelta(days=7)
    meetings, admins = [], []
    for number in range(3):
        supplier = OrganisationFactory(kind="manufacturer", country="LV", name=f"Supplier {number}")
        admins.append(MembershipFactory(organisation=supplier, role="admin").user)
        meetings.append(meeting_request(
            requester=UserFactory(), supplier=supplier, topic=f"Desks {number}",
            product_group=ProductGroup.objects.get(slug="furniture"), proposed_times=[soon],
        ))  # fmt: skip
    elsewhere = OrganisationFactory(kind="manufacturer", country="EE", name="Tallinn supplier")
    foreign = meeting_request(
        requester=UserFactory(), supplier=elsewhere, topic="Chairs",
        product_group=ProductGroup.objects.get(slug="furniture"), proposed_times=[soon],
    )  # fmt: skip
    return {"unit": unit, "staff": staff, "meetings": meetings, "admins": admins,
            "foreign": foreign}  # fmt: skip


def form_data(region, **changes):
    day = timezone.localdate() + timedelta(days=20)
    return {
        "unit": region["unit"].pk,
        "title": "Furniture supplier day in Jelgava",
        "summary": "Buyers meet furniture makers, one table each.",
        "start_date": day.isoformat(),
        "start_time": "09:00",
        "end_time": "15:00",
        "place": "Jelgava Palace",
        "meetings": [region["meetings"][0].pk, region["meetings"][1].pk],
        **changes,
    }


def test_staff_gather_meetings_into_a_published_supplier_day(client, region):
    client.force_login(region["staff"])
    page = client.get(URL).content.decode()
    assert "Supplier 0" in page
    assert "Tallinn supplier" not in page  # another country's meetings are not theirs
    response = client.post(URL, form_data(region))
    day = EventPage.objects.get(kind=EventPage.Kind.SUPPLIER_DAY)
    assert response["Location"] == day.url
    assert day.live
    assert list(day.organisers.all()) == [region["unit"].host]
    assert [g.slug for g in day.product_groups.all()] == ["furniture"]
    chosen = region["meetings"][:2]
    expected = {m.requester.email for m in chosen} | {a.email for a in region["admins"][:2]}
    placed = set(day.registrations.filter(status=Registration.Status.REGISTERED)
                 .values_list("email", flat=True))  # fmt: skip
    assert placed == expected
    told = Notification.objects.filter(text__contains="Furniture supplier day in Jelgava")
    assert {n.user.email for n in told} == expected
    assert region["admins"][2].email not in placed


def test_the_link_is_on_the_meetings_page_for_staff_only(client, region):
    client.force_login(region["staff"])
    assert URL in client.get("/en/meetings/").content.decode()
    client.force_login(region["admins"][0])
    assert URL not in client.get("/en/meetings/").content.decode()
    assert client.get(URL).status_code == 403


def test_a_mistake_comes_back_with_what_was_typed(client, region):
    client.force_login(region["staff"])
    response = client.post(URL, form_data(region, end_time="08:00", meetings=[]))
    assert response.status_code == 400
    html = response.content.decode()
    assert "The supplier day must end after it starts." in html
    assert "Jelgava Palace" in html
    assert not EventPage.objects.filter(kind=EventPage.Kind.SUPPLIER_DAY).exists()


def test_a_meeting_from_another_region_cannot_be_slipped_in(client, region):
    client.force_login(region["staff"])
    response = client.post(URL, form_data(region, meetings=[region["foreign"].pk]))
    assert response.status_code == 400
    assert not EventPage.objects.filter(kind=EventPage.Kind.SUPPLIER_DAY).exists()

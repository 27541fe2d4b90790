"""A buyer asks a supplier for a meeting; the supplier agrees, proposes another time or
declines; both sides hear about it; agreed meetings reach their calendars."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from members.models import Membership, Notification, Organisation, SupplierMeeting
from tests.members.factories import (
    MembershipFactory,
    OrganisationFactory,
    SupportUnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def local(days: int, hour: int) -> datetime:
    moment = timezone.localtime() + timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def field(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def supplier():
    organisation = OrganisationFactory(
        name="Baltic Eco Furniture", kind=Organisation.Kind.MANUFACTURER, country="LV"
    )
    admin = MembershipFactory(
        organisation=organisation, role=Membership.Role.ADMIN, user__preferred_language="lv"
    ).user
    return organisation, admin


@pytest.fixture
def buyer():
    return UserFactory(display_name="Anna Buyer")


def request_meeting(client, supplier, *times):
    data = {"topic": "Desks for schools", "product_group": 5, "message": "We plan a tender."}
    for number, moment in enumerate(times, start=1):
        data[f"time_{number}"] = field(moment)
    from kb_site.taxonomy import ProductGroup

    data["product_group"] = ProductGroup.objects.get(slug="furniture").pk
    return client.post(f"/en/organisations/{supplier.slug}/meetings/request/", data)


def test_buyer_requests_and_supplier_agrees(
    client, supplier, buyer, django_capture_on_commit_callbacks
):
    organisation, admin = supplier
    first, second = local(7, 10), local(8, 14)
    client.force_login(buyer)
    with django_capture_on_commit_callbacks(execute=True):
        response = request_meeting(client, organisation, first, second)
    meeting = SupplierMeeting.objects.get()
    assert response["Location"] == f"/en/meetings/{meeting.pk}/"
    # The supplier's admin is told, in their own language, by e-mail and in the site.
    assert [m.to for m in mail.outbox] == [[admin.email]]
    assert "lūdz" in mail.outbox[0].subject
    assert Notification.objects.filter(user=admin, read_at__isnull=True).count() == 1

    client.force_login(admin)
    assert "1<span" in client.get("/en/").content.decode().replace(" ", "")  # unread count
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/meetings/{meeting.pk}/answer/",
            {"action": "accept", "time": field(second), "place": "https://meet.example/desks"},
        )
    meeting.refresh_from_db()
    assert meeting.status == SupplierMeeting.Status.ACCEPTED
    assert meeting.scheduled_at == second
    assert mail.outbox[-1].to == [buyer.email]
    assert "Meeting agreed" in mail.outbox[-1].subject

    # Both calendars: the .ics download and each side's private feed.
    client.force_login(buyer)
    ics = Calendar.from_ical(client.get(f"/en/meetings/{meeting.pk}/meeting.ics").content)
    event = ics.walk("VEVENT")[0]
    assert event.decoded("dtstart") == second
    assert str(event["location"]) == "https://meet.example/desks"
    # Its URL at SITE_URL, in the language the calendar was asked in (it was always /en/).
    lv = Calendar.from_ical(client.get(f"/lv/meetings/{meeting.pk}/meeting.ics").content)
    assert str(lv.walk("VEVENT")[0]["url"]) == f"http://testserver/lv/meetings/{meeting.pk}/"
    page = client.get("/en/meetings/").content.decode()
    feed = page.split("/en/meetings/calendar/")[1].split('"')[0]
    client.logout()
    feed_events = Calendar.from_ical(client.get(f"/en/meetings/calendar/{feed}").content)
    assert len(feed_events.walk("VEVENT")) == 1


def test_supplier_proposes_another_time_and_buyer_agrees(client, supplier, buyer):
    organisation, admin = supplier
    client.force_login(buyer)
    request_meeting(client, organisation, local(5, 9))
    meeting = SupplierMeeting.objects.get()
    other = local(6, 15)
    client.force_login(admin)
    client.post(
        f"/en/meetings/{meeting.pk}/answer/",
        {"action": "counter", "time": field(other), "answer": "Morning is busy."},
    )
    meeting.refresh_from_db()
    assert meeting.status == SupplierMeeting.Status.COUNTER_PROPOSED
    client.force_login(buyer)
    assert "Morning is busy." in client.get(f"/en/meetings/{meeting.pk}/").content.decode()
    client.post(f"/en/meetings/{meeting.pk}/answer/", {"action": "accept", "time": field(other)})
    meeting.refresh_from_db()
    assert meeting.status == SupplierMeeting.Status.ACCEPTED
    assert meeting.scheduled_at == other


def test_supplier_declines_and_the_buyer_is_told(client, supplier, buyer):
    organisation, admin = supplier
    client.force_login(buyer)
    request_meeting(client, organisation, local(5, 9))
    meeting = SupplierMeeting.objects.get()
    client.force_login(admin)
    client.post(f"/en/meetings/{meeting.pk}/answer/", {"action": "decline", "answer": "Sorry."})
    meeting.refresh_from_db()
    assert meeting.status == SupplierMeeting.Status.DECLINED
    assert Notification.objects.filter(user=buyer, text__startswith="Meeting declined").exists()


def test_a_time_in_the_past_is_refused_and_the_form_kept(client, supplier, buyer):
    organisation, _admin = supplier
    client.force_login(buyer)
    response = request_meeting(client, organisation, local(-1, 9))
    assert response.status_code == 200
    assert "Propose a time in the future." in response.content.decode()
    assert 'value="Desks for schools"' in response.content.decode()
    assert not SupplierMeeting.objects.exists()


def test_the_buyer_cannot_answer_for_the_supplier(client, supplier, buyer):
    organisation, _admin = supplier
    client.force_login(buyer)
    request_meeting(client, organisation, local(5, 9))
    meeting = SupplierMeeting.objects.get()
    response = client.post(
        f"/en/meetings/{meeting.pk}/answer/",
        {"action": "accept", "time": field(local(5, 9))},
        follow=True,
    )
    meeting.refresh_from_db()
    assert meeting.status == SupplierMeeting.Status.REQUESTED
    assert "It is not your turn to answer this meeting." in response.content.decode()


MATRIX = {
    # who: may see the meeting page
    "anonymous": 302,
    "other member": 404,
    "buyer": 200,
    "supplier admin": 200,
    "supplier member (not admin)": 404,
    "support-unit staff in the supplier's country": 200,
    "support-unit staff elsewhere": 404,
    "staff": 200,
}


@pytest.mark.parametrize("who", MATRIX)
def test_who_sees_a_meeting(client, supplier, buyer, who):
    organisation, admin = supplier
    client.force_login(buyer)
    request_meeting(client, organisation, local(5, 9))
    meeting = SupplierMeeting.objects.get()
    client.logout()
    users = {
        "other member": UserFactory(),
        "buyer": buyer,
        "supplier admin": admin,
        "supplier member (not admin)": MembershipFactory(organisation=organisation).user,
        "support-unit staff in the supplier's country": SupportUnitFactory.create_with_staff(
            host__country="LV"
        ).staff.first(),
        "support-unit staff elsewhere": SupportUnitFactory.create_with_staff(
            host__country="HR"
        ).staff.first(),
        "staff": UserFactory(is_staff=True),
    }
    if who != "anonymous":
        client.force_login(users[who])
    assert client.get(f"/en/meetings/{meeting.pk}/").status_code == MATRIX[who]


def test_support_unit_staff_see_their_countrys_meetings_but_do_not_answer(client, supplier, buyer):
    organisation, _admin = supplier
    staff = SupportUnitFactory.create_with_staff(host__country="LV").staff.first()
    client.force_login(buyer)
    request_meeting(client, organisation, local(5, 9))
    meeting = SupplierMeeting.objects.get()
    client.force_login(staff)
    assert "Desks for schools" in client.get("/en/meetings/").content.decode()
    response = client.post(f"/en/meetings/{meeting.pk}/answer/", {"action": "decline"})
    assert response.status_code == 403


def test_a_wrong_calendar_token_finds_nothing(client):
    assert client.get("/en/meetings/calendar/not-a-token.ics").status_code == 404


def test_meeting_list_query_count_is_flat(client, supplier, buyer, django_assert_max_num_queries):
    organisation, _admin = supplier
    client.force_login(buyer)
    request_meeting(client, organisation, local(5, 9))
    client.get("/en/meetings/")
    with django_assert_max_num_queries(14) as small:
        client.get("/en/meetings/")
    budget = len(small.captured_queries)  # read now: every request clears Django's query log
    for day in range(10):
        request_meeting(client, organisation, local(6 + day, 9))
    with django_assert_max_num_queries(budget):
        client.get("/en/meetings/")

"""Registering, the waiting list, guests confirming by e-mail, organisers' list and CSV."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from events import services, tokens
from events.models import Registration
from tests.events.factories import event
from tests.members.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
R = Registration.Status


def statuses(page):
    return {r.email: r.status for r in Registration.objects.filter(event=page)}


def test_member_registers_and_sees_the_join_link(client):
    page = event(1, join_url="https://meet.example.eu/secret")
    user = UserFactory()
    client.force_login(user)
    assert "meet.example.eu/secret" not in client.get(page.url).content.decode()
    response = client.post(f"/en/agenda/{page.pk}/register/", follow=True)
    html = response.content.decode()
    assert "You are registered." in html
    assert "meet.example.eu/secret" in html
    client.logout()
    assert "meet.example.eu/secret" not in client.get(page.url).content.decode()


def test_full_event_puts_people_on_the_waiting_list_and_promotes_on_cancel(
    client, django_capture_on_commit_callbacks
):
    page = event(1, capacity=2)
    first, second, third, fourth = (UserFactory() for _ in range(4))
    with django_capture_on_commit_callbacks(execute=True):
        for user in (first, second, third, fourth):
            services.registration_create(event=page, user=user)
    assert statuses(page) == {first.email: R.REGISTERED, second.email: R.REGISTERED,
                              third.email: R.WAITING, fourth.email: R.WAITING}  # fmt: skip
    mail.outbox.clear()
    client.force_login(second)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/agenda/{page.pk}/cancel/")
    assert statuses(page)[third.email] == R.REGISTERED  # the one waiting longest
    assert statuses(page)[fourth.email] == R.WAITING
    assert [m.to for m in mail.outbox] == [[third.email]]
    assert "A place is free for you" in mail.outbox[0].subject


def test_two_cancellations_promote_two_different_people():
    page = event(1, capacity=2)
    users = [UserFactory() for _ in range(5)]
    regs = [services.registration_create(event=page, user=u).registration for u in users]
    promoted_a = services.registration_cancel(registration=regs[0])
    promoted_b = services.registration_cancel(registration=regs[1])
    assert {promoted_a.email, promoted_b.email} == {users[2].email, users[3].email}
    # Cancelling twice promotes nobody the second time.
    assert services.registration_cancel(registration=regs[0]) is None
    seats = Registration.objects.filter(event=page, status=R.REGISTERED).values_list(
        "seat", flat=True
    )
    assert sorted(seats) == [1, 2]


def test_registration_after_deadline_is_refused_with_a_message(client):
    page = event(1, registration_deadline=timezone.now() - timedelta(hours=1))
    client.force_login(UserFactory())
    response = client.post(f"/en/agenda/{page.pk}/register/", follow=True)
    assert "registration deadline for this event has passed" in response.content.decode()
    assert not Registration.objects.exists()


def test_guest_registers_for_public_webinar_with_email_confirmation(
    client, django_capture_on_commit_callbacks
):
    page = event(1, open_to_public=True, capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/agenda/{page.pk}/register/",
                    {"name": "Ana", "email": "ana@example.pt", "language": "en"})  # fmt: skip
    assert statuses(page) == {"ana@example.pt": R.PENDING}
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    assert "confirm" in link
    assert client.get(link).status_code == 200  # a mail scanner's GET changes nothing
    assert statuses(page) == {"ana@example.pt": R.PENDING}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)
    assert "You are registered." in response.content.decode()
    assert statuses(page) == {"ana@example.pt": R.REGISTERED}


@pytest.mark.parametrize("language", ["en", "lv"])
def test_the_confirmation_mail_carries_nothing_the_guest_typed(
    client, django_capture_on_commit_callbacks, language
):
    # Anyone can type anyone's address: the mail to it must not carry their text.
    page = event(1, open_to_public=True)
    name = "Visit https://evil.example/win now"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/{language}/agenda/{page.pk}/register/",
                    {"name": name, "email": "ana@example.pt", "language": language})  # fmt: skip
    (message,) = mail.outbox
    assert "evil.example" not in message.subject + message.body
    assert "Visit" not in message.body
    assert ("Labdien!" if language == "lv" else "Hello,") in message.body
    assert f"http://testserver/{language}/" in message.body


def test_guest_form_keeps_what_was_typed(client):
    page = event(1, open_to_public=True)
    response = client.post(f"/en/agenda/{page.pk}/register/", {"name": "Ana", "email": "nope"})
    assert response.status_code == 400
    assert 'value="Ana"' in response.content.decode()


def test_guests_cannot_register_for_members_only_events(client):
    page = event(1)
    response = client.post(f"/en/agenda/{page.pk}/register/", {"name": "A", "email": "a@b.eu"})
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_tampered_and_expired_confirmation_links_get_a_message(client):
    page = event(1, open_to_public=True)
    registration = services.registration_create(
        event=page, email="x@example.eu", name="X"
    ).registration
    url = tokens.registration_confirm_url(registration).removeprefix("http://testserver")
    tampered = client.get(url[:-3] + "xx/")
    assert tampered.status_code == 400
    assert "not valid" in tampered.content.decode()
    later = timezone.now() + timedelta(days=4)
    from unittest import mock

    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        expired = client.get(url)
    assert expired.status_code == 400
    assert "expired" in expired.content.decode()


def test_cancel_link_in_the_email_frees_the_place(client):
    page = event(1, capacity=1)
    user, waiting = UserFactory(), UserFactory()
    registration = services.registration_create(event=page, user=user).registration
    services.registration_create(event=page, user=waiting)
    url = tokens.registration_cancel_url(registration).removeprefix("http://testserver")
    client.post(url)
    assert statuses(page) == {user.email: R.CANCELLED, waiting.email: R.REGISTERED}


def test_organiser_exports_csv_and_marks_attendance(client):
    organiser = OrganisationFactory()
    admin = MembershipFactory(organisation=organiser, role="admin").user
    page = event(1, organisers=[organiser])
    came, absent = UserFactory(first_name="Came"), UserFactory(first_name="Absent")
    for user in (came, absent):
        services.registration_create(event=page, user=user)
    client.force_login(admin)
    csv_text = client.get(f"/en/agenda/{page.pk}/participants.csv").content.decode("utf-8-sig")
    assert came.email in csv_text
    assert csv_text.splitlines()[0].startswith("Name,E-mail address,Status")
    registration = Registration.objects.get(email=came.email)
    client.post(f"/en/agenda/{page.pk}/participants/", {"attended": [registration.pk]})
    assert Registration.objects.get(email=came.email).attended is True
    assert Registration.objects.get(email=absent.email).attended is False


def test_guest_registering_again_gets_the_link_again(client, django_capture_on_commit_callbacks):
    page = event(1, open_to_public=True)
    data = {"name": "Ana", "email": "ana@example.pt", "language": "lv"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/agenda/{page.pk}/register/", data)
        client.post(f"/en/agenda/{page.pk}/register/", data)
    assert Registration.objects.count() == 1
    assert [m.to for m in mail.outbox] == [["ana@example.pt"], ["ana@example.pt"]]
    assert "/lv/" in mail.outbox[1].body  # in the language chosen

"""Invitations arrive exactly once: one Delivery row per address, claimed, sent, resumable."""

import smtplib
from collections import Counter
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events import delivery, services
from events.models import (
    Delivery,
    EventInvitation,
    NewsletterIssue,
    Registration,
    ReminderSent,
    Subscriber,
)
from kb_site.taxonomy import ProductGroup
from tests.events.factories import SubscriberFactory, event, news
from tests.members.factories import (
    EditorFactory,
    UserFactory,
    WorkingGroupFactory,
    WorkingGroupMemberFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation():
    furniture = ProductGroup.objects.get(slug="furniture")
    page = event(1, country="LV", product_groups=[furniture])
    SubscriberFactory.create_batch(7)  # no topics: all
    SubscriberFactory(countries=["PT"])  # another country: not invited
    SubscriberFactory(confirmed_at=None)  # never confirmed
    SubscriberFactory(unsubscribed_at=timezone.now())
    group = WorkingGroupFactory()
    member = WorkingGroupMemberFactory(group=group).user
    SubscriberFactory(email=member.email)  # a subscriber and a member: one e-mail
    invitation = EventInvitation.objects.create(
        event=page, to_subscribers=True, working_group=group, test_sent_at=timezone.now()
    )
    return invitation


def received():
    return Counter(address for message in mail.outbox for address in message.to)


def test_each_recipient_once_even_when_started_twice(
    invitation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.invitation_start(invitation=invitation) == 8
    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.invitation_start(invitation=invitation) == 0
    counts = received()
    assert len(counts) == 8
    assert set(counts.values()) == {1}
    invitation.refresh_from_db()
    assert invitation.status == EventInvitation.Status.DONE
    message = mail.outbox[0]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")


def test_a_worker_dying_after_claiming_loses_and_doubles_nothing(invitation):
    # Recipients are written, but no batch runs (the worker process is gone).
    with mock.patch.object(delivery, "_enqueue_batches"):
        delivery.invitation_start(invitation=invitation)
    claim = delivery.deliveries_claim(invitation_id=invitation.pk, limit=5)
    # ...it sends three of its five, then dies.
    claimed = list(Delivery.objects.filter(claim=claim).order_by("pk"))
    for row in claimed[:3]:
        mail.send_mail("x", "x", None, [row.email])
        Delivery.objects.filter(pk=row.pk).update(status=Delivery.Status.SENT)
    # Another worker starts meanwhile: it cannot take the dead worker's rows.
    other = delivery.deliveries_claim(invitation_id=invitation.pk)
    assert Delivery.objects.filter(claim=other).count() == 3
    delivery.deliveries_send(claim=other)
    assert Delivery.objects.filter(status=Delivery.Status.CLAIMED).count() == 2
    # Too early: the lease has not run out, nothing is released.
    assert delivery.invitation_resume(send=False) == {f"invitation {invitation.pk}": 0}
    later = timezone.now() + delivery.CLAIM_LEASE + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("invitations_resume", stdout=open("/dev/null", "w"))  # noqa: SIM115
    counts = received()
    assert len(counts) == 8
    assert set(counts.values()) == {1}
    assert not Delivery.objects.exclude(status=Delivery.Status.SENT).exists()


def test_failure_is_retried_with_back_off_then_sent_once(invitation):
    with mock.patch.object(delivery, "_enqueue_batches"):
        delivery.invitation_start(invitation=invitation)
    real_send = mail.EmailMessage.send
    with mock.patch.object(mail.EmailMessage, "send", side_effect=smtplib.SMTPServerDisconnected):
        delivery.send_batch.call(invitation_id=invitation.pk)
    rows = Delivery.objects.all()
    assert {r.status for r in rows} == {Delivery.Status.PENDING}
    assert all(r.attempts == 1 and r.next_attempt_at > timezone.now() for r in rows)
    assert not mail.outbox
    # Not due yet: a batch now sends nothing.
    delivery.send_batch.call(invitation_id=invitation.pk)
    assert not mail.outbox
    later = timezone.now() + timedelta(minutes=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        delivery.send_batch.call(invitation_id=invitation.pk)
    assert real_send is mail.EmailMessage.send
    assert set(received().values()) == {1}
    assert len(received()) == 8


def test_repeated_hard_failures_mark_the_subscriber_undeliverable(invitation):
    bad = Subscriber.objects.get(email=SubscriberFactory._meta.model.objects.first().email)
    refused = smtplib.SMTPRecipientsRefused({bad.email: (550, b"no such user")})

    def send(self, *args, **kwargs):
        if self.to == [bad.email]:
            raise refused
        return 1

    for _number in range(delivery.HARD_BOUNCES_UNDELIVERABLE):
        copy = EventInvitation.objects.create(
            event=invitation.event, to_subscribers=True, test_sent_at=timezone.now()
        )
        with mock.patch.object(delivery, "_enqueue_batches"):
            delivery.invitation_start(invitation=copy)
        with mock.patch.object(mail.EmailMessage, "send", send):
            delivery.send_batch.call(invitation_id=copy.pk)
        assert Delivery.objects.get(invitation=copy, email=bad.email).status == "failed"
    bad.refresh_from_db()
    assert bad.undeliverable
    assert bad.email not in delivery.recipients(invitation)


def test_sending_needs_a_test_send_first(client, django_capture_on_commit_callbacks):
    page = event(1)
    SubscriberFactory()
    editor = EditorFactory()
    client.force_login(editor)
    data = {"event": page.pk, "to_subscribers": "on", "message": "Come!"}
    response = client.post("/en/agenda/invitations/new/", data)
    invitation = EventInvitation.objects.get()
    assert response.url == f"/en/agenda/invitations/{invitation.pk}/"
    assert "Come!" in client.get(response.url).content.decode()  # the preview
    response = client.post(response.url, {"action": "send"}, follow=True)
    assert "Send a test to yourself first" in response.content.decode()
    assert not Delivery.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/agenda/invitations/{invitation.pk}/", {"action": "test"})
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert mail.outbox[0].subject.startswith("[TEST]")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/agenda/invitations/{invitation.pk}/", {"action": "send"})
    assert Delivery.objects.get().status == Delivery.Status.SENT
    html = client.get(f"/en/agenda/invitations/{invitation.pk}/").content.decode()
    assert "1 of 1 sent" in html


def test_invitation_form_needs_an_audience(client):
    client.force_login(EditorFactory())
    response = client.post("/en/agenda/invitations/new/", {"event": event(1).pk})
    assert response.status_code == 400
    assert "Choose at least one audience" in response.content.decode()


def test_reminders_a_day_and_an_hour_before_go_once(django_capture_on_commit_callbacks):
    start = timezone.now() + timedelta(hours=20)
    page = event(1, when=start)
    user = UserFactory()
    services.registration_create(event=page, user=user)
    page.open_to_public = True
    page.save()
    services.registration_create(event=page, email="guest@example.eu", name="Guest")  # pending
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send() == 1
        assert services.reminders_send() == 0
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "Tomorrow" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(now=start - timedelta(minutes=50)) == 1
        assert services.reminders_send(now=start - timedelta(minutes=40)) == 0
    assert "In an hour" in mail.outbox[1].subject
    assert ReminderSent.objects.count() == 2
    assert Registration.objects.get(user=user).reminders.count() == 2


def test_newsletter_issue_suggests_recent_items_and_goes_to_subscribers_once(
    client, django_capture_on_commit_callbacks
):
    recent = news(1, title="Fresh news", date=timezone.now().date())
    news(2, title="Old news", date=(timezone.now() - timedelta(days=60)).date())
    coming = event(1, title="Next webinar")
    SubscriberFactory.create_batch(3)
    SubscriberFactory(unsubscribed_at=timezone.now())
    client.force_login(EditorFactory())
    form = client.get("/en/agenda/newsletter/issues/new/").context["form"]
    assert recent in form.initial["news"]
    assert [n.title for n in form.initial["news"]] == ["Fresh news"]
    assert coming in form.initial["events"]
    response = client.post("/en/agenda/newsletter/issues/new/",
                           {"subject": "GPP news, November", "news": [recent.pk],
                            "events": [coming.pk]})  # fmt: skip
    issue = NewsletterIssue.objects.get()
    assert response.url == f"/en/agenda/newsletter/issues/{issue.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(response.url, {"action": "test"})
        client.post(response.url, {"action": "send"})
        client.post(response.url, {"action": "send"})  # a double click
    issue_mails = [m for m in mail.outbox if not m.subject.startswith("[TEST]")]
    assert len(issue_mails) == 3
    assert len({m.to[0] for m in issue_mails}) == 3
    assert "Fresh news" in issue_mails[0].body
    assert "Next webinar" in issue_mails[0].body
    assert "List-Unsubscribe" in issue_mails[0].extra_headers
    issue.refresh_from_db()
    assert issue.status == "done"


def test_newsletter_issue_needs_content(client):
    client.force_login(EditorFactory())
    response = client.post("/en/agenda/newsletter/issues/new/", {"subject": "Empty"})
    assert response.status_code == 400
    assert "Choose at least one" in response.content.decode()


def test_topics_decide_which_subscribers_are_invited():
    furniture = ProductGroup.objects.get(slug="furniture")
    electricity = ProductGroup.objects.get(slug="electricity")
    everything = SubscriberFactory(email="all@example.eu")
    furniture_fan = SubscriberFactory(email="furniture@example.eu")
    furniture_fan.product_groups.add(furniture)
    power_fan = SubscriberFactory(email="power@example.eu")
    power_fan.product_groups.add(electricity)
    SubscriberFactory(email="training-only@example.eu", event_kinds=["training"])
    SubscriberFactory(email="portugal@example.eu", countries=["PT"])
    on_furniture = event(1, country="LV", product_groups=[furniture])
    general = event(2, country="LV")

    def invited(page):
        return {s.email for s in delivery.matching_subscribers(page)}

    assert invited(on_furniture) == {everything.email, furniture_fan.email}
    assert invited(general) == {everything.email, furniture_fan.email, power_fan.email}

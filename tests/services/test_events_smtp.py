"""Invitations through a real SMTP peer (aiosmtpd): count what arrives. Nothing is lost and
nothing doubled, when the send is started twice and when the relay is down at first."""

from collections import Counter

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone

from events import delivery
from events.models import Delivery, EventInvitation
from tests.events.factories import SubscriberFactory, event
from tests.services.test_smtp import Inbox, free_port

pytestmark = pytest.mark.services
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend",
                              "QUEUES": ["default", "email", "search"]}}  # fmt: skip


def use_smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""


def invitation_for(subscribers: int) -> EventInvitation:
    page = event(1)
    SubscriberFactory.create_batch(subscribers)
    return EventInvitation.objects.create(event=page, test_sent_at=timezone.now())


def work():
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False)


def arrived(inbox: Inbox) -> Counter:
    return Counter(address for recipients, _body in inbox.messages for address in recipients)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_started_twice_over_smtp_each_subscriber_gets_one(settings):
    settings.TASKS = DATABASE_TASKS
    port = free_port()
    use_smtp(settings, port)
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        invitation = invitation_for(250)
        delivery.invitation_start(invitation=invitation)
        delivery.invitation_start(invitation=invitation)  # an editor's double click
        work()
        work()
    finally:
        controller.stop()
    counts = arrived(inbox)
    assert len(counts) == 250
    assert set(counts.values()) == {1}
    assert "List-Unsubscribe=One-Click" in inbox.messages[0][1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_relay_down_for_the_first_attempts_then_everyone_once(settings):
    settings.TASKS = DATABASE_TASKS
    port = free_port()  # nothing listens yet
    use_smtp(settings, port)
    invitation = invitation_for(120)
    delivery.invitation_start(invitation=invitation)
    work()  # first attempt: refused
    pending = Delivery.objects.filter(status=Delivery.Status.PENDING)
    assert pending.count() == 120
    assert all(row.attempts == 1 and row.error for row in pending)
    # Second attempt, still down (the back-off is skipped by moving the clock).
    Delivery.objects.update(next_attempt_at=timezone.now())
    call_command("invitations_resume", stdout=open("/dev/null", "w"))  # noqa: SIM115
    work()
    assert Delivery.objects.filter(status=Delivery.Status.PENDING, attempts=2).count() == 120
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        Delivery.objects.update(next_attempt_at=timezone.now())
        call_command("invitations_resume", stdout=open("/dev/null", "w"))  # noqa: SIM115
        work()
        work()
    finally:
        controller.stop()
    counts = arrived(inbox)
    assert len(counts) == 120
    assert set(counts.values()) == {1}
    assert EventInvitation.objects.get().status == EventInvitation.Status.DONE

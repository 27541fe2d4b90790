from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.utils import timezone

from kb_site.mail import email_enqueue

pytestmark = pytest.mark.django_db


def test_queued_email_is_delivered_once_with_its_html_and_headers():
    message = EmailMultiAlternatives(
        subject="Round table in Jelgava",
        body="Plain text",
        from_email="GPP Commons <no-reply@gpp-commons.eu>",
        to=["anna@example.lv"],
        headers={"List-Unsubscribe": "<https://gpp-commons.eu/u/1>"},
    )
    message.attach_alternative("<p>HTML</p>", "text/html")
    email_enqueue(message=message)
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert (sent.subject, sent.to, sent.body) == (
        "Round table in Jelgava",
        ["anna@example.lv"],
        "Plain text",
    )
    assert sent.alternatives[0][0] == "<p>HTML</p>"
    assert sent.extra_headers["List-Unsubscribe"] == "<https://gpp-commons.eu/u/1>"


# The worker closes database connections between tasks, as a real worker process does, so
# these tests run outside the test transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps migrated rows
def test_with_the_database_backend_a_worker_sends_the_email(settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": ["default", "email", "search"],
        }
    }
    email_enqueue(
        message=EmailMultiAlternatives(
            subject="Webinar", body="Join us", from_email="a@gpp.eu", to=["b@example.lv"]
        )
    )
    assert mail.outbox == []  # queued, not sent in the request
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False)
    assert [m.subject for m in mail.outbox] == ["Webinar"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps migrated rows
def test_a_relay_that_is_down_gets_the_email_later_exactly_once(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["email"]}
    }
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens: refused
    email_enqueue(
        message=EmailMultiAlternatives(
            subject="Round table", body="Agenda", from_email="a@gpp.eu", to=["b@example.lv"]
        )
    )
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False)
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after > timezone.now() + timedelta(minutes=1)  # deferred, not lost
    assert mail.outbox == []

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # relay is back
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # time has passed
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False)
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False)
    assert [m.subject for m in mail.outbox] == ["Round table"]

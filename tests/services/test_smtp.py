"""E-mail through a real SMTP peer (aiosmtpd): it arrives once, and a relay that is down
loses nothing."""

import re
import socket

import pytest
from aiosmtpd.controller import Controller
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.utils import timezone

pytestmark = pytest.mark.services
LINK = re.compile(r"https?://testserver(/\S+)")


class Inbox:
    """aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.messages: list[tuple[list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.content.decode("utf8", "replace")))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[str]:
        return [body for recipients, body in self.messages if address in recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_port():
    return free_port()


@pytest.fixture
def inbox(settings, smtp_port):
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp_port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield handler
    controller.stop()


def signup(client, email):
    return client.post(
        "/en/accounts/signup/",
        {"email": email, "display_name": "Anna", "password1": "round-table-77",
         "password2": "round-table-77"},
    )  # fmt: skip


def decoded(body: str) -> str:
    """The text of a MIME message, with quoted-printable soft breaks undone."""
    import email

    message = email.message_from_string(body)
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    return part.get_payload(decode=True).decode(part.get_content_charset() or "utf8")


@pytest.mark.django_db
def test_verification_email_arrives_over_smtp_once_and_verifies(client, inbox):
    assert signup(client, "anna@example.lv").status_code == 302
    received = inbox.to("anna@example.lv")
    assert len(received) == 1
    link = LINK.search(decoded(received[0])).group(1)
    client.post(link)
    assert EmailAddress.objects.get(email="anna@example.lv").verified


@pytest.mark.django_db
def test_password_reset_email_arrives_over_smtp(client, inbox, user):
    client.post("/en/accounts/password/reset/", {"email": user.email})
    received = inbox.to(user.email)
    assert len(received) == 1
    assert "/en/accounts/password/reset/key/" in decoded(received[0])


@pytest.mark.django_db
def test_sign_up_while_the_relay_is_down_is_no_error_page(client, settings, smtp_port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp_port  # nothing listens yet
    response = signup(client, "janis@example.lv")
    assert response.status_code == 302  # the visitor goes on to "check your e-mail"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps migrated rows
def test_relay_down_then_back_delivers_each_email_exactly_once(client, settings, smtp_port):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend",
                                  "QUEUES": ["default", "email", "search"]}}  # fmt: skip
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp_port
    assert signup(client, "ilze@example.lv").status_code == 302

    def work():
        call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False)

    work()  # the relay is down: the task defers a retry instead of losing the message
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after > timezone.now()

    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
        work()
        work()  # a second pass sends nothing twice
    finally:
        controller.stop()
    assert len(handler.to("ilze@example.lv")) == 1

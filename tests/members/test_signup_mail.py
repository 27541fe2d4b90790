"""Sign-up answers a registered address as it answers a new one, and mails nothing chosen by
the signer: anyone can sign up any address, so the e-mail must not carry their text."""

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail

from kb_site.tasks import send_email
from members.models import User
from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "round-table-riga-77"
HOSTILE_NAME = "Visit https://evil.example/claim to keep your account"


def signup(client, email, language="en"):
    data = {
        "email": email,
        "display_name": HOSTILE_NAME,
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    return client.post(f"/{language}/accounts/signup/", data)


def mail_text(message) -> str:
    html = "".join(content for content, _type in getattr(message, "alternatives", []))
    return f"{message.subject}\n{message.body}\n{html}"


@pytest.fixture
def queued(monkeypatch):
    """E-mail tasks enqueued, kept instead of run: whatever reaches mail.outbox meanwhile was
    sent some other way, inside the request."""
    tasks = []

    class Queue:
        def enqueue(self, **kwargs):
            tasks.append(kwargs)

    monkeypatch.setattr("kb_site.mail.send_email", Queue())
    return tasks


@pytest.mark.parametrize("registered", [False, True], ids=["new address", "registered address"])
def test_both_sign_up_paths_mail_only_through_the_task_queue(client, queued, registered):
    email = "anna@example.lv"
    if registered:
        UserFactory(email=email)
    response = signup(client, email)
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert len(queued) == 1
    assert mail.outbox == []
    send_email.enqueue(**queued[0])  # the task, run as the worker runs it
    assert [message.to for message in mail.outbox] == [[email]]


@pytest.mark.parametrize("registered", [False, True], ids=["new address", "registered address"])
def test_both_sign_up_paths_hash_the_password(client, monkeypatch, registered):
    # A new account's slowest step is hashing its password; a registered address skipped it
    # and answered in half the time, telling who is registered.
    hashed = []
    encode = MD5PasswordHasher.encode  # the test settings' hasher

    def counted(self, password, salt):
        hashed.append(password)
        return encode(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counted)
    if registered:
        UserFactory(email="anna@example.lv")
        hashed.clear()
    signup(client, "anna@example.lv")
    assert hashed == [PASSWORD]


@pytest.mark.parametrize("language", ["en", "lv"])
@pytest.mark.parametrize("registered", [False, True], ids=["new address", "registered address"])
def test_sign_up_mails_leave_out_the_display_name_typed(client, registered, language):
    email = "victim@example.lv"
    if registered:
        UserFactory(email=email, display_name="Vita Ozola")
    signup(client, email, language=language)
    assert User.objects.filter(email=email).count() == 1
    [message] = mail.outbox
    assert message.to == [email]
    text = mail_text(message)
    assert HOSTILE_NAME not in text
    assert "evil.example" not in text
    assert "Visit" not in text
    # What the mail is for is still there: the site's own link, in the visitor's language.
    assert f"http://testserver/{language}/accounts/" in text
    if language == "lv":
        assert "ar šo e-pasta adresi" in text


def test_adding_an_address_mails_it_without_the_members_name(client):
    member = UserFactory(display_name=HOSTILE_NAME)
    client.force_login(member)
    response = client.post(
        "/en/accounts/email/", {"email": "someone-else@example.lv", "action_add": ""}
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["someone-else@example.lv"]
    text = mail_text(message)
    assert "evil.example" not in text
    assert "http://testserver/en/accounts/confirm-email/" in text

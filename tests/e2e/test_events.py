"""Events in the browser: the waiting list moving up, and a newsletter reader's whole path."""

import re

from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from events import delivery, services
from events.models import EventInvitation, Subscriber
from tests.e2e.test_network import new_page
from tests.events.factories import event
from tests.members.factories import EditorFactory, UserFactory


def path_in(message, contains="") -> str:
    links = re.findall(r"https?://[^/\s]+(/\S+)", message.body)
    return next(link for link in links if contains in link)


def test_waiting_list_moves_up_when_a_place_frees(browser, live_server):
    page_obj = event(1, title="Furniture market dialogue", capacity=1,
                     join_url="https://meet.example.eu/room")  # fmt: skip
    first = new_page(browser, live_server, UserFactory(email="first@example.lv"))
    second = new_page(browser, live_server, UserFactory(email="second@example.lv"))
    first.goto(page_obj.url)
    first.get_by_role("button", name="Register").click()
    expect(first.get_by_text("You are registered.").first).to_be_visible()
    expect(first.get_by_role("link", name="Join the event online")).to_be_visible()

    second.goto(page_obj.url)
    second.get_by_role("button", name="Join the waiting list").click()
    expect(second.get_by_text("you are on the waiting list").first).to_be_visible()
    expect(second.get_by_role("link", name="Join the event online")).to_have_count(0)

    mail.outbox.clear()
    first.get_by_role("button", name="Cancel my registration").click()
    expect(first.get_by_text("Your registration is cancelled.")).to_be_visible()
    assert [m.to for m in mail.outbox] == [["second@example.lv"]]
    second.reload()
    expect(second.get_by_text("You are registered.")).to_be_visible()
    expect(second.get_by_role("link", name="Join the event online")).to_be_visible()


def test_subscribe_confirm_invited_register_reminded_unsubscribe(page, browser, live_server):
    webinar = event(1, title="Green electricity webinar", open_to_public=True, capacity=100,
                    when=timezone.now() + timezone.timedelta(hours=20))  # fmt: skip
    # Subscribe, with a typo first: the form keeps what was typed.
    page.goto("/en/agenda/newsletter/")
    page.get_by_label("Your e-mail address").fill("ana@example")
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_label("Your e-mail address")).to_have_value("ana@example")
    page.get_by_label("Your e-mail address").fill("ana@example.pt")
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()

    # Confirm from the e-mail.
    (confirmation,) = mail.outbox
    page.goto(path_in(confirmation, "/confirm/"))
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_text("your subscription is confirmed")).to_be_visible()
    assert Subscriber.objects.get().is_active

    # An editor previews, tests and sends the invitation (through the pages).
    editor = new_page(browser, live_server, EditorFactory(email="editor@example.lv"))
    editor.goto("/en/agenda/invitations/new/")
    editor.locator("#id_event").select_option(str(webinar.pk))
    editor.get_by_role("button", name="Preview").click()
    assert not [v for v in Axe().run(editor).response["violations"]
                if v["impact"] in {"serious", "critical"}]  # fmt: skip
    editor.get_by_role("button", name="Send a test to me").click()
    editor.get_by_role("button", name="Send to everyone").click()
    expect(editor.get_by_text("1 of 1 sent")).to_be_visible()
    invitation_mail = [m for m in mail.outbox if m.to == ["ana@example.pt"]][-1]
    assert "Green electricity webinar" in invitation_mail.subject
    assert invitation_mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert EventInvitation.objects.get().status == EventInvitation.Status.DONE

    # Register from the invitation, without an account, and confirm the address.
    page.goto(path_in(invitation_mail, "/events/"))
    page.get_by_label("Your name").fill("Ana Silva")
    page.get_by_label("Your e-mail address").fill("ana@example.pt")
    page.get_by_role("button", name="Register").first.click()
    expect(page.get_by_text("Almost done")).to_be_visible()
    page.goto(path_in(mail.outbox[-1], "/registration/confirm/"))
    page.get_by_role("button", name="Confirm my registration").click()
    expect(page.get_by_text("You are registered.")).to_be_visible()

    # The reminder a day before arrives once.
    mail.outbox.clear()
    services.reminders_send()
    services.reminders_send()
    assert [m.subject for m in mail.outbox] == ["[GPP Commons] Tomorrow: Green electricity webinar"]

    # One click in the mail client: a POST to the List-Unsubscribe address, no cookie, no page.
    url = re.sub(r"^https?://[^/]+", "", invitation_mail.extra_headers["List-Unsubscribe"][1:-1])
    response = page.request.post(live_server.url + url, form={"List-Unsubscribe": "One-Click"})
    assert response.ok
    assert not Subscriber.objects.get().is_active
    assert delivery.recipients(EventInvitation.objects.get()) == {}

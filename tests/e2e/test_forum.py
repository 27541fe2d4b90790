"""The forum in a browser: a conversation with a quote and a mention, a flag handled by a
moderator, a reply typed with the keyboard only, and hostile text that never runs."""

import pytest
from django.core import mail

from forum import services
from forum.models import Flag, Post
from tests.forum.factories import CategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import ModeratorFactory, UserFactory


def veteran(**kwargs):
    user = UserFactory(**kwargs)
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=user)
    return user


@pytest.fixture
def category():
    return CategoryFactory(name="Road lighting", slug="road-lighting")


def test_quote_and_mention_reach_the_first_member_in_the_site_and_by_email(page, log_in, category):
    anna = veteran(display_name="Anna Bērziņa", email="anna@example.org")
    handle = services.preference_for(user=anna).handle
    janis = veteran(display_name="Jānis Ozols")

    log_in(anna)
    page.goto(f"/en/forum/c/{category.slug}/")
    page.get_by_role("link", name="Start a thread").click()
    page.get_by_label("Title").fill("Dimming LED street lights at night")
    page.get_by_label("Your post").fill("We dim to 50% after midnight. Any complaints?")
    page.get_by_role("button", name="Post", exact=True).click()
    page.get_by_role("heading", name="Dimming LED street lights at night").wait_for()

    page.context.clear_cookies()
    log_in(janis)
    page.goto(f"/en/forum/c/{category.slug}/")
    page.get_by_role("link", name="Dimming LED street lights at night").click()
    page.get_by_role("link", name="Quote Anna Bērziņa").click()
    reply = page.get_by_label("Your reply")
    assert "> We dim to 50% after midnight." in reply.input_value()
    reply.press("End")
    reply.type(f"\n\n@{handle} none here, and we saved 40%.")
    page.get_by_role("button", name="Post reply").click()
    page.get_by_text("none here, and we saved 40%").wait_for()
    assert page.get_by_role("link", name="In reply to Anna Bērziņa").is_visible()

    page.context.clear_cookies()
    log_in(anna)
    page.goto("/en/")
    assert page.locator(".count").first.inner_text().startswith("1")
    page.goto("/en/notifications/")
    page.get_by_role(
        "link", name="Jānis Ozols mentioned you in “Dimming LED street lights at night”"
    ).click()
    page.get_by_text("none here, and we saved 40%").wait_for()
    to_anna = [m for m in mail.outbox if m.to == ["anna@example.org"]]
    assert len(to_anna) == 1
    assert "mentioned you" in to_anna[0].subject
    assert "List-Unsubscribe" in to_anna[0].extra_headers


def test_a_moderator_handles_a_flag_and_the_author_is_told(page, log_in, category):
    thread = ThreadFactory(category=category, title="Cheap bulbs")
    spam = PostFactory(thread=thread, body="BUY CHEAP BULBS at spam.example")
    flagger = veteran()
    log_in(flagger)
    page.goto(thread.get_absolute_url())
    page.locator(f"#post-{spam.pk}").get_by_role("link", name="Flag").click()
    page.get_by_label("Spam or advertising").check()
    page.get_by_role("button", name="Send to the moderators").click()
    page.get_by_text("A moderator will look at the post").wait_for()
    assert Flag.objects.filter(post=spam, resolved_at__isnull=True).count() == 1

    page.context.clear_cookies()
    log_in(ModeratorFactory())
    page.goto("/en/forum/moderation/")
    item = page.locator(f"#queue-{spam.pk}")
    item.get_by_label("Reason (the author is told)").fill("Advertising")
    item.get_by_role("button", name="Hide").click()
    page.get_by_text("No open flags.").wait_for()
    spam.refresh_from_db()
    assert spam.hidden
    assert spam.author.notifications.filter(text__contains="Advertising").exists()


def test_keyboard_only_reply(page, log_in, category):
    thread = ThreadFactory(category=category, title="Keyboard thread")
    member = veteran()
    log_in(member)
    page.goto(thread.get_absolute_url())
    for _press in range(150):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_body":
            break
    else:
        pytest.fail("the reply box is not reachable with Tab")
    page.keyboard.type("Typed without a mouse.")
    for _press in range(6):  # past the optional image fields to the post button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent").strip() == "Post reply":
            break
    else:
        pytest.fail("the post button is not reachable with Tab")
    page.keyboard.press("Enter")
    page.get_by_text("Typed without a mouse.").wait_for()
    assert Post.objects.filter(thread=thread, body="Typed without a mouse.").exists()


def test_hostile_post_never_runs_in_the_browser(page, log_in, category):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    thread = ThreadFactory(category=category, title="Hostile")
    member = veteran()
    log_in(member)
    page.goto(thread.get_absolute_url())
    page.get_by_label("Your reply").fill(
        '<img src=x onerror="alert(1)"> <script>alert(2)</script> [click me](javascript:alert(3))'
        " \u202eevil\u202c " + "x" * 3000
    )
    page.get_by_role("button", name="Post reply").click()
    page.get_by_text("click me", exact=False).first.wait_for()
    page.get_by_text("click me", exact=False).first.click()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum import services
from forum.models import Category, Post, ReadState
from forum.selectors import POSTS_PER_PAGE
from tests.forum.factories import CategoryFactory, GroupCategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_quote_button_prefills_the_reply_form_without_javascript(client):
    thread = ThreadFactory()
    post = PostFactory(thread=thread, body="Use the **core** criteria.")
    client.force_login(UserFactory())
    response = client.get(thread.get_absolute_url(), {"quote": post.pk})
    form = response.context["form"]
    assert "> Use the **core** criteria." in form.initial["body"]
    assert form.initial["quoted"] == post.pk
    assert f"?quote={post.pk}" in response.text  # the button is a plain link


def test_quote_of_a_post_in_another_private_thread_is_not_prefilled(client):
    secret = PostFactory(thread=ThreadFactory(category=GroupCategoryFactory()), body="Secret")
    thread = ThreadFactory()
    client.force_login(UserFactory())
    response = client.get(thread.get_absolute_url(), {"quote": secret.pk})
    assert "Secret" not in response.text


def test_reply_with_an_error_keeps_what_was_typed(client):
    thread = ThreadFactory(locked=False)
    member = UserFactory()
    client.force_login(member)
    text = "x" * (services.MAX_BODY + 1)
    response = client.post(reverse("forum:post_reply", args=[thread.pk]), {"body": text})
    assert response.status_code == 400
    assert "at most 20000 characters" in response.text.replace(",", "").replace("\xa0", "")
    assert response.context["form"]["body"].value() == text


def test_new_member_sees_that_their_first_post_waits(client):
    thread = ThreadFactory()
    client.force_login(UserFactory())
    response = client.post(
        reverse("forum:post_reply", args=[thread.pk]), {"body": "Hello all"}, follow=True
    )
    assert "waits for a moderator" in response.text
    assert "Hello all" in response.text  # the author sees their own held post


def test_thread_page_jumps_to_the_first_unread_post(client):
    thread = ThreadFactory()
    posts = PostFactory.create_batch(POSTS_PER_PAGE + 5, thread=thread)
    reader = UserFactory()
    last_read = posts[POSTS_PER_PAGE]  # the 22nd post overall (first post + 21)
    ReadState.objects.create(
        user=reader, thread=thread, last_read_post_id=last_read.pk, read_at=last_read.created
    )
    client.force_login(reader)
    response = client.get(thread.get_absolute_url())
    data = response.context["data"]
    assert data.page.number == 2
    assert data.first_unread_id == posts[POSTS_PER_PAGE + 1].pk
    assert f'id="post-{data.first_unread_id}"' in response.text


def test_category_lists_pinned_first_and_marks_unread(client):
    category = CategoryFactory()
    old_pinned = ThreadFactory(category=category, pinned=True, title="Pinned rules")
    fresh = ThreadFactory(category=category, title="Fresh question")
    reader = UserFactory()
    ReadState.objects.create(
        user=reader,
        thread=old_pinned,
        last_read_post_id=old_pinned.last_post_id,
        read_at=old_pinned.created,
    )
    client.force_login(reader)
    response = client.get(reverse("forum:category", args=[category.slug]))
    assert list(response.context["threads"]) == [old_pinned, fresh]
    rows = response.text.split("<tr")[2:]  # the header row first
    assert 'class=""' in rows[0]
    assert "Pinned rules" in rows[0]
    assert "badge--good" not in rows[0]
    assert 'class="thread--unread"' in rows[1]
    assert '"badge badge--good">New<' in rows[1]
    assert "<!--unread" not in response.text


def test_thread_list_links_are_those_reverse_gives(client):
    thread = ThreadFactory(title="Ielu apgaismojums", slug="ielu-apgaismojums-ķēde")
    thread.tags.add("ēnas un gaisma")
    response = client.get(reverse("forum:tag", args=[thread.tags.get().slug]))
    (row,) = response.context["threads"]
    assert row.url == thread.get_absolute_url()
    assert row.tag_links == [
        (reverse("forum:tag", args=[thread.tags.get().slug]), "ēnas un gaisma")
    ]
    assert f'href="{thread.get_absolute_url()}"' in response.text


def test_feeds_and_tag_pages_never_show_private_threads(client):
    public = ThreadFactory(title="Open LED thread")
    secret = ThreadFactory(category=GroupCategoryFactory(), title="Secret group plans")
    for thread in (public, secret):
        thread.tags.add("led")
    ThreadFactory(category=public.category, hidden=True, title="Hidden spam")
    members_only = ThreadFactory(
        category=CategoryFactory(kind=Category.Kind.MEMBERS), title="Members talk"
    )
    client.force_login(UserFactory())
    pages = [
        reverse("forum:category_rss", args=[public.category.slug]),
        reverse("forum:category_atom", args=[public.category.slug]),
        reverse("forum:tag", args=["led"]),
        reverse("forum:index"),
    ]
    for url in pages:
        text = client.get(url).text
        assert "Secret group plans" not in text, url
        assert "Hidden spam" not in text, url
    feed = client.get(pages[0]).text
    assert "Open LED thread" in feed
    assert "Members talk" not in feed
    assert client.get(reverse("forum:thread_rss", args=[members_only.pk])).status_code == 404


def test_reaction_toggles_without_javascript(client):
    post = PostFactory()
    client.force_login(UserFactory())
    url = reverse("forum:post_react", args=[post.pk])
    client.post(url, {"kind": "thanks"})
    assert post.reactions.filter(kind="thanks").count() == 1
    client.post(url, {"kind": "thanks"})
    assert post.reactions.count() == 0


def test_moderator_handles_a_flag_from_the_queue(client):
    post = PostFactory(body="Buy cheap bulbs")
    PostFactory(thread=post.thread, body="An honest reply")
    services.flag_create(post=post, user=UserFactory(), reason="spam")
    from tests.members.factories import ModeratorFactory

    client.force_login(ModeratorFactory())
    queue = client.get(reverse("forum:moderation_queue"))
    assert "Buy cheap bulbs" in queue.text
    assert "An honest reply" not in queue.text
    thread_page = client.get(post.thread.get_absolute_url()).text
    assert thread_page.count("1 open flag") == 1
    client.post(
        reverse("forum:post_moderate", args=[post.pk]), {"action": "hide", "reason": "Spam"}
    )
    post.refresh_from_db()
    assert post.hidden
    assert "Buy cheap bulbs" not in client.get(reverse("forum:moderation_queue")).text
    assert "Spam" in client.get(reverse("forum:moderation_log")).text


def test_one_click_unsubscribe_stops_forum_email(client):
    member = UserFactory()
    token = services.unsubscribe_token(user=member)
    url = reverse("forum:unsubscribe", args=[token])
    assert client.get(url).status_code == 200
    client.post(url)  # no CSRF token, as mail clients send it
    assert services.preference_for(user=member).email == "none"
    assert client.get(reverse("forum:unsubscribe", args=["tampered"])).status_code == 404


def test_discuss_link_opens_the_existing_thread_or_starts_one(client):
    from tests.members.factories import OrganisationFactory

    organisation = OrganisationFactory(name="Zemgale Energy Agency")
    CategoryFactory(slug="knowledge-base")
    member = UserFactory()
    client.force_login(member)
    url = reverse("forum:discuss", args=["organisation", organisation.pk])
    start = client.get(url)
    assert "/new/" in start.url
    form = client.get(start.url)
    assert "Zemgale Energy Agency" in form.text
    services.preference_for(user=member)
    PostFactory.create_batch(3, author=member)
    client.post(
        start.url,
        {
            "title": "About Zemgale",
            "body": "Their tender",
            "ref": f"organisation:{organisation.pk}",
        },
    )
    thread = organisation.forum_threads.get()
    assert client.get(url).url == thread.get_absolute_url()


def test_thread_create_keeps_the_typed_text_on_error(client):
    category = CategoryFactory()
    client.force_login(UserFactory())
    response = client.post(
        reverse("forum:thread_create", args=[category.slug]),
        {"title": "", "body": "My long question", "tags": "a,b,c,d,e,f"},
    )
    assert response.status_code == 400
    assert "My long question" in response.text
    assert "At most five tags." in response.text
    assert not Post.objects.exists()


def png_bytes() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (4, 4), "green").save(buffer, "PNG")
    return buffer.getvalue()


def test_reply_with_an_uploaded_image_shows_it_with_its_description(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    thread = ThreadFactory()
    member = UserFactory()
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=member)
    client.force_login(member)
    upload = SimpleUploadedFile("lamp.png", png_bytes(), content_type="image/png")
    client.post(
        reverse("forum:post_reply", args=[thread.pk]),
        {"body": "Our new lamp", "image": upload, "image_description": "A street lamp"},
    )
    post = Post.objects.get(body__startswith="Our new lamp")
    assert '<img src="/en/forum/images/' in post.body_html
    assert 'alt="A street lamp"' in post.body_html


def test_a_file_that_is_not_an_image_is_refused_and_the_text_kept(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    thread = ThreadFactory()
    client.force_login(UserFactory())
    fake = SimpleUploadedFile("lamp.png", b"<script>alert(1)</script>", content_type="image/png")
    response = client.post(
        reverse("forum:post_reply", args=[thread.pk]),
        {"body": "Keep me", "image": fake, "image_description": "x"},
    )
    assert response.status_code == 400
    assert "not a PNG, JPEG or WebP image" in response.text
    assert "Keep me" in response.text


def test_helpdesk_answer_from_the_unit_carries_a_badge_and_the_accepted_answer_shows(client):
    from tests.members.factories import SupportUnitFactory

    unit = SupportUnitFactory.create_with_staff()
    staff = unit.staff.first()
    category = CategoryFactory(kind=Category.Kind.HELPDESK, support_unit=unit)
    thread = ThreadFactory(category=category)
    answer = PostFactory(thread=thread, author=staff, body="Ask for the EN 13032 report.")
    client.force_login(thread.author)
    client.post(reverse("forum:post_accept", args=[answer.pk]))
    page = client.get(thread.get_absolute_url()).text
    assert "Support unit</span>" in page
    assert page.index("Accepted answer") < page.index(f'id="post-{answer.pk}"')
    helpdesk = client.get(reverse("forum:helpdesk")).text
    assert thread.title not in helpdesk  # answered questions leave the open list


def test_moderator_locks_moves_and_merges_from_the_thread_page_and_old_links_redirect(client):
    from forum.models import ModerationAction
    from tests.members.factories import ModeratorFactory

    source = ThreadFactory(title="Duplicate question")
    target = ThreadFactory(category=source.category, title="Original question")
    other = CategoryFactory(name="Elsewhere")
    client.force_login(ModeratorFactory())
    url = reverse("forum:thread_moderate", args=[target.pk])
    client.post(url, {"action": "lock", "reason": "Answered"})
    client.post(url, {"action": "move", "category": other.pk, "reason": "Better fit"})
    client.post(
        reverse("forum:thread_moderate", args=[source.pk]),
        {"action": "merge", "merge_into": target.pk, "reason": "Same topic"},
    )
    target.refresh_from_db()
    assert target.locked
    assert target.category == other
    assert set(ModerationAction.objects.values_list("action", flat=True)) == {
        "lock",
        "move",
        "merge",
    }
    client.force_login(UserFactory())
    response = client.get(source.get_absolute_url())
    assert response.status_code == 302
    assert response.url == target.get_absolute_url()


def test_moderator_suspends_a_member_who_then_cannot_reply(client):
    from tests.members.factories import ModeratorFactory

    member = UserFactory()
    client.force_login(ModeratorFactory())
    response = client.post(
        reverse("forum:user_suspend", args=[member.pk]), {"days": 0, "reason": ""}
    )
    assert response.status_code == 400  # the form says what is wrong
    client.post(reverse("forum:user_suspend", args=[member.pk]), {"days": 7, "reason": "Spam"})
    assert member.forum_suspensions.count() == 1
    thread = ThreadFactory()
    client.force_login(member)
    page = client.get(thread.get_absolute_url()).text
    assert "You cannot reply here at the moment." in page


def test_staff_manage_categories_in_the_wagtail_admin(client):
    from django.db import IntegrityError

    from forum.models import Category as CategoryModel

    CategoryFactory(name="Road lighting")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    listing = client.get(reverse("wagtailsnippets_forum_category:list"))
    assert listing.status_code == 200
    assert "Road lighting" in listing.text
    # A private category must name its working group (a database constraint).
    with pytest.raises(IntegrityError):
        CategoryModel.objects.create(name="x", slug="x", kind=CategoryModel.Kind.WORKING_GROUP)


def test_thread_page_read_mark_moves_forward_and_a_read_page_writes_nothing(client):
    thread = ThreadFactory()
    reply = PostFactory(thread=thread)
    reader = UserFactory()
    client.force_login(reader)
    client.get(thread.get_absolute_url())  # a first visit creates the mark
    state = ReadState.objects.get(user=reader, thread=thread)
    assert state.last_read_post_id == reply.pk
    with CaptureQueriesContext(connection) as again:
        client.get(thread.get_absolute_url())
    assert not [q for q in again.captured_queries if q["sql"].startswith(("UPDATE", "INSERT"))]
    newer = PostFactory(thread=thread)
    client.get(thread.get_absolute_url())
    state.refresh_from_db()
    assert state.last_read_post_id == newer.pk

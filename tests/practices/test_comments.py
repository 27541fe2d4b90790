"""Comments on case studies: members only, first comments held, Markdown made safe, followers
told by e-mail with a one-click way out."""

import pytest
from django.core import mail
from django_comments_xtd.models import XtdComment

from members.models import Notification
from practices.models import CaseStudyPage, PageFollower
from tests.members.factories import ModeratorFactory, UserFactory
from tests.practices.helpers import bulk_case_studies

pytestmark = pytest.mark.django_db


@pytest.fixture
def study():
    bulk_case_studies(1)
    return CaseStudyPage.objects.get()


def post(client, study, text, reply_to=0):
    html = client.get(study.url).content.decode()
    fields = {}
    for name in ("content_type", "object_pk", "timestamp", "security_hash"):
        fields[name] = html.split(f'name="{name}" value="')[1].split('"')[0]
    return client.post(
        "/en/practices/comments/post/",
        {**fields, "reply_to": reply_to, "comment": text, "honeypot": ""},
    )


def test_anonymous_visitors_are_asked_to_log_in(client, study):
    html = client.get(study.url).content.decode()
    assert "Log in to comment" in html
    assert 'name="comment"' not in html
    response = client.post("/en/practices/comments/post/", {"comment": "hi"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert XtdComment.objects.count() == 0


def test_a_new_members_first_comment_waits_for_a_moderator(client, study):
    author = UserFactory(display_name="Anna")
    client.force_login(author)
    response = post(client, study, "Did the **organic** share hold in year two?")
    assert response.status_code == 302
    assert response["Location"].endswith("#comments")
    comment = XtdComment.objects.get()
    assert not comment.is_public
    own_view = client.get(study.url).content.decode()
    assert "<strong>organic</strong>" in own_view
    assert "Waiting for a moderator" in own_view
    client.force_login(UserFactory())
    assert "organic" not in client.get(study.url).content.decode()


def test_a_moderator_publishes_and_followers_are_told_once(
    client, study, django_capture_on_commit_callbacks
):
    follower = UserFactory(preferred_language="lv")
    PageFollower.objects.create(page=study, user=follower)
    author = UserFactory()
    client.force_login(author)
    post(client, study, "First comment")
    comment = XtdComment.objects.get()
    mail.outbox.clear()

    client.force_login(UserFactory())
    assert client.get("/en/practices/comments/moderation/").status_code == 403
    moderator = ModeratorFactory()
    client.force_login(moderator)
    queue = client.get("/en/practices/comments/moderation/").content.decode()
    assert "First comment" in queue
    assert study.title in queue
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/practices/comments/{comment.pk}/moderate/", {"action": "approve"})

    comment.refresh_from_db()
    assert comment.is_public
    assert "First comment" in client.get(study.url).content.decode()
    assert Notification.objects.filter(user=author, text__contains="has been published").exists()
    # The follower hears of it once, in Latvian, with a one-click unsubscribe; the author,
    # who now follows the page, does not hear of their own comment.
    assert [message.to for message in mail.outbox] == [[follower.email]]
    message = mail.outbox[0]
    assert "Jauns komentārs" in message.subject
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unfollow_url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert unfollow_url in message.body
    assert PageFollower.objects.filter(page=study, user=author).exists()

    # One click (a POST without a CSRF token, as mail clients send it) unfollows.
    client.logout()
    csrf_client = client.__class__(enforce_csrf_checks=True)
    path = unfollow_url.split("://", 1)[1].split("/", 1)[1]
    assert csrf_client.get(f"/{path}").status_code == 200
    assert csrf_client.post(f"/{path}").status_code == 200
    assert not PageFollower.objects.filter(page=study, user=follower).exists()
    assert client.get("/en/practices/unfollow/forged-token/").status_code == 404


def test_after_one_approved_comment_a_member_posts_straight_away(client, study):
    author = UserFactory()
    XtdComment.objects.create(
        content_object=study, site_id=1, user=author, comment="earlier", is_public=True
    )
    client.force_login(author)
    post(client, study, "Straight away")
    assert XtdComment.objects.get(comment="Straight away").is_public
    client.force_login(UserFactory())
    assert "Straight away" in client.get(study.url).content.decode()


def test_replies_thread_under_their_comment(client, study):
    author = UserFactory()
    first = XtdComment.objects.create(
        content_object=study, site_id=1, user=author, comment="Question", is_public=True
    )
    client.force_login(author)
    html = client.get(study.url).content.decode()
    assert f"?reply_to={first.pk}#comment-form" in html
    post(client, study, "Answer", reply_to=first.pk)
    reply = XtdComment.objects.get(comment="Answer")
    assert reply.parent_id == first.pk
    assert reply.level == 1
    assert "comment--reply" in client.get(study.url).content.decode()


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
    ],
)
def test_markdown_in_comments_is_sanitised(client, study, text):
    author = UserFactory()
    XtdComment.objects.create(
        content_object=study, site_id=1, user=author, comment=text, is_public=True
    )
    html = client.get(study.url).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html  # shown as text, never as an element
    assert 'href="javascript:' not in html


def test_an_empty_or_expired_comment_keeps_what_was_typed(client, study):
    client.force_login(UserFactory())
    response = post(client, study, "")
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()

    html = client.get(study.url).content.decode()
    fields = {
        name: html.split(f'name="{name}" value="')[1].split('"')[0]
        for name in ("content_type", "object_pk", "security_hash")
    }
    response = client.post(
        "/en/practices/comments/post/",
        {**fields, "timestamp": "1000000000", "reply_to": 0, "comment": "My long thoughts"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "has expired" in page
    assert "My long thoughts" in page
    assert XtdComment.objects.count() == 0


def test_follow_button_toggles(client, study):
    member = UserFactory()
    client.force_login(member)
    assert "E-mail me when someone comments here" in client.get(study.url).content.decode()
    client.post(f"/en/practices/follow/{study.pk}/", {"follow": "1"})
    assert PageFollower.objects.filter(user=member, page=study).exists()
    assert "Stop e-mails about new comments here" in client.get(study.url).content.decode()
    client.post(f"/en/practices/follow/{study.pk}/", {"follow": "0"})
    assert not PageFollower.objects.filter(user=member, page=study).exists()

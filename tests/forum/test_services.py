from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from forum import services
from forum.models import Category, ModerationAction, Post, Preference, Subscription, Thread
from forum.permissions import can_read_thread, visible_threads
from members.models import Notification
from tests.forum.factories import CategoryFactory, GroupCategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import (
    ModeratorFactory,
    SupportUnitFactory,
    UserFactory,
    WorkingGroupMemberFactory,
)

pytestmark = pytest.mark.django_db


def veteran(**kwargs):
    """A member with published posts, so nothing of theirs waits for a moderator."""
    user = UserFactory(**kwargs)
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=user)
    return user


def handle(user):
    return services.preference_for(user=user).handle


def test_first_post_of_a_new_member_waits_and_others_do_not_see_it():
    category = CategoryFactory()
    newcomer = UserFactory()
    thread = services.thread_create(category=category, author=newcomer, title="Hi", body="Hello")
    assert thread.held
    assert thread.posts.get().held
    assert can_read_thread(newcomer, thread)
    assert not can_read_thread(UserFactory(), thread)
    assert not visible_threads(Thread.objects.all(), UserFactory()).exists()

    moderator = ModeratorFactory()
    services.post_approve(post=thread.posts.get(), moderator=moderator)
    thread.refresh_from_db()
    assert not thread.held
    assert can_read_thread(UserFactory(), thread)
    assert Notification.objects.filter(user=newcomer, text__contains="published").exists()
    assert ModerationAction.objects.filter(action="approve", moderator=moderator).exists()


def test_link_only_and_duplicate_posts_of_new_members_wait():
    thread = ThreadFactory()
    member = UserFactory()
    PostFactory(author=member)  # one published post: still new
    link = services.post_create(thread=thread, author=member, body="https://spam.example/buy")
    assert link.held
    words = services.post_create(thread=thread, author=member, body="We used EU criteria here.")
    assert not words.held
    again = services.post_create(thread=thread, author=member, body="We used EU criteria here.")
    assert again.held


def test_rate_limit_refuses_with_a_clear_message(settings, rate_window):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "forum-post": (20, 3600)}
    thread = ThreadFactory()
    member = veteran()
    limit = 20
    for n in range(limit):
        services.post_create(thread=thread, author=member, body=f"Reply {n}")
    with pytest.raises(services.ForumError, match="at most 20 replies"):
        services.post_create(thread=thread, author=member, body="One too many")
    assert Post.objects.filter(thread=thread, author=member).count() == limit


def test_mentions_notify_only_people_who_can_read_the_thread():
    membership = WorkingGroupMemberFactory()
    category = GroupCategoryFactory(working_group=membership.group)
    thread = ThreadFactory(category=category, author=membership.user)
    inside = WorkingGroupMemberFactory(group=membership.group).user
    outside = UserFactory()
    body = f"What do @{handle(inside)} and @{handle(outside)} think?"
    author = membership.user
    PostFactory.create_batch(3, author=author)
    services.post_create(thread=thread, author=author, body=body)
    assert Notification.objects.filter(user=inside, text__contains="mentioned you").exists()
    assert not Notification.objects.filter(user=outside).exists()
    assert [m.to for m in mail.outbox] == [[inside.email]]


def test_quote_of_a_post_the_author_cannot_see_is_dropped():
    thread = ThreadFactory()
    hidden = PostFactory(thread=thread, hidden=True)
    member = veteran()
    post = services.post_create(thread=thread, author=member, body="Agree", quoted=hidden)
    assert post.quoted is None


def test_reply_notifies_followers_and_email_has_one_click_unsubscribe():
    thread = ThreadFactory()
    follower = thread.author
    Subscription.objects.create(user=follower, thread=thread)
    services.post_create(thread=thread, author=veteran(), body="A useful answer")
    assert Notification.objects.filter(user=follower, text__contains="replied").exists()
    (message,) = mail.outbox
    assert message.to == [follower.email]
    assert "/forum/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_daily_digest_collects_notifications_into_one_email():
    thread = ThreadFactory()
    follower = thread.author
    services.preference_update(user=follower, email=Preference.Email.DAILY)
    Subscription.objects.create(user=follower, thread=thread)
    author = veteran()
    services.post_create(thread=thread, author=author, body="First answer")
    services.post_create(thread=thread, author=author, body="Second answer")
    assert mail.outbox == []
    assert services.digest_send() == 1
    assert len(mail.outbox) == 1
    assert "2" in mail.outbox[0].subject
    assert services.digest_send() == 0  # never twice


def test_accept_answer_by_the_asker_notifies_the_answerer_and_records_first_response():
    unit = SupportUnitFactory.create_with_staff()
    staff = unit.staff.first()
    category = CategoryFactory(kind=Category.Kind.HELPDESK, support_unit=unit)
    asker = veteran()
    thread = services.thread_create(
        category=category, author=asker, title="Which criteria?", body="For road lighting?"
    )
    PostFactory.create_batch(3, author=staff)
    answer = services.post_create(thread=thread, author=staff, body="Use the core criteria.")
    thread.refresh_from_db()
    assert thread.first_response == answer.created
    with pytest.raises(services.ForumError):
        services.accept_answer(thread=thread, post=answer, user=UserFactory())
    services.accept_answer(thread=thread, post=answer, user=asker)
    thread.refresh_from_db()
    assert thread.accepted_post == answer
    assert Notification.objects.filter(user=staff, text__contains="accepted").exists()


def test_merge_moves_posts_and_points_the_old_thread_to_the_new():
    target = ThreadFactory()
    source = ThreadFactory(category=target.category)
    PostFactory.create_batch(2, thread=source)
    moderator = ModeratorFactory()
    services.thread_merge(source=source, target=target, moderator=moderator, reason="Same topic")
    source.refresh_from_db()
    target.refresh_from_db()
    assert source.merged_into == target
    assert source.hidden
    assert target.posts.count() == 4
    assert target.reply_count == 3
    assert Notification.objects.filter(user=source.author, text__contains="merged").exists()
    assert ModerationAction.objects.get(action="merge").reason == "Same topic"


def test_suspended_member_cannot_write_until_the_end():
    member = veteran()
    services.user_suspend(user=member, moderator=ModeratorFactory(), days=3, reason="Spam")
    thread = ThreadFactory()
    with pytest.raises(services.ForumError):
        services.post_create(thread=thread, author=member, body="Still here")
    member.forum_suspensions.update(until=timezone.now() - timedelta(seconds=1))
    member = type(member).objects.get(pk=member.pk)
    services.post_create(thread=thread, author=member, body="Back again")


def test_author_deletes_own_post_within_a_day_but_not_an_answered_opening_post():
    thread = ThreadFactory()
    reply = services.post_create(thread=thread, author=veteran(), body="Oops")
    services.post_delete(post=reply, user=reply.author)
    reply.refresh_from_db()
    assert reply.hidden
    assert reply.deleted_by_author
    PostFactory(thread=thread)
    services._refresh_thread(thread)
    opening = thread.posts.order_by("created", "pk").first()
    with pytest.raises(services.ForumError):
        services.post_delete(post=opening, user=thread.author)


def test_edit_keeps_history():
    thread = ThreadFactory()
    post = thread.posts.get()
    services.post_edit(post=post, editor=thread.author, body="Better text")
    assert post.revisions.count() == 1
    assert "Better text" in post.body_html


def test_flags_once_and_moderator_hides_with_reason():
    post = PostFactory()
    member = UserFactory()
    services.flag_create(post=post, user=member, reason="spam")
    with pytest.raises(services.ForumError):
        services.flag_create(post=post, user=member, reason="spam")
    services.post_hide(post=post, moderator=ModeratorFactory(), reason="Advertising")
    assert not post.flags.filter(resolved_at__isnull=True).exists()
    assert Notification.objects.filter(user=post.author, text__contains="Advertising").exists()


def test_digest_command_queues_the_waiting_digests():
    from io import StringIO

    from django.core.management import call_command

    thread = ThreadFactory()
    services.preference_update(user=thread.author, email=Preference.Email.DAILY)
    Subscription.objects.create(user=thread.author, thread=thread)
    services.post_create(thread=thread, author=veteran(), body="News")
    out = StringIO()
    call_command("forum_send_digests", stdout=out)
    assert "1 digest(s) queued" in out.getvalue()
    assert len(mail.outbox) == 1


def test_category_and_tag_followers_hear_of_new_threads_only_if_they_may_read_them():
    group_category = GroupCategoryFactory()
    outsider = UserFactory()
    insider = WorkingGroupMemberFactory(group=group_category.working_group).user
    for user in (outsider, insider):
        Subscription.objects.create(user=user, category=group_category)
        Subscription.objects.create(user=user, tag="led")
    author = WorkingGroupMemberFactory(group=group_category.working_group).user
    PostFactory.create_batch(3, author=author)
    services.thread_create(
        category=group_category, author=author, title="Budget", body="Draft", tags=["led"]
    )
    assert Notification.objects.filter(user=insider, text__contains="started").count() == 1
    assert not Notification.objects.filter(user=outsider).exists()


def test_notification_links_use_the_recipients_language():
    thread = ThreadFactory()
    thread.author.preferred_language = "lv"
    thread.author.save()
    Subscription.objects.create(user=thread.author, thread=thread)
    services.post_create(thread=thread, author=veteran(), body="Atbilde")
    notification = Notification.objects.get(user=thread.author)
    assert notification.url.startswith("/lv/forum/p/")


def test_a_title_with_line_breaks_becomes_one_line():
    thread = services.thread_create(
        category=CategoryFactory(), author=veteran(), title="Evil\r\nBcc: x@y", body="Hi"
    )
    assert thread.title == "Evil Bcc: x@y"

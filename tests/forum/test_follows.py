"""A follow outlives the right to read: a member who left a working group still has their
follows of its room, but neither sees them listed nor hears of the room again, by notification,
e-mail or the daily digest."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from forum import services
from forum.models import Preference, Subscription
from members.models import Notification, WorkingGroupMember
from tests.forum.factories import GroupCategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import ModeratorFactory, UserFactory, WorkingGroupMemberFactory

pytestmark = pytest.mark.django_db

SECRET = "Zzgroupsecret budget"


def veteran(**kwargs):
    user = UserFactory(**kwargs)
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=user)
    return user


@pytest.fixture
def room():
    """A working group's room with a thread, an insider, and a member who follows both
    through the forum's own buttons and then leaves the group."""
    category = GroupCategoryFactory(name="Zzgroupsecret room", slug="room")
    thread = ThreadFactory(category=category, title=SECRET, slug="budget")
    insider = veteran()
    WorkingGroupMemberFactory(group=category.working_group, user=insider)
    leaver = UserFactory()
    WorkingGroupMemberFactory(group=category.working_group, user=leaver)
    return {"category": category, "thread": thread, "insider": insider, "leaver": leaver}


def follow_then_leave(client, room):
    leaver = room["leaver"]
    client.force_login(leaver)
    subscribe = reverse("forum:subscribe")
    assert client.post(subscribe, {"thread": room["thread"].pk}).status_code == 302
    assert client.post(subscribe, {"category": "room"}).status_code == 302
    assert client.post(subscribe, {"tag": "budget"}).status_code == 302
    assert Subscription.objects.filter(user=leaver).count() == 3
    preferences = client.get(reverse("forum:preferences")).text
    assert SECRET in preferences  # while a member, they see what they follow
    WorkingGroupMember.objects.filter(user=leaver).delete()


def test_the_follows_of_a_room_one_left_are_not_listed(client, room):
    public = ThreadFactory(title="Zzpublic road lights")
    follow_then_leave(client, room)
    Subscription.objects.create(user=room["leaver"], thread=public)
    response = client.get(reverse("forum:preferences"))
    assert response.status_code == 200
    assert SECRET not in response.text
    assert "Zzgroupsecret room" not in response.text
    assert room["thread"].get_absolute_url() not in response.text
    assert reverse("forum:category", args=["room"]) not in response.text
    assert "Zzpublic road lights" in response.text  # what they may read is still listed
    assert "#budget" in response.text  # a tag is no one's secret: its page lists what they read


@pytest.mark.parametrize("email", [Preference.Email.EACH, Preference.Email.DAILY])
def test_a_reply_in_a_room_one_left_reaches_nobody_outside_it(client, room, email):
    follow_then_leave(client, room)
    leaver = room["leaver"]
    services.preference_update(user=leaver, email=email)
    handle = services.preference_for(user=leaver).handle
    client.force_login(room["insider"])
    response = client.post(
        reverse("forum:post_reply", args=[room["thread"].pk]),
        {"body": f"Agreed, @{handle}: {SECRET} stays."},
    )
    assert response.status_code == 302
    thread = services.thread_create(
        category=room["category"], author=room["insider"], title=f"{SECRET} two",
        body="More", tags=["budget"],
    )  # fmt: skip
    assert thread.pk
    services.digest_send()
    assert not Notification.objects.filter(user=leaver).exists()
    assert not [m for m in mail.outbox if leaver.email in m.to]
    assert not leaver.forum_digest_items.exists()


def test_the_digest_leaves_out_what_one_may_no_longer_read(room):
    leaver = room["leaver"]
    services.preference_update(user=leaver, email=Preference.Email.DAILY)
    Subscription.objects.create(user=leaver, thread=room["thread"])
    public = ThreadFactory(title="Zzpublic road lights")
    Subscription.objects.create(user=leaver, thread=public)
    for thread in (room["thread"], public):  # queued while they were a member
        services.post_create(thread=thread, author=room["insider"], body="News")
    for language in ("en", "lv"):  # an address in either language names its thread
        leaver.preferred_language = language
        leaver.save()
        services.post_create(thread=room["thread"], author=room["insider"], body=language)
    assert leaver.forum_digest_items.count() == 4
    WorkingGroupMember.objects.filter(user=leaver).delete()
    call_command("forum_send_digests")
    (message,) = [m for m in mail.outbox if leaver.email in m.to]
    assert "Zzpublic road lights" in message.body
    assert SECRET not in f"{message.subject}\n{message.body}\n{message.alternatives}"


def test_moderators_notices_skip_a_room_one_left(room):
    leaver = room["leaver"]
    post = PostFactory(thread=room["thread"], author=leaver)
    WorkingGroupMember.objects.filter(user=leaver).delete()
    services.post_hide(post=post, moderator=ModeratorFactory(), reason="Duplicate")
    assert not Notification.objects.filter(user=leaver).exists()
    assert not [m for m in mail.outbox if leaver.email in m.to]

"""A thread merged into another: its old address sends on only the readers of the thread its
posts went to (that address carries the target's title); everyone else gets a 404."""

import pytest
from django.urls import reverse
from django.utils import translation

from forum.models import Thread
from members.models import Notification
from tests.forum.factories import GroupCategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import ModeratorFactory, UserFactory, WorkingGroupMemberFactory

pytestmark = pytest.mark.django_db

SECRET = "Zzsecretroom prices"


@pytest.fixture
def merged(client):
    """A public thread merged, through the moderator's form, into a group's private thread."""
    room = GroupCategoryFactory()
    target = ThreadFactory(category=room, title=SECRET, slug="zzsecretroom-prices")
    source = ThreadFactory(title="Street lights", slug="street-lights")
    PostFactory(thread=source)
    insider = WorkingGroupMemberFactory(group=room.working_group).user
    client.force_login(ModeratorFactory())
    response = client.post(
        reverse("forum:thread_moderate", args=[source.pk]),
        {"action": "merge", "merge_into": target.pk, "reason": "Same question"},
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.merged_into == target
    client.logout()
    return {"source": source, "target": target, "insider": insider}


@pytest.mark.parametrize("who", ["anonymous", "member", "author of the merged thread"])
@pytest.mark.parametrize("language", ["en", "lv"])
def test_the_old_address_is_a_404_to_who_may_not_read_the_target(client, merged, who, language):
    if who == "member":
        client.force_login(UserFactory())
    elif who == "author of the merged thread":
        client.force_login(merged["source"].author)
    source = merged["source"]
    with translation.override(language):
        urls = [source.get_absolute_url(), reverse("forum:thread_short", args=[source.pk])]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 404
        assert "zzsecretroom" not in response.get("Location", "").lower()
        assert "zzsecretroom" not in response.text.lower()
    reply = client.post(reverse("forum:post_reply", args=[source.pk]), {"body": "Me too"})
    if who == "anonymous":  # sent to log in, with nothing of the target in the address
        assert reply.status_code == 302
        assert "/accounts/login/" in reply["Location"]
    else:
        assert reply.status_code == 404
    assert "zzsecretroom" not in reply.text.lower() + reply.get("Location", "").lower()
    assert not source.posts.filter(body="Me too").exists()


def test_readers_of_the_target_are_sent_on(client, merged):
    client.force_login(merged["insider"])
    response = client.get(merged["source"].get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == merged["target"].get_absolute_url()


def test_a_thread_merged_twice_sends_readers_to_the_last_one(client, merged):
    last = ThreadFactory(category=merged["target"].category, title="Zzsecretroom all")
    Thread.objects.filter(pk=merged["target"].pk).update(merged_into=last, hidden=True)
    client.force_login(merged["insider"])
    response = client.get(merged["source"].get_absolute_url())
    assert response["Location"] == last.get_absolute_url()


def test_the_author_is_told_of_the_merge_without_the_private_title(merged):
    (notice,) = Notification.objects.filter(user=merged["source"].author)
    assert "Street lights" in notice.text
    assert "zzsecretroom" not in f"{notice.text} {notice.url}".lower()
    assert str(merged["target"].pk) not in notice.url

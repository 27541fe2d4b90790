"""What the header shows a member, with its answers kept in the cache as in production: the
admin link and moderator rights follow a change of groups at once, and so does the count of
unread notifications."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import Notification
from members.permissions import EDITORS_GROUP, MODERATORS_GROUP, is_moderator
from tests.members.factories import EditorFactory, UserFactory, logged_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]
ADMIN_LINK = 'href="/admin/"'


def test_the_admin_link_follows_the_editors_group_at_once():
    member = UserFactory()
    client = logged_in(member)
    assert ADMIN_LINK not in client.get("/en/forum/").content.decode()
    member.groups.add(Group.objects.get(name=EDITORS_GROUP))
    assert ADMIN_LINK in client.get("/en/forum/").content.decode()
    member.groups.clear()
    assert ADMIN_LINK not in client.get("/en/forum/").content.decode()


def test_a_members_second_page_asks_the_database_neither_permissions_nor_groups():
    client = logged_in(UserFactory())
    assert ADMIN_LINK not in client.get("/en/forum/").content.decode()
    with CaptureQueriesContext(connection) as warm:
        assert ADMIN_LINK not in client.get("/en/forum/").content.decode()
    tables = " ".join(query["sql"] for query in warm.captured_queries)
    assert "auth_permission" not in tables
    assert "auth_group" not in tables


def test_editors_get_the_link_and_wagtails_bar():
    html = logged_in(EditorFactory()).get("/en/case-studies/").content.decode()
    assert ADMIN_LINK in html
    assert "wagtail-userbar" in html
    assert "wagtail-userbar" not in logged_in(UserFactory()).get("/en/case-studies/").text


def test_moderator_rights_follow_the_group_at_once():
    member = UserFactory()
    assert not is_moderator(member)
    member.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    member = type(member).objects.get(pk=member.pk)  # a new request's user object
    assert is_moderator(member)


def test_the_unread_count_follows_new_and_read_notifications():
    from django.utils import timezone

    member = UserFactory()
    client = logged_in(member)
    unread = '<span class="count">1<span class="visually-hidden"> unread</span>'
    assert unread not in client.get("/en/forum/").content.decode()
    notification = Notification.objects.create(user=member, text="Your meeting was accepted")
    assert unread in client.get("/en/forum/").content.decode()
    notification.read_at = timezone.now()
    notification.save()
    assert unread not in client.get("/en/forum/").content.decode()

import pytest

from forum.models import Category
from forum.search_documents import thread_document
from tests.forum.factories import CategoryFactory, GroupCategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import UserFactory, WorkingGroupMemberFactory

pytestmark = pytest.mark.django_db


def test_audience_follows_the_category():
    public = ThreadFactory()
    members = ThreadFactory(category=CategoryFactory(kind=Category.Kind.MEMBERS))
    group_category = GroupCategoryFactory()
    private = ThreadFactory(category=group_category)
    assert thread_document(public)["audience"] == "public"
    assert thread_document(members)["audience"] == "members"
    assert thread_document(private)["audience"] == f"group:{group_category.working_group_id}"


def test_hidden_and_held_things_are_not_indexed():
    thread = ThreadFactory()
    PostFactory(thread=thread, body="visible words")
    PostFactory(thread=thread, body="secret hidden words", hidden=True)
    PostFactory(thread=thread, body="held spam words", held=True)
    body = thread_document(thread)["body"]
    assert "visible words" in body
    assert "secret" not in body
    assert "spam" not in body
    assert thread_document(ThreadFactory(hidden=True)) is None
    assert thread_document(ThreadFactory(held=True)) is None


def test_site_search_finds_a_private_thread_only_for_its_group(client):
    from search.services import reindex

    category = GroupCategoryFactory()
    thread = ThreadFactory(category=category, title="Zemgale confidential lighting budget")
    reindex()
    outsider = UserFactory()
    insider = WorkingGroupMemberFactory(group=category.working_group).user
    for user, found in ((None, False), (outsider, False), (insider, True)):
        client.logout()
        if user:
            client.force_login(user)
        text = client.get("/en/search/", {"q": "confidential lighting"}).text
        assert (thread.get_absolute_url() in text) is found, user  # titles carry <mark>

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from forum import panels
from kb_site.discussion import discussion_url
from tests.forum.factories import GroupCategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    WorkingGroupMemberFactory,
)

pytestmark = pytest.mark.django_db


def request_as(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_working_group_panel_shows_the_private_category_to_its_members_only():
    seat = WorkingGroupMemberFactory()
    category = GroupCategoryFactory(working_group=seat.group)
    ThreadFactory(category=category)
    shown = panels.working_group_category(request_as(seat.user), seat.group)
    assert shown["categories"] == [category]
    assert shown["categories"][0].thread_count == 1
    assert panels.working_group_category(request_as(UserFactory()), seat.group) is None
    assert panels.working_group_category(request_as(AnonymousUser()), seat.group) is None


def test_home_and_organisation_panels_show_public_activity_only():
    organisation = OrganisationFactory()
    person = MembershipFactory(organisation=organisation).user
    public = ThreadFactory(title="Open thread")
    secret = ThreadFactory(category=GroupCategoryFactory(), title="Secret thread")
    PostFactory(thread=public, author=person)
    PostFactory(thread=secret, author=person)
    home = panels.home_threads(request_as(AnonymousUser()), None)
    assert [t.title for t in home["threads"]] == ["Open thread"]
    activity = panels.organisation_activity(request_as(AnonymousUser()), organisation)
    assert [p.thread.title for p in activity["posts"]] == ["Open thread"]


def test_discussion_link_needs_no_query(django_assert_num_queries):
    organisation = OrganisationFactory()
    with django_assert_num_queries(0):
        url = discussion_url(organisation)
    assert url.endswith(f"/forum/discuss/organisation/{organisation.pk}/")

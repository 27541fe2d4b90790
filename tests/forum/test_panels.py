import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse

from forum import panels
from forum.models import Category
from kb_site.discussion import discussion_url
from practices.models import CaseStudyPage
from tests.forum.factories import (
    CategoryFactory,
    GroupCategoryFactory,
    PostFactory,
    ThreadFactory,
)
from tests.members.factories import (
    MembershipFactory,
    OrganisationFactory,
    SupportUnitFactory,
    UserFactory,
    WorkingGroupMemberFactory,
)
from tests.practices.helpers import bulk_case_studies

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


def test_pages_of_other_apps_show_the_forum_panels(client):
    seat = WorkingGroupMemberFactory()
    ThreadFactory(category=GroupCategoryFactory(working_group=seat.group, name="Group room"))
    organisation = OrganisationFactory()
    person = MembershipFactory(organisation=organisation).user
    public = ThreadFactory(title="Latest public thread")
    PostFactory(thread=public, author=person)
    unit = SupportUnitFactory()
    ThreadFactory(
        category=CategoryFactory(kind=Category.Kind.HELPDESK, support_unit=unit),
        title="Open helpdesk question",
    )
    group_url = reverse("members:working_group_detail", args=[seat.group.slug])
    assert "Group room" not in client.get(group_url).text
    client.force_login(seat.user)
    assert "Group room" in client.get(group_url).text
    assert "Latest public thread" in client.get("/en/").text
    org_page = client.get(reverse("members:organisation_detail", args=[organisation.slug]))
    assert "Latest public thread" in org_page.text
    unit_page = client.get(reverse("members:support_unit_detail", args=[unit.slug]))
    assert "Open helpdesk question" in unit_page.text


def test_a_case_study_discuss_link_opens_the_forum(client):
    bulk_case_studies(1)
    study = CaseStudyPage.objects.get()
    CategoryFactory(slug="knowledge-base")
    client.force_login(UserFactory())
    page = client.get(study.url).text
    link = f"/en/forum/discuss/page/{study.pk}/"
    assert link in page
    start = client.get(link)
    form = client.get(start.url).text
    assert study.title in form
    assert f'value="page:{study.pk}"' in form

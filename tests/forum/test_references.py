"""What a thread is about ("About: ..."): made, linked and shown by one rule
(forum.permissions.can_see_reference), so a draft page or a hidden organisation never reaches
a reader who may not see it, through the new-thread form, the discuss link or the thread."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, PageViewRestriction

from forum import services
from forum.models import Post, Thread
from kb_site.taxonomy import ProductGroup
from members.permissions import EDITORS_GROUP
from practices.models import CaseStudyIndexPage, CaseStudyPage
from tests.forum.factories import CategoryFactory, PostFactory
from tests.members.factories import EditorFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

DRAFT = "Zzdraftpage secret tender"
HIDDEN = "Zzhiddenagency"


def case_study(title: str, *, slug: str, live: bool) -> CaseStudyPage:
    page = CaseStudyPage(
        title=title, slug=slug, summary="About it.", country="LV", procedure="open",
        year=2024, co2_tonnes_per_year=3, live=live,
    )  # fmt: skip
    if live:
        page.first_published_at = page.last_published_at = timezone.now()
    page.product_groups = [ProductGroup.objects.get(slug="furniture")]
    CaseStudyIndexPage.objects.get(locale__language_code="en").add_child(instance=page)
    return page


def veteran():
    """A member whose posts are published at once (nothing waits for a moderator)."""
    user = UserFactory()
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=user)
    return user


def new_thread(client, category, ref: str, title="Our tender"):
    return client.post(
        reverse("forum:thread_create", args=[category.slug]),
        {"title": title, "body": "What do you think of it?", "ref": ref},
    )


def thread_page_in_both_languages(client, thread) -> str:
    pages = []
    for language in ("en", "lv"):
        with translation.override(language):
            response = client.get(thread.get_absolute_url())
        assert response.status_code == 200
        pages.append(response.text)
    return "\n".join(pages)


@pytest.mark.parametrize("kind", ["draft page", "hidden organisation", "page outside any site"])
def test_a_new_thread_cannot_be_about_what_its_author_may_not_see(client, kind):
    category = CategoryFactory()
    if kind == "draft page":
        ref = f"page:{case_study(DRAFT, slug='draft', live=False).pk}"
    elif kind == "hidden organisation":
        ref = f"organisation:{OrganisationFactory(name=HIDDEN, is_public=False).pk}"
    else:
        ref = f"page:{Page.objects.get(depth=1).pk}"  # Wagtail's root: no address, no site
    client.force_login(veteran())

    refused = new_thread(client, category, ref, title="Typed title")
    assert refused.status_code == 400
    assert str(services.REFERENCE_REFUSED) in refused.text
    assert "Typed title" in refused.text
    assert "What do you think of it?" in refused.text
    assert 'name="ref"' not in refused.text  # posting it again starts it without the reference
    assert not category.threads.exists()
    assert DRAFT not in refused.text
    assert HIDDEN not in refused.text

    again = client.post(
        reverse("forum:thread_create", args=[category.slug]),
        {"title": "Typed title", "body": "What do you think of it?"},
    )
    assert again.status_code == 302
    thread = category.threads.get()
    assert (thread.page_id, thread.organisation_id) == (None, None)
    client.logout()
    text = thread_page_in_both_languages(client, thread)
    assert DRAFT not in text
    assert HIDDEN not in text


def test_the_new_thread_form_says_why_a_reference_is_dropped(client):
    draft = case_study(DRAFT, slug="draft", live=False)
    category = CategoryFactory()
    client.force_login(UserFactory())
    url = reverse("forum:thread_create", args=[category.slug])
    response = client.get(url, {"ref": f"page:{draft.pk}"}, follow=True)
    assert str(services.REFERENCE_REFUSED) in response.text
    assert 'name="ref"' not in response.text


def test_the_service_refuses_a_reference_too():
    with pytest.raises(services.ReferenceRefused):
        services.thread_create(
            category=CategoryFactory(), author=veteran(), title="T", body="B",
            about=OrganisationFactory(is_public=False),
        )  # fmt: skip


def test_a_thread_about_a_live_page_stops_naming_it_once_unpublished(client, fragments):
    study = case_study("Zzlivepage desks", slug="desks", live=True)
    organisation = OrganisationFactory(name="Zzagency of Zemgale")
    category = CategoryFactory()
    author = veteran()
    client.force_login(author)
    assert new_thread(client, category, f"page:{study.pk}").status_code == 302
    thread = category.threads.get()
    assert thread.page_id == study.pk
    Thread.objects.filter(pk=thread.pk).update(organisation=organisation)
    client.logout()
    text = thread_page_in_both_languages(client, thread)  # and kept in the fragment cache
    assert "Zzlivepage desks" in text
    assert "Zzagency of Zemgale" in text

    study.unpublish()
    organisation.is_public = False
    organisation.save()
    for reader in (None, UserFactory(), author):
        if reader:
            client.force_login(reader)
        text = thread_page_in_both_languages(client, thread)
        assert "Zzlivepage desks" not in text
        assert "Zzagency of Zemgale" not in text


def test_a_members_page_is_named_only_to_members_whoever_came_first(client, fragments):
    study = case_study("Zzmemberspage desks", slug="members-desks", live=True)
    PageViewRestriction.objects.create(page=study, restriction_type="login")
    author = veteran()
    client.force_login(author)
    assert new_thread(client, CategoryFactory(), f"page:{study.pk}").status_code == 302
    thread = Thread.objects.get(page=study)
    assert "Zzmemberspage desks" in client.get(thread.get_absolute_url()).text  # cached first
    client.logout()
    assert "Zzmemberspage desks" not in thread_page_in_both_languages(client, thread)
    client.force_login(UserFactory())
    assert "Zzmemberspage desks" in client.get(thread.get_absolute_url()).text


def test_the_discuss_link_of_a_draft_opens_nothing_even_with_an_old_thread(client):
    study = case_study(DRAFT, slug="was-live", live=True)
    CategoryFactory(slug="knowledge-base")
    author = veteran()
    client.force_login(author)
    assert new_thread(client, CategoryFactory(), f"page:{study.pk}").status_code == 302
    study.unpublish()
    url = reverse("forum:discuss", args=["page", study.pk])
    for reader in (author, UserFactory(), None):
        client.logout()
        if reader:
            client.force_login(reader)
        response = client.get(url)
        assert response.status_code == 404
        assert DRAFT not in response.text
    assert Post.objects.filter(thread__page=study).exists()  # the thread itself stays


def test_a_page_for_a_wagtail_group_or_behind_a_password_is_for_its_group_only(client):
    for_editors = case_study("Zzeditorspage", slug="for-editors", live=True)
    restriction = PageViewRestriction.objects.create(page=for_editors, restriction_type="groups")
    restriction.groups.add(Group.objects.get(name=EDITORS_GROUP))
    secret = case_study("Zzpasswordpage", slug="secret", live=True)
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    category = CategoryFactory()
    editor = EditorFactory()
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=editor)
    for author, page, code in [
        (veteran(), for_editors, 400),
        (editor, for_editors, 302),
        (editor, secret, 400),  # a password is passed per browser session, not per member
    ]:
        client.force_login(author)
        assert new_thread(client, category, f"page:{page.pk}").status_code == code

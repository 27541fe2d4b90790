"""The knowledge base's cached fragments: the case-study list and a case study's body are
shared by every reader, a second view skips their queries, a publish shows at once, and a
Wagtail preview (a draft) is never served from the cache nor stored in it."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.models import CaseStudyPage
from practices.selectors.case_studies import PAGE_SIZE
from tests.members.factories import UserFactory
from tests.practices.helpers import bulk_case_studies

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]


def queries(client, url) -> tuple[list[str], str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries], response.content.decode()


@pytest.mark.parametrize("url", ["/en/case-studies/", "/en/case-studies/?sort=impact&page=2"])
def test_the_case_study_list_is_shared_and_a_publish_shows_at_once(url):
    bulk_case_studies(PAGE_SIZE + 5)  # a second page
    member = Client()
    member.force_login(UserFactory())
    cold, first = queries(Client(), url)
    warm, second = queries(member, url)  # another reader, logged in: the same list
    assert "case studies found" in first
    assert second.count('class="card"') == first.count('class="card"') > 0
    assert len(cold) - len(warm) >= 4  # filter choices, the count, the page, its prefetches
    assert not [sql for sql in warm if "practices_casestudypage" in sql]
    CaseStudyPage.objects.get(slug="bulk-0").unpublish()
    assert f"{PAGE_SIZE + 4} case studies found" in Client().get(url).content.decode()


def test_different_filters_are_different_lists():
    bulk_case_studies(3)
    assert "3 case studies found" in Client().get("/en/case-studies/").content.decode()
    html = Client().get("/en/case-studies/?country=SE").content.decode()
    assert "0 case studies found" in html or "No case study matches" in html


def test_a_case_study_body_is_cached_and_an_edit_shows_at_once():
    bulk_case_studies(2)
    url = "/en/case-studies/bulk-1/"
    cold, _ = queries(Client(), url)
    warm, html = queries(Client(), url)
    assert "Bulk case study 1" in html
    assert len(cold) - len(warm) >= 4  # parent, product groups, criteria, documents, tags
    page = CaseStudyPage.objects.get(slug="bulk-1")
    page.summary = "Summary after the editor's change"
    page.save_revision().publish()
    assert "Summary after the editor&#x27;s change" in Client().get(url).content.decode()


def test_a_preview_neither_reads_nor_fills_the_cache():
    bulk_case_studies(1)
    page = CaseStudyPage.objects.get(slug="bulk-0")
    url = page.url
    Client().get(url)  # the live page's fragments are cached
    page.summary = "A draft summary nobody may read yet"
    page.save_revision()
    preview = page.get_latest_revision_as_object().make_preview_request()
    assert "A draft summary nobody may read yet" in preview.content.decode()
    assert "A draft summary nobody may read yet" not in Client().get(url).content.decode()


def test_visitors_share_the_published_comments_and_never_a_held_one():
    from django_comments_xtd.models import XtdComment

    bulk_case_studies(1)
    study = CaseStudyPage.objects.get()
    author = UserFactory(display_name="Anna")
    XtdComment.objects.create(
        content_object=study, site_id=1, user=author, comment="Held question", is_public=False
    )
    own = Client()
    own.force_login(author)
    assert "Held question" in own.get(study.url).content.decode()  # the author sees it
    visitor = Client().get(study.url).content.decode()
    assert "Held question" not in visitor
    assert "Log in to comment" in visitor
    comment = XtdComment.objects.get()
    comment.is_public = True
    comment.save()  # a moderator approves it
    assert "Held question" in Client().get(study.url).content.decode()
    assert 'name="csrfmiddlewaretoken"' not in Client().get(study.url).content.decode()


def test_the_language_switcher_links_a_new_translation_at_once():
    bulk_case_studies(1)
    study = CaseStudyPage.objects.get()
    html = Client().get(study.url).content.decode()
    assert f'href="/lv/{study.slug}' not in html
    from wagtail.models import Locale

    latvian = study.copy_for_translation(Locale.objects.get(language_code="lv"))
    latvian.save_revision().publish()
    assert latvian.url in Client().get(study.url).content.decode()


def test_the_impact_dashboard_is_shared_and_a_publish_shows_at_once():
    bulk_case_studies(3)
    url = "/en/practices/impact/?country=LV"
    cold, first = queries(Client(), url)
    warm, second = queries(Client(), url)
    assert second == first
    assert not [sql for sql in warm if "practices_casestudypage" in sql]
    assert len(cold) - len(warm) >= 4
    CaseStudyPage.objects.get(slug="bulk-0").unpublish()
    assert Client().get(url).content.decode() != first


@pytest.mark.parametrize(
    "url", ["/en/case-studies/", "/en/case-studies/bulk-1/", "/en/practices/impact/"]
)
def test_a_warm_page_for_a_visitor_runs_no_query(url, django_assert_max_num_queries):
    bulk_case_studies(3)
    Client().get(url)
    with django_assert_max_num_queries(0):
        assert Client().get(url).status_code == 200

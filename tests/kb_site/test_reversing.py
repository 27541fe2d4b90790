import pytest
from django.urls import reverse
from django.utils import translation

from kb_site.reversing import url_maker


@pytest.mark.parametrize("language", ["en", "lv"])
@pytest.mark.parametrize("name", ["forum:post", "forum:post_edit", "forum:thread_short"])
def test_a_made_url_is_what_reverse_gives(name, language):
    with translation.override(language):
        make = url_maker(name)
        assert [make(pk) for pk in (1, 42, 123456)] == [
            reverse(name, args=[pk]) for pk in (1, 42, 123456)
        ]
    assert make(7).startswith(f"/{language}/")


@pytest.mark.parametrize("language", ["en", "lv"])
@pytest.mark.parametrize("slug", ["street-lighting", "ēnas-un-gaisma", "a_b-9"])
def test_text_and_several_arguments_are_quoted_as_reverse_quotes_them(slug, language):
    with translation.override(language):
        assert url_maker("forum:thread", 2)(42, slug) == reverse("forum:thread", args=[42, slug])
        assert url_maker("forum:tag")(slug) == reverse("forum:tag", args=[slug])
        if slug.isascii():  # a <slug:> pattern takes ASCII only
            assert url_maker("members:organisation_detail")(slug) == reverse(
                "members:organisation_detail", args=[slug]
            )


@pytest.mark.django_db
def test_page_links_are_what_wagtail_gives():
    from django.test import RequestFactory
    from wagtail.models import Page

    from kb_site.reversing import with_page_links
    from tests.events.factories import news
    from tests.practices.helpers import bulk_case_studies

    bulk_case_studies(3)
    news(1)
    news(2, language="lv")
    request = RequestFactory().get("/en/")
    pages = list(Page.objects.filter(depth__gte=3).specific().order_by("path"))
    assert len(pages) > 5
    expected = [page.get_url(request) for page in pages]
    assert [page.link for page in with_page_links(pages, request)] == expected

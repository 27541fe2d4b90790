"""Cached fragments ({% fragment %}): a second view skips the work, a write shows at once, and
a fragment is never shown to a reader with another audience (the forum index per audience)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from forum.models import ReadState
from kb_site import page_cache
from tests.forum.factories import CategoryFactory, GroupCategoryFactory, ThreadFactory
from tests.members.factories import UserFactory, WorkingGroupMemberFactory, logged_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]
INDEX = "/en/forum/"


def test_second_view_of_the_forum_index_skips_the_counting_query():
    ThreadFactory(category=CategoryFactory(name="Street lighting"), title="LED tenders")
    client = logged_in()
    first = client.get(INDEX).content.decode()
    assert "Street lighting" in first
    assert "LED tenders" in first
    with CaptureQueriesContext(connection) as cold:
        Client().get(INDEX)  # anonymous: its own audience, a miss
    with CaptureQueriesContext(connection) as warm:
        second = Client().get(INDEX)
    assert len(warm) < len(cold)
    assert not [q for q in warm.captured_queries if "COUNT(" in q["sql"].upper()]
    assert "LED tenders" in second.content.decode()


def test_a_new_thread_shows_at_once():
    category = CategoryFactory(name="Street lighting")
    client = logged_in()
    client.get(INDEX)
    ThreadFactory(category=category, title="Brand new question about LED tenders")
    assert "Brand new question about LED tenders" in client.get(INDEX).content.decode()


def test_a_private_category_never_reaches_another_audience():
    group_member = WorkingGroupMemberFactory()
    GroupCategoryFactory(name="Zemgale round table room", working_group=group_member.group)
    CategoryFactory(name="Street lighting")
    assert "Zemgale round table room" in logged_in(group_member.user).get(INDEX).content.decode()
    outsider = logged_in().get(INDEX).content.decode()
    assert "Street lighting" in outsider
    assert "Zemgale round table room" not in outsider
    assert "Zemgale round table room" not in Client().get(INDEX).content.decode()


def test_reading_a_thread_does_not_empty_the_caches():
    thread = ThreadFactory()
    reader = UserFactory()
    client = logged_in(reader)  # logging in writes last_login: that one may count
    before = page_cache.generation()
    assert client.get(thread.get_absolute_url()).status_code == 200
    assert ReadState.objects.filter(user=reader, thread=thread).exists()
    assert page_cache.generation() == before


def test_home_panels_are_shared_fragments_that_a_publish_refreshes():
    from tests.practices.helpers import bulk_case_studies

    client = logged_in()
    client.get("/en/")  # Wagtail's site and locale caches
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get("/en/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/en/")
    # Case studies, impact totals, events, news and threads: read once, then from the cache.
    assert len(cold) - len(warm) >= 4
    bulk_case_studies(1)
    assert "Bulk case study 0" in client.get("/en/").content.decode()


def test_visitors_share_a_threads_post_list_and_a_reply_shows_at_once():
    from tests.forum.factories import PostFactory

    thread = ThreadFactory(title="LED retrofit tender")
    PostFactory(thread=thread, body_html="<p>First answer about lamp efficacy</p>")
    url = thread.get_absolute_url()
    Client().get(url)
    with CaptureQueriesContext(connection) as warm:
        page = Client().get(url).content.decode()
    assert "First answer about lamp efficacy" in page
    # The page count is still read; the posts, their authors and reactions are not.
    assert not [q for q in warm.captured_queries if '"forum_post"."body_html"' in q["sql"]]
    PostFactory(thread=thread, body_html="<p>A later answer about dimming</p>")
    assert "A later answer about dimming" in Client().get(url).content.decode()


def test_members_never_get_the_visitors_post_list():
    from tests.forum.factories import PostFactory

    thread = ThreadFactory()
    author = UserFactory()
    PostFactory(thread=thread, author=author, body_html="<p>My own reply</p>")
    held = PostFactory(thread=thread, author=author, held=True, body_html="<p>Held reply</p>")
    url = thread.get_absolute_url()
    visitor = Client().get(url).content.decode()
    assert "My own reply" in visitor
    assert "Held reply" not in visitor
    assert "/react/" not in visitor
    own = logged_in(author).get(url).content.decode()
    assert "Held reply" in own  # an author sees their held post
    assert f"/forum/p/{held.pk}/edit/" in own
    other = logged_in().get(url).content.decode()
    assert "/react/" in other  # reaction buttons, with the member's own CSRF token
    assert "Held reply" not in other
    assert "Held reply" not in Client().get(url).content.decode()


def test_a_csrf_token_inside_a_fragment_is_refused():
    from django.template import Template, TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match="csrf_token"):
        Template(
            '{% load fragments %}{% fragment "x" %}<form>{% csrf_token %}</form>{% endfragment %}'
        )


def test_a_lazy_value_is_computed_once_and_only_when_read():
    from kb_site.fragments import lazy

    calls = []

    class Listing:
        title = "Case studies"

    value = lazy(lambda: calls.append(1) or Listing())
    assert calls == []
    assert value.title == "Case studies"
    assert value.title == "Case studies"
    assert calls == [1]
    with pytest.raises(AttributeError):
        value.missing  # noqa: B018

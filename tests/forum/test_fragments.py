"""The category and tag thread lists are fragments shared by an audience: a second view skips
the thread queries, a write shows at once, a member's own held thread and a moderator's view
never reach anyone else, and each member's unread marks are their own."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum.models import ReadState
from tests.forum.factories import CategoryFactory, ThreadFactory
from tests.members.factories import ModeratorFactory, UserFactory, logged_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]


def html(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    assert "<!--unread" not in response.text  # every marker filled in
    return response.content.decode()


def row(page: str, title: str) -> str:
    return next(part for part in page.split("<tr")[2:] if title in part)


@pytest.fixture
def category():
    return CategoryFactory(name="Street lighting")


def url_of(category, page=""):
    return reverse("forum:category", args=[category.slug]) + (f"?page={page}" if page else "")


def test_second_view_of_a_category_skips_the_thread_queries(category):
    ThreadFactory(category=category, title="LED tenders")
    with CaptureQueriesContext(connection) as cold:
        assert "LED tenders" in html(Client(), url_of(category))
    with CaptureQueriesContext(connection) as warm:
        assert "LED tenders" in html(Client(), url_of(category))
    assert len(warm) == 1 < len(cold)  # the category itself
    assert not [q for q in warm.captured_queries if "forum_thread" in q["sql"]]


def test_a_new_thread_shows_at_once(category):
    ThreadFactory(category=category, title="Old question")
    html(Client(), url_of(category))
    ThreadFactory(category=category, title="Brand new question about dimming")
    assert "Brand new question about dimming" in html(Client(), url_of(category))


def test_unread_marks_are_each_members_own_on_a_shared_list(category):
    thread = ThreadFactory(category=category, title="Dimming at night")
    reader, newcomer = UserFactory(), UserFactory()
    ReadState.objects.create(
        user=reader, thread=thread, last_read_post_id=thread.last_post_id, read_at=thread.created
    )
    first = row(html(logged_in(reader), url_of(category)), "Dimming at night")
    assert 'class=""' in first
    assert "badge--good" not in first
    newcomer_client = logged_in(newcomer)  # logging in writes: the lists are dropped
    html(logged_in(UserFactory()), url_of(category))
    with CaptureQueriesContext(connection) as warm:
        other = row(html(newcomer_client, url_of(category)), "Dimming at night")
    assert 'class="thread--unread"' in other
    assert '"badge badge--good">New<' in other
    assert not [q for q in warm.captured_queries if '"forum_thread"."title"' in q["sql"]]
    visitor = row(html(Client(), url_of(category)), "Dimming at night")
    assert 'class=""' in visitor
    assert "badge--good" not in visitor
    ReadState.objects.filter(user=reader).update(last_read_post_id=0)  # a newer post since
    again = row(html(logged_in(reader), url_of(category)), "Dimming at night")
    assert 'class="thread--unread"' in again
    assert '"badge badge--good">Unread<' in again


def test_a_members_held_thread_never_reaches_another_reader(category):
    author = UserFactory()
    ThreadFactory(category=category, title="Visible to all")
    ThreadFactory(category=category, title="Waiting thread of mine", author=author, held=True)
    for reader in (Client(), logged_in()):  # cached first for the others' audiences
        assert "Visible to all" in html(reader, url_of(category))
    mine = html(logged_in(author), url_of(category))
    assert "Waiting thread of mine" in mine
    assert "Waiting for a moderator" in mine
    for reader in (Client(), logged_in()):
        assert "Waiting thread of mine" not in html(reader, url_of(category))


def test_a_moderators_list_never_reaches_members_or_visitors(category):
    ThreadFactory(category=category, title="Hidden spam thread", hidden=True)
    assert "Hidden spam thread" in html(logged_in(ModeratorFactory()), url_of(category))
    assert "Hidden spam thread" not in html(logged_in(), url_of(category))
    assert "Hidden spam thread" not in html(Client(), url_of(category))


def test_pages_of_a_category_are_fragments_of_their_own(category):
    for number in range(35):
        ThreadFactory(category=category, title=f"Question number {number:02d}")
    first, second = html(Client(), url_of(category)), html(Client(), url_of(category, 2))
    assert "Question number 34" in first
    assert "Question number 34" not in second
    assert "Question number 00" in second
    assert "Page 2 of 2" in second


def test_tag_page_is_shared_with_each_members_marks():
    thread = ThreadFactory(title="Tagged LED thread")
    thread.tags.add("led")
    url = reverse("forum:tag", args=["led"])
    assert "badge--good" not in row(html(Client(), url), "Tagged LED thread")
    assert '"badge badge--good">New<' in row(html(logged_in(), url), "Tagged LED thread")


def test_a_threads_head_is_shared_and_a_new_tag_or_answer_shows_at_once():
    from tests.forum.factories import PostFactory

    thread = ThreadFactory(title="Dimming schedules")
    PostFactory(thread=thread, body_html="<p>Opening question</p>")
    answer = PostFactory(thread=thread, body_html="<p>Dim to 50% after midnight</p>")
    url = thread.get_absolute_url()
    Client().get(url)
    with CaptureQueriesContext(connection) as warm:
        assert "Dimming schedules" in Client().get(url).content.decode()
    assert not [q for q in warm.captured_queries if "taggit" in q["sql"]]
    thread.tags.add("road-lighting")
    assert "#road-lighting" in logged_in().get(url).content.decode()
    thread.accepted_post = answer
    thread.save()
    html = Client().get(url).content.decode()
    assert 'id="accepted-heading"' in html

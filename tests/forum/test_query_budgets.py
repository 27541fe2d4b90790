"""Index, category and thread pages run the same number of queries at 10 and 1,000 threads,
and at 10 and 500 posts in a thread (data made with bulk_create to keep the test quick)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum.models import Category, Post, Reaction, ReadState, Thread
from kb_site.markup import render_markdown
from tests.forum.factories import CategoryFactory, GroupCategoryFactory, ThreadFactory
from tests.members.factories import ModeratorFactory, UserFactory, WorkingGroupMemberFactory

pytestmark = pytest.mark.django_db


def add_threads(category, n, author):
    now = timezone.now()
    threads = Thread.objects.bulk_create(
        Thread(category=category, title=f"Thread {i}", slug=f"thread-{i}", author=author,
               created=now - timedelta(minutes=i), last_activity=now - timedelta(minutes=i),
               pinned=i % 50 == 0)
        for i in range(n)
    )  # fmt: skip
    posts = Post.objects.bulk_create(
        Post(thread=t, author=author, body="Hi", body_html="<p>Hi</p>", created=t.created)
        for t in threads
    )
    for thread, post in zip(threads, posts, strict=True):
        thread.last_post = post
    Thread.objects.bulk_update(threads, ["last_post"])
    for thread in threads[::3]:
        thread.tags.add("led")
    return threads


def add_posts(thread, n, authors):
    now = timezone.now()
    posts = Post.objects.bulk_create(
        Post(thread=thread, author=authors[i % len(authors)], body=f"Reply {i}",
             body_html=render_markdown(f"Reply {i} @someone"), created=now + timedelta(seconds=i))
        for i in range(n)
    )  # fmt: skip
    for i, post in enumerate(posts[1:], start=1):
        post.quoted = posts[i - 1]
    Post.objects.bulk_update(posts, ["quoted"])
    Reaction.objects.bulk_create(
        Reaction(post=p, user=authors[(i + 1) % len(authors)], kind="like")
        for i, p in enumerate(posts)
    )
    thread.reply_count = n
    thread.save()
    return posts


def count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.fixture
def reader(client):
    membership = WorkingGroupMemberFactory()
    client.force_login(membership.user)
    return membership


@pytest.mark.parametrize("as_moderator", [False, True])
def test_index_and_category_pages_do_not_grow_with_threads(client, reader, as_moderator):
    if as_moderator:
        client.force_login(ModeratorFactory())
    author = UserFactory()
    categories = [
        CategoryFactory(),
        CategoryFactory(kind=Category.Kind.MEMBERS),
        GroupCategoryFactory(working_group=reader.group),
        CategoryFactory(kind=Category.Kind.HELPDESK),
    ]
    CategoryFactory(parent=categories[0])
    for category in categories:
        add_threads(category, 10, author)
    target = categories[0]
    ReadState.objects.create(
        user=reader.user, thread=target.threads.first(), read_at=timezone.now()
    )
    urls = [
        reverse("forum:index"),
        reverse("forum:category", args=[target.slug]),
        reverse("forum:tag", args=["led"]),
        reverse("forum:unread"),
        reverse("forum:helpdesk"),
        reverse("forum:category_rss", args=[target.slug]),
    ]
    for url in urls:  # warm per-process caches (site, the moderator's Wagtail profile)
        client.get(url)
    small = {url: count(client, url) for url in urls}
    for category in categories:
        add_threads(category, 990 if category == target else 240, author)
    large = {url: count(client, url) for url in urls}
    assert large == small
    assert max(large.values()) <= 16  # measured: index 8, category 14 (a member)


def test_thread_page_does_not_grow_with_posts(client, reader):
    authors = UserFactory.create_batch(5)
    thread = ThreadFactory(category=GroupCategoryFactory(working_group=reader.group))
    thread.tags.add("led", "street lighting")
    posts = add_posts(thread, 10, authors)
    ReadState.objects.create(
        user=reader.user, thread=thread, last_read_post_id=posts[3].pk, read_at=timezone.now()
    )
    url = thread.get_absolute_url()
    client.get(url)
    # Unread posts both times: the page finds the first of them and moves the read mark.
    ReadState.objects.filter(user=reader.user).update(last_read_post_id=posts[3].pk)
    small = count(client, url)
    more = add_posts(thread, 490, authors)
    ReadState.objects.filter(user=reader.user).update(last_read_post_id=more[250].pk)
    large = count(client, url)
    assert large == small
    assert large <= 15  # measured 15 for a member with unread posts (13 with none)

"""Benchmark data for the forum: a public category with 1,000 threads per scale step (each
with its opening post) and one thread with 200 posts, made with bulk inserts."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from kb_site.load_data import PREFIX, LoadStep, batches
from kb_site.markup import render_markdown

from .models import Category, Post, Thread

THREADS = 1000
LONG_THREAD_POSTS = 200
LONG_THREAD_SLUG = f"{PREFIX}thread-200-posts"
BODY = "Has anyone tendered **LED street lighting** with a dimming profile? > quoted\n\n- a\n- b"


def _authors() -> list:
    users = list(get_user_model().objects.filter(is_active=True).order_by("pk")[:50])
    if not users:
        users = [get_user_model().objects.create_user(email=f"{PREFIX}author@example.org")]
    return users


def _threads(total: int):
    category, _ = Category.objects.get_or_create(
        slug=f"{PREFIX}talk", defaults={"name": "Load talk", "kind": Category.Kind.PUBLIC}
    )
    authors, html = _authors(), render_markdown(BODY)
    have = category.threads.count()
    start = timezone.now() - timedelta(days=400)
    for batch in batches(total):
        wanted = [n for n in batch if n >= have]
        threads = Thread.objects.bulk_create(
            [
                Thread(category=category, title=f"Load thread {n} about street lighting",
                       slug=f"{PREFIX}thread-{n}", author=authors[n % len(authors)],
                       created=(at := start + timedelta(minutes=n)), last_activity=at)
                for n in wanted
            ]
        )  # fmt: skip
        posts = Post.objects.bulk_create(
            [
                Post(thread=t, author=t.author, body=BODY, body_html=html, created=t.created)
                for t in threads
            ]
        )
        for thread, post in zip(threads, posts, strict=True):
            thread.last_post = post
        Thread.objects.bulk_update(threads, ["last_post"])
        yield len(batch)


def _long_thread():
    if Thread.objects.filter(slug=LONG_THREAD_SLUG).exists():
        yield LONG_THREAD_POSTS
        return
    category = Category.objects.get(slug=f"{PREFIX}talk")
    authors, html = _authors(), render_markdown(BODY)
    start = timezone.now() - timedelta(days=2)
    thread = Thread.objects.create(
        category=category, title="Load thread with 200 posts", slug=LONG_THREAD_SLUG,
        author=authors[0], created=start, last_activity=start, reply_count=LONG_THREAD_POSTS - 1,
    )  # fmt: skip
    posts = Post.objects.bulk_create(
        [
            Post(thread=thread, author=authors[n % len(authors)], body=BODY, body_html=html,
                 created=start + timedelta(minutes=n))
            for n in range(LONG_THREAD_POSTS)
        ]
    )  # fmt: skip
    thread.last_post, thread.last_activity = posts[-1], posts[-1].created
    thread.save(update_fields=["last_post", "last_activity"])
    yield LONG_THREAD_POSTS


def load_steps(scale: int):
    yield LoadStep("forum threads", THREADS * scale, lambda: _threads(THREADS * scale))
    yield LoadStep("a thread of 200 posts", LONG_THREAD_POSTS, _long_thread)

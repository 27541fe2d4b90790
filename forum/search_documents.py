"""What the forum gives the site search (read by search's registry; nothing here imports
search). One document per thread: its title and its visible posts. The audience comes from
the category (public and helpdesk "public", members-only "members", a working group's
"group:<id>"); hidden threads, threads waiting for a moderator and hidden or held posts are
never indexed, so search cannot leak them."""

from django.db.models import Prefetch

from kb_site.translation import translations

from .models import Category, Post, Thread

MAX_BODY = 20_000


def _audience(category: Category) -> str:
    if category.kind == Category.Kind.WORKING_GROUP:
        return f"group:{category.working_group_id}"
    if category.kind == Category.Kind.MEMBERS:
        return "members"
    return "public"


def thread_document(thread: Thread) -> dict | None:
    if thread.hidden or thread.held or thread.merged_into_id:
        return None
    posts = [p for p in thread.posts.all() if not (p.hidden or p.held)]
    # The category's name in both languages: a search for "ielu apgaismojums" finds its threads.
    body = "\n\n".join([*translations(thread.category, "name"), *(p.body for p in posts)])
    body = body[:MAX_BODY]
    return {
        "title": thread.title,
        "body": body,
        "url": f"forum/t/{thread.pk}/{thread.slug or '-'}/",
        "kind": thread.category.kind,
        "tags": [tag.name for tag in thread.tags.all()],
        "product_groups": [thread.product_group.slug] if thread.product_group_id else [],
        "date": thread.last_activity,
        "audience": _audience(thread.category),
    }


def _threads():
    return Thread.objects.select_related("category", "product_group").prefetch_related(
        "tags", Prefetch("posts", queryset=Post.objects.order_by("created", "pk"))
    )


SOURCES = [
    {
        "type": "thread",
        "model": Thread,
        "items": _threads,
        "document": thread_document,
        # A post changes its thread's text; a category's kind changes who may find its threads.
        "depends_on": {
            Post: lambda post: _threads().filter(pk=post.thread_id),
            Category: lambda category: _threads().filter(category=category),
        },
    },
]

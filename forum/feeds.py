"""RSS and Atom for public categories and threads. Private ones answer 404: the check is
`permissions.public_threads` / `can_read_*` as anonymous, whoever fetches the feed."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from . import permissions
from .models import Category, Post, Thread

FEED_SIZE = 30


class CategoryFeed(Feed):
    def get_object(self, request, slug: str):
        category = get_object_or_404(Category, slug=slug)
        if not permissions.can_read_category(AnonymousUser(), category):
            raise Http404
        return category

    def title(self, category):
        return _("GPP Commons forum: %(name)s") % {"name": category.name}

    def description(self, category):
        return category.description

    def link(self, category):
        return reverse("forum:category", args=[category.slug])

    def items(self, category):
        return (
            permissions.public_threads(Thread.objects.filter(category=category))
            .select_related("last_post", "author")
            .order_by("-created", "-pk")[:FEED_SIZE]
        )

    def item_title(self, thread):
        return thread.title

    def item_description(self, thread):
        return thread.last_post.body_html if thread.last_post else ""

    def item_link(self, thread):
        return thread.get_absolute_url()

    def item_pubdate(self, thread):
        return thread.created

    def item_updateddate(self, thread):
        return thread.last_activity


class CategoryAtomFeed(CategoryFeed):
    feed_type = Atom1Feed
    subtitle = CategoryFeed.description


class ThreadFeed(Feed):
    def get_object(self, request, pk: int):
        thread = get_object_or_404(Thread.objects.select_related("category"), pk=pk)
        if not permissions.can_read_thread(AnonymousUser(), thread):
            raise Http404
        return thread

    def title(self, thread):
        return thread.title

    def description(self, thread):
        return _("New posts in “%(title)s”") % {"title": thread.title}

    def link(self, thread):
        return thread.get_absolute_url()

    def items(self, thread):
        posts = permissions.visible_posts(Post.objects.filter(thread=thread), AnonymousUser())
        return posts.select_related("author").order_by("-created", "-pk")[:FEED_SIZE]

    def item_title(self, post):
        name = post.author.get_full_name() if post.author else "?"
        return _("%(name)s in “%(title)s”") % {"name": name, "title": post.thread.title}

    def item_description(self, post):
        return post.body_html

    def item_link(self, post):
        return reverse("forum:post", args=[post.pk])

    def item_pubdate(self, post):
        return post.created


class ThreadAtomFeed(ThreadFeed):
    feed_type = Atom1Feed
    subtitle = ThreadFeed.description

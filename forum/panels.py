"""What the forum adds to pages of earlier apps (kb_site.panels) and the "discuss" link."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Q
from django.urls import reverse
from wagtail.models import Page

from kb_site.taxonomy import ProductGroup
from members.models import Organisation

from . import permissions, selectors
from .models import Category, Post, Thread


def discussion_url(obj) -> str | None:
    """The discuss link of a page, organisation or product group; no query (see discussion.py)."""
    for model, kind in (
        (Page, "page"),
        (Organisation, "organisation"),
        (ProductGroup, "product_group"),
    ):
        if isinstance(obj, model) and obj.pk:
            return reverse("forum:discuss", args=[kind, obj.pk])
    return None


def home_threads(request, page) -> dict | None:
    threads = selectors.latest_public_threads(limit=5)
    return {"threads": threads} if threads else None


def working_group_category(request, group) -> dict | None:
    """The group's private categories, shown to people who may read them (two queries)."""
    categories = [
        c
        for c in Category.objects.filter(working_group=group).annotate(
            thread_count=Count("threads", filter=Q(threads__hidden=False, threads__held=False))
        )
        if permissions.can_read_category(request.user, c)
    ]
    return {"categories": categories, "group": group} if categories else None


def organisation_activity(request, organisation) -> dict | None:
    """Recent public posts by the organisation's people (one query)."""
    posts = list(
        permissions.visible_posts(
            Post.objects.filter(
                author__memberships__organisation=organisation,
                thread__in=permissions.public_threads(Thread.objects.all()),
            ),
            AnonymousUser(),
        )
        .select_related("author", "thread")
        .order_by("-created", "-pk")[:5]
    )
    return {"posts": posts} if posts else None


def support_unit_helpdesk(request, unit) -> dict | None:
    threads = list(
        permissions.public_threads(
            Thread.objects.filter(category__support_unit=unit, accepted_post__isnull=True)
        ).order_by("created")[:5]
    )
    return {"threads": threads, "unit": unit} if threads else None

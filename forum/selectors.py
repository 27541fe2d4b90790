"""Reads for the forum pages, each a fixed number of queries whatever the size of the forum."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from statistics import median

from django.core.paginator import Paginator
from django.db.models import (
    Count,
    Exists,
    F,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    prefetch_related_objects,
)
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from kb_site.fragments import lazy
from kb_site.taxonomy import ProductGroup
from members.models import Organisation, SupportUnit

from . import permissions
from .models import (
    Category,
    Flag,
    ModerationAction,
    Post,
    Reaction,
    ReadState,
    Subscription,
    TaggedThread,
    Thread,
)

THREADS_PER_PAGE = 30
POSTS_PER_PAGE = 20


def _shown_threads() -> Q:
    return Q(threads__hidden=False, threads__held=False)


def forum_index(*, user) -> list[Category]:
    """Top-level categories the user reads, each with its readable sub-categories in `subs`."""
    latest = Thread.objects.filter(category=OuterRef("pk"), hidden=False, held=False).order_by(
        "-last_activity", "-pk"
    )
    categories = list(
        permissions.visible_categories(Category.objects.all(), user)
        .select_related("working_group", "support_unit")
        .annotate(
            thread_count=Count("threads", filter=_shown_threads()),
            post_count=Count("threads", filter=_shown_threads())
            + Sum("threads__reply_count", filter=_shown_threads(), default=0),
            last_activity=Max("threads__last_activity", filter=_shown_threads()),
            latest_title=Subquery(latest.values("title")[:1]),
            latest_id=Subquery(latest.values("pk")[:1]),
        )
        .order_by("position", "name")
    )
    by_parent = defaultdict(list)
    for category in categories:
        by_parent[category.parent_id].append(category)
    shown = {c.pk for c in categories}
    top = []
    for category in categories:
        category.subs = by_parent.get(category.pk, [])
        # A parent's row counts its sub-categories too, as a reader scanning the index expects.
        for sub in category.subs:
            category.thread_count += sub.thread_count
            category.post_count += sub.post_count
            if sub.last_activity and (
                category.last_activity is None or sub.last_activity > category.last_activity
            ):
                category.last_activity = sub.last_activity
                category.latest_title, category.latest_id = sub.latest_title, sub.latest_id
        if category.parent_id is None or category.parent_id not in shown:
            top.append(category)
    return top


def category_for(*, slug: str, user) -> Category:
    category = (
        Category.objects.select_related("parent", "working_group", "support_unit")
        .filter(slug=slug)
        .first()
    )
    if category is None or not permissions.can_read_category(user, category):
        raise Http404
    return category


def unread_marks(*, user, last_posts: dict[int, int | None]) -> dict[int, str]:
    """ "new" (never opened) or "unread" (new posts since) for the threads the member has not
    read to their last post, given each thread's last post id: one query, none for visitors."""
    if not user.is_authenticated or not last_posts:
        return {}
    states = dict(
        ReadState.objects.filter(user=user, thread_id__in=list(last_posts)).values_list(
            "thread_id", "last_read_post_id"
        )
    )
    marks = {}
    for pk, last_post_id in last_posts.items():
        last_read = states.get(pk)
        if last_read is None:
            marks[pk] = "new"
        elif (last_post_id or 0) > last_read:
            marks[pk] = "unread"
    return marks


def _with_unread(threads: list[Thread], user) -> list[Thread]:
    """Set `unread` (never opened or new posts since) and `never_read` on each thread."""
    marks = unread_marks(user=user, last_posts={t.pk: t.last_post_id for t in threads})
    for thread in threads:
        thread.unread = thread.pk in marks
        thread.never_read = marks.get(thread.pk) == "new"
    return threads


# What a thread list shows (forum/includes/thread_list.html): a post's body and most of a
# user's columns are never read there.
_PERSON = ("display_name", "first_name", "last_name", "email")
_THREAD_LIST_FIELDS = (
    "category",
    "category__name_en",  # both: the name falls back to the other language
    "category__name_lv",
    "title",
    "slug",
    "last_activity",
    "reply_count",
    "pinned",
    "locked",
    "hidden",
    "held",
    "accepted_post",
    "author",
    *(f"author__{name}" for name in _PERSON),
    "last_post",
    "last_post__author",
    *(f"last_post__author__{name}" for name in _PERSON),
)


def _thread_list(queryset: QuerySet[Thread]) -> QuerySet[Thread]:
    return queryset.select_related("author", "category", "last_post__author").only(
        *_THREAD_LIST_FIELDS
    )


def _with_tags(threads: list[Thread]) -> list[Thread]:
    """Set `tag_list`, (slug, name) pairs, on each thread: one query (taggit's prefetch built a
    queryset per thread, half the time of a category page's list)."""
    tags = defaultdict(list)
    for thread_id, slug, name in (
        TaggedThread.objects.filter(content_object_id__in=[t.pk for t in threads])
        .order_by("pk")
        .values_list("content_object_id", "tag__slug", "tag__name")
    ):
        tags[thread_id].append((slug, name))
    for thread in threads:
        thread.tag_list = tags.get(thread.pk, [])
    return threads


def category_threads(*, category: Category, user, page: int | str = 1):
    """A page of the category's threads, pinned first, newest activity next (the unread marks
    are the template's: forum_tags.unread_marks, outside the shared list)."""
    queryset = _thread_list(
        permissions.visible_threads(Thread.objects.filter(category=category), user)
    ).order_by("-pinned", "-last_activity", "-pk")
    page_obj = Paginator(queryset, THREADS_PER_PAGE).get_page(page)
    _with_tags(list(page_obj.object_list))
    return page_obj


def tag_threads(*, tag: str, user, page: int | str = 1):
    """A page of the threads with the tag (the unread marks as for category_threads)."""
    queryset = _thread_list(
        permissions.visible_threads(Thread.objects.filter(tags__slug=tag), user)
    ).order_by("-last_activity", "-pk")
    page_obj = Paginator(queryset, THREADS_PER_PAGE).get_page(page)
    _with_tags(list(page_obj.object_list))
    return page_obj


UNREAD_WINDOW = timedelta(days=30)


def unread_threads(*, user, limit: int = 50) -> list[Thread]:
    """ "New since your last visit": readable threads active in the last 30 days with posts the
    member has not seen (older threads never opened are not news)."""
    read = ReadState.objects.filter(user=user, thread=OuterRef("pk")).values("last_read_post_id")
    queryset = (
        _thread_list(permissions.visible_threads(Thread.objects.all(), user))
        .annotate(last_read=Subquery(read[:1]))
        .filter(last_activity__gte=timezone.now() - UNREAD_WINDOW)
        .filter(Q(last_read__isnull=True) | Q(last_post_id__gt=F("last_read")))
        .order_by("-last_activity", "-pk")
    )
    return _with_tags(_with_unread(list(queryset[:limit]), user))


def thread_for(*, pk: int, user, for_reader: bool = False) -> Thread:
    """The thread the user may read; ``for_reader`` (the thread page) also brings, in the same
    query, the opening post's id and the member's read mark and subscription (`reader_state`)."""
    # Two joins, and the optional relations read only when set: PostgreSQL took 6 ms to plan
    # the twelve-table join this was (0.6 ms to run it), and prefetching tags through taggit
    # cost 4 ms against 0.6 ms for reading them in the template.
    queryset = Thread.objects.select_related("category__parent").filter(pk=pk)
    # A visitor's page uses none of it (no delete links, no read mark): no subqueries to build.
    reader = for_reader and user.is_authenticated
    if reader:
        first = Post.objects.filter(thread=OuterRef("pk")).order_by("created", "pk")
        read = ReadState.objects.filter(user=user, thread=OuterRef("pk"))
        queryset = queryset.annotate(
            first_post=Subquery(first.values("pk")[:1]),
            last_read=Subquery(read.values("last_read_post_id")[:1]),
            subscribed=Exists(Subscription.objects.filter(user=user, thread=OuterRef("pk"))),
        )
    thread = queryset.order_by().first()  # by pk: the default ordering's three columns cost
    if thread is None:  # more to compile than the rest
        raise Http404
    if reader:
        thread.reader_state = ReaderState(
            first_post_id=thread.first_post,
            last_read=thread.last_read,
            subscribed=thread.subscribed,
        )
    elif for_reader:
        thread.reader_state = ReaderState(first_post_id=None, last_read=None, subscribed=False)
    if thread.merged_into_id and not permissions.can_moderate(user):
        if for_reader:
            return thread  # the page sends readers of the target there (merge_target), or 404
        raise Http404  # nothing is done to a merged thread but by moderators
    if not permissions.can_read_thread(user, thread):
        raise Http404
    if for_reader:
        return thread  # the page's head is a fragment: it reads the relations only on a miss
    if optional := [
        lookup for lookup in _OPTIONAL_RELATIONS if getattr(thread, lookup.split("__")[0] + "_id")
    ]:
        prefetch_related_objects([thread], *optional)
    return thread


def merge_target(*, thread: Thread, user) -> Thread | None:
    """Where a merged thread's old address sends this reader: the thread its posts went to
    (through any later merges), if they may read it. None: a 404, as for any thread they
    cannot read (the target's address would tell its title)."""
    target, seen = thread, {thread.pk}
    while target.merged_into_id:
        if target.merged_into_id in seen:
            return None
        seen.add(target.merged_into_id)
        target = Thread.objects.select_related("category").filter(pk=target.merged_into_id).first()
        if target is None:
            return None
    return target if permissions.can_read_thread(user, target) else None


# What a thread can be about, by the kind named in "page:12", "organisation:3"...
REFERENCE_MODELS = {"page": Page, "organisation": Organisation, "product_group": ProductGroup}


def reference_target(*, kind: str, pk, user):
    """The page, organisation or product group a thread may be about, if `user` may see it
    (permissions.can_see_reference); None for anything else, which does not admit it exists."""
    model = REFERENCE_MODELS.get(kind)
    if model is None or not str(pk).isdigit():
        return None
    target = model.objects.filter(pk=int(pk)).first()
    if target is None or not permissions.can_see_reference(user, target):
        return None
    return target


def parse_reference(ref: str, *, user):
    """ "page:12" and the like to its target (reference_target), or None."""
    kind, _sep, pk = (ref or "").partition(":")
    return reference_target(kind=kind, pk=pk, user=user)


def thread_references(*, thread: Thread, user) -> tuple[tuple[str, str], ...]:
    """(address, name) of what the thread is about, each only if this reader may see it now."""
    shown = []
    for kind in REFERENCE_MODELS:
        if getattr(thread, f"{kind}_id") is None:
            continue
        target = getattr(thread, kind)
        if target is None or not permissions.can_see_reference(user, target):
            continue
        if kind == "page":
            shown.append((target.url, target.title))
        elif kind == "organisation":
            url = reverse("members:organisation_detail", args=[target.slug])
            shown.append((url, target.name))
        else:
            url = reverse("practices:product_group_detail", args=[target.slug])
            shown.append((url, str(target)))
    return tuple(shown)


def followed(*, user) -> list[Subscription]:
    """What the member follows and may still read (a follow of a group's room they left is
    kept, in case they come back, but not listed: its title is not theirs to see any more)."""
    readable_threads = permissions.visible_threads(Thread.objects.all(), user)
    readable_categories = permissions.visible_categories(Category.objects.all(), user)
    return list(
        Subscription.objects.filter(user=user)
        .filter(
            Q(thread__in=readable_threads)
            | Q(category__in=readable_categories)
            | (Q(thread__isnull=True, category__isnull=True) & ~Q(tag=""))
        )
        .select_related("thread", "category")
        .order_by("pk")
    )


@dataclass
class ReaderState:
    first_post_id: int | None
    last_read: int | None  # the member's read mark (None: never opened, or a visitor)
    subscribed: bool


_OPTIONAL_RELATIONS = ("accepted_post__author", "page", "product_group", "organisation")


@dataclass
class ThreadPage:
    thread: Thread
    page: object
    posts: lazy  # of Post
    first_unread_page: int | None
    first_unread_id: int | None
    subscribed: bool = False
    reactions: dict = field(default_factory=dict)
    last_read: int | None = None  # the member's read mark before this view
    first_post_id: int | None = None


def thread_posts(*, thread: Thread, user) -> QuerySet[Post]:
    return permissions.visible_posts(Post.objects.filter(thread=thread), user).order_by(
        "created", "pk"
    )


def thread_page(*, thread: Thread, user, page: int | str | None = None) -> ThreadPage:
    """One page of posts with authors, quotes, reactions and flags (a fixed number of queries).

    Without a page number a returning member lands on the page of their first unread post.
    """
    posts = thread_posts(thread=thread, user=user)
    paginator = Paginator(posts, POSTS_PER_PAGE)
    first_unread_page = first_unread_id = None
    state = getattr(thread, "reader_state", None)
    if state is None:  # a thread that did not come from thread_for(for_reader=True)
        state = _reader_state(thread=thread, user=user)
    subscribed = bool(user.is_authenticated and state.subscribed)
    if user.is_authenticated and state.last_read is not None:
        # The read position and the paginator's count in one query.
        counts = posts.aggregate(
            total=Count("pk"), read=Count("pk", filter=Q(pk__lte=state.last_read))
        )
        paginator.count = counts["total"]  # a cached_property: the paginator counts no more
        position = counts["read"]
        if position < paginator.count:
            first_unread_page = position // POSTS_PER_PAGE + 1
            first_unread_id = (
                posts.filter(pk__gt=state.last_read).values_list("pk", flat=True).first()
            )
    if page is None:
        page = first_unread_page or 1
    page_obj = paginator.get_page(page)
    return ThreadPage(
        thread=thread,
        page=page_obj,
        # Lazy: a cached post list (forum/views.py) skips the query and the object building.
        posts=lazy(lambda: _page_posts(page_obj.object_list, thread=thread, user=user)),
        first_unread_page=first_unread_page,
        first_unread_id=first_unread_id,
        subscribed=subscribed,
        last_read=state.last_read,
        first_post_id=state.first_post_id,
    )


def _reader_state(*, thread: Thread, user) -> ReaderState:
    if not user.is_authenticated:
        return ReaderState(first_post_id=None, last_read=None, subscribed=False)  # not used
    state = ReadState.objects.filter(user=user, thread=thread).first()
    return ReaderState(
        first_post_id=first_post_id(thread=thread),
        last_read=state.last_read_post_id if state else None,
        subscribed=Subscription.objects.filter(user=user, thread=thread).exists(),
    )


# What a page of posts shows: not the Markdown source, nor the quoted post's texts.
_POST_FIELDS = (
    *("thread", "author", "body_html", "created", "edited", "hidden"),
    *("deleted_by_author", "held", "quoted", "author__forum_preference__handle"),
    *(f"author__{name}" for name in _PERSON),
    *("quoted__author", "quoted__hidden", "quoted__held"),
    *(f"quoted__author__{name}" for name in _PERSON),
)


def _page_posts(posts: QuerySet[Post], *, thread: Thread, user) -> list[Post]:
    """One page of posts with authors, quotes, reactions and flags (three queries)."""
    page_posts = list(
        posts.select_related("author__forum_preference", "quoted__author").only(*_POST_FIELDS)
    )
    ids = [post.pk for post in page_posts]
    # Tuples, not a prefetch: prefetch_related builds a related manager's queryset per post,
    # which cost more than the query itself (2 ms a page).
    reactions = defaultdict(list)
    for post_id, kind, user_id in Reaction.objects.filter(post_id__in=ids).values_list(
        "post_id", "kind", "user_id"
    ):
        reactions[post_id].append((kind, user_id))
    open_flags = Counter()
    if permissions.can_moderate(user):
        flagged = _open_flags().filter(post_id__in=ids)
        open_flags = Counter(flagged.values_list("post_id", flat=True))
    kinds = [(kind, str(label)) for kind, label in Reaction.Kind.choices]  # translated once
    for post in page_posts:
        post.thread = thread
        given = reactions.get(post.pk, ())
        counts = Counter(kind for kind, _user_id in given)
        mine = {kind for kind, user_id in given if user_id == user.pk}
        post.reaction_summary = [
            {"kind": kind, "label": label, "count": counts.get(kind, 0), "mine": kind in mine}
            for kind, label in kinds
        ]
        post.open_flags = open_flags.get(post.pk, 0)
        post.quote_visible = post.quoted_id and permissions.can_see_post(user, post.quoted)
    return page_posts


def helpdesk_staff_ids(*, category: Category) -> set[int]:
    """Who answers for the helpdesk category's support unit (their posts carry a badge)."""
    if category.kind != Category.Kind.HELPDESK or not category.support_unit_id:
        return set()
    return set(
        SupportUnit.staff.through.objects.filter(
            supportunit_id=category.support_unit_id
        ).values_list("user_id", flat=True)
    )


def first_post_id(*, thread: Thread) -> int | None:
    return thread.posts.order_by("created", "pk").values_list("pk", flat=True).first()


def post_page_number(*, post: Post, user) -> int:
    """The page of the thread on which a post appears (for permalinks)."""
    before = thread_posts(thread=post.thread, user=user).filter(
        Q(created__lt=post.created) | Q(created=post.created, pk__lt=post.pk)
    )
    return before.count() // POSTS_PER_PAGE + 1


def post_for(*, pk: int, user) -> Post:
    post = Post.objects.select_related("thread__category", "author").filter(pk=pk).first()
    if (
        post is None
        or not permissions.can_read_thread(user, post.thread)
        or not permissions.can_see_post(user, post)
    ):
        raise Http404
    return post


def moderation_queue(*, limit: int = 100) -> dict:
    """Held posts (oldest first) and posts with open flags (most flagged first)."""
    held = list(
        Post.objects.filter(held=True, hidden=False)
        .select_related("author", "thread__category")
        .order_by("created")[:limit]
    )
    flagged = list(
        Post.objects.annotate(flag_count=Count("flags", filter=Q(flags__resolved_at__isnull=True)))
        .filter(flag_count__gt=0)
        .select_related("author", "thread__category")
        .prefetch_related(
            Prefetch(
                "flags",
                queryset=_open_flags().select_related("user"),
                to_attr="open_flag_list",
            )
        )
        .order_by("-flag_count", "created")[:limit]
    )
    return {"held": held, "flagged": flagged}


def _open_flags():
    return Flag.objects.filter(resolved_at__isnull=True).order_by("created")


def moderation_log(*, limit: int = 100) -> list[ModerationAction]:
    return list(
        ModerationAction.objects.select_related("moderator", "thread", "target_user")[:limit]
    )


@dataclass
class HelpdeskUnit:
    unit: SupportUnit | None
    open_questions: list[Thread]
    median_first_response: object  # timedelta | None
    answered: int


def helpdesk_overview(*, user) -> list[HelpdeskUnit]:
    """Open questions per support unit with their age, and each unit's median first response.

    Three queries: the readable helpdesk threads that are open, the response times, the units.
    """
    now = timezone.now()
    helpdesk = permissions.visible_threads(
        Thread.objects.filter(category__kind=Category.Kind.HELPDESK), user
    ).filter(held=False)
    open_questions = list(
        helpdesk.filter(accepted_post__isnull=True)
        .select_related("category", "author")
        .order_by("created")
    )
    responses = helpdesk.filter(first_response__isnull=False).values_list(
        "category__support_unit_id", "created", "first_response"
    )
    times = defaultdict(list)
    for unit_id, created, first in responses:
        times[unit_id].append(first - created)
    by_unit = defaultdict(list)
    for thread in open_questions:
        thread.age = now - thread.created
        by_unit[thread.category.support_unit_id].append(thread)
    units = list(
        SupportUnit.objects.filter(forum_categories__kind=Category.Kind.HELPDESK).distinct()
    )
    result = [
        HelpdeskUnit(
            unit=unit,
            open_questions=by_unit.get(unit.pk, []),
            median_first_response=median(times[unit.pk]) if times.get(unit.pk) else None,
            answered=len(times.get(unit.pk, [])),
        )
        for unit in units
    ]
    if by_unit.get(None):
        result.append(HelpdeskUnit(None, by_unit[None], None, 0))
    return result


def latest_public_threads(*, limit: int = 5) -> list[Thread]:
    return list(
        permissions.public_threads(Thread.objects.all())
        .select_related("category", "last_post__author")
        .order_by("-last_activity", "-pk")[:limit]
    )

"""The one place that answers "may this user do this?" in the forum.

Views, templates, feeds, notifications (mentions, subscriptions, e-mail) and the search index
all ask these functions, so a private working-group thread cannot leak through one of them.
Answers about a user (groups, working groups, support units, suspension) are cached on the user
object, so a page that asks for every row costs a fixed number of queries.

Moderators and staff read every category: they handle flags wherever they are raised.
"""

from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page

from kb_site.taxonomy import ProductGroup
from members.models import Organisation, User
from members.permissions import can_view_organisation, can_view_page, is_member, is_moderator

from .models import Category, Post, Thread

AUTHOR_DELETE_WINDOW = timedelta(hours=24)

Kind = Category.Kind


def can_moderate(user: User | AnonymousUser) -> bool:
    return is_member(user) and (user.is_staff or is_moderator(user))


def _group_ids(user) -> set[int]:
    if not hasattr(user, "_forum_group_ids"):
        user._forum_group_ids = set(user.working_group_seats.values_list("group_id", flat=True))
    return user._forum_group_ids


def _unit_ids(user) -> set[int]:
    if not hasattr(user, "_forum_unit_ids"):
        user._forum_unit_ids = set(user.support_units.values_list("pk", flat=True))
    return user._forum_unit_ids


def is_suspended(user: User | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_forum_suspended"):
        user._forum_suspended = user.forum_suspensions.filter(until__gt=timezone.now()).exists()
    return user._forum_suspended


def forget(user) -> None:
    """Drop the answers cached on a user object (after their groups or suspension changed)."""
    for name in ("_forum_group_ids", "_forum_unit_ids", "_forum_suspended"):
        if hasattr(user, name):
            delattr(user, name)


# Reading ------------------------------------------------------------------------------------


def can_read_category(user: User | AnonymousUser, category: Category) -> bool:
    if category.kind in (Kind.PUBLIC, Kind.HELPDESK):
        return True
    if not is_member(user):
        return False
    if category.kind == Kind.MEMBERS or can_moderate(user):
        return True
    return category.working_group_id in _group_ids(user)


def visible_categories(queryset: QuerySet[Category], user) -> QuerySet[Category]:
    if can_moderate(user):
        return queryset
    kinds = [Kind.PUBLIC, Kind.HELPDESK]
    if not is_member(user):
        return queryset.filter(kind__in=kinds)
    kinds.append(Kind.MEMBERS)
    return queryset.filter(Q(kind__in=kinds) | Q(working_group_id__in=_group_ids(user)))


def category_audience(user) -> tuple:
    """Readers with the same audience see the same categories (the key of a cached index)."""
    if can_moderate(user):
        return ("moderators",)
    if not is_member(user):
        return ("public",)
    return ("members", *sorted(_group_ids(user)))


def thread_list_audience(user, queryset: QuerySet[Thread]) -> tuple:
    """Readers with the same audience see the same threads of `queryset` (the key of a cached
    list): the category audience, and a member's own held threads, which only they see."""
    audience = category_audience(user)
    if not user.is_authenticated or audience == ("moderators",):
        return audience
    own_held = queryset.filter(author_id=user.pk, held=True, hidden=False)
    return (*audience, "held", *own_held.order_by("pk").values_list("pk", flat=True))


def can_read_thread(user: User | AnonymousUser, thread: Thread) -> bool:
    if thread.hidden and not can_moderate(user):
        return False
    if thread.held and not (can_moderate(user) or _is_author(user, thread)):
        return False
    return can_read_category(user, thread.category)


def _is_author(user, obj) -> bool:
    return bool(user.is_authenticated and obj.author_id == user.pk)


def visible_threads(queryset: QuerySet[Thread], user) -> QuerySet[Thread]:
    """Threads the user may read: in a category they read, and not hidden (but to moderators)."""
    if can_moderate(user):
        return queryset
    public = Q(category__kind__in=[Kind.PUBLIC, Kind.HELPDESK])
    if is_member(user):
        public |= Q(category__kind=Kind.MEMBERS) | Q(
            category__working_group_id__in=_group_ids(user)
        )
    mine = Q(held=False)
    if user.is_authenticated:
        mine |= Q(author_id=user.pk)
    return queryset.filter(public, mine, hidden=False)


def public_threads(queryset: QuerySet[Thread]) -> QuerySet[Thread]:
    """What anybody may read: feeds and the home page use this, whoever asks."""
    return visible_threads(queryset, AnonymousUser())


def visible_posts(queryset: QuerySet[Post], user) -> QuerySet[Post]:
    """Posts of a thread the user reads: published ones, their own held ones, all for moderators."""
    if can_moderate(user):
        return queryset
    shown = Q(hidden=False, held=False)
    if user.is_authenticated:
        shown |= Q(author=user, held=True, hidden=False)
    return queryset.filter(shown)


def can_see_post(user, post: Post) -> bool:
    if can_moderate(user):
        return True
    if post.hidden:
        return False
    return not post.held or (user.is_authenticated and post.author_id == user.pk)


# Writing ------------------------------------------------------------------------------------


def can_write(user: User | AnonymousUser) -> bool:
    """A member who is not suspended may write somewhere."""
    return is_member(user) and not is_suspended(user)


def can_post(user: User | AnonymousUser, category: Category) -> bool:
    """May start a thread in the category."""
    return can_write(user) and can_read_category(user, category)


def can_reply(user: User | AnonymousUser, thread: Thread) -> bool:
    if not (can_write(user) and can_read_thread(user, thread)):
        return False
    return not thread.locked or can_moderate(user)


def can_edit_post(user: User | AnonymousUser, post: Post) -> bool:
    if can_moderate(user):
        return True
    return (
        can_write(user) and post.author_id == user.pk and not post.hidden and not post.thread.locked
    )


def can_delete_post(user: User | AnonymousUser, post: Post, *, is_first: bool) -> bool:
    """Authors delete their own post within a day; an opening post only while nobody replied."""
    if can_moderate(user):
        return True
    if not can_edit_post(user, post):
        return False
    if timezone.now() - post.created > AUTHOR_DELETE_WINDOW:
        return False
    return not (is_first and post.thread.reply_count > 0)


def can_see_history(user: User | AnonymousUser) -> bool:
    return can_moderate(user)


def can_flag(user: User | AnonymousUser, post: Post) -> bool:
    return can_write(user) and post.author_id != user.pk


def can_react(user: User | AnonymousUser, post: Post) -> bool:
    return can_write(user) and post.author_id != user.pk and post.visible


def is_support_staff(user: User | AnonymousUser, category: Category) -> bool:
    """Staff of the helpdesk category's support unit (site staff count as well)."""
    if not is_member(user) or category.kind != Kind.HELPDESK:
        return False
    return user.is_staff or category.support_unit_id in _unit_ids(user)


def can_accept(user: User | AnonymousUser, thread: Thread) -> bool:
    """The asker, the unit's staff and moderators mark a helpdesk question's accepted answer."""
    if thread.category.kind != Kind.HELPDESK or not is_member(user):
        return False
    return (
        (thread.author_id == user.pk and not is_suspended(user))
        or is_support_staff(user, thread.category)
        or can_moderate(user)
    )


def can_subscribe(user: User | AnonymousUser) -> bool:
    return is_member(user)


def may_be_told_about(user: User | AnonymousUser, thread: Thread) -> bool:
    """Whether a notification naming `thread` may (still) reach `user`, now or in tomorrow's
    digest: they read its category (a member who left the group hears nothing more of its
    room, whatever they followed), and the thread, unless it is their own (a moderator's
    notice that their thread was hidden reaches them)."""
    if not can_read_category(user, thread.category):
        return False
    return can_read_thread(user, thread) or _is_author(user, thread)


# What a thread is about -----------------------------------------------------------------------


def can_see_reference(user: User | AnonymousUser, target) -> bool:
    """Whether `user` may see the page, organisation or product group a thread is about.

    The one rule for references: a thread is made about what its author sees, the "discuss"
    link opens for what its reader sees, and "About: ..." shows each reader only what they
    see, so a page unpublished (or an organisation hidden) since disappears from it too."""
    if isinstance(target, Organisation):
        return can_view_organisation(user, target)
    if isinstance(target, Page):
        return can_view_page(user, target)
    return isinstance(target, ProductGroup)  # the criteria sets are public


def can_see_helpdesk_figures(user: User | AnonymousUser) -> bool:
    return True  # open questions and response times are public: they keep the units honest

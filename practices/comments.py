"""Comments on case studies (django-comments-xtd), with our own moderation and followers.

django-comments-xtd stores threaded comments and runs the posting view. What it does not do
the way GPP Commons needs is done here:
- a member's comments wait for a moderator until one of them has been approved
  (``CommentModerator.moderate``);
- followers of a page (``PageFollower``: commenting follows, a button and every e-mail's
  one-click link unfollow) hear of each published comment by notification and e-mail, sent
  through the task queue in their own language (xtd's own follow-up e-mails, sent in a
  thread in English, stay off: no comment ever has ``followup`` set);
- the text is Markdown, rendered with the site's sanitiser.
"""

import contextlib

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_noop
from django_comments.moderation import AlreadyModerated
from django_comments_xtd.models import XtdComment
from django_comments_xtd.moderation import XtdCommentModerator, moderator
from wagtail.models import Page

from kb_site.mail import email_enqueue
from members.models import User
from members.permissions import is_moderator
from members.services import notify

from .models import PageFollower

UNFOLLOW_SALT = "practices.unfollow"


class CommentModerator(XtdCommentModerator):
    """Holds the comments of members with no approved comment yet; moderators are trusted."""

    email_notification = False  # moderators see the queue in the site

    def allow(self, comment, content_object, request):
        return bool(request.user.is_authenticated)  # the view asks anonymous people to log in

    def moderate(self, comment, content_object, request):
        user = request.user
        if is_moderator(user) or user.is_staff:
            return False
        return not XtdComment.objects.filter(user=user, is_public=True, is_removed=False).exists()


def register(model) -> None:
    with contextlib.suppress(AlreadyModerated):  # ready() may run twice in tests
        moderator.register(model, CommentModerator)


def comments_for_page(*, page: Page, user) -> list[XtdComment]:
    """The page's published comments in thread order, and the reader's own held ones."""
    visible = Q(is_public=True)
    if user.is_authenticated:
        visible |= Q(user=user, is_public=False)
    return list(
        XtdComment.objects.for_model(page.specific_class)
        .filter(visible, object_pk=str(page.pk), is_removed=False)
        .select_related("user")
        .order_by("thread_id", "order")
    )


def held_comments():
    """The moderation queue, oldest first."""
    return (
        XtdComment.objects.filter(is_public=False, is_removed=False)
        .select_related("user", "content_type")
        .order_by("submit_date")
    )


def moderation_queue(*, limit: int = 100) -> list[XtdComment]:
    """The held comments, each with the page it is about (two queries in all)."""
    queue = list(held_comments()[:limit])
    pages = Page.objects.in_bulk([int(c.object_pk) for c in queue if c.object_pk.isdigit()])
    for comment in queue:
        comment.page = pages.get(int(comment.object_pk)) if comment.object_pk.isdigit() else None
    return queue


def page_follow(*, user: User, page: Page) -> None:
    PageFollower.objects.get_or_create(user=user, page_id=page.pk)


def page_unfollow(*, user: User, page_id: int) -> bool:
    deleted, _rows = PageFollower.objects.filter(user=user, page_id=page_id).delete()
    return bool(deleted)


def is_following(*, user, page: Page) -> bool:
    return bool(
        user.is_authenticated and PageFollower.objects.filter(user=user, page_id=page.pk).exists()
    )


def unfollow_token(*, user: User, page_id: int) -> str:
    return signing.dumps({"u": user.pk, "p": page_id}, salt=UNFOLLOW_SALT)


def unfollow_from_token(token: str) -> tuple[User, int] | None:
    """The follower and page a one-click link names, or None when it was tampered with."""
    try:
        data = signing.loads(token, salt=UNFOLLOW_SALT)
        return User.objects.get(pk=data["u"]), int(data["p"])
    except (signing.BadSignature, User.DoesNotExist, KeyError, TypeError, ValueError):
        return None


@transaction.atomic
def comment_approve(*, comment: XtdComment, by: User) -> None:
    comment.is_public = True
    comment.save()
    page = Page.objects.get(pk=comment.object_pk).specific
    if comment.user_id:
        notify(
            user=comment.user,
            message=gettext_noop("Your comment on %(title)s has been published."),
            params={"title": page.title},
            url=f"{page.url}#c{comment.pk}",
        )
    transaction.on_commit(lambda: comment_published(comment=comment))


@transaction.atomic
def comment_remove(*, comment: XtdComment, by: User) -> None:
    comment.is_removed = True
    comment.save()
    if comment.user_id:
        page = Page.objects.get(pk=comment.object_pk).specific
        notify(
            user=comment.user,
            message=gettext_noop("A moderator did not publish your comment on %(title)s."),
            params={"title": page.title},
            url=page.url or "",
        )


def comment_posted(*, comment: XtdComment) -> None:
    """A new comment: its author follows the page; if it is published, followers hear of it."""
    page = Page.objects.get(pk=comment.object_pk)
    if comment.user_id:
        page_follow(user=comment.user, page=page)
    if comment.is_public:
        transaction.on_commit(lambda: comment_published(comment=comment))


def comment_published(*, comment: XtdComment) -> None:
    """Tell every follower but the author, in the site and by e-mail in their language."""
    page = Page.objects.get(pk=comment.object_pk).specific
    followers = (
        User.objects.filter(followed_pages__page_id=page.pk, is_active=True)
        .exclude(pk=comment.user_id)
        .order_by("pk")
    )
    for follower in followers:
        language = follower.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            page_url = f"{settings.SITE_URL}{page.url}#c{comment.pk}"
            token = unfollow_token(user=follower, page_id=page.pk)
            unfollow_url = settings.SITE_URL + reverse("practices:unfollow", args=[token])
            subject = notify(
                user=follower,
                message=gettext_noop("New comment on %(title)s"),
                params={"title": page.title},
                url=f"{page.url}#c{comment.pk}",
            ).text
            context = {
                "follower": follower,
                "comment": comment,
                "page": page,
                "page_url": page_url,
                "unfollow_url": unfollow_url,
                "sent_at": timezone.now(),
            }
            message = EmailMultiAlternatives(
                subject=subject,
                body=render_to_string("practices/email/new_comment.txt", context),
                to=[follower.email],
                headers={
                    "List-Unsubscribe": f"<{unfollow_url}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
            email_enqueue(message=message)


def on_comment_saved(sender, instance: XtdComment, created: bool, raw: bool = False, **kwargs):
    """post_save receiver: the only hook xtd's posting view leaves after it creates a comment."""
    if created and not raw and instance.content_type.app_label == "practices":
        comment_posted(comment=instance)

"""Writes in the forum: threads, posts, reactions, flags, subscriptions and moderation.

Every write that makes a post visible ends in `_announce`, which notifies the people who follow
the thread, its category or its tags, who are mentioned or quoted, and only if they may read it.
Moderation actions are logged (`ModerationAction`) and their author is told.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop
from wagtail.models import Page

from kb_site import ratelimit
from kb_site.mail import email_enqueue
from kb_site.markup import render_markdown
from kb_site.taxonomy import ProductGroup
from members.models import Organisation, User
from members.services import notify

from . import permissions
from .models import (
    Category,
    DigestItem,
    Flag,
    ModerationAction,
    Post,
    PostImage,
    PostRevision,
    Preference,
    Reaction,
    ReadState,
    Subscription,
    Suspension,
    Thread,
)

MAX_BODY = 20_000
NEW_MEMBER_POSTS = 3  # a member with fewer published posts is "new": more of their posts wait
MENTION = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9-]{1,59})", re.IGNORECASE)
LINK = re.compile(r"(https?://\S+|www\.\S+)", re.IGNORECASE)
UNSUBSCRIBE_SALT = "forum.unsubscribe"


class ForumError(Exception):
    """A write the rules refuse; `message` is shown to the member."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ReferenceRefused(ForumError):
    """The page or organisation a new thread was to be about is not one its author may see."""

    def __init__(self):
        # The same words for a draft, a hidden organisation and an id that does not exist.
        super().__init__(str(REFERENCE_REFUSED))


REFERENCE_REFUSED = gettext_lazy(
    "The thread cannot be about that page or organisation: it is not published, or not open "
    "to you. You can still start the thread, without the link to it."
)


# Helpers --------------------------------------------------------------------------------------


def rate_limit(*, user: User, action: str) -> None:
    """Count one more `action`; refuse when the window is full (moderators have no limit)."""
    if permissions.can_moderate(user):
        return
    limit, window = settings.RATE_LIMITS[f"forum-{action}"]  # with the site's other limits
    if ratelimit.hit(f"user:{user.pk}", f"forum-{action}", (limit, window)):
        minutes = max(window // 60, 1)
        messages = {
            "thread": _("You can start at most %(n)s threads in %(m)s minutes. Please wait."),
            "post": _("You can post at most %(n)s replies in %(m)s minutes. Please wait."),
            "flag": _("You can flag at most %(n)s posts in %(m)s minutes. Please wait."),
        }
        raise ForumError(messages[action] % {"n": limit, "m": minutes})


def preference_for(*, user: User) -> Preference:
    """The member's forum settings, created with a free handle the first time."""
    try:
        return user.forum_preference
    except Preference.DoesNotExist:
        pass
    base = slugify(user.get_full_name())[:50] or f"member-{user.pk}"
    handle, n = base, 1
    while Preference.objects.filter(handle=handle).exists():
        n += 1
        handle = f"{base}-{n}"
    preference, _created = Preference.objects.get_or_create(user=user, defaults={"handle": handle})
    user.forum_preference = preference
    return preference


def preference_update(*, user: User, email: str) -> Preference:
    preference = preference_for(user=user)
    preference.email = email
    preference.full_clean()
    preference.save(update_fields=["email"])
    return preference


def unsubscribe_token(*, user: User) -> str:
    from django.core import signing

    return signing.dumps({"u": user.pk}, salt=UNSUBSCRIBE_SALT)


def user_from_unsubscribe_token(token: str) -> User | None:
    from django.core import signing

    try:
        return User.objects.get(pk=signing.loads(token, salt=UNSUBSCRIBE_SALT)["u"])
    except (signing.BadSignature, User.DoesNotExist, KeyError, TypeError):
        return None


def _published_post_count(user: User) -> int:
    return Post.objects.filter(author=user, held=False, hidden=False).count()


def _should_hold(*, user: User, body: str) -> bool:
    """First posts of new members wait; so do their link-only and duplicate posts."""
    if permissions.can_moderate(user):
        return False
    published = _published_post_count(user)
    if published == 0:
        return True
    if published >= NEW_MEMBER_POSTS:
        return False
    words = LINK.sub("", body).split()
    if LINK.search(body) and len(words) < 3:
        return True
    since = timezone.now() - timedelta(days=1)
    return Post.objects.filter(author=user, created__gte=since, body=body.strip()).exists()


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ForumError(_("Write something first."))
    if len(body) > MAX_BODY:
        raise ForumError(
            _("A post can have at most %(max)s characters; this one has %(n)s.")
            % {"max": MAX_BODY, "n": len(body)}
        )
    return body


def _refresh_thread(thread: Thread) -> None:
    """Recount the stored counters from the visible posts (two queries, whatever the size)."""
    posts = Post.objects.filter(thread=thread, hidden=False, held=False)
    count = posts.count()
    last = posts.order_by("-created", "-pk").first()
    thread.reply_count = max(count - 1, 0)
    thread.last_post = last
    thread.last_activity = last.created if last else thread.created
    thread.save(update_fields=["reply_count", "last_post", "last_activity"])


def _log(
    *,
    moderator: User,
    action: str,
    reason: str = "",
    thread=None,
    post=None,
    target=None,
    details: str = "",
) -> ModerationAction:
    return ModerationAction.objects.create(
        moderator=moderator,
        action=action,
        reason=reason[:500],
        thread=thread,
        post=post,
        target_user=target,
        details=details[:300],
    )


def post_url(post: Post) -> str:
    return reverse("forum:post", args=[post.pk])


def mentioned_users(body: str) -> list[User]:
    handles = {m.lower() for m in MENTION.findall(body)}
    if not handles:
        return []
    return list(
        User.objects.filter(forum_preference__handle__in=handles, is_active=True).order_by("pk")
    )


# Delivery -------------------------------------------------------------------------------------


def deliver(*, user: User, message: str, params: dict, url: str) -> None:
    """A notification in the site, and by e-mail now or in the digest as the member chose.

    The notification is translated when it is read (members/notifications.py); the e-mail and
    the digest line are in the member's preferred language now (notify gives that text).
    """
    text = notify(user=user, message=message, params=params, url=url).text
    mode = preference_for(user=user).email
    if mode == Preference.Email.DAILY:
        DigestItem.objects.create(user=user, text=text[:300], url=url[:300])
    elif mode == Preference.Email.EACH:
        _send(user=user, subject=text, items=[(text, url)])


def _send(*, user: User, subject: str, items: list[tuple[str, str]]) -> None:
    unsubscribe_url = settings.SITE_URL + reverse(
        "forum:unsubscribe", args=[unsubscribe_token(user=user)]
    )
    context = {
        "user": user,
        "items": [(text, settings.SITE_URL + url) for text, url in items],
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": settings.SITE_URL + reverse("forum:preferences"),
    }
    message = EmailMultiAlternatives(
        subject=subject[:200],
        body=render_to_string("forum/email/notification.txt", context),
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    # With the database task backend the task row commits (or rolls back) with this write.
    email_enqueue(message=message)


def digest_send(*, now=None) -> int:
    """Send each member on the daily digest one e-mail with what waited; returns how many."""
    now = now or timezone.now()
    sent = 0
    pending = DigestItem.objects.filter(sent_at__isnull=True).select_related("user")
    by_user: dict[int, list[DigestItem]] = {}
    for item in pending.order_by("user_id", "created"):
        by_user.setdefault(item.user_id, []).append(item)
    for items in by_user.values():
        user = items[0].user
        with transaction.atomic():
            claimed = DigestItem.objects.filter(
                pk__in=[i.pk for i in items], sent_at__isnull=True
            ).update(sent_at=now)
            if claimed != len(items) or not user.is_active:
                continue  # another worker took them
            # Asked again at sending: since the item was queued, the member may have left the
            # group whose room it names, or the thread may have been hidden.
            items = [i for i in items if _may_still_hear_of(user, i.url)]
            if not items:
                continue
            with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
                subject = _("Your forum digest: %(n)s new") % {"n": len(items)}
                _send(user=user, subject=subject, items=[(i.text, i.url) for i in items])
            sent += 1
    return sent


def _may_still_hear_of(user: User, url: str) -> bool:
    """Whether a queued notification may still reach `user`: the thread its address names
    (a post's, or the thread's own), in whichever language, is one they may hear of."""
    path = urlsplit(url).path
    for language, _name in settings.LANGUAGES:  # a language prefix resolves only when active
        with translation.override(language):
            try:
                match = resolve(path)
            except Resolver404:
                continue
        pk = match.kwargs.get("pk")
        if match.view_name == "forum:post":
            post = Post.objects.select_related("thread__category").filter(pk=pk).first()
            thread = post.thread if post else None
        elif match.view_name in ("forum:thread", "forum:thread_short"):
            thread = Thread.objects.select_related("category").filter(pk=pk).first()
        else:
            return True  # not about a thread (a suspension: the forum's index)
        return thread is not None and permissions.may_be_told_about(user, thread)
    return True


def _tell(
    user: User | None, message: str, params: dict, url: str, *, about: Thread | None = None
) -> None:
    """Deliver ``message`` (an English msgid) with its values, in the recipient's language.
    ``about``: the thread the message names, told only to who may hear of it (a member who
    left the group is not sent its room's titles)."""
    if user is None or not user.is_active:
        return
    if about is not None and not permissions.may_be_told_about(user, about):
        return
    language = user.preferred_language or settings.LANGUAGE_CODE
    url = translate_url(url, language)  # resolved in the current language, so before override
    with translation.override(language):
        deliver(user=user, message=message, params=params, url=url)


def _announce(post: Post) -> None:
    """Tell followers, mentioned and quoted members about a post that is now visible."""
    thread = post.thread
    author_name = post.author.get_full_name() if post.author else "?"
    reasons: dict[int, tuple[User, str]] = {}

    def add(user, reason):
        if user and user.pk != post.author_id and user.pk not in reasons:
            reasons[user.pk] = (user, reason)

    for user in mentioned_users(post.body):
        add(user, "mention")
    if post.quoted_id and post.quoted.author:
        add(post.quoted.author, "quote")
    followers = User.objects.filter(is_active=True, forum_subscriptions__thread=thread)
    for user in followers:
        add(user, "reply")
    tag_names = list(thread.tags.values_list("slug", flat=True))
    wide = User.objects.filter(is_active=True, forum_subscriptions__category=thread.category)
    if tag_names:
        wide = wide | User.objects.filter(is_active=True, forum_subscriptions__tag__in=tag_names)
    for user in wide.distinct():
        add(
            user,
            "new_thread"
            if post.pk == thread.posts.values_list("pk", flat=True).first()
            else "reply",
        )
    texts = {
        "mention": gettext_noop("%(name)s mentioned you in “%(title)s”"),
        "quote": gettext_noop("%(name)s quoted you in “%(title)s”"),
        "reply": gettext_noop("%(name)s replied in “%(title)s”"),
        "new_thread": gettext_noop("%(name)s started “%(title)s”"),
    }
    for user, reason in reasons.values():
        # The one check that keeps private threads out of notifications and e-mail.
        if not permissions.can_read_thread(user, thread):
            continue
        _tell(
            user,
            texts[reason],
            {"name": author_name, "title": thread.title},
            post_url(post),
        )


# Threads and posts ----------------------------------------------------------------------------


@transaction.atomic
def thread_create(
    *,
    category: Category,
    author: User,
    title: str,
    body: str,
    tags: list[str] | None = None,
    about=None,
    now=None,
    hold_check: bool = True,
) -> Thread:
    """``about``: the page, organisation or product group the thread is about (optional)."""
    if not permissions.can_post(author, category):
        raise ForumError(_("You cannot start a thread in this category."))
    if about is not None and not permissions.can_see_reference(author, about):
        raise ReferenceRefused
    title = " ".join((title or "").split())  # one line: it becomes an e-mail subject
    if not title:
        raise ForumError(_("Give the thread a title."))
    body = _clean_body(body)
    rate_limit(user=author, action="thread")
    now = now or timezone.now()
    held = hold_check and _should_hold(user=author, body=body)
    thread = Thread(
        category=category,
        title=title[:200],
        slug=slugify(title, allow_unicode=True)[:200] or "-",
        author=author,
        created=now,
        last_activity=now,
        held=held,
        **_about_fields(about),
    )
    thread.full_clean()
    thread.save()
    if tags:
        thread.tags.set([t.strip()[:100] for t in tags if t.strip()][:5])
    post = Post(
        thread=thread,
        author=author,
        body=body,
        body_html=render_markdown(body),
        created=now,
        held=held,
    )
    post.save()
    _claim_images(post)
    thread.last_post = post
    thread.save(update_fields=["last_post"])
    preference_for(user=author)
    Subscription.objects.get_or_create(user=author, thread=thread)
    if not held:
        _announce(post)
    return thread


def _about_fields(about) -> dict:
    kinds = {Page: "page", Organisation: "organisation", ProductGroup: "product_group"}
    return {kind: about for model, kind in kinds.items() if isinstance(about, model)}


@transaction.atomic
def post_create(
    *,
    thread: Thread,
    author: User,
    body: str,
    quoted: Post | None = None,
    now=None,
    hold_check: bool = True,
) -> Post:
    if not permissions.can_reply(author, thread):
        raise ForumError(_("You cannot reply in this thread."))
    body = _clean_body(body)
    if quoted is not None and (
        quoted.thread_id != thread.pk or not permissions.can_see_post(author, quoted)
    ):
        quoted = None  # a quote never carries a post the author may not read
    rate_limit(user=author, action="post")
    now = now or timezone.now()
    held = hold_check and _should_hold(user=author, body=body)
    post = Post(
        thread=thread,
        author=author,
        body=body,
        body_html=render_markdown(body),
        created=now,
        held=held,
        quoted=quoted,
    )
    post.full_clean()
    post.save()
    _claim_images(post)
    preference_for(user=author)
    Subscription.objects.get_or_create(user=author, thread=thread)
    if not held:
        _published(post)
    return post


def _published(post: Post) -> None:
    thread = post.thread
    if (
        thread.category.kind == Category.Kind.HELPDESK
        and thread.first_response is None
        and post.author_id != thread.author_id
        and post.author
        and permissions.is_support_staff(post.author, thread.category)
    ):
        thread.first_response = post.created
        thread.save(update_fields=["first_response"])
    _refresh_thread(thread)
    _announce(post)


@transaction.atomic
def post_edit(*, post: Post, editor: User, body: str, reason: str = "") -> Post:
    if not permissions.can_edit_post(editor, post):
        raise ForumError(_("You cannot edit this post."))
    body = _clean_body(body)
    if body == post.body:
        return post
    PostRevision.objects.create(post=post, body=post.body, edited_by=editor)
    post.body = body
    post.body_html = render_markdown(body)
    post.edited = timezone.now()
    post.save(update_fields=["body", "body_html", "edited"])
    if editor.pk != post.author_id:
        _log(
            moderator=editor,
            action=ModerationAction.Action.EDIT,
            reason=reason,
            post=post,
            thread=post.thread,
            target=post.author,
        )
        _tell(
            post.author,
            gettext_noop("A moderator edited your post in “%(title)s”."),
            {"title": post.thread.title},
            post_url(post),
            about=post.thread,
        )
    return post


def is_first_post(post: Post) -> bool:
    first = post.thread.posts.order_by("created", "pk").values_list("pk", flat=True).first()
    return first == post.pk


@transaction.atomic
def post_delete(*, post: Post, user: User, reason: str = "") -> None:
    first = is_first_post(post)
    if not permissions.can_delete_post(user, post, is_first=first):
        raise ForumError(_("You can no longer delete this post."))
    if user.pk != post.author_id:
        post_hide(post=post, moderator=user, reason=reason)
        return
    post.hidden = True
    post.deleted_by_author = True
    post.save(update_fields=["hidden", "deleted_by_author"])
    if first:
        post.thread.hidden = True
        post.thread.save(update_fields=["hidden"])
    _refresh_thread(post.thread)


def image_attach(*, user: User, upload, description: str, body: str) -> str:
    """Store an uploaded image and return the body with the image added at its end."""
    if not permissions.can_write(user):
        raise ForumError(_("You cannot upload images."))
    image = PostImage(image=upload, description=description.strip()[:200], uploaded_by=user)
    image.full_clean()
    image.save()
    alt = image.description.replace("[", "(").replace("]", ")")
    url = reverse("forum:image", args=[image.key])  # an opaque id, not where the file is
    return f"{body.rstrip()}\n\n![{alt}]({url})"


IMAGE_KEY = re.compile(r"/forum/images/([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})/")


def _claim_images(post: Post) -> None:
    """The author's images shown in a new post belong to it: forum/media.py serves each one to
    whoever may read that post (an image no post claimed is served to nobody)."""
    keys = IMAGE_KEY.findall(post.body)
    if keys and post.author_id:
        PostImage.objects.filter(key__in=keys, uploaded_by=post.author_id, post=None).update(
            post=post
        )


# Reactions, flags, answers, subscriptions, read state -----------------------------------------


def reaction_toggle(*, post: Post, user: User, kind: str) -> bool:
    """Add the reaction, or take it back if it was there; True when it is now on."""
    if kind not in Reaction.Kind.values:
        raise ForumError(_("Unknown reaction."))
    if not permissions.can_react(user, post):
        raise ForumError(_("You cannot react to this post."))
    deleted, _rows = Reaction.objects.filter(post=post, user=user, kind=kind).delete()
    if deleted:
        return False
    Reaction.objects.create(post=post, user=user, kind=kind)
    return True


def flag_create(*, post: Post, user: User, reason: str, note: str = "") -> Flag:
    if not permissions.can_flag(user, post):
        raise ForumError(_("You cannot flag this post."))
    if Flag.objects.filter(post=post, user=user, resolved_at__isnull=True).exists():
        raise ForumError(_("You have already flagged this post; a moderator will look at it."))
    rate_limit(user=user, action="flag")
    flag = Flag(post=post, user=user, reason=reason, note=note.strip()[:500])
    flag.full_clean(exclude=["resolved_by"], validate_unique=False)
    try:
        with transaction.atomic():
            Flag.objects.filter(post=post, user=user).delete()  # a resolved old flag
            flag.save()
    except IntegrityError as error:
        raise ForumError(_("You have already flagged this post.")) from error
    return flag


@transaction.atomic
def accept_answer(*, thread: Thread, post: Post | None, user: User) -> Thread:
    """Mark (or, with post=None, clear) the accepted answer of a helpdesk question."""
    if not permissions.can_accept(user, thread):
        raise ForumError(_("Only the asker, the support unit and moderators can accept an answer."))
    if post is not None and (post.thread_id != thread.pk or not post.visible):
        raise ForumError(_("That post cannot be the answer."))
    thread.accepted_post = post
    thread.save(update_fields=["accepted_post"])
    if post is not None and post.author_id != user.pk:
        _tell(
            post.author,
            gettext_noop("Your answer in “%(title)s” was accepted."),
            {"title": thread.title},
            post_url(post),
            about=thread,
        )
    return thread


def subscription_toggle(
    *, user: User, thread: Thread | None = None, category: Category | None = None, tag: str = ""
) -> bool:
    if not permissions.can_subscribe(user):
        raise ForumError(_("Log in to follow the forum."))
    if thread is not None and not permissions.can_read_thread(user, thread):
        raise ForumError(_("You cannot follow this thread."))
    if category is not None and not permissions.can_read_category(user, category):
        raise ForumError(_("You cannot follow this category."))
    target = {"thread": thread, "category": category, "tag": slugify(tag, allow_unicode=True)}
    deleted, _rows = Subscription.objects.filter(user=user, **target).delete()
    if deleted:
        return False
    subscription = Subscription(user=user, **target)
    subscription.full_clean(validate_constraints=False, validate_unique=False)
    subscription.save()
    return True


_UNKNOWN = object()


def thread_mark_read(*, user: User, thread: Thread, last_post_id: int, last_read=_UNKNOWN) -> None:
    """Move the member's read mark forward (never back) to the newest post they saw.

    ``last_read``: the mark as the page read it (None: there is none), so that a page of posts
    already read writes nothing and a first visit creates the mark without trying an update.
    """
    if not user.is_authenticated or not last_post_id:
        return
    if last_read is not _UNKNOWN and last_read is not None and last_read >= last_post_id:
        return
    now = timezone.now()
    if last_read is _UNKNOWN or last_read is not None:
        updated = ReadState.objects.filter(
            user=user, thread=thread, last_read_post_id__lt=last_post_id
        ).update(last_read_post_id=last_post_id, read_at=now)
        if updated:
            return
    ReadState.objects.get_or_create(
        user=user, thread=thread, defaults={"last_read_post_id": last_post_id, "read_at": now}
    )


# Moderation -----------------------------------------------------------------------------------


def _require_moderator(user: User) -> None:
    if not permissions.can_moderate(user):
        raise ForumError(_("Only moderators can do that."))


@transaction.atomic
def post_approve(*, post: Post, moderator: User) -> Post:
    _require_moderator(moderator)
    post.held = False
    post.save(update_fields=["held"])
    thread = post.thread
    if thread.held:
        thread.held = False
        thread.save(update_fields=["held"])
    _log(
        moderator=moderator,
        action=ModerationAction.Action.APPROVE,
        post=post,
        thread=thread,
        target=post.author,
    )
    _tell(
        post.author,
        gettext_noop("Your post in “%(title)s” has been published."),
        {"title": thread.title},
        post_url(post),
        about=thread,
    )
    _published(post)
    return post


@transaction.atomic
def post_hide(*, post: Post, moderator: User, reason: str) -> Post:
    _require_moderator(moderator)
    post.hidden = True
    post.save(update_fields=["hidden"])
    Flag.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator
    )
    _log(
        moderator=moderator,
        action=ModerationAction.Action.HIDE_POST,
        reason=reason,
        post=post,
        thread=post.thread,
        target=post.author,
    )
    _tell(
        post.author,
        gettext_noop("A moderator hid your post in “%(title)s”. Reason: %(reason)s"),
        {"title": post.thread.title, "reason": reason or "-"},
        post.thread.get_absolute_url(),
        about=post.thread,
    )
    _refresh_thread(post.thread)
    return post


@transaction.atomic
def post_show(*, post: Post, moderator: User, reason: str = "") -> Post:
    _require_moderator(moderator)
    post.hidden = False
    post.deleted_by_author = False
    post.save(update_fields=["hidden", "deleted_by_author"])
    _log(
        moderator=moderator,
        action=ModerationAction.Action.SHOW_POST,
        reason=reason,
        post=post,
        thread=post.thread,
        target=post.author,
    )
    _tell(
        post.author,
        gettext_noop("A moderator showed your post in “%(title)s” again."),
        {"title": post.thread.title},
        post_url(post),
        about=post.thread,
    )
    _refresh_thread(post.thread)
    return post


def flags_dismiss(*, post: Post, moderator: User, reason: str = "") -> int:
    _require_moderator(moderator)
    count = Flag.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator
    )
    _log(
        moderator=moderator,
        action=ModerationAction.Action.DISMISS_FLAGS,
        reason=reason,
        post=post,
        thread=post.thread,
        target=post.author,
    )
    return count


THREAD_ACTIONS = {
    # action: (field, value, log action, message to the author)
    "lock": (
        "locked",
        True,
        ModerationAction.Action.LOCK,
        gettext_noop("A moderator locked your thread “%(title)s”. Reason: %(reason)s"),
    ),
    "unlock": (
        "locked",
        False,
        ModerationAction.Action.UNLOCK,
        gettext_noop("A moderator unlocked your thread “%(title)s”."),
    ),
    "pin": (
        "pinned",
        True,
        ModerationAction.Action.PIN,
        gettext_noop("A moderator pinned your thread “%(title)s”."),
    ),
    "unpin": (
        "pinned",
        False,
        ModerationAction.Action.UNPIN,
        gettext_noop("A moderator unpinned your thread “%(title)s”."),
    ),
    "hide": (
        "hidden",
        True,
        ModerationAction.Action.HIDE_THREAD,
        gettext_noop("A moderator hid your thread “%(title)s”. Reason: %(reason)s"),
    ),
    "show": (
        "hidden",
        False,
        ModerationAction.Action.SHOW_THREAD,
        gettext_noop("A moderator showed your thread “%(title)s” again."),
    ),
}


@transaction.atomic
def thread_moderate(*, thread: Thread, moderator: User, action: str, reason: str = "") -> Thread:
    """Lock, unlock, pin, unpin, hide or show a thread."""
    _require_moderator(moderator)
    field, value, log_action, message = THREAD_ACTIONS[action]
    setattr(thread, field, value)
    thread.save(update_fields=[field])
    _log(moderator=moderator, action=log_action, reason=reason, thread=thread, target=thread.author)
    _tell(
        thread.author,
        message,
        {"title": thread.title, "reason": reason or "-"},
        thread.get_absolute_url(),
        about=thread,
    )
    return thread


@transaction.atomic
def thread_move(*, thread: Thread, moderator: User, category: Category, reason: str = "") -> Thread:
    _require_moderator(moderator)
    old = thread.category
    thread.category = category
    thread.save(update_fields=["category"])
    _log(
        moderator=moderator,
        action=ModerationAction.Action.MOVE,
        reason=reason,
        thread=thread,
        target=thread.author,
        details=f"{old.slug} → {category.slug}",
    )
    _tell(
        thread.author,
        gettext_noop("A moderator moved your thread “%(title)s” to %(category)s."),
        {"title": thread.title, "category": category.name},
        thread.get_absolute_url(),
        about=thread,  # in its new category
    )
    return thread


@transaction.atomic
def thread_merge(*, source: Thread, target: Thread, moderator: User, reason: str = "") -> Thread:
    """Move every post of `source` into `target`; the source then points to the target."""
    _require_moderator(moderator)
    if source.pk == target.pk:
        raise ForumError(_("A thread cannot be merged into itself."))
    source.posts.update(thread=target)
    for subscription in Subscription.objects.filter(thread=source):
        Subscription.objects.get_or_create(user_id=subscription.user_id, thread=target)
    Subscription.objects.filter(thread=source).delete()
    source.hidden = True
    source.merged_into = target
    source.accepted_post = None
    source.reply_count = 0
    source.last_post = None
    source.save(
        update_fields=["hidden", "merged_into", "accepted_post", "reply_count", "last_post"]
    )
    _refresh_thread(target)
    _log(
        moderator=moderator,
        action=ModerationAction.Action.MERGE,
        reason=reason,
        thread=target,
        target=source.author,
        details=f"#{source.pk} → #{target.pk}",
    )
    if source.author and permissions.may_be_told_about(source.author, target):
        _tell(
            source.author,
            gettext_noop("A moderator merged your thread “%(title)s” into “%(target)s”."),
            {"title": source.title, "target": target.title},
            target.get_absolute_url(),
        )
    else:  # a thread they cannot read: neither its title nor its address
        _tell(
            source.author,
            gettext_noop("A moderator merged your thread “%(title)s” into another thread."),
            {"title": source.title},
            reverse("forum:index"),
        )
    return target


@transaction.atomic
def user_suspend(*, user: User, moderator: User, days: int, reason: str) -> Suspension:
    _require_moderator(moderator)
    if not reason.strip():
        raise ForumError(_("Say why the member is suspended; they will be told."))
    if days < 1 or days > 365:
        raise ForumError(_("A suspension lasts from 1 to 365 days."))
    if permissions.can_moderate(user):
        raise ForumError(_("Moderators cannot be suspended here."))
    suspension = Suspension.objects.create(
        user=user,
        until=timezone.now() + timedelta(days=days),
        reason=reason.strip()[:500],
        created_by=moderator,
    )
    permissions.forget(user)
    _log(
        moderator=moderator,
        action=ModerationAction.Action.SUSPEND,
        reason=reason,
        target=user,
        details=f"{days}",
    )
    _tell(
        user,
        gettext_noop(
            "A moderator suspended you from writing in the forum until %(until)s. "
            "Reason: %(reason)s"
        ),
        {"until": timezone.localdate(suspension.until), "reason": reason},
        reverse("forum:index"),
    )
    return suspension

"""The members' forum: categories, threads, posts and what members and moderators do to them.

Counters that every list shows (a thread's replies and last activity) are stored on the thread
and updated by the services, so lists do not count posts per row.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from members.validators import validate_image

USER = settings.AUTH_USER_MODEL


class Category(models.Model):
    class Kind(models.TextChoices):
        PUBLIC = "public", _("Public")
        MEMBERS = "members", _("Members only")
        WORKING_GROUP = "working_group", _("Working group (private)")
        HELPDESK = "helpdesk", _("Helpdesk")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PUBLIC)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent category"),
    )
    working_group = models.ForeignKey(
        "members.WorkingGroup",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="forum_categories",
        verbose_name=_("working group"),
    )
    support_unit = models.ForeignKey(
        "members.SupportUnit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_categories",
        verbose_name=_("support unit"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="working_group") | Q(working_group__isnull=False),
                name="forum_category_group_has_group",
            )
        ]

    def __str__(self) -> str:
        return self.name


class TaggedThread(TaggedItemBase):
    content_object = models.ForeignKey("Thread", on_delete=models.CASCADE)


class Thread(models.Model):
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="threads", verbose_name=_("category")
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, allow_unicode=True)
    author = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, related_name="forum_threads"
    )
    created = models.DateTimeField(_("created"), db_index=True)
    last_activity = models.DateTimeField(_("last activity"), db_index=True)
    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    last_post = models.ForeignKey(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    # The opening post waits for a moderator: only its author and moderators see the thread.
    held = models.BooleanField(_("waiting for a moderator"), default=False)
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    accepted_post = models.ForeignKey(
        "Post",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted answer"),
    )
    first_response = models.DateTimeField(
        _("first answer from the support unit"), null=True, blank=True
    )
    # What the thread is about in the knowledge base (all optional).
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_threads",
        verbose_name=_("page"),
    )
    product_group = models.ForeignKey(
        "kb_site.ProductGroup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_threads",
        verbose_name=_("product group"),
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_threads",
        verbose_name=_("organisation"),
    )
    tags = TaggableManager(through=TaggedThread, blank=True, verbose_name=_("tags"))

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-pinned", "-last_activity", "-pk"]
        indexes = [models.Index(fields=["category", "hidden", "-pinned", "-last_activity"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("forum:thread", args=[self.pk, self.slug or "-"])


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, related_name="forum_posts"
    )
    body = models.TextField(_("text"))
    body_html = models.TextField(editable=False)
    created = models.DateTimeField(_("created"), db_index=True)
    edited = models.DateTimeField(_("edited"), null=True, blank=True)
    hidden = models.BooleanField(_("hidden"), default=False)
    deleted_by_author = models.BooleanField(_("deleted by the author"), default=False)
    held = models.BooleanField(_("waiting for a moderator"), default=False)
    quoted = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="quoted_by"
    )

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["thread", "hidden", "held", "created"])]

    def __str__(self) -> str:
        return f"{self.thread} #{self.pk}"

    @property
    def visible(self) -> bool:
        return not (self.hidden or self.held)


class PostRevision(models.Model):
    """The text a post had before an edit (moderators see the history)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField(_("text"))
    edited_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, related_name="+")
    created = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.post_id} @ {self.created:%Y-%m-%d %H:%M}"


class ReadState(models.Model):
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_read_states")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_states")
    last_read_post_id = models.PositiveBigIntegerField(default=0)
    read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="forum_readstate_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.thread_id} to {self.last_read_post_id}"


class Subscription(models.Model):
    """A member follows a thread, a category or a tag (exactly one of them)."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_subscriptions")
    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    tag = models.SlugField(max_length=100, blank=True, allow_unicode=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(thread__isnull=False, category__isnull=True, tag="")
                    | Q(thread__isnull=True, category__isnull=False, tag="")
                    | (Q(thread__isnull=True, category__isnull=True) & ~Q(tag=""))
                ),
                name="forum_subscription_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=Q(thread__isnull=False),
                name="forum_subscription_thread_unique",
            ),
            models.UniqueConstraint(
                fields=["user", "category"],
                condition=Q(category__isnull=False),
                name="forum_subscription_category_unique",
            ),
            models.UniqueConstraint(
                fields=["user", "tag"], condition=~Q(tag=""), name="forum_subscription_tag_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.thread_id or self.category_id or self.tag}"


class Reaction(models.Model):
    class Kind(models.TextChoices):
        LIKE = "like", _("Like")
        THANKS = "thanks", _("Thanks")
        HELPFUL = "helpful", _("Helpful")
        AGREE = "agree", _("Agree")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_reactions")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user", "kind"], name="forum_reaction_unique")
        ]

    def __str__(self) -> str:
        return f"{self.kind} on {self.post_id}"


class Flag(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Rude or abusive")
        OFF_TOPIC = "off_topic", _("Off topic")
        PRIVATE = "private", _("Shares private information")
        OTHER = "other", _("Something else")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_flags")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("note for the moderators"), max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="forum_flag_once_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on {self.post_id}"


class ModerationAction(models.Model):
    class Action(models.TextChoices):
        APPROVE = "approve", _("approved a post")
        HIDE_POST = "hide_post", _("hid a post")
        SHOW_POST = "show_post", _("showed a post again")
        EDIT = "edit", _("edited a post")
        DISMISS_FLAGS = "dismiss_flags", _("dismissed flags")
        LOCK = "lock", _("locked a thread")
        UNLOCK = "unlock", _("unlocked a thread")
        PIN = "pin", _("pinned a thread")
        UNPIN = "unpin", _("unpinned a thread")
        HIDE_THREAD = "hide_thread", _("hid a thread")
        SHOW_THREAD = "show_thread", _("showed a thread again")
        MOVE = "move", _("moved a thread")
        MERGE = "merge", _("merged a thread")
        SUSPEND = "suspend", _("suspended a member")

    moderator = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, related_name="+")
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    thread = models.ForeignKey(Thread, on_delete=models.SET_NULL, null=True, blank=True)
    post = models.ForeignKey(Post, on_delete=models.SET_NULL, null=True, blank=True)
    target_user = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    details = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.created:%Y-%m-%d})"


class Suspension(models.Model):
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_suspensions")
    until = models.DateTimeField(_("until"))
    reason = models.CharField(_("reason"), max_length=500)
    created = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")
        indexes = [models.Index(fields=["user", "until"])]

    def __str__(self) -> str:
        return f"{self.user_id} until {self.until:%Y-%m-%d}"


class Preference(models.Model):
    """A member's forum settings: the handle others @mention and how e-mail arrives."""

    class Email(models.TextChoices):
        EACH = "each", _("An e-mail for each notification")
        DAILY = "daily", _("One daily digest")
        NONE = "none", _("No e-mail")

    user = models.OneToOneField(USER, on_delete=models.CASCADE, related_name="forum_preference")
    handle = models.SlugField(_("handle"), max_length=60, unique=True)
    email = models.CharField(
        _("e-mail about the forum"), max_length=10, choices=Email.choices, default=Email.EACH
    )

    class Meta:
        verbose_name = _("forum preference")
        verbose_name_plural = _("forum preferences")

    def __str__(self) -> str:
        return self.handle


class DigestItem(models.Model):
    """A notification waiting for the member's daily digest."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_digest_items")
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300)
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self) -> str:
        return self.text


def _private_storage():
    from kb_site.storage import private_storage

    return private_storage


class PostImage(models.Model):
    """An image a member uploaded with a post; the post's Markdown links to it by `key`.

    Every image is private storage, whatever the category: forum/media.py serves it to those
    who may read its post now, so a thread moved into a working group takes its images along.
    Images uploaded before were moved here by migration 0004, which also rewrote their links.
    """

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    image = models.ImageField(
        _("image"), upload_to="forum/images/", storage=_private_storage, validators=[validate_image]
    )
    post = models.ForeignKey(
        "Post",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="images",
        verbose_name=_("post"),
    )
    description = models.CharField(_("description"), max_length=200)
    uploaded_by = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, related_name="forum_images"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self) -> str:
        return self.description

"""News, events with registrations, the newsletter and e-mail invitations."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from kb_site.blocks import BaseStreamBlock
from kb_site.models import PAGE_TRANSLATABLE_FIELDS, TimeStampedModel
from kb_site.taxonomy import COUNTRIES

from .time_zones import TimeZoneSelect, is_zone, validate_time_zone


class NewsIndexPage(Page):
    """All news, newest first, with filters that are plain links."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["kb_site.HomePage"]
    subpage_types = ["events.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from .selectors import news_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(news_index_context(request=request, index=self))
        return context


class NewsTag(TaggedItemBase):
    content_object = ParentalKey(
        "events.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(Page):
    """A news item: announces a round table or a webinar, reports on what happened."""

    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    tags = ClusterTaggableManager(through=NewsTag, blank=True, verbose_name=_("tags"))
    related_events = ParentalManyToManyField(
        "events.EventPage", blank=True, related_name="news", verbose_name=_("related events")
    )
    working_groups = ParentalManyToManyField(
        "members.WorkingGroup", blank=True, related_name="news", verbose_name=_("working groups")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("related_events"),
        # Case studies live in practices, which events may not import: a page chooser.
        InlinePanel("related_pages", label=_("Related case studies")),
        FieldPanel("working_groups"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("body"),
        *(
            SynchronizedField(name)
            for name in (
                "date", "image", "tagged_items", "related_events", "related_pages",
                "working_groups",
            )
        ),
    ]  # fmt: skip
    parent_page_types = ["events.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def get_context(self, request, *args, **kwargs):
        from .selectors import news_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(news_detail_context(page=self))
        return context


class NewsRelatedPage(Orderable):
    news = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("page")]


class EventIndexPage(Page):
    """Upcoming and past events, a month calendar and calendar feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["kb_site.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        from .selectors import event_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_index_context(request=request, index=self))
        return context


class EventPage(Page):
    """A round table, webinar, training, supplier day or conference.

    Editors type the start and end as the wall-clock time of the place where the event is held
    (its time zone); ``starts_at``/``ends_at`` are the same instants in UTC, for sorting,
    filtering and calendars.
    """

    class Kind(models.TextChoices):
        ROUND_TABLE = "round_table", _("Round table")
        WEBINAR = "webinar", _("International webinar")
        TRAINING = "training", _("Training")
        SUPPLIER_DAY = "supplier_day", _("Supplier day / market dialogue")
        CONFERENCE = "conference", _("Conference")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    summary = models.TextField(_("summary"), max_length=600)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,  # the longest IANA name has 32 characters
        default="Europe/Riga",
        validators=[validate_time_zone],
        help_text=_("The start and end are the local time of this zone."),
    )
    starts_at = models.DateTimeField(_("starts (UTC)"), editable=False, db_index=True)
    ends_at = models.DateTimeField(_("ends (UTC)"), editable=False)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, blank=True)
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Address; empty for online events.")
    )
    is_online = models.BooleanField(_("online"), default=False)
    join_url = models.URLField(
        _("join link"),
        blank=True,
        help_text=_("Shown only to registered participants."),
    )
    organisers = ParentalManyToManyField(
        "members.Organisation",
        blank=True,
        related_name="organised_events",
        verbose_name=_("organisers"),
    )
    working_group = models.ForeignKey(
        "members.WorkingGroup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="round_tables",
        verbose_name=_("working group"),
        help_text=_("The working group that meets at this round table."),
    )
    product_groups = ParentalManyToManyField(
        "kb_site.ProductGroup", blank=True, related_name="events", verbose_name=_("product groups")
    )
    agenda = RichTextField(_("agenda"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty for no limit; when full, people join a waiting list."),
    )
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    open_to_public = models.BooleanField(
        _("open to the public"),
        default=False,
        help_text=_("People without an account may register with their e-mail address."),
    )
    materials = StreamField(
        BaseStreamBlock(), verbose_name=_("materials"), blank=True, use_json_field=True
    )
    minutes = RichTextField(
        _("minutes"),
        blank=True,
        features=["h3", "bold", "italic", "link", "ol", "ul", "document-link"],
        help_text=_("For round tables, only members of the working group can read them."),
    )
    recording_url = models.URLField(_("recording link"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone", widget=TimeZoneSelect),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("place")]),
                FieldRowPanel([FieldPanel("is_online"), FieldPanel("join_url")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("organisers"),
        FieldPanel("working_group"),
        FieldPanel("product_groups"),
        FieldPanel("agenda"),
        InlinePanel("speakers", label=_("Speakers")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
                FieldPanel("open_to_public"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("materials"), FieldPanel("minutes"), FieldPanel("recording_url")],
            heading=_("After the event"),
        ),
    ]
    # Times, places and the speakers' names follow the source; starts_at/ends_at are
    # recomputed from the synchronized wall-clock fields on every save.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *(TranslatableField(name) for name in ("summary", "agenda", "materials", "minutes")),
        *(
            SynchronizedField(name)
            for name in (
                "kind", "start_date", "start_time", "end_date", "end_time", "time_zone",
                "country", "place", "is_online", "join_url", "organisers", "working_group",
                "product_groups", "speakers", "capacity", "registration_deadline",
                "open_to_public", "recording_url",
            )
        ),
    ]  # fmt: skip
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def _instants(self):
        zone = ZoneInfo(self.time_zone)
        start = datetime.combine(self.start_date, self.start_time, tzinfo=zone)
        end = datetime.combine(self.end_date, self.end_time, tzinfo=zone)
        return start, end

    def clean(self):
        super().clean()
        if None in (self.start_date, self.start_time, self.end_date, self.end_time):
            return
        if not is_zone(self.time_zone):
            return  # the field's validator says so
        start, end = self._instants()
        if end <= start:
            raise ValidationError({"end_time": _("The event must end after it starts.")})
        if self.kind == self.Kind.ROUND_TABLE and not self.working_group_id:
            raise ValidationError(
                {"working_group": _("A round table belongs to a working group: choose one.")}
            )
        if self.registration_deadline and self.registration_deadline > end:
            raise ValidationError(
                {"registration_deadline": _("The registration deadline is after the event.")}
            )

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self._instants()
        super().save(*args, **kwargs)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def get_context(self, request, *args, **kwargs):
        from .selectors import event_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_detail_context(request=request, page=self))
        return context


class EventSpeaker(Orderable):
    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=120)
    affiliation = models.CharField(_("organisation and role"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("affiliation")]


class Registration(TimeStampedModel):
    """One person's place at an event, or their place in the queue for one.

    ``seat`` numbers the places 1..capacity; a unique constraint on (event, seat) means two
    registrations racing for the last place cannot both get it, whatever the database does
    with row locks.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for e-mail confirmation")
        REGISTERED = "registered", _("Registered")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="event_registrations",
    )
    email = models.EmailField(_("e-mail address"))
    name = models.CharField(_("name"), max_length=120)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    seat = models.PositiveIntegerField(null=True, blank=True, editable=False)
    waiting_since = models.DateTimeField(null=True, blank=True, editable=False)
    attended = models.BooleanField(_("attended"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="events_registration_email"),
            models.UniqueConstraint(fields=["event", "seat"], name="events_registration_seat"),
        ]

    def __str__(self) -> str:
        return f"{self.name} · {self.event_id} · {self.status}"


class ReminderSent(models.Model):
    """A reminder that went to a participant; its uniqueness makes the reminder job idempotent."""

    class Kind(models.TextChoices):
        DAY = "day", _("A day before")
        HOUR = "hour", _("An hour before")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=4, choices=Kind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind"], name="events_reminder_once")
        ]

    def __str__(self) -> str:
        return f"{self.registration_id} · {self.kind}"


class Subscriber(TimeStampedModel):
    """A newsletter subscriber; a member's subscription is tied to their account."""

    email = models.EmailField(_("e-mail address"))
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="newsletter_subscription",
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    product_groups = models.ManyToManyField(
        "kb_site.ProductGroup",
        blank=True,
        related_name="subscribers",
        verbose_name=_("product groups"),
        help_text=_("None chosen: all of them."),
    )
    countries = models.JSONField(_("countries"), default=list, blank=True)
    event_kinds = models.JSONField(_("kinds of event"), default=list, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    hard_bounces = models.PositiveSmallIntegerField(default=0)
    undeliverable = models.BooleanField(_("undeliverable"), default=False)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="events_subscriber_email_ci_unique")
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def is_active(self) -> bool:
        return bool(self.confirmed_at and not self.unsubscribed_at and not self.undeliverable)


class EventInvitation(TimeStampedModel):
    """An e-mail invitation to an event, sent by an editor to chosen audiences."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENDING = "sending", _("Sending")
        DONE = "done", _("Sent")

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="invitations")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    message = models.TextField(
        _("message"), blank=True, help_text=_("A few words above the event's details.")
    )
    to_subscribers = models.BooleanField(
        _("newsletter subscribers whose topics match the event"), default=True
    )
    working_group = models.ForeignKey(
        "members.WorkingGroup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("members of the working group"),
    )
    organisations = models.ManyToManyField(
        "members.Organisation",
        blank=True,
        related_name="+",
        verbose_name=_("members of these organisations"),
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.DRAFT)
    test_sent_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.event} · {self.created_at:%Y-%m-%d}"


class NewsletterIssue(TimeStampedModel):
    """A periodic newsletter: an editor picks recent news, events and case studies (the form
    suggests them) and it goes to every active subscriber, the same way as invitations."""

    subject = models.CharField(_("subject"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    news = models.ManyToManyField(NewsPage, blank=True, related_name="+", verbose_name=_("news"))
    events = models.ManyToManyField(
        EventPage, blank=True, related_name="+", verbose_name=_("events")
    )
    # Case studies live in practices, which events may not import: plain pages.
    pages = models.ManyToManyField(
        "wagtailcore.Page", blank=True, related_name="+", verbose_name=_("case studies")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(
        max_length=8, choices=EventInvitation.Status.choices, default=EventInvitation.Status.DRAFT
    )
    test_sent_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject


class Delivery(models.Model):
    """One recipient of one invitation or newsletter issue. Unique per (mailing, e-mail):
    nobody is listed twice.

    PENDING -> CLAIMED (a worker owns it) -> SENT; a failure goes back to PENDING with a later
    ``next_attempt_at``, or to FAILED. A SENT record is never sent again.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        CLAIMED = "claimed", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    invitation = models.ForeignKey(
        EventInvitation, on_delete=models.CASCADE, related_name="deliveries", null=True
    )
    issue = models.ForeignKey(
        NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries", null=True
    )
    email = models.EmailField()
    name = models.CharField(max_length=120, blank=True)
    language = models.CharField(max_length=8, default="en")
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    claim = models.CharField(max_length=32, blank=True, db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["invitation", "email"], name="events_delivery_once"),
            models.UniqueConstraint(fields=["issue", "email"], name="events_issue_delivery_once"),
            models.CheckConstraint(
                condition=models.Q(invitation__isnull=False, issue__isnull=True)
                | models.Q(invitation__isnull=True, issue__isnull=False),
                name="events_delivery_one_mailing",
            ),
        ]
        indexes = [
            models.Index(fields=["invitation", "status"]),
            models.Index(fields=["issue", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.email} · {self.status}"

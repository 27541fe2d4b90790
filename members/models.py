"""People and the organisations they belong to.

The user model is fixed from the first migration: e-mail is the log-in, display name and
preferred language belong to the person. Never change it later.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from kb_site.models import TimeStampedModel
from kb_site.taxonomy import COUNTRIES, CountryField

from .validators import validate_document, validate_evidence, validate_image


class UserManager(DjangoUserManager):
    """Users are found and created by e-mail; there is no user name."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("How other members see you. Leave empty to show your first and last name."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mails the site sends you."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="members_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.get_full_name()

    def get_full_name(self) -> str:
        full = f"{self.first_name} {self.last_name}".strip()
        return self.display_name or full or self.email.split("@")[0]

    def get_short_name(self) -> str:
        return self.display_name or self.first_name or self.email.split("@")[0]


class MemberProfile(TimeStampedModel):
    """What a member shows about themselves; hidden unless they choose to show it.

    Kept apart from User, which never changes after its first migration.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    bio = models.TextField(_("about you"), blank=True, max_length=1000)
    avatar = models.ImageField(
        _("photo"),
        upload_to="members/avatars/",
        blank=True,
        validators=[validate_image],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    country = CountryField(_("country"), max_length=2, choices=COUNTRIES, blank=True)
    expertise = models.ManyToManyField(
        "kb_site.ProductGroup", blank=True, related_name="experts", verbose_name=_("expertise")
    )
    calendar_token = models.CharField(max_length=64, blank=True, editable=False)
    is_public = models.BooleanField(
        _("show my profile"),
        default=False,
        help_text=_("Show your name, role and expertise on your organisation's public page."),
    )

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self) -> str:
        return str(self.user)


class Organisation(TimeStampedModel):
    """A member body: energy agency, planning region, municipality, supplier..."""

    class Kind(models.TextChoices):
        ENERGY_AGENCY = "energy_agency", _("Energy agency")
        PLANNING_REGION = "planning_region", _("Planning region")
        CENTRAL_PROCUREMENT = "central_procurement", _("Central procurement or monitoring body")
        REGIONAL_PROCUREMENT = "regional_procurement", _("Regional procurement body")
        MUNICIPALITY = "municipality", _("Municipality")
        GPP_CONSULTANCY = "gpp_consultancy", _("GPP consultancy")
        MANUFACTURER = "manufacturer", _("Manufacturer")
        SERVICE_PROVIDER = "service_provider", _("Service provider")
        OTHER = "other", _("Other")

    SUPPLIER_KINDS = (Kind.MANUFACTURER, Kind.SERVICE_PROVIDER)

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    country = CountryField(_("country"), max_length=2, choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=120, blank=True)
    address = models.TextField(_("address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to="organisations/logos/",
        blank=True,
        validators=[validate_image],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the organisation does for GPP. Markdown: **bold**, lists, links."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    is_public = models.BooleanField(
        _("public"),
        default=True,
        help_text=_("Hidden organisations are seen only by their members."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="organisations"
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(TimeStampedModel):
    """A person's role in an organisation."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("Organisation admin")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="members_membership_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation} ({self.get_role_display()})"


class OrganisationChange(models.Model):
    """History of an organisation: who changed what, when. Written by the services only."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="changes")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    action = models.CharField(_("action"), max_length=40)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("organisation change")
        verbose_name_plural = _("organisation changes")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.organisation} {self.action} {self.at:%Y-%m-%d %H:%M}"


class WorkingGroup(TimeStampedModel):
    """A regional GPP working group (steering committee) that meets at round tables."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    country = CountryField(_("country"), max_length=2, choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    organisations = models.ManyToManyField(
        Organisation, related_name="working_groups", blank=True, verbose_name=_("organisations")
    )
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="WorkingGroupMember",
        related_name="working_groups",
        blank=True,
    )

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        ordering = ["country", "name"]

    def __str__(self) -> str:
        return self.name


class WorkingGroupMember(TimeStampedModel):
    """A person in a working group; coordinators run it. Members read its private category."""

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="working_group_seats"
    )
    is_coordinator = models.BooleanField(_("coordinator"), default=False)

    class Meta:
        verbose_name = _("working-group member")
        verbose_name_plural = _("working-group members")
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="members_wg_member_unique")
        ]


class SupportUnit(TimeStampedModel):
    """A GPP support unit (G.PP.S) inside an energy agency."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    host = models.OneToOneField(
        Organisation,
        on_delete=models.PROTECT,
        related_name="support_unit",
        verbose_name=_("host organisation"),
        limit_choices_to={"kind": Organisation.Kind.ENERGY_AGENCY},
    )
    services = models.TextField(_("services"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="support_units", blank=True, verbose_name=_("staff")
    )

    class Meta:
        verbose_name = _("support unit")
        verbose_name_plural = _("support units")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Invitation(models.Model):
    """An organisation admin's invitation to a colleague; the link works once, until it expires."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(
        _("role"), max_length=16, choices=Membership.Role.choices, default=Membership.Role.MEMBER
    )
    token = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation}"


class JoinRequest(TimeStampedModel):
    """A member asks to join an organisation; one of its admins approves or declines."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="join_requests"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests"
    )
    message = models.TextField(_("message to the organisation"), blank=True, max_length=1000)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=models.Q(status="pending"),
                name="members_one_pending_join_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.organisation} ({self.status})"


class SupplierOffer(TimeStampedModel):
    """A supplier's offer: what it sells, where, and which GPP criteria it says it meets."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="offers", verbose_name=_("supplier")
    )
    title = models.CharField(_("offer"), max_length=200)
    description = models.TextField(
        _("products or services"), blank=True, help_text=_("Markdown: **bold**, lists, links.")
    )
    product_group = models.ForeignKey(
        "kb_site.ProductGroup",
        on_delete=models.PROTECT,
        related_name="offers",
        verbose_name=_("product group"),
    )
    country = CountryField(_("country served"), max_length=2, choices=COUNTRIES)
    regions = models.CharField(
        _("regions served"), max_length=200, blank=True, help_text=_("e.g. Zemgale, Vidzeme")
    )
    criteria = models.ManyToManyField(
        "kb_site.Criterion",
        blank=True,
        related_name="offers",
        verbose_name=_("GPP criteria met"),
    )
    valid_until = models.DateField(_("offer valid until"), null=True, blank=True)

    class Meta:
        verbose_name = _("supplier offer")
        verbose_name_plural = _("supplier offers")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"{self.title} ({self.organisation})"


class Evidence(TimeStampedModel):
    """Proof that an offer meets its criteria: an ecolabel, a certificate, an energy label..."""

    class Kind(models.TextChoices):
        ECOLABEL = "ecolabel", _("Ecolabel")
        CERTIFICATE = "certificate", _("Certificate")
        ENERGY_LABEL = "energy_label", _("Energy label")
        DOCUMENT = "document", _("Test report or other document")

    offer = models.ForeignKey(SupplierOffer, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("kind of evidence"), max_length=16, choices=Kind.choices)
    name = models.CharField(
        _("name"), max_length=120, help_text=_("e.g. EU Ecolabel, Nordic Swan, ISO 14001, A++")
    )
    document = models.FileField(
        _("document"), upload_to="suppliers/evidence/", blank=True, validators=[validate_evidence]
    )
    valid_until = models.DateField(_("valid until"))
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"


class Notification(models.Model):
    """Something a member should know about, shown in the site and counted in the header.

    It lives in members, below the forum and events, so every app can notify people.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    # In the recipient's preferred language when it was made: for e-mails, and all older rows
    # have. `message` (an English msgid) and `params` are translated when read (read_text).
    text = models.CharField(_("text"), max_length=300)
    message = models.CharField(_("message"), max_length=300, blank=True)
    params = models.JSONField(_("values"), default=dict, blank=True)
    url = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return self.read_text

    @property
    def read_url(self) -> str:
        """The link in the active language (members/notifications.py)."""
        from .notifications import read_url

        return read_url(self.url) if self.url else ""

    @property
    def read_text(self) -> str:
        """The notification in the active language (the page's), else as it was stored."""
        from .notifications import render

        if not self.message:
            return self.text
        try:
            return render(self.message, self.params)[:300]
        except (KeyError, TypeError, ValueError):  # a translation that lost a placeholder
            return self.text


class SupplierMeeting(TimeStampedModel):
    """A one-to-one meeting a buyer asks of a supplier: requested, then agreed or declined."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        COUNTER_PROPOSED = "counter_proposed", _("Another time proposed")
        ACCEPTED = "accepted", _("Agreed")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    OPEN = (Status.REQUESTED, Status.COUNTER_PROPOSED)

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meetings_requested",
        verbose_name=_("buyer"),
    )
    supplier = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("supplier")
    )
    topic = models.CharField(_("topic"), max_length=200)
    product_group = models.ForeignKey(
        "kb_site.ProductGroup",
        on_delete=models.PROTECT,
        related_name="meetings",
        verbose_name=_("product group"),
    )
    message = models.TextField(_("message"), blank=True, max_length=2000)
    proposed_times = models.JSONField(_("proposed times"), default=list)
    scheduled_at = models.DateTimeField(_("meeting time"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=45)
    place = models.CharField(
        _("place or video link"), max_length=300, blank=True, help_text=_("Set by the supplier.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED
    )
    answer = models.TextField(_("answer"), blank=True, max_length=2000)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("supplier meeting")
        verbose_name_plural = _("supplier meetings")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.topic} ({self.supplier})"


class MarketResearch(TimeStampedModel):
    """A support unit's look at the market for one product group in one region."""

    class Method(models.TextChoices):
        SURVEY = "survey", _("Supplier survey")
        MARKET_DIALOGUE = "dialogue", _("Market dialogue")
        INTERVIEWS = "interviews", _("Interviews")
        DESK_RESEARCH = "desk", _("Desk research")
        SUPPLIER_DAY = "supplier_day", _("Supplier day")

    support_unit = models.ForeignKey(
        SupportUnit,
        on_delete=models.CASCADE,
        related_name="market_research",
        verbose_name=_("support unit"),
    )
    product_group = models.ForeignKey(
        "kb_site.ProductGroup",
        on_delete=models.PROTECT,
        related_name="market_research",
        verbose_name=_("product group"),
    )
    country = CountryField(_("country"), max_length=2, choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=120, blank=True)
    carried_out_on = models.DateField(_("date"))
    method = models.CharField(_("method"), max_length=16, choices=Method.choices)
    findings = models.TextField(_("findings"), help_text=_("Markdown: **bold**, lists, links."))
    supplier_count = models.PositiveIntegerField(_("suppliers reached"), default=0)
    document = models.FileField(
        _("report"), upload_to="market-research/", blank=True, validators=[validate_evidence]
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("market research")
        verbose_name_plural = _("market research")
        ordering = ["-carried_out_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.product_group} · {self.get_country_display()} · {self.carried_out_on}"


def _private_storage():
    from kb_site.storage import private_storage

    return private_storage


class WorkingGroupDocument(models.Model):
    """A working group's own file (minutes, drafts): only its members and staff can open it."""

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"),
        upload_to="working-groups/",
        storage=_private_storage,
        validators=[validate_document],
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG; at most 20 MB."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("working-group document")
        verbose_name_plural = _("working-group documents")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return self.title

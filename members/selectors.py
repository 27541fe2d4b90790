"""Reads for people and organisations, with their joins set once here."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from kb_site.reversing import url_maker
from kb_site.taxonomy import Criterion, ProductGroup

from .models import (
    Evidence,
    Invitation,
    JoinRequest,
    MarketResearch,
    Membership,
    Notification,
    Organisation,
    OrganisationChange,
    SupplierMeeting,
    SupplierOffer,
    SupportUnit,
    User,
    WorkingGroup,
    WorkingGroupMember,
)
from .permissions import visible_organisations


def user_memberships(*, user: User) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name")
    )


@dataclass(frozen=True)
class DirectoryFilters:
    kind: str = ""
    country: str = ""
    working_group: str = ""  # slug
    q: str = ""


def organisation_directory(*, user, filters: DirectoryFilters) -> QuerySet[Organisation]:
    organisations = visible_organisations(Organisation.objects.all(), user)
    if filters.kind:
        organisations = organisations.filter(kind=filters.kind)
    if filters.country:
        organisations = organisations.filter(country=filters.country)
    if filters.working_group:
        organisations = organisations.filter(working_groups__slug=filters.working_group)
    if filters.q:
        organisations = organisations.filter(name__icontains=filters.q)
    return organisations.order_by("name").only(
        "name", "slug", "kind", "country", "region", "logo", "is_public"
    )


def directory_cards(organisations: list[Organisation]) -> list[Organisation]:
    """Sets each card's link (one reverse() for all) and kind label (translated once)."""
    url = url_maker("members:organisation_detail")
    kinds = {value: str(label) for value, label in Organisation.Kind.choices}
    for organisation in organisations:
        organisation.profile_url = url(organisation.slug)
        organisation.kind_label = kinds.get(organisation.kind, organisation.kind)
    return organisations


def organisation_profile(*, slug: str) -> Organisation:
    """One organisation with what its public page shows, in a fixed number of queries."""
    public_people = (
        Membership.objects.filter(user__profile__is_public=True, user__is_active=True)
        .select_related("user", "user__profile")
        .prefetch_related("user__profile__expertise")
        .order_by("role", "user__display_name")
    )
    return (
        Organisation.objects.select_related("support_unit")
        .prefetch_related(
            Prefetch("memberships", queryset=public_people, to_attr="public_memberships"),
            Prefetch("working_groups", queryset=WorkingGroup.objects.order_by("name")),
        )
        .get(slug=slug)
    )


def organisation_history(*, organisation: Organisation, limit: int = 20):
    return OrganisationChange.objects.filter(organisation=organisation).select_related("actor")[
        :limit
    ]


def working_groups() -> QuerySet[WorkingGroup]:
    return WorkingGroup.objects.annotate(organisation_count=Count("organisations")).order_by(
        "country", "name"
    )


def working_group_detail(*, slug: str) -> WorkingGroup:
    return WorkingGroup.objects.prefetch_related(
        Prefetch(
            "organisations",
            queryset=Organisation.objects.filter(is_public=True).order_by("kind", "name"),
        ),
        Prefetch(
            "members",
            queryset=WorkingGroupMember.objects.filter(is_coordinator=True).select_related("user"),
            to_attr="coordinators",
        ),
    ).get(slug=slug)


def support_unit_detail(*, slug: str) -> SupportUnit:
    """A support unit with its host and those of its staff who show a public profile."""
    return (
        SupportUnit.objects.select_related("host")
        .prefetch_related(
            Prefetch(
                "staff",
                queryset=User.objects.filter(is_active=True, profile__is_public=True),
                to_attr="public_staff",
            )
        )
        .get(slug=slug)
    )


def support_units_by_country() -> dict[str, list[SupportUnit]]:
    units = SupportUnit.objects.select_related("host").order_by("host__country", "name")
    grouped: dict[str, list[SupportUnit]] = {}
    for unit in units:
        grouped.setdefault(unit.host.get_country_display(), []).append(unit)
    return grouped


@dataclass
class OrganisationPeople:
    memberships: list
    invitations: list
    join_requests: list


def organisation_people(*, organisation: Organisation) -> OrganisationPeople:
    """Everything an organisation admin manages on the members page."""
    return OrganisationPeople(
        memberships=list(
            Membership.objects.filter(organisation=organisation)
            .select_related("user")
            .order_by("role", "user__display_name", "user__email")
        ),
        invitations=list(
            Invitation.objects.filter(
                organisation=organisation, accepted_at__isnull=True, expires_at__gt=timezone.now()
            ).select_related("invited_by")
        ),
        join_requests=list(
            JoinRequest.objects.filter(
                organisation=organisation, status=JoinRequest.Status.PENDING
            ).select_related("user")
        ),
    )


# --- supplier catalogue ---------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueFilters:
    product_group: str = ""  # slug
    country: str = ""
    level: str = ""  # core / comprehensive
    evidence: str = ""  # Evidence.Kind
    verified: bool = False


def _valid_verified_evidence(today):
    return Evidence.objects.filter(
        offer=OuterRef("pk"), verified_at__isnull=False, valid_until__gte=today
    )


def offers_with_badges(queryset: QuerySet[SupplierOffer]) -> QuerySet[SupplierOffer]:
    """Offers with what every list shows: supplier, product group, evidence, verified badge.

    An offer is verified while at least one of its verified pieces of evidence is still valid,
    so evidence past its date stops showing as verified without anybody doing anything.
    """
    today = timezone.localdate()
    return (
        queryset.select_related("organisation", "product_group")
        .annotate(
            is_verified=Exists(_valid_verified_evidence(today)),
            criteria_count=Count("criteria", distinct=True),
        )
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("kind", "name")))
    )


def supplier_catalogue(*, filters: CatalogueFilters) -> QuerySet[SupplierOffer]:
    """The offers of public organisations that match, verified first.

    The filters on criteria and evidence are EXISTS subqueries and the criteria are counted in
    one too, so no join multiplies the rows: no DISTINCT or GROUP BY over every column (they
    made the count and the page the slowest part of the catalogue).
    """
    today = timezone.localdate()
    offers = SupplierOffer.objects.filter(organisation__is_public=True)
    if filters.product_group:
        offers = offers.filter(product_group__slug=filters.product_group)
    if filters.country:
        offers = offers.filter(country=filters.country)
    if filters.level:
        criteria = SupplierOffer.criteria.through.objects.filter(
            supplieroffer_id=OuterRef("pk"), criterion__level=filters.level
        )
        offers = offers.filter(Exists(criteria))
    if filters.evidence:
        offers = offers.filter(
            Exists(Evidence.objects.filter(offer=OuterRef("pk"), kind=filters.evidence))
        )
    if filters.verified:
        offers = offers.filter(Exists(_valid_verified_evidence(today)))
    met = SupplierOffer.criteria.through.objects.filter(supplieroffer_id=OuterRef("pk"))
    if filters.level:  # as before: with a level chosen, the card counts that level's criteria
        met = met.filter(criterion__level=filters.level)
    criteria_count = met.order_by().values("supplieroffer_id").annotate(n=Count("pk")).values("n")
    return (
        offers.select_related("organisation", "product_group")
        .only(*CATALOGUE_CARD_FIELDS)
        .annotate(
            is_verified=Exists(_valid_verified_evidence(today)),
            criteria_count=Coalesce(Subquery(criteria_count), 0),
        )
        .order_by("-is_verified", "organisation__name", "pk")  # pk: a stable page order
    )


# What a catalogue card shows; an offer's description (Markdown) is for its supplier's page.
CATALOGUE_CARD_FIELDS = (
    "title_en", "title_lv", "country", "regions", "organisation__name", "organisation__slug",
    "product_group__name_en", "product_group__name_lv",
)  # fmt: skip


def catalogue_cards(offers: list[SupplierOffer]) -> list[SupplierOffer]:
    """Sets what a card shows besides its row: the evidence names, in one query of two columns
    (not a model per piece of evidence), and the supplier's link (one reverse() for all)."""
    names: dict[int, list[str]] = {}
    evidence = Evidence.objects.filter(offer__in=[offer.pk for offer in offers])
    for offer_id, name in evidence.order_by("kind", "name").values_list("offer_id", "name"):
        names.setdefault(offer_id, []).append(name)
    url = url_maker("members:supplier_offers")
    for offer in offers:
        offer.evidence_names = names.get(offer.pk, [])
        offer.supplier_url = url(offer.organisation.slug)
    return offers


def supplier_offers(*, organisation: Organisation) -> list[SupplierOffer]:
    return list(
        offers_with_badges(SupplierOffer.objects.filter(organisation=organisation))
        .prefetch_related(Prefetch("criteria", queryset=Criterion.objects.order_by("sort_order")))
        .order_by("product_group__sort_order", "title")
    )


@dataclass
class CriteriaMatching:
    product_group: ProductGroup
    criteria: list
    rows: list  # (offer, [True/False per criterion])


def criteria_matching(*, product_group: ProductGroup) -> CriteriaMatching:
    """Which suppliers state that they meet each criterion of a product group, as a table."""
    # Core criteria first ("core" sorts after "comprehensive"), then in the group's own order.
    criteria = list(product_group.criteria.order_by("-level", "sort_order", "code"))
    offers = list(
        offers_with_badges(
            SupplierOffer.objects.filter(product_group=product_group, organisation__is_public=True)
        )
        .prefetch_related("criteria")
        .order_by("-is_verified", "organisation__name")
    )
    rows = []
    for offer in offers:
        met = {criterion.pk for criterion in offer.criteria.all()}
        rows.append((offer, [criterion.pk in met for criterion in criteria]))
    return CriteriaMatching(product_group=product_group, criteria=criteria, rows=rows)


# --- meetings and notifications --------------------------------------------------------------


def meetings_for(*, user: User) -> dict[str, list[SupplierMeeting]]:
    """A member's meetings: those they asked for, those asked of their suppliers, and, for
    support-unit staff, every meeting with a supplier in their unit's country."""
    base = SupplierMeeting.objects.select_related("requester", "supplier", "product_group")
    admin_of = Membership.objects.filter(user=user, role=Membership.Role.ADMIN).values(
        "organisation_id"
    )
    countries = SupportUnit.objects.filter(staff=user).values("host__country")
    return {
        "asked": list(base.filter(requester=user)),
        "received": list(base.filter(supplier_id__in=admin_of).exclude(requester=user)),
        "region": list(
            base.filter(supplier__country__in=countries)
            .exclude(requester=user)
            .exclude(supplier_id__in=admin_of)
        ),
    }


def calendar_meetings(*, user: User) -> list[SupplierMeeting]:
    """Agreed meetings on either side, for the member's calendar feed."""
    admin_of = Membership.objects.filter(user=user, role=Membership.Role.ADMIN).values(
        "organisation_id"
    )
    return list(
        SupplierMeeting.objects.filter(status=SupplierMeeting.Status.ACCEPTED)
        .filter(Q(requester=user) | Q(supplier_id__in=admin_of))
        .select_related("requester", "supplier")
    )


def unread_notification_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def market_research_for(*, product_group: ProductGroup, limit: int = 20):
    """The newest market research on a product group, for its pages."""
    return list(
        MarketResearch.objects.filter(product_group=product_group)
        .select_related("support_unit")
        .order_by("-carried_out_on", "-pk")[:limit]
    )

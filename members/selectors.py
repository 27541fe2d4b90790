"""Reads for people and organisations, with their joins set once here."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet
from django.utils import timezone

from .models import (
    Invitation,
    JoinRequest,
    Membership,
    Organisation,
    OrganisationChange,
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

"""Writes for people and organisations. Views, commands and the demo loader all call these."""

from django.db import transaction

from .models import (
    MemberProfile,
    Membership,
    Organisation,
    OrganisationChange,
    SupportUnit,
    User,
    WorkingGroup,
    WorkingGroupMember,
)


def user_update_profile(
    *,
    user: User,
    display_name: str,
    preferred_language: str,
    first_name: str | None = None,
    last_name: str | None = None,
) -> User:
    user.display_name = display_name.strip()
    user.preferred_language = preferred_language
    if first_name is not None:
        user.first_name = first_name.strip()
    if last_name is not None:
        user.last_name = last_name.strip()
    user.full_clean(exclude=["password"])
    user.save()
    return user


@transaction.atomic
def organisation_upsert(
    *,
    slug: str,
    name: str,
    kind: str,
    country: str,
    region: str = "",
    website: str = "",
    description: str = "",
    is_public: bool = True,
) -> tuple[Organisation, bool]:
    """Create the organisation, or bring an existing one with this slug up to date.

    An organisation that already says all this is not saved again, so loading twice changes
    nothing (not even `updated_at`).
    """
    return _upsert(
        Organisation,
        slug=slug,
        values={
            "name": name,
            "kind": kind,
            "country": country.upper(),
            "region": region,
            "website": website,
            "description": description,
            "is_public": is_public,
        },
    )


def membership_set(*, user: User, organisation: Organisation, role: str) -> Membership:
    """Give the user this role in the organisation (idempotent)."""
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.full_clean()
        membership.save(update_fields=["role", "updated_at"])
    return membership


# Fields an organisation admin may change on the site; each change is written to the history.
ORGANISATION_EDITABLE_FIELDS = (
    "name", "region", "address", "website", "logo", "description",
    "contact_email", "contact_phone", "is_public",
)  # fmt: skip


@transaction.atomic
def organisation_update(*, organisation: Organisation, actor: User, data: dict) -> list[str]:
    """Apply an admin's edit; return the names of the fields that changed."""
    changed = []
    before = {}
    for field in ORGANISATION_EDITABLE_FIELDS:
        if field not in data:
            continue
        old, new = getattr(organisation, field), data[field]
        if field == "logo":
            if new is None or new == old:  # no new upload
                continue
            if new is False:  # "clear" ticked
                new = ""
        if old != new:
            before[field] = str(old) if old is not None else ""
            setattr(organisation, field, new)
            changed.append(field)
    if not changed:
        return []
    organisation.full_clean()
    organisation.save()
    OrganisationChange.objects.create(
        organisation=organisation,
        actor=actor,
        action="profile_edited",
        details={
            field: {"from": before[field], "to": str(getattr(organisation, field))}
            for field in changed
        },
    )
    return changed


def _upsert(model, *, slug: str, values: dict):
    """Create the row with this slug, or update it only where it differs (idempotent)."""
    instance = model.objects.filter(slug=slug).first() or model(slug=slug)
    created = instance.pk is None
    if created or any(getattr(instance, k) != v for k, v in values.items()):
        for field, value in values.items():
            setattr(instance, field, value)
        instance.full_clean()
        instance.save()
    return instance, created


def working_group_upsert(
    *, slug: str, name: str, country: str, region: str, description: str = ""
) -> tuple[WorkingGroup, bool]:
    return _upsert(
        WorkingGroup,
        slug=slug,
        values={"name": name, "country": country, "region": region, "description": description},
    )


def working_group_member_set(*, group: WorkingGroup, user: User, is_coordinator: bool) -> bool:
    seat, created = WorkingGroupMember.objects.get_or_create(
        group=group, user=user, defaults={"is_coordinator": is_coordinator}
    )
    if not created and seat.is_coordinator != is_coordinator:
        seat.is_coordinator = is_coordinator
        seat.save(update_fields=["is_coordinator", "updated_at"])
    return created


def support_unit_upsert(
    *, slug: str, name: str, host: Organisation, services: str = "", contact_email: str = ""
) -> tuple[SupportUnit, bool]:
    return _upsert(
        SupportUnit,
        slug=slug,
        values={"name": name, "host": host, "services": services, "contact_email": contact_email},
    )


def member_profile_set(
    *, user: User, is_public: bool, country: str = "", bio: str = ""
) -> MemberProfile:
    profile, created = MemberProfile.objects.get_or_create(
        user=user, defaults={"is_public": is_public, "country": country, "bio": bio}
    )
    if not created and (profile.is_public, profile.country, profile.bio) != (
        is_public,
        country,
        bio,
    ):
        profile.is_public, profile.country, profile.bio = is_public, country, bio
        profile.full_clean()
        profile.save()
    return profile

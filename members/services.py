"""Writes for people and organisations. Views, commands and the demo loader all call these."""

from django.db import transaction

from .models import Membership, Organisation, User


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
    organisation = Organisation.objects.filter(slug=slug).first() or Organisation(slug=slug)
    created = organisation.pk is None
    values = {
        "name": name,
        "kind": kind,
        "country": country.upper(),
        "region": region,
        "website": website,
        "description": description,
        "is_public": is_public,
    }
    if created or any(getattr(organisation, k) != v for k, v in values.items()):
        for field, value in values.items():
            setattr(organisation, field, value)
        organisation.full_clean()
        organisation.save()
    return organisation, created


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

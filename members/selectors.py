"""Reads for people and organisations, with their joins set once here."""

from django.db.models import QuerySet

from .models import Membership, User


def user_memberships(*, user: User) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name")
    )

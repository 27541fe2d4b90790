"""Who may do what with events, registrations, the newsletter and invitations.

Views, templates, panels and feeds ask these functions; nothing else decides.
"""

from django.contrib.auth.models import AnonymousUser

from members.models import Membership, User
from members.permissions import is_editor, is_member, is_working_group_member

from .models import EventPage


def can_register(user: User | AnonymousUser, event: EventPage) -> bool:
    """Members register for any event; people without an account only for public events."""
    return is_member(user) or event.open_to_public


def can_manage_event(user: User | AnonymousUser, event: EventPage) -> bool:
    """Organisers see the participants, export them and mark attendance.

    Organisers are the admins of an organiser organisation, editors and site staff.
    """
    if not is_member(user):
        return False
    if user.is_staff or is_editor(user):
        return True
    organiser_ids = [organisation.pk for organisation in event.organisers.all()]
    return Membership.objects.filter(
        user=user, organisation_id__in=organiser_ids, role=Membership.Role.ADMIN
    ).exists()


def can_read_minutes(user: User | AnonymousUser, event: EventPage) -> bool:
    """A round table's minutes are for its working group; other events' minutes are public."""
    if event.kind != EventPage.Kind.ROUND_TABLE or event.working_group_id is None:
        return True
    if not is_member(user):
        return False
    return user.is_staff or is_editor(user) or is_working_group_member(user, event.working_group)


def can_send_invitations(user: User | AnonymousUser) -> bool:
    return is_member(user) and (user.is_staff or is_editor(user))


def supplier_day_units(user: User | AnonymousUser):
    """The support units a person may organise supplier days for: those they staff."""
    if not is_member(user):
        return []
    return list(user.support_units.select_related("host").order_by("name"))

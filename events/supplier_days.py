"""Supplier days: support-unit staff gather the one-to-one meetings of their region into one
event, where buyers and suppliers meet in turn. The event is an ordinary EventPage (kind
"supplier day"), so it has its page, calendar entries and registrations; each meeting's
buyer and the supplier's admins get a place and are told."""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_noop

from members.models import Membership, SupplierMeeting, SupportUnit, User
from members.selectors import meetings_for
from members.services import notify

from .models import EventIndexPage, EventPage
from .services import event_publish, registration_create


def meetings_to_gather(*, user: User) -> list[SupplierMeeting]:
    """The meetings a support unit's staff member may put on a supplier day: their region's,
    not declined or cancelled."""
    closed = {SupplierMeeting.Status.DECLINED, SupplierMeeting.Status.CANCELLED}
    return [m for m in meetings_for(user=user)["region"] if m.status not in closed]


def _people(meetings: list[SupplierMeeting]) -> list[User]:
    admins = Membership.objects.filter(
        organisation_id__in={m.supplier_id for m in meetings}, role=Membership.Role.ADMIN
    ).select_related("user")
    people = {m.requester_id: m.requester for m in meetings}
    people.update({a.user_id: a.user for a in admins})
    return [person for person in people.values() if person.is_active]


@transaction.atomic
def supplier_day_organise(
    *, organiser: User, unit: SupportUnit, data: dict, meetings: list[SupplierMeeting]
) -> EventPage:
    """Publish the supplier day and give every buyer and supplier of its meetings a place."""
    index = EventIndexPage.objects.get(locale__language_code="en")
    base = slugify(data["title"])[:60] or "supplier-day"
    slug, number = base, 1
    while EventPage.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    page, _created = event_publish(
        index=index,
        slug=slug,
        data={**data, "kind": EventPage.Kind.SUPPLIER_DAY, "country": unit.host.country},
        product_groups={m.product_group for m in meetings},
        organisers=[unit.host],
        user=organiser,
    )
    for person in _people(meetings):
        registration_create(event=page, user=person)
        notify(
            user=person,
            message=gettext_noop("%(unit)s invites you to the supplier day “%(title)s”."),
            params={"unit": unit.name, "title": page.title},
            url=page.url,
        )
    return page

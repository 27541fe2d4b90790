"""One-to-one supplier meetings: a buyer asks, the supplier agrees, proposes another time or
declines, and both sides hear about every step by e-mail and in the site.

Writes for this concern live here rather than in services.py, which has grown; the functions
keep the services' shape (keyword-only, validate, then save) and views call them the same way.
"""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from kb_site.mail import email_enqueue

from .models import MemberProfile, Organisation, SupplierMeeting, User
from .services import MembershipError, notify, organisation_admins

MAX_PROPOSED_TIMES = 3
Status = SupplierMeeting.Status


def _supplier_admins(organisation: Organisation) -> list[User]:
    return organisation_admins(organisation=organisation)


# Each step's message: the e-mail in the recipient's language when it is sent, the
# notification in the reader's when it is read (members/notifications.py).
MESSAGES = {
    "requested": gettext_noop("%(buyer)s asks %(supplier)s for a meeting: %(topic)s"),
    "accepted": gettext_noop("Meeting agreed: %(topic)s, %(when)s"),
    "counter_proposed": gettext_noop("%(supplier)s proposes another time for %(topic)s: %(when)s"),
    "declined": gettext_noop("Meeting declined: %(topic)s"),
    "cancelled": gettext_noop("Meeting cancelled: %(topic)s"),
}


def _tell(meeting: SupplierMeeting, recipients: list[User], event: str) -> None:
    """Notify in the site and by e-mail (after the commit), each in their own language."""
    path = reverse("members:meeting_detail", kwargs={"meeting_id": meeting.pk})
    for user in recipients:
        params = {
            "buyer": meeting.requester.get_full_name(),
            "supplier": meeting.supplier.name,
            "topic": meeting.topic,
            "when": meeting.scheduled_at or "",
        }
        text = notify(user=user, message=MESSAGES[event], params=params, url=path).text
        with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
            body = render_to_string(
                "members/email/meeting_message.txt",
                {"text": text, "meeting": meeting, "url": f"{settings.SITE_URL}{path}"},
            )
        message = EmailMessage(
            subject=f"[GPP Commons] {text}"[:150],
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
        )
        transaction.on_commit(lambda message=message: email_enqueue(message=message))


def _check_time(moment: datetime) -> datetime:
    if moment <= timezone.now():
        raise MembershipError(_("Propose a time in the future."))
    return moment


@transaction.atomic
def meeting_request(
    *,
    requester: User,
    supplier: Organisation,
    topic: str,
    product_group,
    proposed_times: list[datetime],
    message: str = "",
) -> SupplierMeeting:
    if supplier.kind not in Organisation.SUPPLIER_KINDS:
        raise MembershipError(_("Meetings can be requested from suppliers only."))
    times = sorted({_check_time(moment) for moment in proposed_times if moment})
    if not 1 <= len(times) <= MAX_PROPOSED_TIMES:
        raise MembershipError(_("Propose one to three times."))
    meeting = SupplierMeeting(
        requester=requester,
        supplier=supplier,
        topic=topic.strip(),
        product_group=product_group,
        message=message.strip(),
        proposed_times=[moment.isoformat() for moment in times],
    )
    meeting.full_clean()
    meeting.save()
    _tell(meeting, _supplier_admins(supplier), "requested")
    return meeting


def _locked(meeting: SupplierMeeting) -> SupplierMeeting:
    return (
        SupplierMeeting.objects.select_for_update()
        .select_related("requester", "supplier")
        .get(pk=meeting.pk)
    )


@transaction.atomic
def meeting_accept(
    *, meeting: SupplierMeeting, actor: User, time: datetime, place: str = ""
) -> SupplierMeeting:
    """The supplier agrees to one of the buyer's times, or the buyer to the supplier's."""
    meeting = _locked(meeting)
    # Whose turn it is: the supplier answers a request, the buyer answers a counter-proposal.
    turn = Status.COUNTER_PROPOSED if actor.pk == meeting.requester_id else Status.REQUESTED
    if meeting.status != turn:
        raise MembershipError(_("It is not your turn to answer this meeting."))
    if not any(datetime.fromisoformat(value) == time for value in meeting.proposed_times):
        raise MembershipError(_("Choose one of the proposed times."))
    meeting.status = Status.ACCEPTED
    meeting.scheduled_at = _check_time(time)
    if place:
        meeting.place = place.strip()
    meeting.answered_by = actor
    meeting.save()
    _tell(meeting, _other_side(meeting, actor), "accepted")
    return meeting


@transaction.atomic
def meeting_counter_propose(
    *, meeting: SupplierMeeting, actor: User, time: datetime, answer: str = "", place: str = ""
) -> SupplierMeeting:
    meeting = _locked(meeting)
    if meeting.status != Status.REQUESTED:
        raise MembershipError(_("This meeting has already been answered."))
    meeting.status = Status.COUNTER_PROPOSED
    meeting.proposed_times = [_check_time(time).isoformat()]
    meeting.scheduled_at = time
    meeting.answer = answer.strip()
    meeting.place = place.strip()
    meeting.answered_by = actor
    meeting.save()
    _tell(meeting, [meeting.requester], "counter_proposed")
    return meeting


@transaction.atomic
def meeting_decline(*, meeting: SupplierMeeting, actor: User, answer: str = "") -> SupplierMeeting:
    meeting = _locked(meeting)
    if meeting.status not in (*SupplierMeeting.OPEN, Status.ACCEPTED):
        raise MembershipError(_("This meeting has already been answered."))
    cancelled = actor.pk == meeting.requester_id
    meeting.status = Status.CANCELLED if cancelled else Status.DECLINED
    meeting.answer = answer.strip()
    meeting.answered_by = actor
    meeting.save()
    _tell(meeting, _other_side(meeting, actor), "cancelled" if cancelled else "declined")
    return meeting


def _other_side(meeting: SupplierMeeting, actor: User) -> list[User]:
    if actor.pk == meeting.requester_id:
        return _supplier_admins(meeting.supplier)
    return [meeting.requester]


def calendar_token(*, user: User) -> str:
    """The secret in a member's calendar feed address, made on first use."""
    profile = MemberProfile.objects.get_or_create(user=user)[0]
    if not profile.calendar_token:
        profile.calendar_token = secrets.token_urlsafe(24)
        profile.save(update_fields=["calendar_token", "updated_at"])
    return profile.calendar_token


def meeting_end(meeting: SupplierMeeting) -> datetime:
    return meeting.scheduled_at + timedelta(minutes=meeting.duration_minutes)

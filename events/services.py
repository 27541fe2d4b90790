"""Writes for events: registrations and the waiting list, the newsletter, reminders.

Invitations (sending to many, exactly once) are in ``delivery.py``. E-mail always goes through
``kb_site.mail.email_enqueue`` after the transaction commits, never inside the request.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kb_site.mail import email_enqueue
from members.models import User

from . import tokens
from .models import (
    EventIndexPage,
    EventPage,
    EventSpeaker,
    NewsIndexPage,
    NewsPage,
    Registration,
    ReminderSent,
    Subscriber,
)
from .selectors import canonical_event_pk, event_in_language, registrations_of


def send_mail_later(
    *, to: str, language: str, subject: str, template: str, context: dict, headers=None
) -> None:
    """Render an e-mail in the recipient's language and queue it once the transaction commits."""
    with translation.override(language):
        message = EmailMessage(
            subject=f"[GPP Commons] {subject}",
            body=render_to_string(template, {**context, "site_url": settings.SITE_URL}),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[to],
            headers=headers or {},
        )
    transaction.on_commit(lambda: email_enqueue(message=message))


# --- Pages ----------------------------------------------------------------------------------


def _publish_child(*, index, page, tags=(), user=None):
    """Add ``page`` under ``index`` and publish it, unless a page with its slug is there."""
    existing = type(page).objects.child_of(index).filter(slug=page.slug).first()
    if existing:
        return existing, False
    page.clean()  # the model's own rules (end after start, ...); the tree fields come next
    index.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    page.save_revision(user=user).publish()
    return page, True


@transaction.atomic
def event_publish(
    *, index: EventIndexPage, slug: str, data: dict, speakers=(), product_groups=(),
    organisers=(), user=None,
) -> tuple[EventPage, bool]:  # fmt: skip
    """Create and publish an event (idempotent by slug); editors use the Wagtail admin."""
    page = EventPage(slug=slug, **data)
    page.product_groups = list(product_groups)
    page.organisers = list(organisers)
    page.speakers = [EventSpeaker(**speaker) for speaker in speakers]
    return _publish_child(index=index, page=page, user=user)


@transaction.atomic
def news_publish(
    *, index: NewsIndexPage, slug: str, data: dict, tags=(), related_events=(),
    working_groups=(), user=None,
) -> tuple[NewsPage, bool]:  # fmt: skip
    page = NewsPage(slug=slug, **data)
    page.related_events = list(related_events)
    page.working_groups = list(working_groups)
    return _publish_child(index=index, page=page, tags=tags, user=user)


# --- Registrations ---------------------------------------------------------------------------


class RegistrationError(ValidationError):
    """A registration the event cannot take; the message is for the person registering."""


def _check_open(event: EventPage, now) -> None:
    if event.starts_at <= now:
        raise RegistrationError(_("This event has already started; registration is closed."))
    if event.registration_deadline and event.registration_deadline < now:
        raise RegistrationError(_("The registration deadline for this event has passed."))


def _lock_event(event: EventPage) -> EventPage:
    """The event's canonical page (see selectors.canonical_event_pk), locked: every change to
    an event's places, from whichever translation, is serialised on that one row. The row lock
    is taken on PostgreSQL; SQLite allows one writer at a time anyway. The unique (event, seat)
    constraint backs it. Registrations are written to the page this returns."""
    return (
        EventPage.objects.select_for_update()
        .only("pk", "capacity", "translation_key")
        .get(pk=canonical_event_pk(event.translation_key))
    )


def _free_seat(event: EventPage) -> int | None:
    """The lowest free seat number, or None when the event is full. 0 means: no limit."""
    taken = set(
        Registration.objects.filter(event=event, seat__isnull=False).values_list("seat", flat=True)
    )
    if event.capacity is None:
        return 0
    return next((seat for seat in range(1, event.capacity + 1) if seat not in taken), None)


def _place(registration: Registration, event: EventPage, now) -> None:
    """Give the registration a seat, or put it at the end of the waiting list."""
    seat = _free_seat(event)
    if seat is None:
        registration.status = Registration.Status.WAITING
        registration.seat = None
        registration.waiting_since = now
    else:
        registration.status = Registration.Status.REGISTERED
        registration.seat = seat or None
        registration.waiting_since = None


@dataclass
class RegistrationResult:
    registration: Registration
    created: bool


@transaction.atomic
def registration_create(
    *, event: EventPage, user: User | None = None, email: str = "", name: str = "",
    language: str = "en", now=None, send_mail: bool = True,
) -> RegistrationResult:  # fmt: skip
    """A member takes a place (or joins the waiting list) at once; someone without an account
    first confirms their address through a signed link (the place is taken on confirmation)."""
    now = now or timezone.now()
    _check_open(event, now)
    locked = _lock_event(event)
    if user is not None:
        email, name = user.email, user.get_full_name() or user.email
        language = user.preferred_language or language
    elif not event.open_to_public:
        raise RegistrationError(_("Only members can register for this event: please log in."))
    email = email.strip().lower()
    registration = Registration.objects.filter(event=locked, email__iexact=email).first()
    created = registration is None
    if registration and registration.status == Registration.Status.PENDING and user is None:
        _confirmation_mail(registration)  # the first mail got lost: send the link again
        return RegistrationResult(registration, created=False)
    if registration and registration.status != Registration.Status.CANCELLED:
        return RegistrationResult(registration, created=False)
    registration = registration or Registration(event=locked, email=email)
    registration.user, registration.name, registration.language = user, name, language
    registration.attended = None
    if user is None:
        registration.status = Registration.Status.PENDING
        registration.seat = None
    else:
        _place(registration, locked, now)
    registration.full_clean()
    registration.save()
    if not send_mail:
        pass  # demo data and imports: nobody to tell
    elif user is None:
        _confirmation_mail(registration)
    else:
        _registration_mail(registration)
    return RegistrationResult(registration, created=created)


def _mail_event(registration: Registration) -> EventPage:
    """The event's page in the registrant's language, if it was translated into it."""
    return event_in_language(registration.event, registration.language)


def _confirmation_mail(registration: Registration) -> None:
    with translation.override(registration.language):
        subject = _("Confirm your registration")
    send_mail_later(
        to=registration.email, language=registration.language, subject=subject,
        template="events/email/registration_confirm.txt",
        context={"event": _mail_event(registration), "registration": registration,
                 "url": tokens.registration_confirm_url(registration)},
    )  # fmt: skip


def _registration_mail(registration: Registration) -> None:
    waiting = registration.status == Registration.Status.WAITING
    event = _mail_event(registration)
    with translation.override(registration.language):
        subject = (
            _("You are on the waiting list: %(title)s")
            if waiting
            else _("You are registered: %(title)s")
        ) % {"title": event.title}
    send_mail_later(
        to=registration.email, language=registration.language, subject=subject,
        template="events/email/registration_placed.txt",
        context={"event": event, "registration": registration, "waiting": waiting,
                 "cancel_url": tokens.registration_cancel_url(registration)},
    )  # fmt: skip


@transaction.atomic
def registration_confirm(*, registration: Registration, now=None) -> Registration:
    """The confirmation link was followed: take a place now (or join the waiting list)."""
    now = now or timezone.now()
    locked = _lock_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Registration.Status.PENDING:
        return registration
    _check_open(registration.event, now)
    _place(registration, locked, now)
    registration.save()
    _registration_mail(registration)
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration, now=None) -> Registration | None:
    """Give the place up; the first person on the waiting list takes it and hears by e-mail.

    Returns the promoted registration, if any. The event's row lock (and the seat constraint)
    mean two cancellations at once promote two different people, never one twice.
    """
    now = now or timezone.now()
    locked = _lock_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Registration.Status.CANCELLED:
        return None
    had_seat = registration.status == Registration.Status.REGISTERED
    registration.status = Registration.Status.CANCELLED
    registration.seat = None
    registration.waiting_since = None
    registration.save(update_fields=["status", "seat", "waiting_since", "updated_at"])
    if not had_seat or registration.event.starts_at <= now:
        return None
    return waiting_list_promote(event=locked)


def waiting_list_promote(*, event: EventPage) -> Registration | None:
    """Move the longest-waiting person into a free seat; ``event`` is the locked canonical page
    ``_lock_event`` returns (call inside that lock)."""
    seat = _free_seat(event)
    if seat is None:
        return None
    first = (
        Registration.objects.select_for_update()
        .filter(event=event, status=Registration.Status.WAITING)
        .order_by("waiting_since", "pk")
        .first()
    )
    if first is None:
        return None
    first.status = Registration.Status.REGISTERED
    first.seat = seat or None
    first.waiting_since = None
    first.save(update_fields=["status", "seat", "waiting_since", "updated_at"])
    page = event_in_language(event, first.language)
    with translation.override(first.language):
        subject = _("A place is free for you: %(title)s") % {"title": page.title}
    send_mail_later(
        to=first.email, language=first.language, subject=subject,
        template="events/email/registration_promoted.txt",
        context={"event": page, "registration": first,
                 "cancel_url": tokens.registration_cancel_url(first)},
    )  # fmt: skip
    return first


def attendance_mark(*, event: EventPage, attended_ids: set[int]) -> int:
    """Record who came: the registered participants ticked attended, the others not."""
    registered = registrations_of(event).filter(status=Registration.Status.REGISTERED)
    registered.filter(pk__in=attended_ids).update(attended=True)
    return registered.exclude(pk__in=attended_ids).update(attended=False)


# --- Reminders -------------------------------------------------------------------------------

REMINDER_LEAD = {
    ReminderSent.Kind.DAY: timedelta(days=1),
    ReminderSent.Kind.HOUR: timedelta(hours=1),
}


def reminders_send(*, now=None) -> int:
    """Remind registered participants a day and an hour before; each reminder goes once.

    Run every few minutes (cron or a periodic task). The ReminderSent row is written in the
    same transaction as the e-mail is queued, and its unique constraint refuses a second one.
    A day reminder that was missed is not sent once the hour reminder is due.
    """
    now = now or timezone.now()
    sent = 0
    for kind, lead in REMINDER_LEAD.items():
        window = Registration.objects.filter(
            status=Registration.Status.REGISTERED,
            event__live=True,
            event__starts_at__gt=now,
            event__starts_at__lte=now + lead,
        ).exclude(reminders__kind=kind)
        if kind == ReminderSent.Kind.DAY:
            window = window.filter(event__starts_at__gt=now + REMINDER_LEAD[ReminderSent.Kind.HOUR])
        pages: dict = {}  # (event, language) -> the page the reminder links
        for registration in window.select_related("event"):
            try:
                with transaction.atomic():
                    ReminderSent.objects.create(registration=registration, kind=kind)
                    _reminder_mail(registration, kind, pages)
            except IntegrityError:
                continue  # another run sent it
            sent += 1
    return sent


def _reminder_mail(registration: Registration, kind: str, pages: dict) -> None:
    key = (registration.event_id, registration.language)
    if key not in pages:
        pages[key] = _mail_event(registration)
    event = pages[key]
    with translation.override(registration.language):
        subject = (
            _("Tomorrow: %(title)s")
            if kind == ReminderSent.Kind.DAY
            else _("In an hour: %(title)s")
        ) % {"title": event.title}
    send_mail_later(
        to=registration.email, language=registration.language, subject=subject,
        template="events/email/reminder.txt",
        context={"event": event, "registration": registration,
                 "cancel_url": tokens.registration_cancel_url(registration)},
    )  # fmt: skip


# --- Newsletter ------------------------------------------------------------------------------


def _set_topics(subscriber: Subscriber, topics: dict) -> None:
    subscriber.countries = sorted(topics.get("countries") or [])
    subscriber.event_kinds = sorted(topics.get("event_kinds") or [])


@transaction.atomic
def subscriber_signup(
    *, email: str, language: str, topics: dict, user: User | None = None
) -> Subscriber:
    """Double opt-in: a confirmation link goes to the address; nothing is sent to it before.

    A member signing up with their own (verified) address needs no second confirmation. An
    address already subscribed gets its preferences link again, so nobody learns from this
    form whether someone else is subscribed.
    """
    email = email.strip().lower()
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber and subscriber.confirmed_at and not subscriber.unsubscribed_at:
        send_mail_later(
            to=email, language=subscriber.language, subject=_("Your newsletter preferences"),
            template="events/email/newsletter_already.txt",
            context={"url": tokens.preferences_url(email, subscriber.language)},
        )  # fmt: skip
        return subscriber
    subscriber = subscriber or Subscriber(email=email)
    subscriber.language = language
    subscriber.unsubscribed_at = None
    _set_topics(subscriber, topics)
    own_address = user is not None and user.is_authenticated and user.email.lower() == email
    if own_address:
        subscriber.user = user
        subscriber.confirmed_at = timezone.now()
    subscriber.full_clean()
    subscriber.save()
    subscriber.product_groups.set(topics.get("product_groups") or [])
    if not own_address:
        send_mail_later(
            to=email, language=language, subject=_("Confirm your newsletter subscription"),
            template="events/email/newsletter_confirm.txt",
            context={"url": tokens.newsletter_confirm_url(email, language)},
        )  # fmt: skip
    return subscriber


@transaction.atomic
def subscriber_import(*, email: str, language: str, topics: dict, confirmed_at) -> Subscriber:
    """An address that opted in elsewhere (an earlier list, the demo): no confirmation e-mail.
    Only for lists whose opt-in is documented; idempotent by address."""
    email = email.strip().lower()
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber:
        return subscriber
    subscriber = Subscriber(email=email, language=language, confirmed_at=confirmed_at)
    _set_topics(subscriber, topics)
    subscriber.full_clean()
    subscriber.save()
    subscriber.product_groups.set(topics.get("product_groups") or [])
    return subscriber


def subscriber_confirm(*, email: str) -> Subscriber | None:
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is None:
        return None
    if not subscriber.confirmed_at or subscriber.unsubscribed_at:
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["confirmed_at", "unsubscribed_at", "updated_at"])
    return subscriber


@transaction.atomic
def subscriber_update(*, subscriber: Subscriber, language: str, topics: dict) -> Subscriber:
    subscriber.language = language
    _set_topics(subscriber, topics)
    subscriber.unsubscribed_at = None
    subscriber.full_clean()
    subscriber.save()
    subscriber.product_groups.set(topics.get("product_groups") or [])
    return subscriber


def subscriber_unsubscribe(*, email: str) -> bool:
    """One click, no log-in: the address gets no newsletter or invitation any more."""
    return bool(
        Subscriber.objects.filter(email__iexact=email, unsubscribed_at__isnull=True).update(
            unsubscribed_at=timezone.now()
        )
    )

"""Invitations and newsletter issues ("mailings") that arrive exactly once.

1. ``mailing_start`` writes one Delivery row per (mailing, address) before anything is
   sent; the unique constraint makes a second start add nobody twice.
2. Batch tasks *claim* pending rows: one UPDATE ... WHERE status='pending' moves them to
   'claimed' with the worker's claim id, so two workers never get the same row.
3. A row goes to 'sent' right after the SMTP server accepted it; a failure puts it back to
   'pending' with a later ``next_attempt_at`` (doubling back-off), or to 'failed' after
   ``MAX_ATTEMPTS`` or a hard (5xx) refusal.
4. A worker that died leaves rows 'claimed'; ``invitation_resume`` (``manage.py
   invitations_resume``) puts rows claimed longer than ``CLAIM_LEASE`` ago back to pending.

The one window left is a worker dying between the SMTP server's "250 OK" and the UPDATE to
'sent' (milliseconds); that recipient would get the mail again on resume. No e-mail protocol
closes that window; it is documented in docs/decisions.md.
"""

import smtplib
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Count, Min, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from kb_site.mail import render_text
from members.models import Membership, User, WorkingGroupMember

from . import tokens
from .models import Delivery, EventInvitation, EventPage, NewsletterIssue, Subscriber

BATCH_SIZE = 100
MAX_ATTEMPTS = 5
CLAIM_LEASE = timedelta(minutes=15)
HARD_BOUNCES_UNDELIVERABLE = 3


class InvitationError(Exception):
    pass


# --- Who gets it -----------------------------------------------------------------------------


def matching_subscribers(event: EventPage):
    """Active subscribers whose topics match the event; an empty topic list means "all"."""
    subscribers = Subscriber.objects.filter(
        confirmed_at__isnull=False, unsubscribed_at__isnull=True, undeliverable=False
    )
    groups = list(event.product_groups.values_list("pk", flat=True))
    if groups:  # an event about no product group in particular concerns everyone
        subscribers = subscribers.annotate(n_groups=Count("product_groups")).filter(
            Q(n_groups=0) | Q(product_groups__in=groups)
        )
    found = []
    for subscriber in subscribers.distinct():
        if subscriber.countries and event.country and event.country not in subscriber.countries:
            continue
        if subscriber.event_kinds and event.kind not in subscriber.event_kinds:
            continue
        found.append(subscriber)
    return found


def recipients(invitation: EventInvitation) -> dict[str, dict]:
    """Every address the invitation goes to, once, keyed by the lower-case address."""
    found: dict[str, dict] = {}
    if invitation.to_subscribers:
        for subscriber in matching_subscribers(invitation.event):
            found[subscriber.email.lower()] = {
                "name": "",
                "language": subscriber.language,
                "subscriber_id": subscriber.pk,
            }
    users = User.objects.none()
    if invitation.working_group_id:
        users = users | User.objects.filter(
            pk__in=WorkingGroupMember.objects.filter(group=invitation.working_group_id).values(
                "user"
            )
        )
    organisation_ids = list(invitation.organisations.values_list("pk", flat=True))
    if organisation_ids:
        users = users | User.objects.filter(
            pk__in=Membership.objects.filter(organisation__in=organisation_ids).values("user")
        )
    unsubscribed = set(
        Subscriber.objects.filter(Q(unsubscribed_at__isnull=False) | Q(undeliverable=True))
        .values_list("email", flat=True)
    )  # fmt: skip
    for user in users.filter(is_active=True).distinct():
        email = user.email.lower()
        if email in unsubscribed or email in found:
            continue
        found[email] = {
            "name": user.get_full_name(),
            "language": user.preferred_language or "en",
            "subscriber_id": None,
        }
    return found


def active_subscribers():
    return Subscriber.objects.filter(
        confirmed_at__isnull=False, unsubscribed_at__isnull=True, undeliverable=False
    )


def mailing_recipients(mailing) -> dict[str, dict]:
    if isinstance(mailing, NewsletterIssue):
        return {
            subscriber.email.lower(): {
                "name": "", "language": subscriber.language, "subscriber_id": subscriber.pk,
            }
            for subscriber in active_subscribers()
        }  # fmt: skip
    return recipients(mailing)


def _key(mailing) -> dict:
    """The Delivery filter of one mailing."""
    if isinstance(mailing, NewsletterIssue):
        return {"issue_id": mailing.pk}
    return {"invitation_id": mailing.pk}


# --- The message -----------------------------------------------------------------------------


def invitation_message(invitation: EventInvitation, *, email: str, language: str, name=""):
    event = invitation.event
    with translation.override(language):
        localized = (
            event.get_translations(inclusive=True)
            .live()
            .filter(locale__language_code=language)
            .first()
            or event
        )
        body = render_text(
            "events/email/invitation.txt",
            {"invitation": invitation, "event": localized, "name": name,
             "site_url": settings.SITE_URL,
             "preferences_url": tokens.preferences_url(email, language)},
        )  # fmt: skip
        subject = _("Invitation: %(title)s") % {"title": localized.title}
    return EmailMessage(
        subject=f"[GPP Commons] {subject}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        headers=tokens.unsubscribe_headers(email, language),
    )


def issue_message(issue: NewsletterIssue, *, email: str, language: str, name=""):
    if "_contents" not in issue.__dict__:  # once per issue object, not per recipient
        # Live and public only: a page restricted to members after it was chosen stays out.
        issue._contents = {
            "news": list(issue.news.live().public().order_by("-date")),
            "events": list(issue.events.live().public().order_by("starts_at")),
            "pages": list(issue.pages.live().public().order_by("-first_published_at")),
        }
    with translation.override(language):
        body = render_text(
            "events/email/newsletter_issue.txt",
            {"issue": issue, **issue._contents, "site_url": settings.SITE_URL,
             "preferences_url": tokens.preferences_url(email, language)},
        )  # fmt: skip
    return EmailMessage(
        subject=f"[GPP Commons] {issue.subject}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        headers=tokens.unsubscribe_headers(email, language),
    )


def mailing_message(mailing, *, email: str, language: str, name=""):
    build = issue_message if isinstance(mailing, NewsletterIssue) else invitation_message
    return build(mailing, email=email, language=language, name=name)


def mailing_test_send(*, mailing, user: User) -> None:
    """The editor sees the real e-mail in their own inbox before anyone else does."""
    from kb_site.mail import email_enqueue

    message = mailing_message(
        mailing,
        email=user.email,
        language=user.preferred_language or "en",
        name=user.get_full_name(),
    )
    message.subject = f"[TEST] {message.subject}"
    mailing.test_sent_at = timezone.now()
    mailing.save(update_fields=["test_sent_at", "updated_at"])
    transaction.on_commit(lambda: email_enqueue(message=message))


def invitation_test_send(*, invitation: EventInvitation, user: User) -> None:
    mailing_test_send(mailing=invitation, user=user)


# --- Sending ---------------------------------------------------------------------------------


@transaction.atomic
def mailing_start(*, mailing) -> int:
    """Write the recipients and start the batch tasks; safe to call twice (adds nobody twice).

    Returns how many recipients were added now.
    """
    if mailing.test_sent_at is None:
        raise InvitationError(_("Send a test to yourself first."))
    mailing = type(mailing).objects.select_for_update().get(pk=mailing.pk)
    key = _key(mailing)
    before = Delivery.objects.filter(**key).count()
    rows = [
        Delivery(**key, email=email, **values)
        for email, values in mailing_recipients(mailing).items()
    ]
    Delivery.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
    added = Delivery.objects.filter(**key).count() - before
    if mailing.status == EventInvitation.Status.DRAFT:
        mailing.status = EventInvitation.Status.SENDING
        mailing.started_at = timezone.now()
        mailing.save(update_fields=["status", "started_at", "updated_at"])
    transaction.on_commit(lambda: _enqueue_batches(key))
    return added


def invitation_start(*, invitation: EventInvitation) -> int:
    return mailing_start(mailing=invitation)


def _enqueue_batches(key: dict) -> None:
    pending = Delivery.objects.filter(**key, status=Delivery.Status.PENDING).count()
    for _batch in range(max(1, -(-pending // BATCH_SIZE))):
        send_batch.enqueue(**key)


def deliveries_claim(
    *, invitation_id=None, issue_id=None, limit: int = BATCH_SIZE, now=None
) -> str:
    """Take up to ``limit`` due pending rows for this worker; returns the claim id."""
    now = now or timezone.now()
    claim = uuid.uuid4().hex
    key = {"invitation_id": invitation_id} if invitation_id else {"issue_id": issue_id}
    due = (
        Delivery.objects.filter(**key, status=Delivery.Status.PENDING)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    with transaction.atomic():
        # The status condition in the UPDATE is what makes the claim safe between workers.
        Delivery.objects.filter(pk__in=list(due), status=Delivery.Status.PENDING).update(
            status=Delivery.Status.CLAIMED, claim=claim, claimed_at=now
        )
    return claim


def _is_hard_failure(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _msg in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def _failed(delivery: Delivery, error: Exception, now) -> None:
    attempts = delivery.attempts + 1
    hard = _is_hard_failure(error)
    final = hard or attempts >= MAX_ATTEMPTS
    Delivery.objects.filter(pk=delivery.pk, claim=delivery.claim).update(
        status=Delivery.Status.FAILED if final else Delivery.Status.PENDING,
        attempts=attempts,
        claim="",
        next_attempt_at=None if final else now + timedelta(minutes=2**attempts),
        error=str(error)[:300],
    )
    if hard and delivery.subscriber_id:
        subscriber = Subscriber.objects.get(pk=delivery.subscriber_id)
        subscriber.hard_bounces += 1
        subscriber.undeliverable = subscriber.hard_bounces >= HARD_BOUNCES_UNDELIVERABLE
        subscriber.save(update_fields=["hard_bounces", "undeliverable", "updated_at"])


def deliveries_send(*, claim: str, now=None) -> int:
    """Send the rows of one claim; returns how many the SMTP server accepted."""
    now = now or timezone.now()
    claimed = list(
        Delivery.objects.filter(claim=claim, status=Delivery.Status.CLAIMED).select_related(
            "invitation__event", "issue"
        )
    )
    if not claimed:
        return 0
    sent = 0
    connection = get_connection()
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as error:
        # The relay is down: every row goes back to the queue with its back-off.
        for delivery in claimed:
            _failed(delivery, error, now)
        return 0
    mailings: dict = {}  # one object per mailing, so its caches serve the whole batch
    try:
        for delivery in claimed:
            mailing = mailings.setdefault(
                (delivery.invitation_id, delivery.issue_id), delivery.invitation or delivery.issue
            )
            message = mailing_message(
                mailing,
                email=delivery.email,
                language=delivery.language,
                name=delivery.name,
            )
            message.connection = connection
            try:
                message.send()
            except (smtplib.SMTPException, OSError) as error:
                _failed(delivery, error, now)
                continue
            Delivery.objects.filter(pk=delivery.pk, claim=claim).update(
                status=Delivery.Status.SENT, sent_at=timezone.now(), attempts=delivery.attempts + 1
            )
            sent += 1
    finally:
        connection.close()
    return sent


def mailing_finish_if_done(key: dict) -> bool:
    open_rows = Delivery.objects.filter(
        **key, status__in=[Delivery.Status.PENDING, Delivery.Status.CLAIMED]
    )
    if open_rows.exists():
        return False
    model = NewsletterIssue if "issue_id" in key else EventInvitation
    model.objects.filter(pk=next(iter(key.values())), status=EventInvitation.Status.SENDING).update(
        status=EventInvitation.Status.DONE, finished_at=timezone.now()
    )
    return True


@task(queue_name="email")
def send_batch(*, invitation_id=None, issue_id=None) -> int:
    """One batch: claim, send, and schedule a retry for the rows that failed for now."""
    key = {"invitation_id": invitation_id} if invitation_id else {"issue_id": issue_id}
    claim = deliveries_claim(**key)
    sent = deliveries_send(claim=claim)
    retry_at = Delivery.objects.filter(
        **key, status=Delivery.Status.PENDING, next_attempt_at__isnull=False
    ).aggregate(at=Min("next_attempt_at"))["at"]
    if retry_at and send_batch.get_backend().supports_defer:
        send_batch.using(run_after=retry_at).enqueue(**key)
    mailing_finish_if_done(key)
    return sent


def invitation_resume(*, now=None, send=True) -> dict[str, int]:
    """After a crash: rows claimed longer than the lease go back to pending; batches restart.

    Returns {"invitation <id>" or "issue <id>": rows released}.
    """
    now = now or timezone.now()
    released: dict[str, int] = {}
    stale = Delivery.objects.filter(
        status=Delivery.Status.CLAIMED, claimed_at__lt=now - CLAIM_LEASE
    )
    sending = EventInvitation.Status.SENDING
    keys = [{"invitation_id": pk} for pk in EventInvitation.objects.filter(status=sending)
            .values_list("pk", flat=True)]  # fmt: skip
    keys += [{"issue_id": pk} for pk in NewsletterIssue.objects.filter(status=sending)
             .values_list("pk", flat=True)]  # fmt: skip
    for key in keys:
        name = " ".join(str(part) for part in next(iter(key.items()))).replace("_id", "")
        released[name] = stale.filter(**key).update(
            status=Delivery.Status.PENDING, claim="", claimed_at=None
        )
        if send:
            # Due retries too: their back-off may have passed while nobody was running.
            _enqueue_batches(key)
    return released


def mailing_progress(mailing) -> dict:
    counts = dict(
        Delivery.objects.filter(**_key(mailing))
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    total = sum(counts.values())
    sent = counts.get(Delivery.Status.SENT, 0)
    return {
        "total": total,
        "sent": sent,
        "pending": counts.get(Delivery.Status.PENDING, 0),
        "claimed": counts.get(Delivery.Status.CLAIMED, 0),
        "failed": counts.get(Delivery.Status.FAILED, 0),
        "percent": round(100 * sent / total) if total else 0,
    }


invitation_progress = mailing_progress


def progress_of_all(mailings: list) -> list[tuple]:
    """(mailing, progress) for a list page, in one query whatever the number of mailings."""
    invitation_ids = [m.pk for m in mailings if isinstance(m, EventInvitation)]
    issue_ids = [m.pk for m in mailings if isinstance(m, NewsletterIssue)]
    rows = (
        Delivery.objects.filter(Q(invitation_id__in=invitation_ids) | Q(issue_id__in=issue_ids))
        .values_list("invitation_id", "issue_id", "status")
        .annotate(n=Count("pk"))
    )
    counts: dict = {}
    for invitation_id, issue_id, status, n in rows:
        key = ("invitation", invitation_id) if invitation_id else ("issue", issue_id)
        counts.setdefault(key, {})[status] = n
    result = []
    for mailing in mailings:
        kind = "issue" if isinstance(mailing, NewsletterIssue) else "invitation"
        found = counts.get((kind, mailing.pk), {})
        total = sum(found.values())
        sent = found.get(Delivery.Status.SENT, 0)
        result.append((mailing, {"total": total, "sent": sent,
                                 "failed": found.get(Delivery.Status.FAILED, 0)}))  # fmt: skip
    return result

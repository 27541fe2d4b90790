"""Background work shared by every app: e-mail goes out through a task, never in the request."""

import logging
import smtplib
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8  # with doubling back-off: retries over about four hours


@task(queue_name="email")
def send_email(
    *,
    subject: str,
    body: str,
    to: list[str],
    from_email: str,
    html: str = "",
    headers: dict | None = None,
    attempt: int = 1,
) -> None:
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=from_email, to=to, headers=headers or {}
    )
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as exc:
        # A relay that is down or refuses for now: try again later where the task backend can
        # defer (the database backend); the immediate backend logs the failure instead.
        if not send_email.get_backend().supports_defer or attempt >= MAX_ATTEMPTS:
            raise
        delay = timedelta(minutes=2**attempt)
        logger.warning("E-mail to %s failed (%s); retry %d in %s", to, exc, attempt, delay)
        send_email.using(run_after=timezone.now() + delay).enqueue(
            subject=subject,
            body=body,
            to=to,
            from_email=from_email,
            html=html,
            headers=headers,
            attempt=attempt + 1,
        )

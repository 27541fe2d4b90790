"""Background work shared by every app: e-mail goes out through a task, never in the request."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task(queue_name="email")
def send_email(
    *, subject: str, body: str, to: list[str], from_email: str, html: str = "", headers=None
) -> None:
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=from_email, to=to, headers=headers or {}
    )
    if html:
        message.attach_alternative(html, "text/html")
    message.send()

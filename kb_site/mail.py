"""Queue an e-mail message as a task, so no request waits on (or fails with) the SMTP server."""

from django.core.mail import EmailMessage, EmailMultiAlternatives

from kb_site.tasks import send_email


def email_enqueue(*, message: EmailMessage) -> None:
    html = ""
    if isinstance(message, EmailMultiAlternatives):
        html = next((c for c, mime in message.alternatives if mime == "text/html"), "")
    send_email.enqueue(
        subject=str(message.subject),
        body=message.body,
        to=list(message.to),
        from_email=message.from_email,
        html=html,
        headers=dict(message.extra_headers),
    )

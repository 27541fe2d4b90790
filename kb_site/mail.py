"""Queue an e-mail message as a task, so no request waits on (or fails with) the SMTP server."""

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string

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


def render_text(template_name: str, context: dict) -> str:
    """A plain-text e-mail body as a plain str. render_to_string marks what it returns safe for
    HTML, but a .txt template (autoescape off) holds raw text that people typed: a page that
    shows the body (a preview) must escape it like any other text."""
    return str.__str__(render_to_string(template_name, context))  # drops the "safe" mark

"""How allauth talks to GPP Commons: e-mail through tasks, language remembered at sign-up."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation

from kb_site.mail import email_enqueue


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # Rendered now, in the visitor's language; delivered by a task so the request never
        # waits on, or fails with, the SMTP server.
        message = self.render_mail(template_prefix, email, context)
        email_enqueue(message=message)

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = translation.get_language() or user.preferred_language
        return super().save_user(request, user, form, commit=commit)

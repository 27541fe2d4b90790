"""How allauth talks to GPP Commons: e-mail through tasks, language remembered at sign-up."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal.ratelimit import get_ip
from django.utils import translation

from kb_site.mail import email_enqueue


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # Rendered now, in the visitor's language; delivered by a task so the request never
        # waits on, or fails with, the SMTP server.
        message = self.render_mail(template_prefix, email, context)
        email_enqueue(message=message)

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # The "key" of ACCOUNT_RATE_LIMITS["login_failed"]: allauth counts failures per e-mail
        # alone, so five wrong passwords from anyone, anywhere, locked the owner out. Counted
        # per e-mail and address together, a stranger locks out only themselves; the "ip" rate
        # still limits one address trying many accounts. `get_ip` is allauth's own address for
        # its per-address limits (IPv6 by network).
        return f"{super()._get_login_attempts_cache_key(request, **credentials)}:{get_ip(request)}"

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = translation.get_language() or user.preferred_language
        return super().save_user(request, user, form, commit=commit)

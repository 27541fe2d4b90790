"""How allauth talks to GPP Commons: e-mail through tasks, language remembered at sign-up."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.internal.ratelimit import get_ip
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation

from kb_site.mail import email_enqueue


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # Rendered now, in the visitor's language; delivered by a task so the request never
        # waits on, or fails with, the SMTP server. The context allauth's own send_mail adds:
        # without `current_site` its templates said "Hello from !".
        request = allauth_context.request
        context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
        } | {key: _on_site_url(value, request) for key, value in context.items()}
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


def _on_site_url(value, request):
    """A link allauth built from the request's host, on SITE_URL instead: every mail links to
    the site's one public address (https behind the proxy too), as the site's own mails do."""
    if not isinstance(value, str) or request is None:
        return value
    origin = request.build_absolute_uri("/")
    if value.startswith(origin):
        return f"{settings.SITE_URL}/{value.removeprefix(origin)}"
    return value

"""Rate limits for what people can repeat: posting, flagging, searching, signing up.

Counted in the cache in fixed windows, per member when logged in and per address otherwise
(allauth limits log-in, sign-up and password reset itself: ACCOUNT_RATE_LIMITS). Limits are
settings (`RATE_LIMITS`, each "count/seconds"), so an app adds its actions there. A view
asks `consume()`, and answers a refusal with `too_many()` or, where a form was posted, with
the form and `wait_message()`, so the text is kept.
"""

from dataclasses import dataclass
from math import ceil

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Refusal:
    action: str
    retry_after: int  # seconds


def _who(request) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{request.META.get('REMOTE_ADDR', '')}"


def consume(request, action: str) -> Refusal | None:
    """Count one `action` for this person; a Refusal when they are over the limit."""
    return hit(_who(request), action, settings.RATE_LIMITS[action])


def hit(who: str, action: str, limit: tuple[int, int]) -> Refusal | None:
    """The counter itself, for code without a request (services): `limit` is (count, seconds)."""
    count, seconds = limit
    now = int(timezone.now().timestamp())
    window = now // seconds
    key = f"rate:{action}:{who}:{window}"
    cache.add(key, 0, timeout=seconds + 1)
    try:
        used = cache.incr(key)
    except ValueError:  # evicted between add and incr: count this one
        cache.set(key, 1, timeout=seconds + 1)
        used = 1
    if used > count:
        return Refusal(action, retry_after=(window + 1) * seconds - now)
    return None


def wait_message(refusal: Refusal) -> str:
    minutes = max(1, ceil(refusal.retry_after / 60))
    return ngettext(
        "You have done this too often in a short while. Please try again in %(minutes)s minute.",
        "You have done this too often in a short while. Please try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def too_many(request, refusal: Refusal):
    response = render(request, "429.html", {"wait_message": wait_message(refusal)}, status=429)
    response["Retry-After"] = str(refusal.retry_after)
    return response

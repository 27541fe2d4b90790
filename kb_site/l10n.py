"""Words for durations and money in the reader's language, and the plural fixes for Latvian.

Why the fixes: Django's (and django.contrib.auth's) Latvian catalogues declare the old gettext
plural rule (form 0 = 1, 21...; 1 = the rest; 2 = zero) but their translations are written in
the CLDR order our catalogue declares (0 = 0, 10-20...; 1 = 1, 21...; 2 = the rest). Django
reads each catalogue with its own rule, so timesince printed "2 minūte", "21 minūšu". No single
rule suits those catalogues (some of their entries are in the old order), so the messages the
site shows are declared again below: makemessages keeps them in our catalogue, which Django
searches first and reads with the right rule.
"""

from datetime import datetime, timedelta
from decimal import Decimal

from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import avoid_wrapping
from django.utils.translation import gettext, ngettext_lazy, npgettext_lazy, pgettext

# Django's own msgids (django.utils.timesince.TIME_STRINGS), so timesince and |duration agree.
UNITS = (
    (365 * 24 * 60, ngettext_lazy("%(num)d year", "%(num)d years", "num")),
    (30 * 24 * 60, ngettext_lazy("%(num)d month", "%(num)d months", "num")),
    (7 * 24 * 60, ngettext_lazy("%(num)d week", "%(num)d weeks", "num")),
    (24 * 60, ngettext_lazy("%(num)d day", "%(num)d days", "num")),
    (60, ngettext_lazy("%(num)d hour", "%(num)d hours", "num")),
    (1, ngettext_lazy("%(num)d minute", "%(num)d minutes", "num")),
)

# Other Django messages with a count that visitors see (file sizes, form and password errors).
DJANGO_PLURALS = (
    ngettext_lazy("%(size)d byte", "%(size)d bytes", "size"),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
)


def duration_words(value: timedelta | None) -> str:
    """ "3 days and 8 hours" / "3 dienas un 8 stundas": the largest unit and the next one down
    (left out when it is zero), as timesince counts them; under a minute says so."""
    if value is None:
        return ""
    minutes = int(value.total_seconds() // 60)
    if minutes < 1:
        return gettext("less than a minute")
    parts = []
    for i, (size, name) in enumerate(UNITS):
        count, minutes = divmod(minutes, size)
        if count:
            parts.append(avoid_wrapping(name % {"num": count}))
            if i + 1 < len(UNITS) and (following := minutes // UNITS[i + 1][0]):
                parts.append(avoid_wrapping(UNITS[i + 1][1] % {"num": following}))
            break
    if len(parts) == 1:
        return parts[0]
    return gettext("%(larger)s and %(smaller)s") % {"larger": parts[0], "smaller": parts[1]}


# A moment in the past, one unit: "3 minutes ago" / "pirms 3 minūtēm". Latvian puts the count
# after "pirms" in the genitive singular (1, 21: "pirms 21 dienas") or the dative plural
# ("pirms 2 dienām"), not in timesince's nominative, hence messages of their own.
AGO_UNITS = (
    (365 * 24 * 60, npgettext_lazy("time ago", "%(num)d year", "%(num)d years", "num")),
    (30 * 24 * 60, npgettext_lazy("time ago", "%(num)d month", "%(num)d months", "num")),
    (7 * 24 * 60, npgettext_lazy("time ago", "%(num)d week", "%(num)d weeks", "num")),
    (24 * 60, npgettext_lazy("time ago", "%(num)d day", "%(num)d days", "num")),
    (60, npgettext_lazy("time ago", "%(num)d hour", "%(num)d hours", "num")),
    (1, npgettext_lazy("time ago", "%(num)d minute", "%(num)d minutes", "num")),
)


def ago(moment: datetime | None, now: datetime | None = None) -> str:
    """ "3 minutes ago" / "pirms 3 minūtēm": the largest whole unit since ``moment``; under a
    minute (or a moment ahead, a clock skew) "just now"."""
    if moment is None:
        return ""
    minutes = int(((now or timezone.now()) - moment).total_seconds() // 60)
    if minutes < 1:
        return gettext("just now")
    for size, name in AGO_UNITS:
        if minutes >= size:
            words = avoid_wrapping(name % {"num": minutes // size})
            return pgettext("a moment in the past", "%(time)s ago") % {"time": words}
    return gettext("just now")


def money(amount: Decimal | float | int | None, currency: str = "EUR") -> str:
    """A whole amount grouped as the language groups it, the currency code where the language
    puts it: "EUR 1,234,567" / "1 234 567 EUR"."""
    if amount is None or amount == "":
        return ""
    figure = number_format(round(Decimal(str(amount))), decimal_pos=0, force_grouping=True)
    return pgettext("money", "%(currency)s %(amount)s") % {
        "currency": currency,
        "amount": avoid_wrapping(figure),
    }

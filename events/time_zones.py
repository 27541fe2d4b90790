"""Time zones: every IANA zone may be an event's or a visitor's, checked against the zone list.

The list comes from the zone database Python reads (``zoneinfo.available_timezones()``: the
system's, else the tzdata package); it is read once per process. Choices are built at run time,
never stored in a migration, so a new tzdata release needs no migration.
"""

from functools import cache
from zoneinfo import available_timezones

from django import forms
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

# The cities of the partners' countries, offered first to editors (and UTC for online events).
PARTNER_ZONES = [
    ("Europe/Riga", _("Riga")),
    ("Europe/Lisbon", _("Lisbon")),
    ("Europe/Madrid", _("Madrid")),
    ("Europe/Rome", _("Rome")),
    ("Europe/Zagreb", _("Zagreb")),
    ("Europe/Athens", _("Athens")),
    ("Europe/Nicosia", _("Nicosia")),
    ("Europe/Brussels", _("Brussels")),
    ("UTC", _("UTC")),
]

# The regions a chooser groups by, in this order; the other names in the database (US/Eastern,
# EST5EDT, Etc/GMT+3...) are old aliases: accepted when typed, not offered.
REGIONS = {
    "Europe": _("Europe"),
    "America": _("America"),
    "Africa": _("Africa"),
    "Asia": _("Asia"),
    "Australia": _("Australia"),
    "Pacific": _("Pacific Ocean"),
    "Atlantic": _("Atlantic Ocean"),
    "Indian": _("Indian Ocean"),
    "Antarctica": _("Antarctica"),
    "Arctic": _("Arctic"),
}


@cache
def all_zones() -> frozenset[str]:
    return frozenset(available_timezones())


@cache
def _by_lower_name() -> dict[str, str]:
    """ "asia/tokyo" and "tokyo" (a city's name, when only one zone has it) -> "Asia/Tokyo"."""
    names = {zone.lower(): zone for zone in all_zones()}
    cities: dict[str, list[str]] = {}
    for zone in offered_zones():
        cities.setdefault(zone.rsplit("/", 1)[-1].lower(), []).append(zone)
    for city, zones in cities.items():
        if len(zones) == 1:
            names.setdefault(city, zones[0])
    return names


@cache
def offered_zones() -> tuple[str, ...]:
    return tuple(
        sorted(zone for zone in all_zones() if zone.split("/", 1)[0] in REGIONS and "/" in zone)
    )


def is_zone(name: str) -> bool:
    return name in all_zones()


def normalise(text: str) -> str | None:
    """The zone a person meant: exact, any case, spaces for underscores, or a city's name."""
    text = (text or "").strip()
    if text in all_zones():
        return text
    return _by_lower_name().get(text.replace(" ", "_").lower())


def grouped_choices() -> list:
    """For a <select>: the partners' cities first, then every zone under its region."""
    groups: dict[str, list[tuple[str, str]]] = {region: [] for region in REGIONS}
    for zone in offered_zones():
        groups[zone.split("/", 1)[0]].append((zone, zone.split("/", 1)[1].replace("_", " ")))
    return [
        (_("Partner countries"), list(PARTNER_ZONES)),
        *((REGIONS[region], zones) for region, zones in groups.items() if zones),
    ]


def validate_time_zone(value: str) -> None:
    if not is_zone(value):
        raise ValidationError(
            _("“%(zone)s” is not a time zone. Choose a city from the list, e.g. Europe/Riga."),
            code="invalid_time_zone",
            params={"zone": value},
        )


class TimeZoneSelect(forms.Select):
    """The editors' chooser: the partners' cities, then every zone grouped by region."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = grouped_choices()


@cache
def _datalist_html() -> str:
    options = "".join(f'<option value="{zone}">' for zone in ("UTC", *offered_zones()))
    return f'<datalist id="time-zone-names">{options}</datalist>'


class TimeZoneInput(forms.TextInput):
    """The visitors' chooser: type a city ("Tokyo") or pick from the browser's suggestions.

    A text box with a datalist rather than a 600-option <select>: the browser filters the
    list as one types, and a wrong name comes back with what was typed and a message.
    """

    def __init__(self, attrs=None):
        super().__init__(
            {
                "list": "time-zone-names",
                "autocomplete": "off",
                "spellcheck": "false",
                **(attrs or {}),
            }
        )

    def render(self, name, value, attrs=None, renderer=None):
        # Zone names are ASCII letters, digits, "_", "/", "+" and "-": nothing to escape.
        return mark_safe(super().render(name, value, attrs, renderer) + _datalist_html())  # noqa: S308


class TimeZoneField(forms.CharField):
    """Any IANA zone, as typed in any case or as its city's name; empty means "automatic"."""

    widget = TimeZoneInput
    default_error_messages = {
        "invalid_time_zone": _(
            "“%(zone)s” is not a time zone we know. Type a city, e.g. America/Sao_Paulo or "
            "Asia/Tokyo."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 64)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        zone = normalise(value)
        if zone is None:
            raise ValidationError(
                self.error_messages["invalid_time_zone"],
                code="invalid_time_zone",
                params={"zone": value},
            )
        return zone

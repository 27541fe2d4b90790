"""The site's areas as the home page lists them: (title, short title for the menu, text).

kb_site may not import the apps built on it, so each app, once ready, tells this registry the
URL name of its area; an area nobody has claimed yet shows as "coming soon".
"""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

SECTIONS = {
    "practices": (
        _("Good practices"),
        _("Good practices"),
        _(
            "Case studies of green tenders that worked, and some that did not: criteria, "
            "costs, results and CO2 avoided."
        ),
    ),
    "forum": (
        _("Forum and helpdesk"),
        _("Forum"),
        _("Ask other buyers and the GPP support units, and discuss across sectors."),
    ),
    "organisations": (
        _("Organisations and working groups"),
        _("Organisations"),
        _(
            "Energy agencies, planning regions, municipalities and the regional GPP "
            "working groups that meet at round tables."
        ),
    ),
    "suppliers": (
        _("Supplier catalogue"),
        _("Suppliers"),
        _("Suppliers whose offers meet GPP criteria, by product group and region."),
    ),
    "events": (
        _("Events and webinars"),
        _("Events"),
        _("Round tables, international webinars and trainings, with e-mail invitations."),
    ),
    "search": (
        _("Search"),
        _("Search"),
        _("One search over everything, in English and Latvian."),
    ),
}
_url_names: dict[str, str] = {}


def register_section(key: str, url_name: str) -> None:
    if key not in SECTIONS:
        raise KeyError(f"Unknown home-page section {key!r}")
    _url_names[key] = url_name


def home_sections() -> list[dict]:
    sections = []
    for key, (title, nav_title, text) in SECTIONS.items():
        try:
            url = reverse(_url_names[key]) if key in _url_names else None
        except NoReverseMatch:
            url = None
        sections.append(
            {"key": key, "title": title, "nav_title": nav_title, "text": text, "url": url}
        )
    return sections

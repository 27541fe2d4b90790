"""What the knowledge base shows on other apps' pages (kb_site.panels); one query each."""

from django.db.models import Sum
from django.utils import translation

from kb_site.listing_language import one_per_translation

from .models import CaseStudyPage
from .selectors import strategies_of_unit, with_card_details

PANEL_SIZE = 6


def organisation_case_studies(request, organisation) -> dict | None:
    live = CaseStudyPage.objects.live().public()
    studies = list(
        one_per_translation(live, translation.get_language())
        .filter(procurer=organisation)
        .select_related("locale")
        .order_by("-year", "title")[:PANEL_SIZE]
    )
    return {"case_studies": studies, "organisation": organisation} if studies else None


def support_unit_strategies(request, unit) -> dict | None:
    return {"strategies": list(strategies_of_unit(unit=unit)), "unit": unit}


def home_case_studies(request, page) -> dict | None:
    """The newest case studies, each once in the visitor's language where translated (an
    English-only one marked), and the impact totals of all, a translated study counted once."""
    live = one_per_translation(CaseStudyPage.objects.live().public(), page.locale_id)
    studies = list(
        live.select_related("locale")
        .prefetch_related("product_groups")
        .order_by("-first_published_at")[:3]
    )
    totals = live.aggregate(co2=Sum("co2_tonnes_per_year"), mwh=Sum("mwh_per_year"))
    if not studies:
        return None
    return {"case_studies": with_card_details(studies, request), "totals": totals}

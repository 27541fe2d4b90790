"""What the knowledge base shows on other apps' pages (kb_site.panels); one query each."""

from django.db.models import Sum

from .models import CaseStudyPage
from .selectors import strategies_of_unit, with_card_details

PANEL_SIZE = 6


def organisation_case_studies(request, organisation) -> dict | None:
    studies = list(
        CaseStudyPage.objects.live()
        .public()
        .filter(procurer=organisation)
        .select_related("locale")
        .order_by("-year", "title")[:PANEL_SIZE]
    )
    return {"case_studies": studies, "organisation": organisation} if studies else None


def support_unit_strategies(request, unit) -> dict | None:
    return {"strategies": list(strategies_of_unit(unit=unit)), "unit": unit}


def home_case_studies(request, page) -> dict | None:
    """The newest case studies in the visitor's language and the impact totals of all."""
    live = CaseStudyPage.objects.live().public()
    studies = list(
        live.filter(locale_id=page.locale_id)
        .select_related("locale")
        .prefetch_related("product_groups")
        .order_by("-first_published_at")[:3]
    )
    totals = live.aggregate(co2=Sum("co2_tonnes_per_year"), mwh=Sum("mwh_per_year"))
    if not studies:
        return None
    return {"case_studies": with_card_details(studies, request), "totals": totals}

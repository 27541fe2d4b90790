"""A product group's page: its criteria and everything in the knowledge base that uses it."""

from django.db.models import Prefetch
from django.utils import translation

from kb_site.listing_language import one_per_translation
from kb_site.taxonomy import Criterion, ProductGroup
from members.selectors import market_research_for
from practices.models import CaseStudyPage, ResourcePage, StrategyPage

LIST_SIZE = 50  # per kind; the index behind each list has the rest


def product_group_detail(*, slug: str) -> dict:
    group = ProductGroup.objects.prefetch_related(
        Prefetch("criteria", queryset=Criterion.objects.order_by("level", "sort_order"))
    ).get(slug=slug)
    case_studies = (
        CaseStudyPage.objects.live().public().filter(product_groups=group)
        .select_related("locale").order_by("-year", "title")
    )  # fmt: skip
    resources = (
        ResourcePage.objects.live().public().filter(product_groups=group)
        .select_related("locale").order_by("-first_published_at")
    )  # fmt: skip
    strategies = (
        StrategyPage.objects.live().public().filter(product_groups=group)
        .select_related("locale", "support_unit").order_by("-period_end")
    )  # fmt: skip
    criteria = list(group.criteria.all())
    language = translation.get_language()  # each page once, in the reader's language if it can be
    case_studies, resources, strategies = (
        one_per_translation(pages, language) for pages in (case_studies, resources, strategies)
    )
    return {
        "group": group,
        "core_criteria": [c for c in criteria if c.level == Criterion.Level.CORE],
        "comprehensive_criteria": [c for c in criteria if c.level != Criterion.Level.CORE],
        "case_studies": list(case_studies[:LIST_SIZE]),
        "case_study_count": case_studies.count(),
        "resources": list(resources[:LIST_SIZE]),
        "resource_count": resources.count(),
        "strategies": list(strategies[:LIST_SIZE]),
        "strategy_count": strategies.count(),
        "market_research": market_research_for(product_group=group, limit=LIST_SIZE),
    }


def product_groups_with_counts():
    from django.db.models import Count, Q

    live = Q(case_studies__live=True)
    return ProductGroup.objects.annotate(
        case_study_count=Count("case_studies", filter=live, distinct=True),
        criterion_count=Count("criteria", distinct=True),
    ).order_by("name")
